/**
 * Expressions: binary operators by pwsh's precedence, arrays, unary operators, casts and type
 * literals, member access and invocation, indexing, and the primary values (variables,
 * numbers, strings, sub-expressions, hashtables, script blocks).
 */
import type { IOrAlt, IToken, ParserMethod, TokenType } from 'chevrotain';
import { tokenMatcher } from '../chevrotain.js';
import * as T from '../tokens.js';
import { ParserBase } from './base.js';
import { emptyList, fitted } from '../fitted-array.js';
import type {
  AttributeAst, ExpressionAst, ExpandableStringExpressionAst, HashtableAst, NamedAttributeArgumentAst, PipelineBaseAst,
  AssignmentStatementAst, ScriptBlockAst, StatementAst, StatementBlockAst, TypeConstraintAst, TypeNameSyntax,
  VariableExpressionAst, SubExpressionAst, TrapStatementAst, UnaryOperator, UsingExpressionAst,
} from '../ast.js';
import type { PshToken, StringPayload, VariablePayload } from '../tokenizer.js';
import type { NumberValue } from '../numbers.js';

/** Binary precedence by operator token (pwsh's BinaryPrecedence* values). */
const precedence = new Map<TokenType, number>([
  [T.DashLogical, 1], [T.DashBitwise, 2], [T.DashComparison, 5], [T.DashSplitJoin, 5], [T.QuestionQuestion, 7],
  [T.Plus, 9], [T.Minus, 9], [T.Star, 10], [T.Slash, 10], [T.Percent, 10], [T.DashFormat, 12], [T.DotDot, 13],
]);

export type BracketedAst = AttributeAst | TypeConstraintAst;

/** Rule arguments shared by every call, so parsing an expression allocates none. */
export const NO_COMMA = { ARGS: [true] as [boolean] };
const WITH_COMMA = { ARGS: [false] as [boolean] };

export class ExpressionParser extends ParserBase {
  declare protected pipelineOrAssignment: ParserMethod<[], PipelineBaseAst | AssignmentStatementAst | undefined>;
  declare protected statementList: ParserMethod<[], StatementAst[]>;
  declare protected statement: ParserMethod<[], StatementAst | undefined>;
  declare protected scriptBlockBody: ParserMethod<[number], ScriptBlockAst>;

  /** A full expression: binary operators, then an optional ternary `? :`. */
  /**
   * A full expression: operands and binary operators in a flat list, folded by precedence
   * (left-associative at each level), then an optional ternary `? :`.
   */
  protected expression = this.RULE('expression', (noComma?: boolean): ExpressionAst => {
    const operandArgs = noComma ? NO_COMMA : WITH_COMMA;
    const first = this.SUBRULE(this.arrayLiteral, operandArgs);
    // Most expressions are a single operand: no operator loop to set up.
    if (!this.RECORDING_PHASE && !this.laIs(1, T.BinaryOperator) && !this.laIs(1, T.QuestionMark)) return first;
    // The operator loop and the ternary read their state from fields (saved around nested
    // expressions), so they are built once rather than on every expression parsed.
    const outer = this.binaryState;
    this.binaryState = { operandArgs, operands: null, operators: null };
    this.MANY(this.binaryLoop);
    const ternary = this.OPTION1(this.ternaryRest);
    const { operands, operators } = this.binaryState;
    this.binaryState = outer;
    if (this.RECORDING_PHASE) return undefined as never;
    const condition = operators ? foldBinary([first, ...operands!], operators, (s, e) => this.extent(s, e)) : first;
    if (!ternary) return condition;
    let { ifTrue, ifFalse } = ternary;
    if (!ifTrue) { this.reportAfterLast('ExpectedValueExpression', ['?']); ifTrue = this.errorExpression(); }
    else if (!ternary.colon) { this.reportAfterLast('MissingExpressionAfterToken', [':']); }
    if (!ifFalse) { if (ternary.colon) this.reportAfterLast('ExpectedValueExpression', [':']); ifFalse = this.errorExpression(); }
    return { kind: 'TernaryExpression', condition, ifTrue, ifFalse, extent: this.extent(condition.extent.startOffset, this.lastEnd()) };
  });
  private binaryState: { operandArgs: typeof NO_COMMA; operands: ExpressionAst[] | null; operators: IToken[] | null } = { operandArgs: WITH_COMMA, operands: null, operators: null };

