/**
 * Every binary and unary operator the parser produces, with pwsh's semantics. Comparison-like
 * operators with a collection on the left filter it (`@(1,2,3) -eq 2` is @(2)); -replace and
 * -split apply to each element. -and/-or are here for completeness; the evaluator short-circuits
 * them before calling in.
 */
import {
  baseObject,
  ConversionFailure,
  enumerableItems,
  formatComposite,
  formatMessage,
  parserStrings,
  RuntimeException,
  toBoolean,
  toPSString,
} from '../conversion/index.js';
import { arithmetic, runtimeError } from './arithmetic.js';
import { bitwise, bitwiseNot, shift } from './bitwise.js';
import { psCompare, psEquals } from './comparison.js';
import type { OperatorContext } from './context.js';
import { like } from './like.js';
import { regexMatch } from './match.js';
import { range } from './range.js';
export { rangeEnumerable } from './range.js';
import { replace } from './replace.js';
import { split, unarySplit } from './split.js';
import { asType, isInstanceOf } from './type-operators.js';

export { compareNumbers, compareStrings, psCompare, psEquals, valueEquals } from './comparison.js';
export type { OperatorContext } from './context.js';
export { dotNetRegex, firstMatch, groupValue, invalidRegex, matchAll, substitute, type DotNetRegex, type GroupInfo, type RegexOptions } from './dotnet-regex.js';
export { like } from './like.js';
export { regexMatch } from './match.js';

/** Operators that take each element of a collection on the left and keep those that satisfy them. */
const filteringOperators = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch']);

/** Splits '-ceq' into ('eq', case-sensitive); '-ieq' and '-eq' are case-insensitive. */
function parseOperatorName(operator: string): { name: string; caseSensitive: boolean } {
  const bare = operator.startsWith('-') ? operator.slice(1).toLowerCase() : operator;
  const known = /^(eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|replace|split|contains|notcontains|in|notin)$/;
  if ((bare.startsWith('c') || bare.startsWith('i')) && known.test(bare.slice(1))) {
    return { name: bare.slice(1), caseSensitive: bare.startsWith('c') };
  }
  return { name: bare, caseSensitive: false };
}

/** A binary operator resolved to its implementation; operands may be undefined (AutomationNull). */
export type BinaryOperator = (left: unknown, right: unknown, context: OperatorContext) => unknown;

const resolvedOperators = new Map<string, BinaryOperator>();

/**
 * The implementation of `operator` (any BinaryOperator of grammar/ast.ts), resolved once: the
 * compiler calls this per AST node so running code skips parsing the operator's name.
 */
export function binaryOperator(operator: string): BinaryOperator {
  let resolved = resolvedOperators.get(operator);
  if (!resolved) {
    resolved = resolveBinaryOperator(operator);
    resolvedOperators.set(operator, resolved);
  }
  return resolved;
}

/** `left <operator> right` for every binary operator of grammar/ast.ts's BinaryOperator. */
export function binaryOperation(operator: string, left: unknown, right: unknown, context: OperatorContext): unknown {
  return binaryOperator(operator)(left, right, context);
}

function resolveBinaryOperator(operator: string): BinaryOperator {
  switch (operator) {
    case '+':
    case '-':
    case '*':
    case '/':
    case '%': {
      const arithmeticOperator = operator;
      return (left, right, context) => arithmetic(arithmeticOperator, left, right, context);
    }
    case '..':
      return (left, right) => range(orNull(left), orNull(right));
    case '-f':
      return (left, right) => formatOperator(orNull(left), orNull(right));
    case '??':
      return (left, right) => (left === null || left === undefined ? orNull(right) : left);
  }
  const { name, caseSensitive } = parseOperatorName(operator);
  if (filteringOperators.has(name)) {
    return (left, right, context) => {
      if (left === undefined) left = null;
      if (right === undefined) right = null;
      const items = enumerableItems(baseObject(left));
      if (items) return items.filter((item) => scalarComparison(name, item, right, caseSensitive));
      return scalarComparison(name, left, right, caseSensitive, context);
    };
  }
  const operation = otherOperator(operator, name, caseSensitive);
  return (left, right, context) => operation(orNull(left), orNull(right), context);
}

function orNull(value: unknown): unknown {
  return value === undefined ? null : value;
}

