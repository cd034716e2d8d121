/**
 * pwsh's arithmetic operators (+ - * / %) as PSBinaryOperationBinder and NumericOps define them:
 * operands widen to the wider type (Int32 at least), integer results that overflow become
 * Double, integer division is exact or Double, Decimal stays Decimal; `+` concatenates strings
 * and collections and merges hashtables; `*` repeats strings and collections; a string left of
 * - / % reads as a number.
 */
import { Char, Hashtable, isEnumValue, isInt32, NumericValue } from '../values/index.js';
import {
  baseObject,
  ConversionFailure,
  convertTo,
  decimalValue,
  enumerableItems,
  formatMessage,
  integerOf,
  isNumeric,
  numericFromInteger,
  numericTypeNameOf,
  parserStrings,
  realValue,
  RuntimeException,
  scanLiteral,
  toDecimal,
  toDouble,
  toPSString,
  type NumericTypeFullName,
} from '../conversion/index.js';
import { int32Type, resolveType, typeOf, uint32Type, type PSTypeInfo } from '../types/index.js';
import type { OperatorContext } from './context.js';
import { asEnumOf } from './enum-operands.js';

export type ArithmeticOperator = '+' | '-' | '*' | '/' | '%';

type Numeric = number | bigint | NumericValue;

/** Largest string or collection `*` and `+` will build, well below what JS itself can hold. */
export const maxResultLength = 1 << 27;

const operatorMethods: Record<ArithmeticOperator, string> = {
  '+': 'op_Addition',
  '-': 'op_Subtraction',
  '*': 'op_Multiply',
  '/': 'op_Division',
  '%': 'op_Modulus',
};

export function arithmetic(operator: ArithmeticOperator, left: unknown, right: unknown, context: OperatorContext): unknown {
  if (typeof left === 'number' && typeof right === 'number') return plainNumberArithmetic(operator, left, right);
  if (!isEnumValue(left)) left = baseObject(left);
  right = baseObject(right);
  if (left === undefined) left = null;
  if (right === undefined) right = null;
  switch (operator) {
    case '+':
      return asEnumOf(left, add(left, right, context));
    case '*':
      return multiply(left, right, context);
    default:
      return asEnumOf(left, subtractDivideOrRemainder(operator, left === null ? 0 : left, right, context));
  }
}

function add(left: unknown, right: unknown, context: OperatorContext): unknown {
  if (left === null) return right;
  if (isPrimitiveNumber(left) && !(left instanceof Char)) {
    const result = numericWithOperand('+', left, right);
    if (result !== notNumeric) return result;
  }
  if (typeof left === 'string' || left instanceof Char) {
    return checkedLength(left.toString() + toPSString(right, context.outputFieldSeparator));
  }
  const items = enumerableItems(left);
  if (items) {
    const rightItems = enumerableItems(right);
    return checkedLength([...items, ...(rightItems ?? [right])]);
  }
  if (left instanceof Hashtable) {
    if (!(right instanceof Hashtable)) {
      throw new RuntimeException(parserStrings.AddHashTableToNonHashTable, 'AddHashTableToNonHashTable', 'InvalidOperation');
    }
    return addHashtables(left, right);
  }
  return operatorMethod('+', left, right, context);
}

/** `@{a=1} + @{b=2}`: a new table with both; a key in both is the error .NET's Hashtable.Add raises. */
function addHashtables(left: Hashtable, right: Hashtable): Hashtable {
  const result = Hashtable.from(left, left.ordered);
  for (const [key, value] of right) {
    if (result.has(key)) {
      // The key as the left table spells it (keys compare case-insensitively).
      const probe = Hashtable.from([[key, true]]);
      const existing = [...result.keys()].find((candidate) => probe.has(candidate));
      throw new RuntimeException(
        `Item has already been added. Key in dictionary: '${toPSString(existing)}'  Key being added: '${toPSString(key)}'`,
        'System.ArgumentException',
        'OperationStopped',
        'System.ArgumentException',
      );
    }
    result.set(key, value);
  }
  return result;
}

function multiply(left: unknown, right: unknown, context: OperatorContext): unknown {
  if (left === null) return null;
  if (isNumeric(left)) {
    const result = numericWithOperand('*', left, right);
    if (result !== notNumeric) return result;
  }
  if (typeof left === 'string') {
    const times = Number(countOperand(right, int32Type));
    if (times <= 0 || left.length === 0) return '';
    checkedLength({ length: left.length * times });
    return left.repeat(times);
  }
  const items = enumerableItems(left);
  if (items) {
    const times = Number(countOperand(right, uint32Type));
    checkedLength({ length: items.length * times });
    const result: unknown[] = [];
    for (let round = 0; round < times; round++) result.push(...items);
    return result;
  }
  return operatorMethod('*', left, right, context);
}