  private readonly binaryLoop = () => {
    const op = this.CONSUME(T.BinaryOperator);
    this.manyTokens(T.NewLine, 1);
    const right = this.optionalRule(this.arrayLiteral, 0, 1, this.binaryState.operandArgs);
    if (this.RECORDING_PHASE) return;
    const state = this.binaryState;
    (state.operators ??= []).push(op);
    const operands = (state.operands ??= []);
    if (right) operands.push(right);
    else {
      this.reportAfterLast('ExpectedValueExpression', [op.image]);
      operands.push(this.errorExpression());
    }
  };

  private readonly ternaryRest = () => {
    const args = this.binaryState.operandArgs;
    this.CONSUME(T.QuestionMark);
    this.manyTokens(T.NewLine, 2, 1);
    const ifTrue = this.optionalRule(this.expression, 2, 1, args);
    this.manyTokens(T.NewLine, 3, 2);
    const colon = this.optionalToken(T.Colon, 3);
    this.manyTokens(T.NewLine, 4, 3);
    const ifFalse = this.optionalRule(this.expression, 4, 2, args);
    return { ifTrue, colon, ifFalse };
  };

  /** An operand of a binary operator: an array literal `a, b`, or just a unary expression where commas separate arguments. */
  private arrayLiteral = this.RULE('arrayLiteral', (noComma: boolean): ExpressionAst => {
    const first = this.SUBRULE(this.unaryExpression);
    if (noComma || !this.mayStartWith(T.Comma)) return first;
    // Further elements collect in a field (saved around nested arrays), so the loop is built once.
    const outer = this.arrayRest;
    this.arrayRest = null;
    this.MANY(this.arrayLoop);
    const rest = this.arrayRest as ExpressionAst[] | null;
    this.arrayRest = outer;
    if (this.RECORDING_PHASE || !rest) return first;
    return { kind: 'ArrayLiteral', elements: [first, ...rest], extent: this.extent(first.extent.startOffset, this.lastEnd()) };
  });
  private arrayRest: ExpressionAst[] | null = null;

  private readonly arrayLoop = () => {
    const comma = this.CONSUME(T.Comma);
    this.manyTokens(T.NewLine, 1);
    const next = this.optionalRule(this.unaryExpression, 0, 1);
    if (this.RECORDING_PHASE) return;
    const rest = (this.arrayRest ??= []);
    if (next) rest.push(next);
    else { this.report('MissingExpressionAfterToken', this.endOf(comma), this.endOf(comma), [',']); rest.push(this.errorExpression()); }
  };

  protected unaryExpression = this.RULE('unaryExpression', (): ExpressionAst => {
    // The common operands (a variable, number or string, maybe with members) skip the choice
    // between the alternatives and the primary-expression rules.
    if (!this.RECORDING_PHASE) {
      const value = this.simpleValue();
      if (value) return this.postfixFollows() ? this.SUBRULE1(this.postfixTail, this.argument(value)) : value;
    }
    return this.OR((this.unaryAlternatives ??= [
      { ALT: () => this.SUBRULE(this.prefixOperation) },
      { ALT: () => this.SUBRULE(this.bracketedExpression) },
      {
        ALT: () => {
          const primary = this.SUBRULE(this.primaryExpression);
          return this.SUBRULE(this.postfixTail, this.argument(primary));
        },
      },
    ]));
  });
  private unaryAlternatives?: IOrAlt<ExpressionAst>[];

  private prefixOperation = this.RULE('prefixOperation', (): ExpressionAst => {
    const op = this.CONSUME(T.PrefixOperator);
    this.manyTokens(T.NewLine);
    const operand = this.optionalRule(this.unaryExpression);
    if (this.RECORDING_PHASE) return undefined as never;
    const start = this.startOf(op);
    if (!operand) {
      this.report('MissingExpressionAfterOperator', this.endOf(op), this.endOf(op), [op.image]);
      return this.errorExpression(start);
    }
    const extent = this.extent(start, operand.extent.endOffset);
    // `-1` written together is the constant -1, as pwsh's tokenizer reads it.
    if (tokenMatcher(op, T.Minus) && operand.kind === 'Constant' && operand.extent.startOffset === this.endOf(op) && typeof operand.value !== 'string') {
      return { ...operand, value: typeof operand.value === 'bigint' ? -operand.value : -operand.value, extent };
    }
    let operator: UnaryOperator;
    if (tokenMatcher(op, T.DashSplitJoin)) {
      const text = (op.payload as { op: string }).op;
      if (text === '-join' || text === '-split' || text === '-isplit' || text === '-csplit') operator = text;
      else { this.reportUnexpected(op); operator = '-split'; }
    } else if (tokenMatcher(op, T.DashNot)) operator = (op.payload as { op: string }).op as UnaryOperator;
    else operator = op.image as UnaryOperator;
    return { kind: 'UnaryExpression', operator, operand, extent };
  });