/** The operators that are neither arithmetic nor filtering comparisons; operands are never undefined. */
function otherOperator(operator: string, name: string, caseSensitive: boolean): BinaryOperator {
  switch (name) {
    case 'and':
      return (left, right) => toBoolean(left) && toBoolean(right);
    case 'or':
      return (left, right) => toBoolean(left) || toBoolean(right);
    case 'xor':
      return (left, right) => toBoolean(left) !== toBoolean(right);
    case 'band':
    case 'bor':
    case 'bxor': {
      const bitwiseOperator = `-${name}` as '-band';
      return (left, right) => bitwise(bitwiseOperator, left, right);
    }
    case 'shl':
    case 'shr': {
      const shiftOperator = `-${name}` as '-shl';
      return (left, right) => shift(shiftOperator, left, right);
    }
    case 'contains':
      return (left, right) => contains(left, right, caseSensitive);
    case 'notcontains':
      return (left, right) => !contains(left, right, caseSensitive);
    case 'in':
      return (left, right) => contains(right, left, caseSensitive);
    case 'notin':
      return (left, right) => !contains(right, left, caseSensitive);
    case 'is':
      return (left, right, context) => isInstanceOf(left, right, context);
    case 'isnot':
      return (left, right, context) => !isInstanceOf(left, right, context);
    case 'as':
      return (left, right, context) => asType(left, right, context);
    case 'join':
      return (left, right) => join(left, right);
    case 'replace': {
      const operatorText = `-${operator.slice(1).toLowerCase()}`;
      return (left, right, context) => {
        const items = enumerableItems(baseObject(left));
        if (items) return items.map((item) => replace(item, right, caseSensitive, operatorText, context));
        return replace(left, right, caseSensitive, operatorText, context);
      };
    }
    case 'split':
      return (left, right, context) => split(left, right, caseSensitive, context);
  }
  // The parser produces no other operators; reaching here is a bug in the caller.
  return () => {
    throw new TypeError(`Unexpected binary operator ${operator}`);
  };
}

function scalarComparison(name: string, left: unknown, right: unknown, caseSensitive: boolean, context?: OperatorContext): boolean {
  switch (name) {
    case 'eq':
      return psEquals(left, right, !caseSensitive);
    case 'ne':
      return !psEquals(left, right, !caseSensitive);
    case 'gt':
      return psCompare(left, right, !caseSensitive) > 0;
    case 'ge':
      return psCompare(left, right, !caseSensitive) >= 0;
    case 'lt':
      return psCompare(left, right, !caseSensitive) < 0;
    case 'le':
      return psCompare(left, right, !caseSensitive) <= 0;
    case 'like':
      return like(left, right, caseSensitive);
    case 'notlike':
      return !like(left, right, caseSensitive);
    case 'match':
      return regexMatch(left, right, caseSensitive, context);
    default:
      return !regexMatch(left, right, caseSensitive, context);
  }
}

/** `collection -contains value`: some element equals the value (a scalar is a one-element collection). */
function contains(collection: unknown, value: unknown, caseSensitive: boolean): boolean {
  const items = enumerableItems(baseObject(collection)) ?? [collection];
  return items.some((item) => psEquals(item, value, !caseSensitive));
}

function join(left: unknown, separator: unknown): string {
  const items = enumerableItems(baseObject(left)) ?? [left];
  return items.map((item) => toPSString(item)).join(toPSString(separator));
}

/** `format -f arguments`: String.Format with the right operand's elements as the arguments. */
function formatOperator(left: unknown, right: unknown): string {
  const args = enumerableItems(baseObject(right)) ?? [right];
  try {
    return formatComposite(toPSString(left), args);
  } catch (error) {
    if (!(error instanceof ConversionFailure)) throw error;
    throw new RuntimeException(formatMessage(parserStrings.FormatError, error.message), 'FormatError', 'InvalidOperation', undefined, error.exceptionTypeName);
  }
}

/**
 * The value of a unary operation. For ++ and -- (prefix or postfix) this is the operand plus or
 * minus one; the evaluator stores it and decides which of old and new the expression yields.
 */
export function unaryOperation(operator: string, operand: unknown, context: OperatorContext): unknown {
  if (operand === undefined) operand = null;
  switch (operator.toLowerCase()) {
    case '-not':
    case '!':
      return !toBoolean(operand);
    case '-bnot':
      return bitwiseNot(operand);
    case '-':
      return negate(operand, context);
    case '+':
      return arithmetic('+', 0, operand, context);
    case ',':
      return [operand];
    case '-split':
    case '-isplit':
    case '-csplit':
      return unarySplit(operand);
    case '-join':
      return join(operand, '');
    case '++':
    case 'postfix++':
      return arithmetic('+', operand, 1, context);
    case '--':
    case 'postfix--':
      return arithmetic('-', operand, 1, context);
  }
  throw new RuntimeException(formatMessage(parserStrings.UnexpectedUnaryOperator, operator), 'UnexpectedUnaryOperator', 'InvalidOperation');
}

/** Unary minus: 0 - operand, except that a real keeps its sign bit (-0.0). */
function negate(operand: unknown, context: OperatorContext): unknown {
  const base = baseObject(operand);
  if (typeof base === 'number' && !Number.isInteger(base)) return -base;
  try {
    return arithmetic('-', 0, operand, context);
  } catch (error) {
    if (error instanceof ConversionFailure) throw runtimeError(error);
    throw error;
  }
}

