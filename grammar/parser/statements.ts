/**
 * Statements and blocks: statement lists, script block bodies with `param()` and named blocks,
 * control flow (if, switch, foreach, for, while, do, break, continue, return, exit, throw,
 * trap, try), function definitions, data sections, class and enum definitions, using.
 */
import type { IToken, OrMethodOpts } from 'chevrotain';
import { tokenMatcher, EOF } from '../chevrotain.js';
import * as T from '../tokens.js';
import { CommandParser } from './commands.js';
import { NO_COMMA, splitTraps } from './expressions.js';
import { emptyList, fitted } from '../fitted-array.js';
import type {
  AttributeBaseAst, BlockName, ExpressionAst, MemberAst, NamedBlockAst, ParamBlockAst, ParameterAst,
  PipelineBaseAst, AssignmentStatementAst, ScriptBlockAst, StatementAst, StatementBlockAst,
  SwitchFlag, SwitchStatementAst, TypeConstraintAst, TypeNameSyntax,
} from '../ast.js';
import type { StringPayload, VariablePayload } from '../tokenizer.js';

const switchFlags: Record<string, SwitchFlag> = {
  regex: 'Regex', wildcard: 'Wildcard', exact: 'Exact', casesensitive: 'CaseSensitive', file: 'File', parallel: 'Parallel',
};

export class StatementParser extends CommandParser {
  /** Statements separated by newlines and `;`, up to a closing `}` or `)` or the end. */
  protected override statementList = this.RULE('statementList', (): StatementAst[] => {
    // The statements collect in a field (saved around nested lists), so the loop is built once.
    const outer = this.listStatements;
    const statements: StatementAst[] = (this.listStatements = []);
    this.MANY(this.statementLoop);
    this.listStatements = outer;
    return statements;
  });
  private listStatements: StatementAst[] = [];