  /** `[type]` or `[Attribute()]`, then a cast, an attributed expression, or a type expression with members. */
  private bracketedExpression = this.RULE('bracketedExpression', (): ExpressionAst => {
    const bracketed = this.SUBRULE(this.typeOrAttribute);
    const child = this.optionalRule(this.unaryExpression);
    const result = this.ACTION((): ExpressionAst => {
      if (child) {
        const extent = this.extent(bracketed.extent.startOffset, child.extent.endOffset);
        if (bracketed.kind === 'Attribute') return { kind: 'AttributedExpression', attribute: bracketed, child, extent };
        this.checkOrderedCast(bracketed.typeName, child.kind === 'Hashtable', extent);
        return { kind: 'ConvertExpression', typeName: bracketed.typeName, child, extent };
      }
      if (bracketed.kind === 'Attribute') {
        this.report('UnexpectedAttribute', bracketed.extent.startOffset, bracketed.extent.endOffset, [bracketed.typeName.fullName], false);
      }
      return { kind: 'TypeExpression', typeName: bracketed.typeName, extent: bracketed.extent };
    });
    return this.SUBRULE(this.postfixTail, this.argument(result));
  });

  /** `[TypeName]`, `[Generic[Arg1, Arg2]]`, `[int[]]`, or `[Attribute(args)]`. */
  protected typeOrAttribute = this.RULE('typeOrAttribute', (): BracketedAst => {
    const open = this.CONSUME(T.LBracket);
    const typeName = this.optionalRule(this.typeNameSyntax);
    const args = this.optionalRule(this.attributeArguments, 1);
    const close = this.optionalToken(T.RBracket, 2);
    if (this.RECORDING_PHASE) return undefined as never;
    const start = this.startOf(open);
    if (!typeName) {
      this.report('MissingTypename', this.endOf(open), this.endOf(open));
      const empty: TypeNameSyntax = { fullName: '', name: '', genericArguments: [], arrayRanks: [], extent: this.extent(start, start) };
      return { kind: 'TypeConstraint', typeName: empty, extent: this.extent(start, this.lastEnd()) };
    }
    if (!close) this.report(args ? 'EndSquareBracketExpectedAtEndOfAttribute' : 'EndSquareBracketExpectedAtEndOfType', this.lastEnd(), this.lastEnd());
    const extent = this.extent(start, this.lastEnd());
    if (args) return { kind: 'Attribute', typeName, positionalArguments: args.positional, namedArguments: args.named, extent };
    return { kind: 'TypeConstraint', typeName, extent };
  });

  protected typeNameSyntax = this.RULE('typeNameSyntax', (): TypeNameSyntax => {
    const name = this.CONSUME(T.TypeName);
    let genericArguments: TypeNameSyntax[] = emptyList();
    let arrayRanks: number[] = emptyList();
    // Most type names are neither generic nor arrays: no repetition or lists are built for them.
    if (this.mayStartWith(T.LBracket)) {
      const generic: TypeNameSyntax[] = [];
      const ranks: number[] = [];
      this.MANY(() => {
        this.CONSUME(T.LBracket);
        this.OR([
          {
            ALT: () => {
              const first = this.SUBRULE(this.typeArgument);
              const more: TypeNameSyntax[] = [];
              this.MANY1(() => { this.CONSUME(T.Comma); more.push(this.SUBRULE1(this.typeArgument)); });
              if (!this.RECORDING_PHASE) generic.push(first, ...more);
            },
          },
          {
            ALT: () => {
              let rank = 1;
              this.MANY2(() => { this.CONSUME1(T.Comma); rank++; });
              if (!this.RECORDING_PHASE) ranks.push(rank);
            },
          },
        ]);
        this.optionalToken(T.RBracket);
      });
      genericArguments = fitted(generic);
      arrayRanks = fitted(ranks);
    }
    if (this.RECORDING_PHASE) return undefined as never;
    const start = this.startOf(name);
    const end = this.lastEnd();
    // Type names repeat (`string`, `int`): one string each; and a plain name is its full name too.
    const plainName = this.source.name(start, this.endOf(name));
    const fullName = end === this.endOf(name) ? plainName : this.source.text.slice(start, end);
    return { fullName, name: plainName, genericArguments, arrayRanks, extent: this.extent(start, end) };
  });

