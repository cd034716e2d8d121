/**
 * System.Collections.Hashtable and OrderedDictionary (the value model's Hashtable), and the
 * DictionaryEntry objects their GetEnumerator() yields.
 */
import { Hashtable, psTypeNames } from '../../values/index.js';
import { argumentException } from '../errors.js';
import { checkIndex } from '../collection-errors.js';
import { defineType, type TypeDefinition } from '../member-table.js';
import { registerNativeType } from '../type-registration.js';
import { NativeCollection } from '../native-collection.js';
import { valueEquals } from '../../operators/comparison.js';
import { objectToString } from './system-object.js';

/** System.Collections.DictionaryEntry: one key/value pair (`Name` is PowerShell's alias for Key). */
export class DictionaryEntry {
  readonly [psTypeNames] = ['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object'];

  constructor(
    readonly key: unknown,
    readonly value: unknown,
  ) {}
}

/** What `$h.GetEnumerator()` returns: PowerShell enumerates it into DictionaryEntry objects. */
export class DictionaryEnumerator extends NativeCollection {
  readonly [psTypeNames] = ['System.Collections.Hashtable+HashtableEnumerator', 'System.Object'];
}

function checkKey(key: unknown): void {
  if (key === null || key === undefined) throw argumentException('System.ArgumentNullException', 'Key cannot be null.', 'key');
}

function add(table: Hashtable, key: unknown, value: unknown): void {
  checkKey(key);
  if (table.has(key)) {
    const existing = [...table.keys()].find((candidate) => Hashtable.from([[candidate, null]]).has(key));
    throw argumentException('System.ArgumentException', `Item has already been added. Key in dictionary: '${objectToString(existing)}'  Key being added: '${objectToString(key)}'`);
  }
  table.set(key, value);
}

function clone(table: Hashtable): Hashtable {
  return Hashtable.from(table.entries(), table.ordered);
}

const dictionaryMembers: Omit<TypeDefinition, 'fullName'> = {
  properties: {
    Count: { type: 'int', get: (table: Hashtable) => table.size },
    Keys: { type: 'System.Collections.ICollection', get: (table: Hashtable) => [...table.keys()] },
    Values: { type: 'System.Collections.ICollection', get: (table: Hashtable) => [...table.values()] },
    IsReadOnly: { type: 'bool', get: () => false },
    IsFixedSize: { type: 'bool', get: () => false },
    IsSynchronized: { type: 'bool', get: () => false },
  },
  methods: [
    ['void Add(System.Object key, System.Object value)', (table: Hashtable, [key, value]: [unknown, unknown]) => add(table, key, value)],
    ['void Remove(System.Object key)', (table: Hashtable, [key]: [unknown]) => {
      checkKey(key);
      table.delete(key);
    }],
    ['bool ContainsKey(System.Object key)', (table: Hashtable, [key]: [unknown]) => {
      checkKey(key);
      return table.has(key);
    }],
    ['bool Contains(System.Object key)', (table: Hashtable, [key]: [unknown]) => {
      checkKey(key);
      return table.has(key);
    }],
    ['bool ContainsValue(System.Object value)', (table: Hashtable, [value]: [unknown]) => [...table.values()].some((candidate) => valueEquals(candidate, value))],
    ['void Clear()', (table: Hashtable) => table.clear()],
    ['System.Object Clone()', (table: Hashtable) => clone(table)],
    ['System.Collections.IDictionaryEnumerator GetEnumerator()', (table: Hashtable) =>
      new DictionaryEnumerator([...table.entries()].map(([key, value]) => new DictionaryEntry(key, value)))],
  ],
};

defineType({ fullName: 'System.Collections.Hashtable', ...dictionaryMembers });

defineType({
  fullName: 'System.Collections.Specialized.OrderedDictionary',
  ...dictionaryMembers,
  methods: [
    ...dictionaryMembers.methods!,
    ['void Insert(int index, System.Object key, System.Object value)', (table: Hashtable, [index, key, value]: [number, unknown, unknown]) => {
      checkKey(key);
      const entries = [...table.entries()];
      if (index < 0 || index > entries.length) throw argumentException('System.ArgumentOutOfRangeException', 'Specified argument was out of the range of valid values.', 'index');
      if (table.has(key)) add(table, key, value);
      entries.splice(index, 0, [key, value]);
      table.clear();
      for (const [entryKey, entryValue] of entries) table.set(entryKey, entryValue);
    }],
    ['void RemoveAt(int index)', (table: Hashtable, [index]: [number]) => {
      const keys = [...table.keys()];
      checkIndex(keys, index);
      table.delete(keys[index]);
    }],
  ],
});

registerNativeType('System.Collections.DictionaryEntry', ['System.ValueType', 'System.Object'], { isInstance: (value) => value instanceof DictionaryEntry });

defineType({
  fullName: 'System.Collections.DictionaryEntry',
  properties: {
    Key: { type: 'System.Object', get: (entry: DictionaryEntry) => entry.key },
    Value: { type: 'System.Object', get: (entry: DictionaryEntry) => entry.value },
    Name: { type: 'System.Object', get: (entry: DictionaryEntry) => entry.key },
  },
});
