/**
 * The .NET enum types of the members implemented here (StringComparison, StringSplitOptions,
 * MidpointRounding, RegexOptions...). Values are the value model's enum PSObjects
 * (createEnumValue); arguments may be given as a name, comma-separated flag names, a number or
 * an enum value, as PowerShell converts them.
 */
import { createEnumValue, isEnumValue, NumericValue, ordinalIgnoreCaseKey, type PSObject } from '../values/index.js';
import { registerNativeType } from './type-registration.js';
import { enumExpressionEvaluatorStrings, extendedTypeSystemStrings, formatMessage } from './messages.js';

interface EnumType {
  readonly fullName: string;
  readonly isFlags: boolean;
  /** Names in declaration order with their values. */
  readonly members: readonly (readonly [string, number])[];
}

const enumsByName = new Map<string, EnumType>();

export function defineEnum(fullName: string, members: Readonly<Record<string, number>>, isFlags = false): void {
  enumsByName.set(ordinalIgnoreCaseKey(fullName), { fullName, isFlags, members: Object.entries(members) });
  registerNativeType(fullName, ['System.Enum', 'System.ValueType', 'System.Object'], {
    isValueType: true,
    defaultValue: () => enumValue(fullName, 0),
    enumConstants: Object.entries(members).map(([name, value]) => ({ name, value })),
    isFlagsEnum: isFlags,
  });
}

export function isEnumType(fullName: string): boolean {
  return enumsByName.has(ordinalIgnoreCaseKey(fullName));
}

/** The enum value of that type for the number; a flags value is named by its set flags. */
export function enumValue(fullName: string, value: number): PSObject {
  const type = enumsByName.get(ordinalIgnoreCaseKey(fullName))!;
  return createEnumValue(type.fullName, enumName(type, value), value);
}

function enumName(type: EnumType, value: number): string {
  const exact = type.members.find(([, memberValue]) => memberValue === value);
  if (exact) return exact[0];
  if (!type.isFlags) return String(value);
  const names: string[] = [];
  let rest = value;
  for (const [name, memberValue] of [...type.members].reverse()) {
    if (memberValue !== 0 && (rest & memberValue) === memberValue) {
      names.unshift(name);
      rest &= ~memberValue;
    }
  }
  return rest === 0 ? names.join(', ') : String(value);
}

/** The integer behind an enum value (or a plain number). */
export function enumNumber(value: unknown): number {
  if (isEnumValue(value)) return enumNumber(value.baseObject);
  if (value instanceof NumericValue) return value.toNumber();
  return Number(value);
}

/**
 * Converts a name, flag names, number or enum value to the enum type; throws an Error with
 * pwsh's conversion text when the name is not one of the type's.
 */
export function toEnum(fullName: string, value: unknown): PSObject {
  const type = enumsByName.get(ordinalIgnoreCaseKey(fullName))!;
  if (isEnumValue(value) || typeof value === 'number' || value instanceof NumericValue) return enumValue(type.fullName, enumNumber(value));
  const text = String(value);
  let result = 0;
  for (const part of text.split(',')) {
    const name = ordinalIgnoreCaseKey(part.trim());
    const member = type.members.find(([memberName]) => ordinalIgnoreCaseKey(memberName) === name);
    if (!member || (!type.isFlags && text.includes(','))) {
      const reason = formatMessage(enumExpressionEvaluatorStrings.NoEnumNameMatch, part.trim(), type.members.map(([memberName]) => memberName).join(', '));
      throw new Error(formatMessage(extendedTypeSystemStrings.InvalidCastExceptionWithInnerException, text, type.fullName, reason));
    }
    result |= member[1];
  }
  return enumValue(type.fullName, result);
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