  /** A generic type argument: a type name, or one in its own brackets (`[List[[string]]]`). */
  private typeArgument = this.RULE('typeArgument', (): TypeNameSyntax => {
    return this.OR((this.typeArgumentAlternatives ??= [
      { ALT: () => this.SUBRULE(this.typeNameSyntax) },
      {
        ALT: () => {
          this.CONSUME(T.LBracket);
          const inner = this.SUBRULE1(this.typeNameSyntax);
          this.optionalToken(T.RBracket);
          return inner;
        },
      },
    ]));
  });
  private typeArgumentAlternatives?: IOrAlt<TypeNameSyntax>[];

  private attributeArguments = this.RULE('attributeArguments', () => {
    const open = this.CONSUME(T.LParen);
    const positional: ExpressionAst[] = [];
    const named: NamedAttributeArgumentAst[] = [];
    this.manyTokens(T.NewLine);
    this.OPTION(() => {
      this.SUBRULE(this.attributeArgument, { ARGS: [positional, named] });
      this.MANY1(() => {
        this.CONSUME(T.Comma);
        this.manyTokens(T.NewLine, 2, 1);
        this.SUBRULE1(this.attributeArgument, { ARGS: [positional, named] });
      });
    });
    this.manyTokens(T.NewLine, 3, 2);
    const close = this.optionalToken(T.RParen, 1);
    if (this.RECORDING_PHASE) return undefined as never;
    if (!close) this.report('MissingEndParenthesisInExpression', this.lastEnd(), this.lastEnd(), [], this.atEnd() || false);
    void open;
    return { positional: fitted(positional), named: fitted(named) };
  });

  private attributeArgument = this.RULE('attributeArgument', (positional: ExpressionAst[], named: NamedAttributeArgumentAst[]) => {
    // The alternatives return what they read and the rule files it, so they are built once.
    const argument = this.OR((this.attributeArgumentAlternatives ??= [
      {
        // Name = value, or a bare Name meaning $true.
        ALT: () => {
          const name = this.CONSUME(T.GenericToken);
          const value = this.OPTION(() => {
            this.CONSUME(T.Equals);
            this.manyTokens(T.NewLine);
            return this.SUBRULE(this.expression, NO_COMMA);
          });
          return { name, value };
        },
      },
      { ALT: () => ({ name: undefined, value: this.SUBRULE1(this.expression, NO_COMMA) }) },
    ]));
    if (this.RECORDING_PHASE) return;
    const { name, value } = argument;
    if (!name) { positional.push(value!); return; }
    const argumentName = (name.payload as StringPayload).value;
    if (named.some((n) => n.argumentName.toLowerCase() === argumentName.toLowerCase())) {
      this.report('DuplicateNamedArgument', this.startOf(name), this.endOf(name), [argumentName], false);
    }
    named.push({ kind: 'NamedAttributeArgument', argumentName, argument: value ?? null, extent: this.extent(this.startOf(name), this.lastEnd()) });
  });
  private attributeArgumentAlternatives?: IOrAlt<{ name: IToken | undefined; value: ExpressionAst | undefined }>[];

  /** Member access, method calls, indexing and postfix `++`/`--` after a value. */
  protected postfixTail = this.RULE('postfixTail', (target: ExpressionAst): ExpressionAst => {
    // The value being extended lives in a field (saved and restored around nested uses), so the
    // loop and its alternatives are built once instead of on every value parsed.
    if (!this.RECORDING_PHASE && !this.postfixFollows()) return target;
    const outer = this.postfixTarget;
    this.postfixTarget = target;
    this.MANY(this.postfixLoop);
    const result = this.postfixTarget;
    this.postfixTarget = outer;
    return result;
  });
  private postfixTarget = undefined as unknown as ExpressionAst;

  private readonly postfixLoop = {
    GATE: () => this.postfixFollows(),
    DEF: () => {
      const next = this.OR((this.postfixAlternatives ??= [
        { ALT: () => this.SUBRULE(this.memberAccess) },
        { ALT: () => this.SUBRULE(this.indexAccess) },
        {
          ALT: () => {
            const op = this.CONSUME(T.IncrementOperator);
            if (this.RECORDING_PHASE) return undefined as never;
            const target = this.postfixTarget;
            return { kind: 'UnaryExpression', operator: op.image === '++' ? 'postfix++' : 'postfix--', operand: target, extent: this.extent(target.extent.startOffset, this.endOf(op)) } as ExpressionAst;
          },
        },
      ]));
      if (!this.RECORDING_PHASE) this.postfixTarget = next;
    },
  };
  private postfixAlternatives?: IOrAlt<ExpressionAst>[];

