/**
 * The .NET enum types of the members implemented here (StringComparison, StringSplitOptions,
 * MidpointRounding, RegexOptions...), registered with their constants so the conversion rules
 * turn names, flag lists and numbers into them. Values are the value model's enum PSObjects.
 */
import type { PSTypeInfo } from '../types/index.js';
import { createEnumValue, isEnumValue, NumericValue, ordinalIgnoreCaseKey } from '../values/index.js';
import { registerNativeType } from './type-registration.js';

export function defineEnum(fullName: string, members: Readonly<Record<string, number>>, isFlags = false): PSTypeInfo {
  const first = Object.entries(members)[0]!;
  return registerNativeType(fullName, ['System.Enum', 'System.ValueType', 'System.Object'], {
    isValueType: true,
    defaultValue: () => createEnumValue(fullName, first[1] === 0 ? first[0] : '0', 0),
    enumConstants: Object.entries(members).map(([name, value]) => ({ name, value })),
    isFlagsEnum: isFlags,
  });
}

/** The integer behind an enum value (or a plain number). */
export function enumNumber(value: unknown): number {
  if (isEnumValue(value)) return enumNumber(value.baseObject);
  if (value instanceof NumericValue) return value.toNumber();
  return Number(value);
}

/** True for an enum value of exactly that type. */
export function isEnumOf(value: unknown, fullName: string): boolean {
  return isEnumValue(value) && ordinalIgnoreCaseKey(value.typeNames[0] ?? '') === ordinalIgnoreCaseKey(fullName);
}

defineEnum('System.StringComparison', {
  CurrentCulture: 0,
  CurrentCultureIgnoreCase: 1,
  InvariantCulture: 2,
  InvariantCultureIgnoreCase: 3,
  Ordinal: 4,
  OrdinalIgnoreCase: 5,
});
defineEnum('System.StringSplitOptions', { None: 0, RemoveEmptyEntries: 1, TrimEntries: 2 }, true);
defineEnum('System.MidpointRounding', { ToEven: 0, AwayFromZero: 1, ToZero: 2, ToNegativeInfinity: 3, ToPositiveInfinity: 4 });
