/** [enum] (System.Enum): the names and values of an enum type, and the members of enum values. */
import { convertTo } from '../../conversion/index.js';
import type { PSTypeInfo } from '../../types/index.js';
import { createEnumValue, isEnumValue, type PSObject } from '../../values/index.js';
import { argumentException } from '../errors.js';
import { enumNumber } from '../enums.js';
import { defineType } from '../member-table.js';
import { registerNativeType } from '../type-registration.js';

function constants(type: PSTypeInfo | null): NonNullable<PSTypeInfo['enumConstants']> {
  if (type === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'enumType');
  if (!type.enumConstants) throw argumentException('System.ArgumentException', 'Type provided must be an Enum.', 'enumType');
  return type.enumConstants;
}

/** Enum.Parse: a name (or comma-separated flag names, or a number), converted as PowerShell converts to the enum. */
function parse(type: PSTypeInfo | null, text: string | null, ignoreCase: boolean): unknown {
  const names = constants(type);
  if (text === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'value');
  const trimmed = text.trim();
  if (!ignoreCase && !/^[-+]?\d+$/.test(trimmed)) {
    for (const part of trimmed.split(',')) {
      if (!names.some((constant) => constant.name === part.trim())) {
        throw argumentException('System.ArgumentException', `Requested value '${text}' was not found.`);
      }
    }
  }
  if (/^[-+]?\d+$/.test(trimmed)) return createEnumValue(type!.fullName, String(Number(trimmed)), Number(trimmed));
  try {
    return convertTo(trimmed, type!);
  } catch {
    throw argumentException('System.ArgumentException', `Requested value '${text}' was not found.`);
  }
}

registerNativeType('System.Enum', ['System.ValueType', 'System.Object'], { isInstance: (value) => isEnumValue(value) });

defineType({
  fullName: 'System.Enum',
  properties: {
    value__: { type: 'int', get: (value: PSObject) => value.baseObject },
  },
  methods: [
    ['bool HasFlag(System.Enum flag)', (value: PSObject, [flag]: [unknown]) => {
      const bits = enumNumber(flag);
      return (enumNumber(value) & bits) === bits;
    }],
    ['int CompareTo(System.Object target)', (value: PSObject, [other]: [unknown]) => Math.sign(enumNumber(value) - enumNumber(other))],
    ['static string[] GetNames(type enumType)', (_type, [type]: [PSTypeInfo | null]) => constants(type).map((constant) => constant.name)],
    ['static array GetValues(type enumType)', (_type, [type]: [PSTypeInfo | null]) => constants(type).map((constant) => createEnumValue(type!.fullName, constant.name, constant.value))],
    ['static string GetName(type enumType, System.Object value)', (_type, [type, value]: [PSTypeInfo | null, unknown]) =>
      constants(type).find((constant) => Number(constant.value) === enumNumber(value))?.name ?? null],
    ['static bool IsDefined(type enumType, System.Object value)', (_type, [type, value]: [PSTypeInfo | null, unknown]) =>
      typeof value === 'string' ? constants(type).some((constant) => constant.name === value) : constants(type).some((constant) => Number(constant.value) === enumNumber(value))],
    ['static System.Object Parse(type enumType, string value)', (_type, [type, text]: [PSTypeInfo | null, string | null]) => parse(type, text, false)],
    ['static System.Object Parse(type enumType, string value, bool ignoreCase)', (_type, [type, text, ignoreCase]: [PSTypeInfo | null, string | null, boolean]) => parse(type, text, ignoreCase)],
    ['static System.Object ToObject(type enumType, System.Object value)', (_type, [type, value]: [PSTypeInfo | null, unknown]) => {
      constants(type);
      return convertTo(value, type!);
    }],
  ],
});
