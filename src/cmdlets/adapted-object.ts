/**
 * Result objects of the object cmdlets (GroupInfo, GenericMeasureInfo, MemberDefinition...) are
 * native classes whose .NET properties are declared in the member table, so Get-Member and
 * GetType() see pwsh's types. The formatter and Select-Object list a PSObject's adapted
 * properties, so each result is written wrapped, its properties' values copied alongside.
 */
import { PSPropertyCollection } from '../engine/dotnet/index.js';
import { PSNoteProperty, PSObject, typeNamesOf } from '../engine/values/index.js';

export function adaptedObject(native: object): PSObject {
  const object = new PSObject(native, [...typeNamesOf(native)]);
  for (const property of new PSPropertyCollection(native).items) object.adaptedProperties.add(new PSNoteProperty(property.name, property.value));
  return object;
}
