/**
 * pwsh's equality and ordering of two scalars (the -eq/-ne/-lt/-le/-gt/-ge family, -contains and
 * -in, switch and Sort-Object): the left operand decides. A string left compares as strings
 * (invariant culture, case-insensitive unless asked), a number left compares numerically (a
 * string right is read as a PowerShell number), anything else converts the right operand to the
 * left's type first. $null equals only $null and orders below everything (numbers compare it
 * with zero).
 */
import { Char, DateTime, Guid, NumericValue, TimeSpan, Version } from '../values/index.js';
import {
  baseObject,
  convertTo,
  extendedTypeSystemStrings,
  formatMessage,
  integerOf,
  isNumeric,
  numericTypeNameOf,
  objectToString,
  PSInvalidCastException,
  RuntimeException,
  scanLiteral,
  toDecimal,
  toDouble,
  toPSString,
  tryConvertTo,
} from '../conversion/index.js';
import { typeOf } from '../types/index.js';
import { rightAsEnumValue } from './enum-operands.js';

const ignoreCaseCollator = new Intl.Collator('en-US', { sensitivity: 'accent' });
const caseSensitiveCollator = new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' });

/** String comparison in the invariant culture: negative, zero or positive. */
export function compareStrings(left: string, right: string, ignoreCase: boolean): number {
  if (left === right || (ignoreCase && left.toLowerCase() === right.toLowerCase())) return 0;
  return Math.sign((ignoreCase ? ignoreCaseCollator : caseSensitiveCollator).compare(left, right));
}

/** The right operand of a string comparison, as a string: taken before unwrapping, so an enum gives its name, not its number. */
function asStringOperand(right: unknown): string {
  return typeof right === 'string' ? right : toPSString(right);
}

/** `left -eq right` for a scalar left operand. */
export function psEquals(left: unknown, right: unknown, ignoreCase = true): boolean {
  if (typeof left === 'number' && typeof right === 'number') return compareNumbers(left, right) === 0;
  const givenRight = right;
  right = baseObject(rightAsEnumValue(left, right));
  left = baseObject(left);
  if (left === null || left === undefined) return right === null || right === undefined;
  if (right === null || right === undefined) return false;
  if (typeof left === 'string') return compareStrings(left, asStringOperand(givenRight), ignoreCase) === 0;
  if (isNumeric(left)) {
    const number = numericOperand(right);
    if (number !== undefined) return compareNumbers(left, number) === 0;
    if (typeof right === 'string') {
      // Parser.ScanNumber, falling back to the conversion to the left's type ("1,000").
      const scanned = scanLiteral(right.trim()) ?? tryConvertTo(right, typeOf(left)!);
      return scanned !== null && isNumeric(scanned) && compareNumbers(left, scanned) === 0;
    }
  }
  if (left instanceof Char && ignoreCase) {
    const other = right instanceof Char ? right.toString() : typeof right === 'string' && right.length === 1 ? right : undefined;
    if (other !== undefined) return left.toString().toUpperCase() === other.toUpperCase();
  }
  if (valueEquals(left, right)) return true;
  const leftType = typeOf(left);
  if (!leftType) return false;
  try {
    return valueEquals(left, convertTo(right, leftType));
  } catch (error) {
    if (error instanceof PSInvalidCastException) return false;
    throw error;
  }
}

