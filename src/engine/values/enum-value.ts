import { PSObject } from './ps-object.js';
import type { NumericValue } from './numeric-value.js';

const enumBaseTypeNames = ['System.Enum', 'System.ValueType', 'System.Object'];

/**
 * A .NET enum value as PowerShell sees it across a process boundary: a PSObject whose base
 * object is the underlying integer, whose type names are the enum type followed by
 * System.Enum, System.ValueType, System.Object, and whose ToString is the constant's name
 * (for flags, the names joined with ', ').
 */
export function createEnumValue(enumTypeName: string, name: string, value: number | bigint | NumericValue): PSObject {
  const object = new PSObject(value, [enumTypeName, ...enumBaseTypeNames]);
  object.toStringText = name;
  return object;
}

/** True for a PSObject that stands for an enum value (also one that came back "Deserialized."). */
export function isEnumValue(value: unknown): value is PSObject {
  return (
    value instanceof PSObject &&
    value.baseObject !== undefined &&
    value.typeNames.some((typeName) => typeName === 'System.Enum' || typeName === 'Deserialized.System.Enum')
  );
}

/** True for a live enum value, not one that came back "Deserialized." (that one is a property bag in pwsh). */
export function isLiveEnumValue(value: unknown): value is PSObject {
  return value instanceof PSObject && value.baseObject !== undefined && value.typeNames.includes('System.Enum');
}