/** The repeat count of `*`: a string reads as a number, anything else converts to the type. */
function countOperand(value: unknown, type: PSTypeInfo): bigint {
  const converted = typeof value === 'string' ? convertTo(scanLiteral(value.trim()) ?? value, type) : convertTo(value, type);
  return integerOf(converted as Numeric);
}

function subtractDivideOrRemainder(operator: '-' | '/' | '%', left: unknown, right: unknown, context: OperatorContext): unknown {
  if (isPrimitiveNumber(left)) {
    const result = numericWithOperand(operator, left, right);
    if (result !== notNumeric) return result;
  }
  if (typeof left === 'string') {
    const number = stringAsNumber(left, numericTypeNameOf(right) ?? 'System.Int32');
    return arithmetic(operator, number, right, context);
  }
  return operatorMethod(operator, left, right, context);
}

/**
 * Two JS numbers, each an Int32 or a Double: the common case, computed without the type ranking
 * and BigInt arithmetic of numericOperation, with the same results. Int32 operands give exact
 * results in doubles (a product is rounded once, as Number(exact) would round it); one that
 * leaves Int32 is the Double it already is.
 */
function plainNumberArithmetic(operator: ArithmeticOperator, left: number, right: number): number | NumericValue {
  if (!isInt32(left) || !isInt32(right)) return realValue('System.Double', doubleOperation(operator, left, right));
  let result: number;
  switch (operator) {
    case '+':
      result = left + right;
      break;
    case '-':
      result = left - right;
      break;
    case '*':
      result = left * right;
      break;
    case '/':
      if (right === 0) throw divideByZero();
      if (left % right !== 0) return realValue('System.Double', left / right);
      result = left / right;
      break;
    case '%':
      if (right === 0) throw divideByZero();
      result = left % right;
      break;
  }
  // Integer results have no negative zero (0 * -1, -4 % 2 and 0 / -1 give one in JS).
  return result === 0 ? 0 : result;
}

const notNumeric = Symbol('notNumeric');

/** A numeric (or bool/char) left operand with any right operand; notNumeric when the right is neither a number nor a string. */
function numericWithOperand(operator: ArithmeticOperator, left: unknown, right: unknown): unknown {
  const leftNumber = asNumber(left)!;
  if (right === null) return numericOperation(operator, leftNumber, 0);
  const rightNumber = asNumber(right);
  if (rightNumber !== undefined) return numericOperation(operator, leftNumber, rightNumber);
  if (typeof right === 'string') return numericOperation(operator, leftNumber, stringAsNumber(right, numericTypeNameOf(leftNumber)!));
  return notNumeric;
}

/** Parser.ScanNumber with coercion: the literal's own value, else the string converted to `typeName`. */
function stringAsNumber(text: string, typeName: NumericTypeFullName): Numeric {
  return scanLiteral(text.trim()) ?? (text.trim() === '' ? 0 : (convertTo(text, resolveType(typeName)!) as Numeric));
}

/** Numbers, booleans, chars and enum values take part in arithmetic as numbers. */
function isPrimitiveNumber(value: unknown): boolean {
  return isNumeric(value) || typeof value === 'boolean' || value instanceof Char || isEnumValue(value);
}

