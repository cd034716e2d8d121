/**
 * The numeric types of psh's value model seen as one family: which numeric type a value has,
 * its value as a double, an exact integer or a Decimal, building a value of a given numeric type,
 * and converting between numeric types as .NET's Convert does (round half to even from reals,
 * OverflowException outside the target's range).
 */
import { isInt32, NumericValue } from '../values/index.js';
import { Decimal } from './decimal.js';
import { ConversionFailure } from './errors.js';

export type NumericTypeFullName =
  | 'System.SByte'
  | 'System.Byte'
  | 'System.Int16'
  | 'System.UInt16'
  | 'System.Int32'
  | 'System.UInt32'
  | 'System.Int64'
  | 'System.UInt64'
  | 'System.Single'
  | 'System.Double'
  | 'System.Decimal';

export type IntegerTypeFullName = Exclude<NumericTypeFullName, 'System.Single' | 'System.Double' | 'System.Decimal'>;

/** Range and the OverflowException text .NET gives for each integer type. */
const integerTypes: Record<IntegerTypeFullName, { min: bigint; max: bigint; overflow: string }> = {
  'System.SByte': { min: -128n, max: 127n, overflow: 'Value was either too large or too small for a signed byte.' },
  'System.Byte': { min: 0n, max: 255n, overflow: 'Value was either too large or too small for an unsigned byte.' },
  'System.Int16': { min: -32768n, max: 32767n, overflow: 'Value was either too large or too small for an Int16.' },
  'System.UInt16': { min: 0n, max: 65535n, overflow: 'Value was either too large or too small for a UInt16.' },
  'System.Int32': { min: -(2n ** 31n), max: 2n ** 31n - 1n, overflow: 'Value was either too large or too small for an Int32.' },
  'System.UInt32': { min: 0n, max: 2n ** 32n - 1n, overflow: 'Value was either too large or too small for a UInt32.' },
  'System.Int64': { min: -(2n ** 63n), max: 2n ** 63n - 1n, overflow: 'Value was either too large or too small for an Int64.' },
  'System.UInt64': { min: 0n, max: 2n ** 64n - 1n, overflow: 'Value was either too large or too small for a UInt64.' },
};

export function isIntegerType(typeName: string): typeName is IntegerTypeFullName {
  return typeName in integerTypes;
}

export function isNumericTypeName(typeName: string): typeName is NumericTypeFullName {
  return typeName in integerTypes || typeName === 'System.Single' || typeName === 'System.Double' || typeName === 'System.Decimal';
}

/** The numeric type of a value, or undefined when it is not a number (chars and booleans are not). */
export function numericTypeNameOf(value: unknown): NumericTypeFullName | undefined {
  if (typeof value === 'number') return isInt32(value) ? 'System.Int32' : 'System.Double';
  if (typeof value === 'bigint') return 'System.Int64';
  if (value instanceof NumericValue) return value.typeName;
  return undefined;
}

/** LanguagePrimitives.IsNumeric: one of the eleven numeric primitive types. */
export function isNumeric(value: unknown): value is number | bigint | NumericValue {
  return numericTypeNameOf(value) !== undefined;
}

/** A numeric value as a double (Decimal and 64-bit integers may lose precision). */
export function toDouble(value: number | bigint | NumericValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return value.typeName === 'System.Decimal' ? Decimal.parse(value.value as string).toNumber() : value.toNumber();
}

/** A numeric value as a Decimal (a real rounded to 15 significant digits, as Convert.ToDecimal does). */
export function toDecimal(value: number | bigint | NumericValue): Decimal {
  if (value instanceof NumericValue) {
    if (value.typeName === 'System.Decimal') return Decimal.parse(value.value as string);
    if (typeof value.value === 'bigint') return Decimal.of(value.value);
    return value.typeName === 'System.Single' || value.typeName === 'System.Double' ? Decimal.fromDouble(value.value as number) : Decimal.of(BigInt(value.value as number));
  }
  if (typeof value === 'bigint') return Decimal.of(value);
  return isInt32(value) ? Decimal.of(BigInt(value)) : Decimal.fromDouble(value);
}

/** The psh value of an integer type; throws ConversionFailure (OverflowException) outside its range. */
export function integerValue(typeName: IntegerTypeFullName, value: bigint): number | bigint | NumericValue {
  const range = integerTypes[typeName];
  if (value < range.min || value > range.max) throw new ConversionFailure('System.OverflowException', range.overflow);
  switch (typeName) {
    case 'System.Int32':
      return Number(value);
    case 'System.Int64':
      return value;
    case 'System.UInt64':
      return NumericValue.uint64(value);
    default:
      return NumericValue.integer(typeName, Number(value));
  }
}

/** The psh value of a Double (a NumericValue when it would otherwise read as Int32) or a Single. */
export function realValue(typeName: 'System.Single' | 'System.Double', value: number): number | NumericValue {
  if (typeName === 'System.Single') return NumericValue.single(value);
  return isInt32(value) ? NumericValue.double(value) : value;
}

export function decimalValue(value: Decimal): NumericValue {
  return NumericValue.decimal(value.toString());
}

/** The psh value of `typeName` holding the integer `value` (exact for integer types and Decimal). */
export function numericFromInteger(typeName: NumericTypeFullName, value: bigint): number | bigint | NumericValue {
  if (isIntegerType(typeName)) return integerValue(typeName, value);
  if (typeName === 'System.Decimal') return decimalValue(Decimal.of(value));
  return realValue(typeName, Number(value));
}

/**
 * Converts a numeric value to another numeric type as Convert.ChangeType does: reals and
 * decimals round half to even into integer types; out-of-range values throw ConversionFailure.
 */
export function convertNumeric(value: number | bigint | NumericValue, typeName: NumericTypeFullName): number | bigint | NumericValue {
  const from = numericTypeNameOf(value)!;
  if (from === typeName) return value;
  if (typeName === 'System.Double' || typeName === 'System.Single') return realValue(typeName, toDouble(value));
  if (typeName === 'System.Decimal') return decimalValue(toDecimal(value));
  return integerValue(typeName, toExactInteger(value, typeName));
}

/** The value rounded half to even to an integer; NaN and infinities overflow `typeName`. */
function toExactInteger(value: number | bigint | NumericValue, typeName: IntegerTypeFullName): bigint {
  if (typeof value === 'bigint') return value;
  if (value instanceof NumericValue) {
    if (typeof value.value === 'bigint') return value.value;
    if (value.typeName === 'System.Decimal') return Decimal.parse(value.value as string).roundToInteger();
    return roundDoubleToInteger(value.value as number, typeName);
  }
  return roundDoubleToInteger(value, typeName);
}

function roundDoubleToInteger(value: number, typeName: IntegerTypeFullName): bigint {
  if (!Number.isFinite(value)) throw new ConversionFailure('System.OverflowException', integerTypes[typeName].overflow);
  if (Number.isInteger(value)) return BigInt(value);
  const floor = Math.floor(value);
  const fraction = value - floor;
  const rounded = fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
  return BigInt(rounded);
}

/** The exact integer a value of an integer type holds, for integer arithmetic. */
export function integerOf(value: number | bigint | NumericValue): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(value);
  return typeof value.value === 'bigint' ? value.value : BigInt(value.value as number);
}