/** `left -lt right` and friends: the sign of comparing a scalar left operand with the right. */
export function psCompare(left: unknown, right: unknown, ignoreCase = true): number {
  if (typeof left === 'number' && typeof right === 'number') return compareNumbers(left, right);
  const givenRight = right;
  right = baseObject(rightAsEnumValue(left, right));
  left = baseObject(left);
  const leftIsNull = left === null || left === undefined;
  const rightIsNull = right === null || right === undefined;
  if (leftIsNull || rightIsNull) {
    if (!leftIsNull && isNumeric(left)) return compareNumbers(left, 0);
    if (!rightIsNull && isNumeric(right)) return compareNumbers(right, 0) >= 0 ? -1 : 1;
    return leftIsNull === rightIsNull ? 0 : leftIsNull ? -1 : 1;
  }
  if (typeof left === 'string') return compareStrings(left, asStringOperand(givenRight), ignoreCase);
  if (isNumeric(left)) {
    const number = numericOperand(right);
    if (number !== undefined) return compareNumbers(left, number);
    if (typeof right === 'string') {
      const scanned = scanLiteral(right.trim());
      return compareNumbers(left, scanned ?? (convertTo(right, typeOf(left)!) as number));
    }
  }
  let converted: unknown;
  try {
    converted = convertTo(right, typeOf(left)!);
  } catch (error) {
    if (!(error instanceof PSInvalidCastException)) throw error;
    throw new RuntimeException(
      formatMessage(extendedTypeSystemStrings.ComparisonFailure, objectToString(left), objectToString(right), error.message),
      'ComparisonFailure',
      'InvalidOperation',
    );
  }
  const order = compareComparable(left, converted);
  if (order !== undefined) return order;
  if (valueEquals(left, converted)) return 0;
  throw new RuntimeException(formatMessage(extendedTypeSystemStrings.NotIcomparable, objectToString(left)), 'NotIcomparable', 'InvalidOperation');
}

/** A right operand that takes part in numeric comparison as it is: numbers, booleans, chars. */
function numericOperand(value: unknown): number | bigint | NumericValue | undefined {
  if (isNumeric(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Char) return value.code;
  return undefined;
}

/** Compares two numbers exactly: integers as integers, decimals as decimals, else as doubles. */
export function compareNumbers(left: number | bigint | NumericValue, right: number | bigint | NumericValue): number {
  // Int32 and Double are both exact as JS numbers: compare them directly.
  if (typeof left === 'number' && typeof right === 'number') return left < right ? -1 : left > right ? 1 : left === right ? 0 : Number.NaN;
  const leftKind = numberKind(left);
  const rightKind = numberKind(right);
  if (leftKind === 'integer' && rightKind === 'integer') {
    const difference = integerOf(left) - integerOf(right);
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  }
  if (leftKind !== 'real' && rightKind !== 'real') return toDecimal(left).compare(toDecimal(right));
  const a = toDouble(left);
  const b = toDouble(right);
  // NaN is neither less, equal nor greater; report it as unequal and unordered.
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  return a < b ? -1 : a > b ? 1 : 0;
}

function numberKind(value: number | bigint | NumericValue): 'integer' | 'decimal' | 'real' {
  const typeName = numericTypeNameOf(value)!;
  if (typeName === 'System.Decimal') return 'decimal';
  return typeName === 'System.Double' || typeName === 'System.Single' ? 'real' : 'integer';
}

/** Object.Equals for psh values: value equality for value types, identity for the rest. */
export function valueEquals(left: unknown, right: unknown): boolean {
  if (left === right) return typeof left !== 'number' || !Number.isNaN(left);
  if (typeof left === 'number' && typeof right === 'number') return false;
  if (isNumeric(left) && isNumeric(right)) {
    return numericTypeNameOf(left) === numericTypeNameOf(right) && compareNumbers(left, right) === 0;
  }
  if (typeof left === 'object' && left !== null && 'equals' in left && typeof left.equals === 'function') {
    return (left.equals as (other: unknown) => boolean)(right);
  }
  return false;
}

/** IComparable.CompareTo for the value types that have an order; undefined for the rest. */
function compareComparable(left: unknown, right: unknown): number | undefined {
  if (typeof left === 'boolean' && typeof right === 'boolean') return Number(left) - Number(right);
  if (left instanceof Char && right instanceof Char) return Math.sign(left.code - right.code);
  if (left instanceof DateTime && right instanceof DateTime) return bigintSign(left.ticks - right.ticks);
  if (left instanceof TimeSpan && right instanceof TimeSpan) return bigintSign(left.ticks - right.ticks);
  if (left instanceof Guid && right instanceof Guid) return left.text < right.text ? -1 : left.text > right.text ? 1 : 0;
  if (left instanceof Version && right instanceof Version) return left.compareTo(right);
  return undefined;
}

function bigintSign(value: bigint): number {
  return value < 0n ? -1 : value > 0n ? 1 : 0;
}