  /** `.Name`, `?.Name`, `::Name`, each optionally called: `.Name(args)`. */
  private memberAccess = this.RULE('memberAccess', (): ExpressionAst => {
    const op = this.CONSUME(T.MemberOperator);
    const member = this.optionalRule(this.memberName);
    // Most members are not called: no gated option is built for them.
    const args = this.mayStartWith(T.LParen) ? this.OPTION1({
      GATE: () => this.laIs(1, T.LParen) && this.la(1).startOffset === this.lastEnd(),
      DEF: () => this.SUBRULE(this.methodArguments),
    }) : undefined;
    if (this.RECORDING_PHASE) return undefined as never;
    const target = this.postfixTarget;
    let m = member;
    if (!m) {
      this.report('MissingPropertyName', this.endOf(op), this.endOf(op));
      m = this.errorExpression(this.endOf(op));
    }
    const isStatic = tokenMatcher(op, T.ColonColon);
    const nullConditional = tokenMatcher(op, T.QuestionDot);
    const extent = this.extent(target.extent.startOffset, this.lastEnd());
    return args
      ? { kind: 'InvokeMemberExpression', target, member: m, arguments: args, isStatic, nullConditional, genericTypeArguments: emptyList(), extent }
      : { kind: 'MemberExpression', target, member: m, isStatic, nullConditional, extent };
  });

  /** `[index]` or `?[index]`. */
  private indexAccess = this.RULE('indexAccess', (): ExpressionAst => {
    const open = this.CONSUME(T.IndexOpen);
    this.manyTokens(T.NewLine);
    const index = this.optionalRule(this.expression);
    this.manyTokens(T.NewLine, 1, 1);
    const close = this.optionalToken(T.RBracket, 1);
    if (this.RECORDING_PHASE) return undefined as never;
    const target = this.postfixTarget;
    let i = index;
    if (!i) { this.report('MissingArrayIndexExpression', this.endOf(open), this.endOf(open)); i = this.errorExpression(this.endOf(open)); }
    else if (!close) this.report('MissingEndSquareBracket', this.lastEnd(), this.lastEnd());
    return { kind: 'IndexExpression', target, index: i, nullConditional: tokenMatcher(open, T.QuestionLBracket), extent: this.extent(target.extent.startOffset, this.lastEnd()) };
  });

  /** What may follow a value as part of it: `.` `?.` `::` always; `[` and `++` only when touching it. */
  protected postfixFollows(): boolean {
    const t = this.la(1);
    if (tokenMatcher(t, T.Dot) || tokenMatcher(t, T.QuestionDot) || tokenMatcher(t, T.ColonColon) || tokenMatcher(t, T.QuestionLBracket)) return true;
    if (tokenMatcher(t, T.LBracket) || tokenMatcher(t, T.PlusPlus) || tokenMatcher(t, T.MinusMinus)) return t.startOffset === this.lastEnd();
    return false;
  }

  private memberName = this.RULE('memberName', (): ExpressionAst => {
    return this.OR((this.memberNameAlternatives ??= [
      {
        ALT: () => {
          const t = this.CONSUME(T.GenericToken);
          if (this.RECORDING_PHASE) return undefined as never;
          return ({ kind: 'StringConstant', value: (t.payload as StringPayload).value, stringConstantType: 'BareWord', extent: this.extent(this.startOf(t), this.endOf(t)) });
        },
      },
      { ALT: () => this.SUBRULE(this.variableExpression) },
      { ALT: () => this.SUBRULE(this.stringExpression) },
      { ALT: () => this.SUBRULE(this.parenExpression) },
      { ALT: () => this.SUBRULE(this.subExpression) },
    ]));
  });
  private memberNameAlternatives?: IOrAlt<ExpressionAst>[];

  private methodArguments = this.RULE('methodArguments', (): ExpressionAst[] => {
    this.CONSUME(T.LParen);
    const args: ExpressionAst[] = [];
    this.manyTokens(T.NewLine);
    this.OPTION(() => {
      const first = this.SUBRULE(this.expression, NO_COMMA);
      if (!this.RECORDING_PHASE) args.push(first);
      this.MANY1(() => {
        const comma = this.CONSUME(T.Comma);
        this.manyTokens(T.NewLine, 2, 1);
        const next = this.optionalRule(this.expression, 1, 1, NO_COMMA);
        if (!this.RECORDING_PHASE) {
          if (next) args.push(next);
          else { this.report('MissingExpressionAfterToken', this.endOf(comma), this.endOf(comma), [',']); }
        }
      });
    });
    this.manyTokens(T.NewLine, 3, 2);
    const close = this.optionalToken(T.RParen, 2);
    if (this.RECORDING_PHASE) return undefined as never;
    if (!close) this.reportAfterLast('MissingEndParenthesisInMethodCall');
    return fitted(args);
  });