  private readonly statementLoop = {
    GATE: () => !this.laIs(1, T.RCurly) && !this.laIs(1, T.RParen) && !this.atEnd(),
    DEF: () => {
      const s = this.OR((this.statementListAlternatives ??= {
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { ALT: () => { this.CONSUME(T.StatementSeparator); return undefined; } },
          { ALT: () => this.SUBRULE(this.statement) },
        ],
      }));
      if (this.RECORDING_PHASE || !s) return;
      this.listStatements.push(s);
      // A pipeline must end at a separator or closer; pwsh reports what follows and goes on.
      const next = this.la(1);
      const pipelineLike = s.kind === 'Pipeline' || s.kind === 'PipelineChain' || s.kind === 'AssignmentStatement';
      if (pipelineLike && !this.atEnd() && !tokenMatcher(next, T.NewLine) && !tokenMatcher(next, T.Semi) && !tokenMatcher(next, T.RCurly) && !tokenMatcher(next, T.RParen)) {
        this.reportUnexpected(next);
      }
    },
  };

  private statementListAlternatives?: OrMethodOpts<StatementAst | undefined>;

  protected override statement = this.RULE('statement', (): StatementAst | undefined => {
    const label = this.mayStartWith(T.Label) ? this.optionalToken(T.Label) : undefined;
    // Attributes before `class` or `enum` (`[Flags()] enum E {...}`), decided by looking past them.
    const typeAttributes = this.mayStartWith(T.LBracket) ? this.OPTION1({
      GATE: () => this.attributesBeforeTypeDefinition(),
      DEF: () => this.SUBRULE(this.attributeList),
    }) : undefined;
    // Fields read by the statements as they start, so the alternatives below can be built once
    // (Chevrotain's OR evaluates gates by mapping over every alternative on each call).
    if (!this.RECORDING_PHASE) {
      this.statementLabel = label;
      this.typeAttributes = typeAttributes ?? emptyList();
    }
    return this.OR((this.statementAlternatives ??= {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.SUBRULE(this.ifStatement) },
        { ALT: () => this.SUBRULE(this.switchStatement) },
        { ALT: () => this.SUBRULE(this.foreachStatement) },
        { ALT: () => this.SUBRULE(this.forStatement) },
        { ALT: () => this.SUBRULE(this.whileStatement) },
        { ALT: () => this.SUBRULE(this.doStatement) },
        { ALT: () => this.SUBRULE(this.functionDefinition) },
        { ALT: () => this.SUBRULE(this.flowControlStatement) },
        { ALT: () => this.SUBRULE(this.trapStatement) },
        { ALT: () => this.SUBRULE(this.tryStatement) },
        { ALT: () => this.SUBRULE(this.dataStatement) },
        { ALT: () => this.SUBRULE(this.typeDefinition) },
        { ALT: () => this.SUBRULE(this.usingStatement) },
        { ALT: () => this.SUBRULE(this.pipelineOrAssignment) },
        {
          // Anything else where a statement should begin: report it and move past it.
          ALT: () => {
            const t = this.CONSUME(T.AnyToken);
            if (!this.RECORDING_PHASE) this.reportUnexpectedStatementToken(t);
            return undefined;
          },
        },
      ],
    }));
  });
  private statementAlternatives?: OrMethodOpts<StatementAst | undefined>;
  /** The `:label` before the statement being parsed. */
  private statementLabel: IToken | undefined;
  /** Attributes before the `class` or `enum` being parsed. */
  private typeAttributes: AttributeBaseAst[] = [];

  private reportUnexpectedStatementToken(t: IToken): void {
    if (tokenMatcher(t, T.ReservedKeyword)) this.report('ReservedKeywordNotAllowed', this.startOf(t), this.endOf(t), [t.image], false);
    else this.reportUnexpected(t);
  }

  /** `[Flags()] enum E {...}`: the attributes belong to a type definition. */
  private attributesBeforeTypeDefinition(): boolean {
    const after = this.tokenAfterAttributes();
    return tokenMatcher(after, T.Class) || tokenMatcher(after, T.Enum);
  }

  /** The first token after any attributes and newlines ahead (bounded look-ahead). */
  private tokenAfterAttributes(): IToken {
    let depth = 0;
    for (let k = 1; k <= 2000; k++) {
      const t = this.LA(k);
      if (t.tokenType === EOF) return t;
      if (tokenMatcher(t, T.LBracket)) depth++;
      else if (tokenMatcher(t, T.RBracket)) depth--;
      else if (depth === 0 && !tokenMatcher(t, T.NewLine)) return t;
    }
    return this.LA(1);
  }


  /** `{ statements }` after a keyword; reports the missing brace with pwsh's error. */
  protected statementBlockRule = this.RULE('statementBlockRule', (): StatementBlockAst | undefined => {
    return this.OPTION(() => {
      const open = this.CONSUME(T.LCurly);
      const statements = this.SUBRULE(this.statementList);
      const close = this.optionalToken(T.RCurly, 1);
      if (this.RECORDING_PHASE) return undefined as never;
      if (!close) this.report('MissingEndCurlyBrace', this.startOf(open), this.endOf(open), [], this.atEnd());
      return this.statementBlock(statements, this.startOf(open), this.lastEnd());
    });
  });

  private skipNewlines = this.RULE('skipNewlines', () => {
    this.manyTokens(T.NewLine);
  });

  /** The body of a script block or script: `param()`, then named blocks or statements. */
  protected override scriptBlockBody = this.RULE('scriptBlockBody', (start: number): ScriptBlockAst => {
    this.manyTokens(T.StatementSeparator);
    const usingStatements: StatementAst[] = [];
    // The parts below are usually absent: their gated repetition and options are built only when
    // their first token is next.
    if (this.mayStartWith(T.Using)) this.MANY1({
      GATE: () => this.laIs(1, T.Using),
      DEF: () => {
        const u = this.SUBRULE(this.usingStatement);
        this.SUBRULE(this.skipNewlines);
        if (!this.RECORDING_PHASE) usingStatements.push(u);
      },
    });
    const paramBlock = this.mayStartWith(T.Param) || this.mayStartWith(T.LBracket) ? this.OPTION({
      GATE: () => this.paramBlockAhead(),
      DEF: () => this.SUBRULE(this.paramBlock),
    }) : undefined;
    this.manyTokens(T.StatementSeparator, 2, 1);
    const named = this.mayStartWith(T.NamedBlockKeyword) ? this.OPTION1({
      GATE: () => this.laIs(1, T.NamedBlockKeyword),
      DEF: () => this.SUBRULE(this.namedBlocks),
    }) : undefined;
    const statements = this.SUBRULE(this.statementList);
    if (this.RECORDING_PHASE) return undefined as never;
    const end = this.lastEnd();
    const body: ScriptBlockAst = {
      kind: 'ScriptBlock', usingStatements: fitted(usingStatements) as ScriptBlockAst['usingStatements'], requires: emptyList(),
      attributes: paramBlock ? fitted(paramBlock.attributes.filter((a) => a.kind === 'Attribute') as ScriptBlockAst['attributes']) : emptyList(),
      paramBlock: paramBlock ?? null, dynamicParamBlock: null, beginBlock: null, processBlock: null, endBlock: null, cleanBlock: null,
      isFilter: false, extent: this.extent(start, end),
    };
    if (named) {
      for (const block of named) {
        const key = block.blockName === 'dynamicparam' ? 'dynamicParamBlock' : (`${block.blockName}Block` as 'beginBlock');
        body[key] = block;
      }
    } else {
      const bodyStart = statements.length ? statements[0].extent.startOffset : end;
      const { kept, traps } = splitTraps(statements);
      body.endBlock = { kind: 'NamedBlock', blockName: 'end', explicit: false, statements: kept, traps, extent: this.extent(bodyStart, end) };
    }
    return body;
  });

  /** Attributes and `param` ahead (skipping newlines between them). */
  private paramBlockAhead(): boolean {
    return tokenMatcher(this.tokenAfterAttributes(), T.Param);
  }


  private namedBlocks = this.RULE('namedBlocks', (): NamedBlockAst[] => {
    // The blocks collect in a field (saved around nested lists), so the loop is built once.
    const outer = this.namedBlockList;
    const blocks: NamedBlockAst[] = (this.namedBlockList = []);
    this.MANY(this.namedBlockLoop);
    this.namedBlockList = outer;
    return blocks;
  });
  private namedBlockList: NamedBlockAst[] = [];

  private readonly namedBlockLoop = {
    GATE: () => !this.laIs(1, T.RCurly) && !this.atEnd(),
    DEF: () => {
      this.OR((this.namedBlockAlternatives ??= {
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { ALT: () => this.CONSUME(T.NewLine) },
          { ALT: () => this.CONSUME(T.Semi) },
          {
            ALT: () => {
              const kw = this.CONSUME(T.NamedBlockKeyword);
              this.SUBRULE(this.skipNewlines);
              const block = this.SUBRULE(this.statementBlockRule);
              this.ACTION(() => {
                const blocks = this.namedBlockList;
                const blockName = kw.image.toLowerCase() as BlockName;
                if (!block) { this.report('MissingNamedStatementBlock', this.endOf(kw), this.endOf(kw), [kw.image]); return; }
                if (blocks.some((b) => b.blockName === blockName)) this.report('DuplicateScriptCommandClause', this.startOf(kw), this.endOf(kw), [kw.image], false);
                blocks.push({ kind: 'NamedBlock', blockName, explicit: true, statements: block.statements, traps: block.traps, extent: this.extent(this.startOf(kw), block.extent.endOffset) });
              });
            },
          },
          {
            ALT: () => {
              const t = this.CONSUME(T.AnyToken);
              if (!this.RECORDING_PHASE) this.report('MissingNamedBlocks', this.startOf(t), this.endOf(t), [t.image], false);
            },
          },
        ],
      }));
    },
  };
  private namedBlockAlternatives?: OrMethodOpts<unknown>;

  /** Attributes and type constraints, each possibly on its own line. */
  private attributeList = this.RULE('attributeList', (): AttributeBaseAst[] => {
    const attributes: AttributeBaseAst[] = [];
    this.MANY(() => {
      const a = this.SUBRULE(this.typeOrAttribute);
      this.SUBRULE(this.skipNewlines);
      if (!this.RECORDING_PHASE) attributes.push(a);
    });
    return this.RECORDING_PHASE ? attributes : fitted(attributes);
  });

  protected paramBlock = this.RULE('paramBlock', (): ParamBlockAst => {
    const attributes = this.SUBRULE(this.attributeList);
    const kw = this.CONSUME(T.Param);
    this.SUBRULE1(this.skipNewlines);
    const open = this.optionalToken(T.LParen);
    const parameters = this.OPTION1({ GATE: () => !!open, DEF: () => this.SUBRULE(this.parameterList) });
    const close = this.OPTION2({ GATE: () => !!open, DEF: () => this.CONSUME(T.RParen) });
    if (this.RECORDING_PHASE) return undefined as never;
    if (!open) this.report('MissingOpenParenthesisAfterKeyword', this.endOf(kw), this.endOf(kw), ['param']);
    else if (!close) this.report('MissingEndParenthesisInFunctionParameterList', this.lastEnd(), this.lastEnd());
    const start = attributes.length ? attributes[0].extent.startOffset : this.startOf(kw);
    return { kind: 'ParamBlock', attributes, parameters: parameters ?? [], extent: this.extent(start, this.lastEnd()) };
  });

  /** `[attr][type]$name = default, ...` inside `param( )` or `function f( )`. */
  protected parameterList = this.RULE('parameterList', (): ParameterAst[] => {
    const parameters: ParameterAst[] = [];
    this.SUBRULE(this.skipNewlines);
    this.OPTION({
      GATE: () => this.laIs(1, T.Variable) || this.laIs(1, T.LBracket),
      DEF: () => {
      const first = this.SUBRULE(this.parameter);
      if (!this.RECORDING_PHASE) parameters.push(first);
      this.MANY(() => {
        const comma = this.CONSUME(T.Comma);
        this.SUBRULE1(this.skipNewlines);
        const next = this.optionalRule(this.parameter, 1, 1);
        if (!this.RECORDING_PHASE) {
          if (next) parameters.push(next);
          else this.report('MissingExpressionAfterToken', this.endOf(comma), this.endOf(comma), [',']);
        }
      });
      },
    });
    this.SUBRULE2(this.skipNewlines);
    if (this.RECORDING_PHASE) return undefined as never;
    const seen = new Set<string>();
    for (const p of parameters) {
      const name = p.name.unqualifiedName.toLowerCase();
      if (seen.has(name)) this.report('DuplicateFormalParameter', p.name.extent.startOffset, p.name.extent.endOffset, [p.name.unqualifiedName], false);
      seen.add(name);
    }
    return fitted(parameters);
  });

  private parameter = this.RULE('parameter', (): ParameterAst => {
    const attributes = this.SUBRULE(this.attributeList);
    const variable = this.optionalRule(this.variableExpression);
    const defaultValue = this.OPTION1(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE1(this.skipNewlines);
      return this.SUBRULE(this.expression, NO_COMMA);
    });
    if (this.RECORDING_PHASE) return undefined as never;
    const start = attributes.length ? attributes[0].extent.startOffset : variable ? variable.extent.startOffset : this.lastEnd();
    for (const attribute of attributes) if (attribute.kind === 'TypeConstraint') this.checkOrderedCast(attribute.typeName, false, attribute.extent);
    let name = variable;
    if (!name || name.kind !== 'Variable') {
      this.report('InvalidFunctionParameter', this.lastEnd(), this.lastEnd(), [], false);
      name = { kind: 'Variable', name: '', scope: null, unqualifiedName: '', splatted: false, braced: false, extent: this.extent(this.lastEnd(), this.lastEnd()) };
    }
    return { kind: 'Parameter', attributes, name, defaultValue: defaultValue ?? null, extent: this.extent(start, this.lastEnd()) };
  });

  // -------------------------------------------------------------------------------------------
  // Control flow

  /** The `)` that closed the last keyword condition, where pwsh reports a missing statement block. */
  private conditionClose: IToken | undefined;

  /** `( pipeline )` after a keyword, with pwsh's errors for each missing part. */
  private keywordCondition = this.RULE('keywordCondition', (keyword: IToken): PipelineBaseAst | AssignmentStatementAst | undefined => {
    this.SUBRULE(this.skipNewlines);
    const open = this.optionalToken(T.LParen);
    this.SUBRULE1(this.skipNewlines);
    const condition = this.OPTION1({ GATE: () => !!open, DEF: () => this.SUBRULE(this.pipelineOrAssignment) });
    this.SUBRULE2(this.skipNewlines);
    const close = this.OPTION2({ GATE: () => !!open, DEF: () => this.CONSUME(T.RParen) });
    if (this.RECORDING_PHASE) return undefined as never;
    const word = keyword.image.toLowerCase();
    if (!open) {
      if (word === 'if' || word === 'elseif') this.report('MissingOpenParenthesisInIfStatement', this.endOf(keyword), this.endOf(keyword), [keyword.image]);
      else this.report('MissingOpenParenthesisAfterKeyword', this.endOf(keyword), this.endOf(keyword), [keyword.image]);
      return undefined;
    }
    if (!condition) {
      if (word === 'if' || word === 'elseif') this.report('IfStatementMissingCondition', this.endOf(open), this.endOf(open), [keyword.image]);
      else if (word === 'switch') this.report('PipelineValueRequired', this.endOf(open), this.endOf(open));
      else this.report('MissingExpressionAfterKeyword', this.endOf(open), this.endOf(open), [keyword.image]);
      return undefined;
    }
    if (!close) {
      // pwsh points at the token found where the ')' should be.
      const found = this.la(1);
      const at = this.atEnd() ? this.lastEnd() : this.startOf(found);
      const end = this.atEnd() ? at : this.endOf(found);
      if (word === 'switch') this.report('MissingEndParenthesisInSwitchStatement', at, end);
      else this.report('MissingEndParenthesisAfterStatement', at, end, [keyword.image]);
      return undefined;
    }
    this.conditionClose = close;
    return condition;
  });

  private ifStatement = this.RULE('ifStatement', (): StatementAst => {
    const ifToken = this.CONSUME(T.If);
    const clauses: { condition: PipelineBaseAst; body: StatementBlockAst }[] = [];
    let elseClause: StatementBlockAst | null = null;
    let failed = false;
    const addClause = (kw: IToken, condition: PipelineBaseAst | AssignmentStatementAst | undefined, body: StatementBlockAst | undefined) => {
      if (failed) return;
      if (!condition) { failed = true; return; }
      if (!body) {
        const close = this.conditionClose;
        this.report('MissingStatementBlock', close ? this.startOf(close) : this.lastEnd(), close ? this.endOf(close) : this.lastEnd(), [kw.image]);
        failed = true;
        return;
      }
      clauses.push({ condition: condition as PipelineBaseAst, body });
    };
    const condition = this.SUBRULE(this.keywordCondition, { ARGS: [ifToken] });
    this.SUBRULE(this.skipNewlines);
    const body = this.OPTION({ GATE: () => !!condition || this.RECORDING_PHASE, DEF: () => this.SUBRULE(this.statementBlockRule) });
    if (!this.RECORDING_PHASE) addClause(ifToken, condition, body);
    this.MANY({
      GATE: () => !failed && tokenMatcher(this.nextSignificant(), T.ElseIf),
      DEF: () => {
        this.SUBRULE1(this.skipNewlines);
        const kw = this.CONSUME(T.ElseIf);
        const c = this.SUBRULE1(this.keywordCondition, { ARGS: [kw] });
        this.SUBRULE2(this.skipNewlines);
        const b = this.OPTION1({ GATE: () => !!c, DEF: () => this.SUBRULE1(this.statementBlockRule) });
        if (!this.RECORDING_PHASE) addClause(kw, c, b);
      },
    });
    this.OPTION2({
      GATE: () => !failed && tokenMatcher(this.nextSignificant(), T.Else),
      DEF: () => {
        this.SUBRULE3(this.skipNewlines);
        const kw = this.CONSUME(T.Else);
        this.SUBRULE4(this.skipNewlines);
        const b = this.SUBRULE2(this.statementBlockRule);
        if (!this.RECORDING_PHASE) {
          if (!b) this.report('MissingStatementBlockAfterElse', this.endOf(kw), this.endOf(kw));
          else elseClause = b;
        }
      },
    });
    if (this.RECORDING_PHASE) return undefined as never;
    return ({ kind: 'IfStatement', clauses: fitted(clauses), elseClause, extent: this.extent(this.startOf(ifToken), this.lastEnd()) });
  });

  private switchStatement = this.RULE('switchStatement', (): StatementAst => {
    const label = this.statementLabel;
    const kw = this.CONSUME(T.Switch);
    const flags: SwitchFlag[] = [];
    let fileArgument: ExpressionAst | undefined;
    this.MANY(() => {
      const p = this.CONSUME(T.Parameter);
      const arg = this.OPTION({
        GATE: () => (p.payload as { name: string }).name.toLowerCase() === 'file',
        DEF: () => this.SUBRULE(this.commandArgument),
      });
      this.ACTION(() => {
        const name = (p.payload as { name: string }).name.toLowerCase();
        const flag = Object.entries(switchFlags).find(([k]) => k.startsWith(name) && name.length > 0);
        if (!flag) { this.report('InvalidSwitchFlag', this.startOf(p), this.endOf(p), [p.image], false); return; }
        flags.push(flag[1]);
        if (flag[1] === 'File') {
          if (!arg) this.report('MissingFilenameOption', this.endOf(p), this.endOf(p));
          fileArgument = arg;
        }
      });
    });
    const condition = this.OPTION1({
      GATE: () => !flags.includes('File') || this.RECORDING_PHASE,
      DEF: () => this.SUBRULE(this.keywordCondition, { ARGS: [kw] }),
    });
    this.SUBRULE(this.skipNewlines);
    const open = this.optionalToken(T.LCurly, 2);
    // The clauses collect in a field (saved around nested switches), so their alternatives are built once.
    const outer = this.switchBody;
    const switchBody: SwitchBody = (this.switchBody = { clauses: [], defaultClause: null });
    this.MANY1({
      GATE: () => !!open && !this.laIs(1, T.RCurly) && !this.atEnd(),
      DEF: () => {
        this.OR((this.switchClauseAlternatives ??= {
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { ALT: () => this.CONSUME(T.NewLine) },
            { ALT: () => this.CONSUME(T.Semi) },
            {
              ALT: () => {
                // A clause's condition is a command argument where one fits (a bare word, a
                // value), as pwsh reads it; the expression alternative takes the rest.
                const clauseCondition = this.OR1((this.switchConditionAlternatives ??= {
                  IGNORE_AMBIGUITIES: true,
                  DEF: [
                    { ALT: () => this.SUBRULE1(this.commandArgument) },
                    { ALT: () => this.SUBRULE(this.expression) },
                  ],
                }));
                this.SUBRULE1(this.skipNewlines);
                const body = this.SUBRULE(this.statementBlockRule);
                this.ACTION(() => {
                  const read = this.switchBody;
                  if (!body) { this.report('MissingSwitchStatementClause', this.lastEnd(), this.lastEnd()); return; }
                  if (clauseCondition.kind === 'StringConstant' && clauseCondition.stringConstantType === 'BareWord' && clauseCondition.value.toLowerCase() === 'default') {
                    if (read.defaultClause) this.report('MultipleSwitchDefaultClauses', clauseCondition.extent.startOffset, clauseCondition.extent.endOffset, [], false);
                    read.defaultClause = body;
                  } else read.clauses.push({ condition: clauseCondition, body });
                });
              },
            },
            {
              ALT: () => {
                const t = this.CONSUME(T.AnyToken);
                if (!this.RECORDING_PHASE) this.report('MissingSwitchConditionExpression', this.startOf(t), this.endOf(t), [], false);
              },
            },
          ],
        }));
      },
    });
    this.switchBody = outer;
    const { clauses, defaultClause } = switchBody;
    const close = this.OPTION3({ GATE: () => !!open, DEF: () => this.CONSUME(T.RCurly) });
    if (this.RECORDING_PHASE) return undefined as never;
    if (!open) this.report('MissingCurlyBraceInSwitchStatement', this.lastEnd(), this.lastEnd());
    else if (!close) this.report('MissingEndCurlyBrace', this.startOf(open), this.endOf(open), [], this.atEnd());
    const start = label ? this.startOf(label) : this.startOf(kw);
    const cond: PipelineBaseAst | ExpressionAst = fileArgument ?? (condition as PipelineBaseAst | undefined) ?? this.emptyPipeline(this.endOf(kw));
    return { kind: 'SwitchStatement', label: labelName(label), flags, condition: cond, clauses: fitted(clauses), defaultClause, extent: this.extent(start, this.lastEnd()) };
  });

  private switchBody: SwitchBody = { clauses: [], defaultClause: null };
  private switchClauseAlternatives?: OrMethodOpts<unknown>;
  private switchConditionAlternatives?: OrMethodOpts<ExpressionAst>;

  private foreachStatement = this.RULE('foreachStatement', (): StatementAst => {
    const label = this.statementLabel;
    const kw = this.CONSUME(T.Foreach);
    this.manyTokens(T.Parameter);
    this.SUBRULE(this.skipNewlines);
    const open = this.optionalToken(T.LParen);
    this.SUBRULE1(this.skipNewlines);
    const variable = this.OPTION1({ GATE: () => !!open, DEF: () => this.SUBRULE(this.variableExpression) });
    this.SUBRULE2(this.skipNewlines);
    const inKw = this.OPTION2({ GATE: () => !!variable, DEF: () => this.CONSUME(T.In) });
    this.SUBRULE3(this.skipNewlines);
    const condition = this.OPTION3({ GATE: () => !!inKw, DEF: () => this.SUBRULE(this.pipelineOrAssignment) });
    this.SUBRULE4(this.skipNewlines);
    const close = this.OPTION4({ GATE: () => !!condition, DEF: () => this.CONSUME(T.RParen) });
    this.SUBRULE5(this.skipNewlines);
    const body = this.OPTION5({ GATE: () => !!close || this.RECORDING_PHASE, DEF: () => this.SUBRULE(this.statementBlockRule) });
    if (this.RECORDING_PHASE) return undefined as never;
    const start = label ? this.startOf(label) : this.startOf(kw);
    if (!open) this.report('MissingOpenParenthesisAfterKeyword', this.endOf(kw), this.endOf(kw), [kw.image]);
    else if (!variable) this.report('MissingVariableNameAfterForeach', this.endOf(open), this.endOf(open));
    else if (!inKw) this.report('MissingInInForeach', variable.extent.endOffset, variable.extent.endOffset);
    else if (!condition) this.report('MissingForeachExpression', this.endOf(inKw), this.endOf(inKw));
    else if (!close) this.report('MissingEndParenthesisAfterForeach', this.lastEnd(), this.lastEnd());
    else if (!body) this.report('MissingForeachStatement', this.lastEnd(), this.lastEnd());
    return {
      kind: 'ForEachStatement', label: labelName(label),
      variable: (variable ?? { kind: 'Variable', name: '', scope: null, unqualifiedName: '', splatted: false, braced: false, extent: this.extent(start, start) }) as Extract<ExpressionAst, { kind: 'Variable' }>,
      condition: (condition as PipelineBaseAst | undefined) ?? this.emptyPipeline(this.lastEnd()),
      body: body ?? this.statementBlock([], this.lastEnd(), this.lastEnd()), extent: this.extent(start, this.lastEnd()),
    };
  });

  private forStatement = this.RULE('forStatement', (): StatementAst => {
    const label = this.statementLabel;
    const kw = this.CONSUME(T.For);
    this.SUBRULE(this.skipNewlines);
    const open = this.optionalToken(T.LParen);
    const parts: (PipelineBaseAst | AssignmentStatementAst | null)[] = [null, null, null];
    let index = 0;
    this.MANY({
      GATE: () => !!open && !this.laIs(1, T.RParen) && !this.atEnd(),
      DEF: () => {
        this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { ALT: () => { this.CONSUME(T.Semi); if (!this.RECORDING_PHASE) { index++; } } },
            { ALT: () => { this.CONSUME(T.NewLine); } },
            {
              ALT: () => {
                const p = this.SUBRULE(this.pipelineOrAssignment);
                if (!this.RECORDING_PHASE) { if (index < 3 && p) parts[index] = p; }
              },
            },
            { ALT: () => { const t = this.CONSUME(T.AnyToken); if (!this.RECORDING_PHASE) this.reportUnexpected(t); } },
          ],
        });
      },
    });
    const close = this.OPTION1({ GATE: () => !!open, DEF: () => this.CONSUME(T.RParen) });
    this.SUBRULE1(this.skipNewlines);
    const body = this.OPTION2({ GATE: () => !!close || this.RECORDING_PHASE, DEF: () => this.SUBRULE(this.statementBlockRule) });
    if (this.RECORDING_PHASE) return undefined as never;
    if (!open) this.report('MissingOpenParenthesisAfterKeyword', this.endOf(kw), this.endOf(kw), [kw.image]);
    else if (!close) this.report('MissingEndParenthesisAfterStatement', this.lastEnd(), this.lastEnd(), [kw.image]);
    else if (!body) this.report('MissingLoopStatement', this.lastEnd(), this.lastEnd(), [kw.image]);
    const start = label ? this.startOf(label) : this.startOf(kw);
    return {
      kind: 'ForStatement', label: labelName(label), initializer: parts[0], condition: parts[1], iterator: parts[2],
      body: body ?? this.statementBlock([], this.lastEnd(), this.lastEnd()), extent: this.extent(start, this.lastEnd()),
    };
  });

  private whileStatement = this.RULE('whileStatement', (): StatementAst => {
    const label = this.statementLabel;
    const kw = this.CONSUME(T.While);
    const condition = this.SUBRULE(this.keywordCondition, { ARGS: [kw] });
    this.SUBRULE(this.skipNewlines);
    const body = this.OPTION({ GATE: () => !!condition || this.RECORDING_PHASE, DEF: () => this.SUBRULE(this.statementBlockRule) });
    if (this.RECORDING_PHASE) return undefined as never;
    if (condition && !body) this.report('MissingLoopStatement', this.lastEnd(), this.lastEnd(), [kw.image]);
    const start = label ? this.startOf(label) : this.startOf(kw);
    return {
      kind: 'WhileStatement', label: labelName(label), condition: condition ?? this.emptyPipeline(this.lastEnd()),
      body: body ?? this.statementBlock([], this.lastEnd(), this.lastEnd()), extent: this.extent(start, this.lastEnd()),
    };
  });

  private doStatement = this.RULE('doStatement', (): StatementAst => {
    const label = this.statementLabel;
    const kw = this.CONSUME(T.Do);
    this.SUBRULE(this.skipNewlines);
    const body = this.SUBRULE(this.statementBlockRule);
    const loop = this.OPTION({
      GATE: () => !!body && (tokenMatcher(this.nextSignificant(), T.While) || tokenMatcher(this.nextSignificant(), T.Until)),
      DEF: () => {
        this.SUBRULE1(this.skipNewlines);
        const w = this.OR([{ ALT: () => this.CONSUME(T.While) }, { ALT: () => this.CONSUME(T.Until) }]);
        const condition = this.SUBRULE(this.keywordCondition, { ARGS: [w] });
        return { w, condition };
      },
    });
    if (this.RECORDING_PHASE) return undefined as never;
    if (!body) this.report('MissingLoopStatement', this.endOf(kw), this.endOf(kw), [kw.image]);
    else if (!loop) this.report('MissingWhileOrUntilInDoWhile', this.lastEnd(), this.lastEnd());
    const start = label ? this.startOf(label) : this.startOf(kw);
    const condition = loop?.condition ?? this.emptyPipeline(this.lastEnd());
    const kind = loop && loop.w.image.toLowerCase() === 'until' ? 'DoUntilStatement' : 'DoWhileStatement';
    return { kind, label: labelName(label), condition, body: body ?? this.statementBlock([], this.lastEnd(), this.lastEnd()), extent: this.extent(start, this.lastEnd()) };
  });

  private flowControlStatement = this.RULE('flowControlStatement', (): StatementAst => {
    const kw = this.OR([
      { ALT: () => this.CONSUME(T.Break) },
      { ALT: () => this.CONSUME(T.Continue) },
      { ALT: () => this.CONSUME(T.Return) },
      { ALT: () => this.CONSUME(T.Exit) },
      { ALT: () => this.CONSUME(T.Throw) },
    ]);
    const operand = this.OPTION({
      GATE: () => !this.laIs(1, T.NewLine) && !this.laIs(1, T.Semi) && !this.laIs(1, T.RCurly) && !this.laIs(1, T.RParen) && !this.atEnd(),
      DEF: () => this.OR1([
        { GATE: () => tokenMatcher(kw, T.Break) || tokenMatcher(kw, T.Continue), ALT: () => this.SUBRULE(this.commandArgument) },
        { ALT: () => this.SUBRULE(this.pipelineOrAssignment) },
      ]),
    });
    if (this.RECORDING_PHASE) return undefined as never;
    const extent = this.extent(this.startOf(kw), this.lastEnd());
    const word = kw.image.toLowerCase();
    if (word === 'break' || word === 'continue') {
      const label = (operand as ExpressionAst | undefined) ?? null;
      return word === 'break' ? { kind: 'BreakStatement', label, extent } : { kind: 'ContinueStatement', label, extent };
    }
    const pipeline = (operand as StatementAst | undefined) ?? null;
    if (word === 'return') return { kind: 'ReturnStatement', pipeline, extent };
    if (word === 'exit') return { kind: 'ExitStatement', pipeline, extent };
    return { kind: 'ThrowStatement', pipeline, extent };
  });

  private trapStatement = this.RULE('trapStatement', (): StatementAst => {
    const kw = this.CONSUME(T.Trap);
    this.SUBRULE(this.skipNewlines);
    const type = this.optionalRule(this.typeOrAttribute);
    this.SUBRULE1(this.skipNewlines);
    const body = this.SUBRULE(this.statementBlockRule);
    if (this.RECORDING_PHASE) return undefined as never;
    if (!body) this.report('MissingTrapStatement', this.lastEnd(), this.lastEnd());
    return {
      kind: 'TrapStatement', trapType: (type as TypeConstraintAst | undefined) ?? null,
      body: body ?? this.statementBlock([], this.lastEnd(), this.lastEnd()), extent: this.extent(this.startOf(kw), this.lastEnd()),
    };
  });

  private tryStatement = this.RULE('tryStatement', (): StatementAst => {
    const kw = this.CONSUME(T.Try);
    this.SUBRULE(this.skipNewlines);
    const body = this.SUBRULE(this.statementBlockRule);
    const catches: Extract<StatementAst, { kind: 'TryStatement' }>['catchClauses'] = [];
    this.MANY({
      GATE: () => !!body && tokenMatcher(this.nextSignificant(), T.Catch),
      DEF: () => {
        this.SUBRULE1(this.skipNewlines);
        const c = this.CONSUME(T.Catch);
        const types: TypeConstraintAst[] = [];
        this.SUBRULE2(this.skipNewlines);
        this.OPTION(() => {
          const first = this.SUBRULE(this.typeOrAttribute);
          if (!this.RECORDING_PHASE) types.push(first as TypeConstraintAst);
          this.MANY1(() => {
            this.CONSUME(T.Comma);
            this.SUBRULE3(this.skipNewlines);
            const next = this.SUBRULE1(this.typeOrAttribute);
            if (!this.RECORDING_PHASE) types.push(next as TypeConstraintAst);
          });
        });
        this.SUBRULE4(this.skipNewlines);
        const block = this.SUBRULE1(this.statementBlockRule);
        this.ACTION(() => {
          if (!block) { this.report('MissingCatchHandlerBlock', this.lastEnd(), this.lastEnd()); return; }
          if (catches.length && catches[catches.length - 1].catchTypes.length === 0) {
            this.report('EmptyCatchNotLast', catches[catches.length - 1].extent.startOffset, catches[catches.length - 1].extent.startOffset + 5, [], false);
          }
          catches.push({ kind: 'CatchClause', catchTypes: types, body: block, extent: this.extent(this.startOf(c), this.lastEnd()) });
        });
      },
    });
    const fin = this.OPTION1({
      GATE: () => !!body && tokenMatcher(this.nextSignificant(), T.Finally),
      DEF: () => {
        this.SUBRULE5(this.skipNewlines);
        const f = this.CONSUME(T.Finally);
        this.SUBRULE6(this.skipNewlines);
        const block = this.SUBRULE2(this.statementBlockRule);
        if (!this.RECORDING_PHASE) { if (!block) this.report('MissingFinallyStatementBlock', this.endOf(f), this.endOf(f)); }
        return block;
      },
    });
    if (this.RECORDING_PHASE) return undefined as never;
    if (!body) this.report('MissingTryStatementBlock', this.endOf(kw), this.endOf(kw));
    else if (!catches.length && !fin) this.report('MissingCatchOrFinally', this.lastEnd(), this.lastEnd());
    return {
      kind: 'TryStatement', body: body ?? this.statementBlock([], this.lastEnd(), this.lastEnd()), catchClauses: catches,
      finally: fin ?? null, extent: this.extent(this.startOf(kw), this.lastEnd()),
    };
  });

  private functionDefinition = this.RULE('functionDefinition', (): StatementAst => {
    const kw = this.CONSUME(T.Function);
    const name = this.optionalToken(T.GenericToken);
    this.SUBRULE(this.skipNewlines);
    const params = this.OPTION1(() => {
      this.CONSUME(T.LParen);
      const list = this.SUBRULE(this.parameterList);
      const close = this.optionalToken(T.RParen, 2);
      if (!this.RECORDING_PHASE) { if (!close) this.report('MissingEndParenthesisInFunctionParameterList', this.lastEnd(), this.lastEnd()); }
      return list;
    });
    this.SUBRULE1(this.skipNewlines);
    const open = this.optionalToken(T.LCurly, 3);
    const body = this.OPTION4({ GATE: () => !!open, DEF: () => this.SUBRULE(this.scriptBlockBody, { ARGS: [open ? this.endOf(open) : 0] }) });
    const close = this.OPTION5({ GATE: () => !!open, DEF: () => this.CONSUME(T.RCurly) });
    if (this.RECORDING_PHASE) return undefined as never;
    const word = kw.image.toLowerCase();
    if (!name) this.report('MissingNameAfterKeyword', this.endOf(kw), this.endOf(kw), [kw.image]);
    else if (!open) this.report('MissingFunctionBody', this.lastEnd(), this.lastEnd());
    else if (!close) this.report('MissingEndCurlyBrace', this.startOf(open), this.endOf(open), [], this.atEnd());
    if (params && body?.paramBlock) this.report('OnlyOneParameterListAllowed', body.paramBlock.extent.startOffset, body.paramBlock.extent.startOffset + 5, [], false);
    const start = this.startOf(kw);
    const bodyExtent = this.extent(open ? this.startOf(open) : this.lastEnd(), this.lastEnd());
    const scriptBlock: ScriptBlockAst = body ? { ...body, isFilter: word === 'filter', extent: bodyExtent } : {
      kind: 'ScriptBlock', usingStatements: [], requires: [], attributes: [], paramBlock: null, dynamicParamBlock: null, beginBlock: null,
      processBlock: null, endBlock: null, cleanBlock: null, isFilter: word === 'filter', extent: bodyExtent,
    };
    if (word === 'filter' && scriptBlock.endBlock && !scriptBlock.endBlock.explicit) {
      scriptBlock.processBlock = { ...scriptBlock.endBlock, blockName: 'process' };
      scriptBlock.endBlock = null;
    }
    return {
      kind: 'FunctionDefinition', name: name ? (name.payload as StringPayload).value : '', isFilter: word === 'filter', isWorkflow: word === 'workflow',
      parameters: params ?? null, body: scriptBlock, extent: this.extent(start, this.lastEnd()),
    };
  });

  private dataStatement = this.RULE('dataStatement', (): StatementAst => {
    const kw = this.CONSUME(T.Data);
    const name = this.optionalToken(T.GenericToken);
    const commands: ExpressionAst[] = [];
    this.MANY(() => {
      this.CONSUME(T.Parameter);
      const arg = this.SUBRULE(this.commandArgument);
      if (!this.RECORDING_PHASE) commands.push(arg);
    });
    this.SUBRULE(this.skipNewlines);
    const body = this.SUBRULE(this.statementBlockRule);
    if (this.RECORDING_PHASE) return undefined as never;
    if (!body) this.report('MissingStatementBlockForDataSection', this.lastEnd(), this.lastEnd());
    return {
      kind: 'DataStatement', variable: name ? (name.payload as StringPayload).value : null, commandsAllowed: commands,
      body: body ?? this.statementBlock([], this.lastEnd(), this.lastEnd()), extent: this.extent(this.startOf(kw), this.lastEnd()),
    };
  });

  private usingStatement = this.RULE('usingStatement', (): StatementAst => {
    const kw = this.CONSUME(T.Using);
    const words: IToken[] = [];
    this.MANY(() => {
      const t = this.OR([
        { ALT: () => this.CONSUME(T.GenericToken) },
        { ALT: () => this.CONSUME(T.StringLiteral) },
      ]);
      if (!this.RECORDING_PHASE) words.push(t);
    });
    if (this.RECORDING_PHASE) return undefined as never;
    const kindWord = words[0] ? String((words[0].payload as StringPayload).value).toLowerCase() : '';
    const usingKind = (['namespace', 'module', 'assembly', 'type'].includes(kindWord) ? kindWord : 'namespace') as 'namespace';
    if (words.length < 2) this.report('MissingExpressionAfterToken', this.lastEnd(), this.lastEnd(), [words[0]?.image ?? kw.image]);
    const nameToken = words[1];
    return {
      kind: 'UsingStatement', usingKind, name: nameToken ? String((nameToken.payload as StringPayload).value) : '',
      alias: null, extent: this.extent(this.startOf(kw), this.lastEnd()),
    };
  });

  // -------------------------------------------------------------------------------------------
  // class and enum

  private typeDefinition = this.RULE('typeDefinition', (): StatementAst => {
    const attributes = this.typeAttributes;
    const kw = this.OR([{ ALT: () => this.CONSUME(T.Class) }, { ALT: () => this.CONSUME(T.Enum) }]);
    const name = this.optionalToken(T.GenericToken);
    const baseTypes: TypeNameSyntax[] = [];
    this.OPTION1(() => {
      this.CONSUME(T.Colon);
      const first = this.SUBRULE(this.typeNameSyntax);
      if (!this.RECORDING_PHASE) baseTypes.push(first);
      this.MANY1(() => {
        this.CONSUME(T.Comma);
        const next = this.SUBRULE1(this.typeNameSyntax);
        if (!this.RECORDING_PHASE) baseTypes.push(next);
      });
    });
    this.SUBRULE1(this.skipNewlines);
    const open = this.optionalToken(T.LCurly, 2);
    // The members collect in a field (saved around nested definitions), so their alternatives are built once.
    const outer = this.typeBody;
    const { members } = (this.typeBody = { keyword: { ARGS: [kw] }, members: [] });
    this.MANY2({
      GATE: () => !!open && !this.laIs(1, T.RCurly) && !this.atEnd(),
      DEF: () => {
        this.OR1((this.typeBodyAlternatives ??= {
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { ALT: () => this.CONSUME(T.NewLine) },
            { ALT: () => this.CONSUME(T.Semi) },
            { ALT: () => { const m = this.SUBRULE(this.memberDefinition, this.typeBody.keyword); if (!this.RECORDING_PHASE) { if (m) this.typeBody.members.push(m); } } },
            { ALT: () => { const t = this.CONSUME(T.AnyToken); if (!this.RECORDING_PHASE) this.reportUnexpected(t); } },
          ],
        }));
      },
    });
    this.typeBody = outer;
    const close = this.OPTION3({ GATE: () => !!open, DEF: () => this.CONSUME(T.RCurly) });
    if (this.RECORDING_PHASE) return undefined as never;
    if (!name) this.report('MissingNameAfterKeyword', this.endOf(kw), this.endOf(kw), [kw.image]);
    else if (!open) this.reportAfterLast('MissingEndCurlyBrace');
    else if (!close) this.report('MissingEndCurlyBrace', this.endOf(open), this.endOf(open), [], this.atEnd());
    const start = attributes.length ? attributes[0].extent.startOffset : this.startOf(kw);
    return {
      kind: 'TypeDefinition', typeKind: kw.image.toLowerCase() === 'enum' ? 'enum' : 'class', name: name ? (name.payload as StringPayload).value : '',
      attributes, baseTypes, members, extent: this.extent(start, this.lastEnd()),
    };
  });

  /** The `class` or `enum` keyword (as the member rule's argument) and the members of the definition being read. */
  private typeBody: { keyword: { ARGS: [IToken] }; members: MemberAst[] } = { keyword: { ARGS: [undefined as unknown as IToken] }, members: [] };
  private typeBodyAlternatives?: OrMethodOpts<unknown>;

  /** A property (`[type] $name = value`), a method (`[type] Name($a) { }`), or an enum member (`Name = 1`). */
  private memberDefinition = this.RULE('memberDefinition', (kw: IToken): MemberAst | undefined => {
    const attributes: AttributeBaseAst[] = [];
    let isStatic = false;
    let isHidden = false;
    this.MANY(() => {
      this.OR([
        { ALT: () => { const a = this.SUBRULE(this.typeOrAttribute); if (!this.RECORDING_PHASE) attributes.push(a); } },
        { ALT: () => { const m = this.CONSUME(T.MemberModifier); if (!this.RECORDING_PHASE) { if (m.image.toLowerCase() === 'static') isStatic = true; else isHidden = true; } } },
        { ALT: () => this.CONSUME(T.NewLine) },
      ]);
    });
    return this.OR1([
      {
        ALT: () => {
          const variable = this.SUBRULE(this.variableExpression);
          const init = this.OPTION(() => { this.CONSUME(T.Equals); return this.SUBRULE(this.expression); });
          if (this.RECORDING_PHASE) return undefined as never;
          const types = attributes.filter((a): a is TypeConstraintAst => a.kind === 'TypeConstraint');
          const start = attributes.length ? attributes[0].extent.startOffset : variable.extent.startOffset;
          return {
            kind: 'PropertyMember', name: (variable as { unqualifiedName: string }).unqualifiedName, propertyType: types[types.length - 1] ?? null,
            attributes: attributes.filter((a) => a.kind === 'Attribute'), isStatic, isHidden, initialValue: init ?? null, extent: this.extent(start, this.lastEnd()),
          };
        },
      },
      {
        ALT: () => {
          const name = this.CONSUME(T.GenericToken);
          return this.OR2([
            {
              GATE: () => kw.image.toLowerCase() === 'enum',
              ALT: () => {
                const value = this.OPTION1(() => { this.CONSUME1(T.Equals); return this.SUBRULE1(this.expression); });
                if (this.RECORDING_PHASE) return undefined as never;
                return ({
                kind: 'PropertyMember', name: (name.payload as StringPayload).value, propertyType: null, attributes: [], isStatic: true, isHidden: false,
                initialValue: value ?? null, extent: this.extent(this.startOf(name), this.lastEnd()),
                });
              },
            },
            {
              ALT: () => {
                this.CONSUME(T.LParen);
                const parameters = this.SUBRULE(this.parameterList);
                this.optionalToken(T.RParen, 2);
                const baseArguments = this.OPTION3(() => {
                this.CONSUME(T.Colon);
                this.CONSUME1(T.GenericToken);
                return this.SUBRULE(this.methodArgumentsForBase);
                });
                this.SUBRULE(this.skipNewlines);
                const open = this.CONSUME(T.LCurly);
                const body = this.SUBRULE(this.scriptBlockBody, { ARGS: [open ? this.endOf(open) : 0] });
                const close = this.optionalToken(T.RCurly, 4);
                if (this.RECORDING_PHASE) return undefined as never;
                if (!close) this.report('MissingEndCurlyBrace', this.startOf(open), this.endOf(open), [], this.atEnd());
                const types = attributes.filter((a): a is TypeConstraintAst => a.kind === 'TypeConstraint');
                const start = attributes.length ? attributes[0].extent.startOffset : this.startOf(name);
                return {
                  kind: 'FunctionMember', name: (name.payload as StringPayload).value, returnType: types[types.length - 1] ?? null,
                  attributes: attributes.filter((a) => a.kind === 'Attribute'), isStatic, isHidden, isConstructor: types.length === 0,
                  parameters, baseArguments: baseArguments ?? null, body: { ...body, extent: this.extent(this.startOf(open), this.lastEnd()) },
                  extent: this.extent(start, this.lastEnd()),
                };
              },
            },
          ]);
        },
      },
    ]);
  });

  private methodArgumentsForBase = this.RULE('methodArgumentsForBase', (): ExpressionAst[] => {
    this.CONSUME(T.LParen);
    const args: ExpressionAst[] = [];
    this.OPTION(() => {
      const first = this.SUBRULE(this.expression, NO_COMMA);
      if (!this.RECORDING_PHASE) args.push(first);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        const next = this.SUBRULE1(this.expression, NO_COMMA);
        if (!this.RECORDING_PHASE) args.push(next);
      });
    });
    this.optionalToken(T.RParen, 1);
    return args;
  });
}

/** The clauses of the switch statement being read. */
interface SwitchBody {
  clauses: SwitchStatementAst['clauses'];
  defaultClause: StatementBlockAst | null;
}

function labelName(label: IToken | undefined): string | null {
  return label ? (label.payload as { name: string }).name : null;
}

export type { VariablePayload };
