/**
 * The FormatHost for psh's own values: strings through the conversion module's toPSString,
 * properties from PSObject note and adapted properties, hashtables enumerated into
 * DictionaryEntry objects (Name, Key, Value) as pwsh's formatter enumerates dictionaries.
 */
import { enumerableItems, toPSString } from '../engine/conversion/index.js';
import { DictionaryEntry } from '../engine/dotnet/index.js';
import { Hashtable, PSNoteProperty, PSObject, typeNamesOf } from '../engine/values/index.js';
import type { FormatHost } from './format-host.js';

const dictionaryEntryProperties = ['Name', 'Key', 'Value'];

function propertyNames(value: unknown): readonly string[] {
  if (value instanceof DictionaryEntry) return dictionaryEntryProperties;
  if (!(value instanceof PSObject)) return [];
  const own = [...value.members].filter((m) => m instanceof PSNoteProperty).map((m) => m.name);
  const adapted = [...value.adaptedProperties].map((p) => p.name).filter((name) => !own.some((o) => o.toLowerCase() === name.toLowerCase()));
  return [...own, ...adapted];
}

function propertyValue(value: unknown, name: string): unknown {
  if (value instanceof DictionaryEntry) {
    const lower = name.toLowerCase();
    if (lower === 'name' || lower === 'key') return value.key;
    if (lower === 'value') return value.value;
    return undefined;
  }
  if (!(value instanceof PSObject)) return undefined;
  const property = value.property(name);
  return property === undefined ? undefined : property.value;
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