  protected primaryExpression = this.RULE('primaryExpression', (): ExpressionAst => {
    return this.OR((this.primaryAlternatives ??= [
      { ALT: () => this.SUBRULE(this.variableExpression) },
      {
        ALT: () => {
          const t = this.CONSUME(T.SplattedVariable);
          if (this.RECORDING_PHASE) return undefined as never;
          const v = this.variableFromToken(t);
          this.report('SplattingNotPermitted', this.startOf(t), this.endOf(t), [v.name, v.name], false);
          return v;
        },
      },
      { ALT: () => this.SUBRULE(this.numberExpression) },
      { ALT: () => this.SUBRULE(this.stringExpression) },
      { ALT: () => this.SUBRULE(this.parenExpression) },
      { ALT: () => this.SUBRULE(this.subExpression) },
      { ALT: () => this.SUBRULE(this.arrayExpression) },
      { ALT: () => this.SUBRULE(this.hashtableExpression) },
      { ALT: () => this.SUBRULE(this.scriptBlockExpression) },
    ]));
  });
  private primaryAlternatives?: IOrAlt<ExpressionAst>[];

  /**
   * A variable, number or string token ahead, consumed and made a node; undefined (nothing
   * consumed) for anything else. The same nodes as variableExpression, numberExpression and
   * stringExpression build, without their rule calls.
   */
  protected simpleValue(): ExpressionAst | undefined {
    const t = this.la(1);
    if (tokenMatcher(t, T.Variable)) { this.CONSUME(T.Variable); return this.variableOrUsing(t); }
    if (tokenMatcher(t, T.NumberLiteral)) { this.CONSUME(T.NumberLiteral); return this.numberFromToken(t); }
    if (tokenMatcher(t, T.StringLiteral)) { this.CONSUME(T.StringLiteral); return this.stringFromToken(t); }
    if (tokenMatcher(t, T.ExpandableString)) { this.CONSUME(T.ExpandableString); return this.stringFromToken(t); }
    return undefined;
  }

  protected variableExpression = this.RULE('variableExpression', (): ExpressionAst => {
    const t = this.CONSUME(T.Variable);
    if (this.RECORDING_PHASE) return undefined as never;
    return this.variableOrUsing(t);
  });

  protected numberExpression = this.RULE('numberExpression', (): ExpressionAst => {
    const t = this.CONSUME(T.NumberLiteral);
    if (this.RECORDING_PHASE) return undefined as never;
    return this.numberFromToken(t);
  });

  private numberFromToken(t: IToken): ExpressionAst {
    const v = t.payload as NumberValue;
    return { kind: 'Constant', numberType: v.numberType, value: v.value, extent: this.extent(this.startOf(t), this.endOf(t)) };
  }

