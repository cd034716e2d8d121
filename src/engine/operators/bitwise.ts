/**
 * The bitwise operators -band, -bor, -bxor, -bnot, -shl and -shr. Operands work in the wider of
 * their integer types (Int32 at least; reals and decimals round to Int64); strings read as
 * numbers; an enum left operand gives an enum result. Shift counts are masked to the type's
 * width, as .NET does.
 */
import { Char, isEnumValue, NumericValue } from '../values/index.js';
import {
  baseObject,
  convertNumeric,
  convertTo,
  formatMessage,
  integerOf,
  isNumeric,
  numericFromInteger,
  numericTypeNameOf,
  parserStrings,
  RuntimeException,
  scanLiteral,
} from '../conversion/index.js';
import { int32Type, typeOf } from '../types/index.js';
import { asEnumOf } from './enum-operands.js';
import { operationType } from './arithmetic.js';

type Numeric = number | bigint | NumericValue;
export type BitwiseOperator = '-band' | '-bor' | '-bxor';

const methodNames: Record<BitwiseOperator | '-shl' | '-shr', string> = {
  '-band': 'op_BitwiseAnd',
  '-bor': 'op_BitwiseOr',
  '-bxor': 'op_ExclusiveOr',
  '-shl': 'op_LeftShift',
  '-shr': 'op_RightShift',
};

export function bitwise(operator: BitwiseOperator, original: unknown, right: unknown): unknown {
  // An enum value is a PSObject over its integer: the result's type comes from the operand as given.
  const left = baseObject(original);
  right = baseObject(right);
  if ((left === null || left === undefined) && (right === null || right === undefined)) return 0;
  const a = integerOperand(left, operator);
  const b = integerOperand(right, operator);
  const type = integerOperationType(a, b);
  const x = integerOf(a);
  const y = integerOf(b);
  const result = operator === '-band' ? x & y : operator === '-bor' ? x | y : x ^ y;
  return asEnumOf(original, numericFromInteger(type, wrap(result, type)));
}

export function bitwiseNot(original: unknown): unknown {
  const operand = baseObject(original);
  const a = integerOperand(operand, '-bnot');
  const type = integerOperationType(a, 0);
  return asEnumOf(original, numericFromInteger(type, wrap(~integerOf(a), type)));
}

export function shift(operator: '-shl' | '-shr', left: unknown, right: unknown): unknown {
  left = baseObject(left);
  right = baseObject(right);
  if (left === null || left === undefined) return 0;
  const a = integerOperand(left, operator);
  const count = BigInt(convertTo(typeof right === 'string' ? (scanLiteral(right.trim()) ?? right) : right, int32Type) as number);
  const type = integerOperationType(a, 0);
  const width = type === 'System.Int64' || type === 'System.UInt64' ? 64n : 32n;
  const masked = count & (width - 1n);
  const value = integerOf(a);
  const result = operator === '-shl' ? value << masked : value >> masked;
  return numericFromInteger(type, wrap(result, type));
}

type IntegerOperationType = 'System.Int32' | 'System.UInt32' | 'System.Int64' | 'System.UInt64';

function integerOperationType(left: Numeric, right: Numeric): IntegerOperationType {
  const type = operationType(left, right);
  return type === 'System.Double' || type === 'System.Decimal' ? 'System.Int64' : type;
}

/** The operand as an integer: reals and decimals round to Int64, strings read as numbers. */
function integerOperand(value: unknown, operator: string): Numeric {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Char) return value.code;
  if (isEnumValue(value)) return value.baseObject as Numeric;
  if (typeof value === 'string') value = scanLiteral(value.trim()) ?? convertTo(value, int32Type);
  if (isNumeric(value)) {
    const typeName = numericTypeNameOf(value)!;
    if (typeName === 'System.Double' || typeName === 'System.Single' || typeName === 'System.Decimal') {
      return convertNumeric(value, 'System.Int64');
    }
    return value;
  }
  const methodName = methodNames[operator as keyof typeof methodNames] ?? 'op_OnesComplement';
  throw new RuntimeException(formatMessage(parserStrings.MethodNotFound, typeOf(value)?.fullName ?? 'System.Object', methodName), 'MethodNotFound', 'InvalidOperation');
}

/** Two's-complement wrap to the operation type's width. */
function wrap(value: bigint, type: IntegerOperationType): bigint {
  switch (type) {
    case 'System.Int32':
      return BigInt.asIntN(32, value);
    case 'System.UInt32':
      return BigInt.asUintN(32, value);
    case 'System.Int64':
      return BigInt.asIntN(64, value);
    case 'System.UInt64':
      return BigInt.asUintN(64, value);
  }
}
