/**
 * The FormatHost for psh's own values: strings through the conversion module's toPSString,
 * properties listed as PSObject.Properties lists them (note, types.ps1xml and .NET properties)
 * and read through the .NET surface's getMember (so -Property reaches .NET members too), hashtables enumerated into
 * DictionaryEntry objects (Name, Key, Value) as pwsh's formatter enumerates dictionaries.
 */
import { enumerableItems, toPSString } from '../engine/conversion/index.js';
import { DictionaryEntry, getMember, PSPropertyCollection } from '../engine/dotnet/index.js';
import { ScriptObject } from '../engine/types/index.js';
import { Hashtable, PSObject, typeNamesOf } from '../engine/values/index.js';
import type { FormatHost } from './format-host.js';

const dictionaryEntryProperties = ['Name', 'Key', 'Value'];

/** PSObject.Properties' names: own members, then the type's types.ps1xml and .NET properties. */
function propertyNames(value: unknown): readonly string[] {
  if (value instanceof DictionaryEntry) return dictionaryEntryProperties;
  if (value instanceof ScriptObject) return value.objectClass.visiblePropertyNames();
  if (value === null || value === undefined) return [];
  return new PSPropertyCollection(value).items.map((property) => property.name);
}

function propertyValue(value: unknown, name: string): unknown {
  if (value instanceof DictionaryEntry) {
    const lower = name.toLowerCase();
    if (lower === 'name' || lower === 'key') return value.key;
    if (lower === 'value') return value.value;
    return undefined;
  }
  try {
    // A property bag has only its own properties (no intrinsic Count or Length to show).
    if (value instanceof PSObject && value.isCustomObject) return value.propertyValue(name);
    // Adapted .NET members (Length, Year, Major...) come from the .NET surface.
    const member = getMember(value, name);
    return member.found ? member.value : undefined;
  } catch {
    // pwsh shows an empty cell for a property whose getter throws.
    return undefined;
  }
}

function enumerate(value: unknown): readonly unknown[] | undefined {
  const base = value instanceof PSObject && value.baseObject !== undefined ? value.baseObject : value;
  if (base instanceof Hashtable) return [...base].map(([key, item]) => new DictionaryEntry(key, item));
  return enumerableItems(value);
}

export const engineFormatHost: FormatHost = {
  toDisplayString: (value) => toPSString(value),
  propertyNames,
  propertyValue,
  enumerate,
  typeNames: typeNamesOf,
};