  protected stringExpression = this.RULE('stringExpression', (): ExpressionAst => {
    const t = this.OR((this.stringTokenAlternatives ??= [
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.ExpandableString) },
    ]));
    if (this.RECORDING_PHASE) return undefined as never;
    return this.stringFromToken(t as PshToken);
  });

  private stringTokenAlternatives?: IOrAlt<IToken>[];

  protected parenExpression = this.RULE('parenExpression', (): ExpressionAst => {
    const open = this.CONSUME(T.LParen);
    this.manyTokens(T.NewLine);
    const pipeline = this.optionalRule(this.pipelineOrAssignment);
    this.manyTokens(T.NewLine, 1, 1);
    const close = this.optionalToken(T.RParen, 1);
    if (this.RECORDING_PHASE) return undefined as never;
    const start = this.startOf(open);
    if (!pipeline) {
      this.report('ExpectedExpression', this.endOf(open), this.endOf(open));
      if (!close) this.report('MissingEndParenthesisInExpression', this.endOf(open), this.endOf(open));
      return this.errorExpression(start);
    }
    if (!close) this.report('MissingEndParenthesisInExpression', pipeline.extent.endOffset, pipeline.extent.endOffset);
    return { kind: 'ParenExpression', pipeline, extent: this.extent(start, close ? this.endOf(close) : pipeline.extent.endOffset) };
  });

  protected subExpression = this.RULE('subExpression', (): ExpressionAst => {
    const open = this.CONSUME(T.DollarParen);
    const block = this.SUBRULE(this.statementBlockUntilParen, { ARGS: [open] });
    if (this.RECORDING_PHASE) return undefined as never;
    return ({ kind: 'SubExpression', subExpression: block, extent: this.extent(this.startOf(open), this.lastEnd()) });
  });

  private arrayExpression = this.RULE('arrayExpression', (): ExpressionAst => {
    const open = this.CONSUME(T.AtParen);
    const block = this.SUBRULE(this.statementBlockUntilParen, { ARGS: [open] });
    if (this.RECORDING_PHASE) return undefined as never;
    return ({ kind: 'ArrayExpression', subExpression: block, extent: this.extent(this.startOf(open), this.lastEnd()) });
  });

  /** The statements of `$( )` or `@( )` and the closing parenthesis. */
  private statementBlockUntilParen = this.RULE('statementBlockUntilParen', (open: IToken): StatementBlockAst => {
    const statements = this.SUBRULE(this.statementList);
    const close = this.optionalToken(T.RParen);
    if (this.RECORDING_PHASE) return undefined as never;
    if (!close) this.report('MissingEndParenthesisInSubexpression', this.startOf(open), this.endOf(open), [], this.atEnd());
    return this.statementBlock(statements, this.endOf(open), close ? this.startOf(close) : this.lastEnd());
  });

  private hashtableExpression = this.RULE('hashtableExpression', (): ExpressionAst => {
    const open = this.CONSUME(T.AtCurly);
    const pairs: HashtableAst['pairs'] = [];
    const seen = new Set<string>();
    this.MANY(() => {
      const entry = this.OR((this.hashEntryAlternatives ??= [
        { ALT: () => { this.CONSUME(T.StatementSeparator); return undefined; } },
        { ALT: () => this.SUBRULE(this.hashEntry) },
      ]));
      if (this.RECORDING_PHASE || !entry) return;
      const { key } = entry;
      if (key.kind === 'StringConstant' || key.kind === 'Constant') {
        const text = String(key.value).toLowerCase();
        if (seen.has(text)) this.report('DuplicateKeyInHashLiteral', key.extent.startOffset, key.extent.endOffset, [String(key.value)], false);
        seen.add(text);
      }
      pairs.push(entry);
    });
    const close = this.optionalToken(T.RCurly, 2);
    if (this.RECORDING_PHASE) return undefined as never;
    if (!close) this.report('MissingEndCurlyBrace', this.startOf(open), this.endOf(open), [], this.atEnd());
    return { kind: 'Hashtable', pairs: fitted(pairs), extent: this.extent(this.startOf(open), this.lastEnd()) };
  });

  private hashEntryAlternatives?: IOrAlt<HashtableAst['pairs'][number] | undefined>[];

  /** `key = statement`; an entry with a missing part is reported and left out. */
  private hashEntry = this.RULE('hashEntry', (): HashtableAst['pairs'][number] | undefined => {
    const key = this.SUBRULE(this.hashKey);
    const eq = this.optionalToken(T.Equals);
    if (this.RECORDING_PHASE || eq) this.manyTokens(T.NewLine);
    const value = this.RECORDING_PHASE || eq ? this.optionalRule(this.statement, 1) : undefined;
    if (this.RECORDING_PHASE) return undefined;
    if (!eq) { this.report('MissingEqualsInHashLiteral', key.extent.endOffset, key.extent.endOffset); return undefined; }
    if (!value) { this.report('MissingStatementInHashLiteral', this.lastEnd(), this.lastEnd()); return undefined; }
    return { key, value };
  });

  private hashKey = this.RULE('hashKey', (): ExpressionAst => {
    return this.OR((this.hashKeyAlternatives ??= [
      {
        ALT: () => {
          const t = this.CONSUME(T.GenericToken);
          if (this.RECORDING_PHASE) return undefined as never;
          return ({ kind: 'StringConstant', value: (t.payload as StringPayload).value, stringConstantType: 'BareWord', extent: this.extent(this.startOf(t), this.endOf(t)) });
        },
      },
      { ALT: () => this.SUBRULE(this.unaryExpression) },
    ]));
  });
  private hashKeyAlternatives?: IOrAlt<ExpressionAst>[];

  protected scriptBlockExpression = this.RULE('scriptBlockExpression', (): ExpressionAst => {
    const open = this.CONSUME(T.LCurly);
    const body = this.SUBRULE(this.scriptBlockBody, { ARGS: [this.endOf(open)] });
    const close = this.optionalToken(T.RCurly);
    if (this.RECORDING_PHASE) return undefined as never;
    if (!close) this.report('MissingEndCurlyBrace', this.startOf(open), this.endOf(open), [], this.atEnd());
    const extent = this.extent(this.startOf(open), this.lastEnd());
    return { kind: 'ScriptBlockExpression', scriptBlock: { ...body, extent }, extent };
  });

  // -------------------------------------------------------------------------------------------
  // Building nodes from tokens

  /** `$using:x` is a UsingExpression around the variable `x`, as in pwsh. */
  protected variableOrUsing(t: IToken): ExpressionAst {
    const variable = this.variableFromToken(t);
    if (variable.scope?.toLowerCase() !== 'using') return variable;
    const inner: VariableExpressionAst = { ...variable, name: variable.unqualifiedName, scope: null };
    return { kind: 'UsingExpression', subExpression: inner, extent: variable.extent };
  }

  protected variableFromToken(t: IToken): VariableExpressionAst {
    const p = t.payload as VariablePayload;
    return { kind: 'Variable', name: p.name, scope: p.scope, unqualifiedName: p.unqualifiedName, splatted: p.splatted, braced: p.braced, extent: this.extent(this.startOf(t), this.endOf(t)) };
  }

  protected stringFromToken(t: PshToken): ExpressionAst {
    const p = t.payload as StringPayload;
    const extent = this.extent(this.startOf(t), this.endOf(t));
    if (!p.parts || !p.parts.some((x) => x.kind !== 'text')) {
      return { kind: 'StringConstant', value: p.parts ? p.parts.map((x) => (x as { text: string }).text).join('') : p.value, stringConstantType: p.stringType, extent };
    }
    const node: ExpandableStringExpressionAst = { kind: 'ExpandableString', value: p.value, stringConstantType: p.stringType, parts: [], extent };
    // One node part per token part: map makes the list at its exact length.
    node.parts = p.parts.map((part, index) => {
      if (part.kind === 'text') return part.text;
      if (part.kind === 'variable') return this.variableOrUsing(part.token) as VariableExpressionAst | UsingExpressionAst;
      const placeholder: SubExpressionAst = { kind: 'SubExpression', subExpression: this.statementBlock([], part.start + 2, part.end), extent: this.extent(part.start, part.end) };
      this.queueSubExpression(part, (block) => { node.parts[index] = { ...placeholder, subExpression: block }; });
      return placeholder;
    });
    return node;
  }

  protected statementBlock(statements: StatementAst[], start: number, end: number): StatementBlockAst {
    const { kept, traps } = splitTraps(statements);
    return { kind: 'StatementBlock', statements: kept, traps, extent: this.extent(start, end) };
  }

  protected errorExpression(at = this.lastEnd()): ExpressionAst {
    return { kind: 'ErrorExpression', nested: emptyList(), extent: this.extent(at, at) };
  }
}

