/**
 * pwsh's FlagsExpression<T> over a flags enum, the type of Get-ChildItem's -Attributes:
 * identifiers (unique prefixes of the enum's names) joined by `+` (AND) and `,` (OR), each
 * maybe negated by `!` (`Directory+!Hidden, ReadOnly`); an array of clauses ORs them. An
 * identifier holds when all its bits are set. Registered as the generic type FlagsExpression`1
 * so that binding a string or an array builds one, with pwsh's errors for a malformed expression.
 */
import { ConversionFailure, formatMessage, invalidCastWithInner, objectToString } from '../../conversion/index.js';
import { enumDisambiguate } from '../../conversion/convert.js';
import { enumExpressionEvaluatorStrings as strings } from '../../conversion/messages.js';
import { registerNativeType } from '../type-registration.js';
import { noConversion, type PSTypeInfo } from '../../types/index.js';
import { psTypeNames } from '../../values/index.js';

type Token = { readonly kind: 'and' | 'or' | 'not' } | { readonly kind: 'identifier'; readonly text: string };

/** One identifier and whether it is negated; an expression is an OR of ANDs of these. */
interface Operand {
  readonly bits: bigint;
  readonly negated: boolean;
}

export class FlagsExpression {
  readonly [psTypeNames]: readonly string[];

  private constructor(
    readonly enumType: PSTypeInfo,
    private readonly clauses: readonly (readonly Operand[])[],
  ) {
    this[psTypeNames] = [`System.Management.Automation.FlagsExpression\`1[${enumType.fullName}]`, 'System.Object'];
  }

  /** FlagsExpression(string) or FlagsExpression(object[]): each clause's tokens, then one OR. */
  static parse(enumType: PSTypeInfo, clauses: readonly string[]): FlagsExpression {
    if (clauses.length === 0 || clauses.some((clause) => clause.trim() === '')) throw new ConversionFailure('System.Management.Automation.RuntimeException', strings.EmptyInputString);
    const tokens = clauses.flatMap((clause): Token[] => [...tokenize(clause, enumType), { kind: 'or' }]);
    return new FlagsExpression(enumType, build(checkSyntax(tokens, enumType), enumType));
  }

  /** Evaluate: some clause whose identifiers all hold (or, negated, do not). */
  evaluate(value: number | bigint): boolean {
    const bits = BigInt(value);
    return this.clauses.some((clause) => clause.every((operand) => ((bits & operand.bits) === operand.bits) !== operand.negated));
  }

  /** ExistsInExpression: some identifier, negated or not, covers all of the flag's bits. */
  mentions(flag: number | bigint): boolean {
    const bits = BigInt(flag);
    return this.clauses.some((clause) => clause.some((operand) => (bits & operand.bits) === bits));
  }
}

function fail(message: string): never {
  throw new ConversionFailure('System.Management.Automation.RuntimeException', message);
}

/** pwsh's TokenizeInput: operators are single characters; an identifier runs to the next one, trimmed, one pair of quotes removed. */
function tokenize(input: string, enumType: PSTypeInfo): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  while (offset < input.length) {
    while (offset < input.length && /\s/.test(input[offset]!)) offset++;
    if (offset >= input.length) break;
    let text = '';
    let readingIdentifier = false;
    while (offset < input.length) {
      const ch = input[offset++]!;
      if (ch === ',' || ch === '+' || ch === '!') {
        if (readingIdentifier) offset--;
        else text += ch;
        break;
      }
      text += ch;
      readingIdentifier = true;
    }
    text = text.trim();
    if (text.length >= 2 && ((text.startsWith("'") && text.endsWith("'")) || (text.startsWith('"') && text.endsWith('"')))) text = text.slice(1, -1).trim();
    if (text === '') fail(formatMessage(strings.EmptyTokenString, enumType.enumConstants!.map((constant) => constant.name).join(', ')));
    if (text.startsWith('(') && (text.endsWith(')') || input.indexOf(')', offset) >= 0)) fail(strings.NoIdentifierGroupingAllowed);
    tokens.push(text === ',' ? { kind: 'or' } : text === '+' ? { kind: 'and' } : text === '!' ? { kind: 'not' } : { kind: 'identifier', text });
  }
  return tokens;
}

/** pwsh's CheckSyntaxError, which also settles each identifier's enum name. */
function checkSyntax(tokens: readonly Token[], enumType: PSTypeInfo): Token[] {
  let previous: Token['kind'] = 'or';
  return tokens.map((token) => {
    if ((previous === 'or' || previous === 'and') && (token.kind === 'or' || token.kind === 'and')) fail(strings.SyntaxErrorUnexpectedBinaryOperator);
    if (previous === 'not' && token.kind !== 'identifier') fail(strings.SyntaxErrorIdentifierExpected);
    if (previous === 'identifier' && (token.kind === 'identifier' || token.kind === 'not')) fail(strings.SyntaxErrorBinaryOperatorExpected);
    previous = token.kind;
    return token.kind === 'identifier' ? { kind: 'identifier', text: enumDisambiguate(token.text, enumType) } : token;
  });
}

/** The OR of AND clauses the checked tokens describe. */
function build(tokens: readonly Token[], enumType: PSTypeInfo): Operand[][] {
  const clauses: Operand[][] = [];
  let clause: Operand[] = [];
  let negated = false;
  for (const token of tokens) {
    if (token.kind === 'not') negated = true;
    else if (token.kind === 'identifier') {
      const constant = enumType.enumConstants!.find((c) => c.name === token.text)!;
      clause.push({ bits: BigInt(constant.value), negated });
      negated = false;
    } else if (token.kind === 'or') {
      clauses.push(clause);
      clause = [];
    }
  }
  return clauses;
}

/** The type a parameter declares as FlagsExpression[T]: it binds from a string or an array of them. */
function flagsExpressionType(enumType: PSTypeInfo): PSTypeInfo {
  const fullName = `${definitionName}[${enumType.fullName}]`;
  return registerNativeType(fullName, ['System.Object'], {
    name: 'FlagsExpression`1',
    genericArguments: [enumType],
    isInstance: (value) => value instanceof FlagsExpression && value.enumType === enumType,
    convertFrom: (value) => {
      if (!enumType.enumConstants) return noConversion;
      const clauses = Array.isArray(value) ? value.map((item) => objectToString(item)) : [objectToString(value)];
      try {
        return FlagsExpression.parse(enumType, clauses);
      } catch (error) {
        if (!(error instanceof ConversionFailure)) throw error;
        throw invalidCastWithInner(Array.isArray(value) ? 'System.Object[]' : clauses[0]!, fullName, error, 'InvalidCastConstructorException');
      }
    },
  });
}

const definitionName = 'System.Management.Automation.FlagsExpression`1';
registerNativeType(definitionName, ['System.Object'], {
  isInstance: (value) => value instanceof FlagsExpression,
  genericParameterCount: 1,
  makeGenericType: ([enumType]) => flagsExpressionType(enumType!),
});
