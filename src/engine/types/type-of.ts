/**
 * `$value.GetType()`: the type of a psh value. A PSObject reports its base object's type (a
 * PSCustomObject for a property bag); values of types nobody registered (objects that came back
 * from another process, native objects of the .NET surface) get a type built from their type names.
 */
import { PSObject, typeNamesOf } from '../values/index.js';
import { psCustomObjectType, runtimeTypeType } from './builtin-types.js';
import type { PSTypeInfo } from './ps-type.js';
import { arrayTypeOf, isTypeValue, typeByFullName } from './registry.js';

const unregisteredTypes = new Map<string, PSTypeInfo>();

/** The value's type, or null for $null (which has none). */
export function typeOf(value: unknown): PSTypeInfo | null {
  if (value === null || value === undefined) return null;
  if (isTypeValue(value)) return runtimeTypeType;
  if (value instanceof PSObject && value.baseObject !== undefined && value.typeNames.length === 0) return typeOf(value.baseObject);
  if (value instanceof PSObject && value.isCustomObject && value.typeNames[0] === psCustomObjectType.fullName) return psCustomObjectType;
  const names = typeNamesOf(value);
  const fullName = names[0] ?? 'System.Object';
  const registered = typeByFullName(fullName);
  if (registered) return registered;
  if (fullName.endsWith('[]')) {
    const element = typeByFullName(fullName.slice(0, -2));
    if (element) return arrayTypeOf(element);
  }
  let type = unregisteredTypes.get(fullName);
  if (!type) {
    type = {
      fullName,
      name: fullName.slice(fullName.lastIndexOf('.') + 1),
      baseTypeNames: names.slice(1),
      isInstance: (candidate) => candidate !== null && candidate !== undefined && typeNamesOf(candidate).includes(fullName),
    };
    unregisteredTypes.set(fullName, type);
  }
  return type;
}