/** A block's statements apart from its `trap` statements, and the traps, as pwsh's blocks keep them. */
export function splitTraps(statements: StatementAst[]): { kept: StatementAst[]; traps: TrapStatementAst[] } {
  if (!statements.some((s) => s.kind === 'TrapStatement')) return { kept: fitted(statements), traps: emptyList() };
  return {
    kept: statements.filter((s) => s.kind !== 'TrapStatement'),
    traps: statements.filter((s): s is TrapStatementAst => s.kind === 'TrapStatement'),
  };
}

function binaryNode(op: IToken, left: ExpressionAst, right: ExpressionAst, extent: (s: number, e: number) => import('../extent.js').Extent): ExpressionAst {
  const payload = op.payload as { op?: string } | null;
  const operator = payload?.op ?? op.image;
  const operatorExtent = extent(op.startOffset, (op.endOffset ?? op.startOffset) + 1);
  return { kind: 'BinaryExpression', operator, left, right, operatorExtent, extent: extent(left.extent.startOffset, right.extent.endOffset) };
}

function foldBinary(operands: ExpressionAst[], operators: IToken[], extent: (s: number, e: number) => import('../extent.js').Extent): ExpressionAst {
  if (operators.length === 1) return binaryNode(operators[0], operands[0], operands[1], extent);
  // Shunting-yard: every operator is left-associative.
  const values: ExpressionAst[] = [operands[0]];
  const ops: IToken[] = [];
  const reduce = () => {
    const op = ops.pop()!;
    const right = values.pop()!;
    const left = values.pop()!;
    values.push(binaryNode(op, left, right, extent));
  };
  for (let i = 0; i < operators.length; i++) {
    const p = precedence.get(operators[i].tokenType) ?? 0;
    while (ops.length && (precedence.get(ops[ops.length - 1].tokenType) ?? 0) >= p) reduce();
    ops.push(operators[i]);
    values.push(operands[i + 1]);
  }
  while (ops.length) reduce();
  return values[0];
}
