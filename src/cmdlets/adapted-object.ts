/**
 * Result objects of the object cmdlets (GroupInfo, GenericMeasureInfo, MemberDefinition...) are
 * native classes whose .NET properties are declared in the member table, so Get-Member and
 * GetType() see pwsh's types. The formatter and Select-Object list a PSObject's adapted
 * properties, so each result is written wrapped, its properties' values copied alongside
 * (read straight from the member table: this runs once per result object).
 */
import { typeChain } from '../engine/dotnet/type-chain.js';
import { PSNoteProperty, PSObject, typeNamesOf } from '../engine/values/index.js';

export function adaptedObject(native: object): PSObject {
  const object = new PSObject(native, [...typeNamesOf(native)]);
  const properties = object.adaptedProperties;
  for (const members of typeChain(native)) {
    for (const property of members.properties.values()) {
      if (!property.hidden && !properties.has(property.name)) properties.add(new PSNoteProperty(property.name, property.get(native)));
    }
  }
  return object;
}
