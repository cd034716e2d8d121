/**
 * Enum values in operators: pwsh compares an enum with the right operand converted to the enum
 * (so `[DayOfWeek]::Monday -eq 'monday'`), and arithmetic or bitwise results on an enum left
 * operand are of the enum type again. psh keeps an enum value as a PSObject over its integer.
 */
import { isEnumValue, PSObject } from '../values/index.js';
import { convertTo, enumValue, integerOf, isNumeric, numericTypeNameOf, PSInvalidCastException } from '../conversion/index.js';
import { resolveType, type PSTypeInfo } from '../types/index.js';

/** The registered enum type of an enum value, or undefined (e.g. for one deserialized from elsewhere). */
export function enumTypeOf(value: unknown): PSTypeInfo | undefined {
  if (!isEnumValue(value)) return undefined;
  const type = resolveType((value as PSObject).typeNames[0]!);
  return type?.enumConstants ? type : undefined;
}

/** The right operand as the left enum's underlying integer, when the left is an enum and the right converts to it. */
export function rightAsEnumValue(left: unknown, right: unknown): unknown {
  const type = enumTypeOf(left);
  if (!type || right === null || right === undefined) return right;
  try {
    return (convertTo(right, type) as PSObject).baseObject;
  } catch (error) {
    if (error instanceof PSInvalidCastException) return right;
    throw error;
  }
}

/** An arithmetic or bitwise result, as the left operand's enum type when it has one (unchecked, as a cast). */
export function asEnumOf(original: unknown, result: unknown): unknown {
  const type = enumTypeOf(original);
  return type && isNumeric(result) && numericTypeNameOf(result) !== 'System.Double' ? enumValue(type, integerOf(result)) : result;
}