function asNumber(value: unknown): Numeric | undefined {
  if (isNumeric(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Char) return value.code;
  if (isEnumValue(value)) return value.baseObject as Numeric;
  return undefined;
}

/** The order pwsh's TypeCode gives the numeric types, for picking the operation's type. */
const typeRank: Record<NumericTypeFullName, number> = {
  'System.SByte': 5,
  'System.Byte': 6,
  'System.Int16': 7,
  'System.UInt16': 8,
  'System.Int32': 9,
  'System.UInt32': 10,
  'System.Int64': 11,
  'System.UInt64': 12,
  'System.Single': 13,
  'System.Double': 14,
  'System.Decimal': 15,
};

type OperationType = 'System.Int32' | 'System.UInt32' | 'System.Int64' | 'System.UInt64' | 'System.Double' | 'System.Decimal';

/** The type an operation on two numbers runs in (BinaryNumericOp). */
export function operationType(left: Numeric, right: Numeric): OperationType {
  const leftType = numericTypeNameOf(left)!;
  const rightType = numericTypeNameOf(right)!;
  const widest = typeRank[leftType] >= typeRank[rightType] ? leftType : rightType;
  const rank = typeRank[widest];
  const hasNegative = isNegativeInteger(left) || isNegativeInteger(right);
  if (rank <= typeRank['System.Int32']) return 'System.Int32';
  if (widest === 'System.UInt32') return hasNegative ? 'System.Int64' : 'System.UInt32';
  if (widest === 'System.Int64') return 'System.Int64';
  if (widest === 'System.UInt64') return hasNegative ? 'System.Decimal' : 'System.UInt64';
  if (widest === 'System.Decimal') return 'System.Decimal';
  return 'System.Double';
}

function isNegativeInteger(value: Numeric): boolean {
  const typeName = numericTypeNameOf(value)!;
  return typeRank[typeName] <= typeRank['System.UInt64'] && integerOf(value) < 0n;
}

/** One arithmetic operation on two numbers, in pwsh's operation type with its overflow rules. */
export function numericOperation(operator: ArithmeticOperator, left: Numeric, right: Numeric): Numeric {
  const type = operationType(left, right);
  if (type === 'System.Double') return realValue('System.Double', doubleOperation(operator, toDouble(left), toDouble(right)));
  if (type === 'System.Decimal') {
    try {
      return decimalOperation(operator, left, right);
    } catch (error) {
      if (!(error instanceof ConversionFailure)) throw error;
      // An unsigned operand that made the operation Decimal falls back to Double on overflow.
      if (error.exceptionTypeName === 'System.OverflowException' && numericTypeNameOf(left) !== 'System.Decimal' && numericTypeNameOf(right) !== 'System.Decimal') {
        return realValue('System.Double', doubleOperation(operator, toDouble(left), toDouble(right)));
      }
      throw runtimeError(error);
    }
  }
  const a = integerOf(left);
  const b = integerOf(right);
  let exact: bigint;
  switch (operator) {
    case '+':
      exact = a + b;
      break;
    case '-':
      exact = a - b;
      break;
    case '*':
      exact = a * b;
      break;
    case '/':
      if (b === 0n) throw divideByZero();
      if (a % b !== 0n) return realValue('System.Double', Number(a) / Number(b));
      exact = a / b;
      break;
    case '%':
      if (b === 0n) throw divideByZero();
      exact = a % b;
      break;
  }
  try {
    return numericFromInteger(type, exact);
  } catch {
    return realValue('System.Double', Number(exact));
  }
}

function doubleOperation(operator: ArithmeticOperator, a: number, b: number): number {
  switch (operator) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
  }
}

function decimalOperation(operator: ArithmeticOperator, left: Numeric, right: Numeric): NumericValue {
  const a = toDecimal(left);
  const b = toDecimal(right);
  switch (operator) {
    case '+':
      return decimalValue(a.add(b));
    case '-':
      return decimalValue(a.subtract(b));
    case '*':
      return decimalValue(a.multiply(b));
    case '/':
      return decimalValue(a.divide(b));
    case '%':
      return decimalValue(a.remainder(b));
  }
}

export function divideByZero(): RuntimeException {
  return new RuntimeException('Attempted to divide by zero.', 'RuntimeException', 'NotSpecified', undefined, 'System.DivideByZeroException');
}

/** A .NET exception from inside an operation, as the RuntimeException pwsh wraps it in. */
export function runtimeError(failure: ConversionFailure): RuntimeException {
  return new RuntimeException(failure.message, 'RuntimeException', 'NotSpecified', undefined, failure.exceptionTypeName);
}

/** No numeric, string or collection meaning: the type's own operator method, or pwsh's error. */
function operatorMethod(operator: ArithmeticOperator, left: unknown, right: unknown, context: OperatorContext): unknown {
  const methodName = operatorMethods[operator];
  const result = context.callOperatorMethod?.(methodName, left, right);
  if (result?.found) return result.value;
  throw new RuntimeException(formatMessage(parserStrings.MethodNotFound, typeOf(left)?.fullName ?? 'System.Object', methodName), 'MethodNotFound', 'InvalidOperation');
}

/** Refuses results past maxResultLength as .NET does when memory runs out. */
function checkedLength<T extends { length: number }>(value: T): T {
  if (value.length > maxResultLength) {
    throw new RuntimeException("Exception of type 'System.OutOfMemoryException' was thrown.", 'System.OutOfMemoryException', 'OperationStopped', 'System.OutOfMemoryException');
  }
  return value;
}
