/**
 * System.Collections.Generic.Dictionary[TKey,TValue] and HashSet[T], with the
 * [StringComparer] objects that make their string keys case-insensitive. Keys and elements are
 * converted to the type arguments, as the .NET methods' parameter types make pwsh do.
 */
import { ordinalIgnoreCaseKey, psTypeNames, type PSReference } from '../../values/index.js';
import type { TypeReference } from '../static-members.js';
import { genericTypeArguments, type TypeArguments } from '../csharp-type-names.js';
import { argumentException, DotNetException } from '../errors.js';
import { enumerableItems } from '../../conversion/index.js';
import { defineType } from '../member-table.js';
import { NativeCollection } from '../native-collection.js';
import { registerNativeType, registerStaticClass } from '../type-registration.js';
import { valueEquals } from '../../operators/comparison.js';
import { objectToString } from './system-object.js';

/** A [StringComparer]: Ordinal or OrdinalIgnoreCase (culture comparers compare plain text the same way). */
export class StringComparer {
  readonly [psTypeNames] = ['System.StringComparer', 'System.Object'];

  constructor(
    readonly name: string,
    readonly ignoreCase: boolean,
  ) {}
}

/** The identity two keys share when the dictionary takes them for the same key. */
function keyIdentity(key: unknown, comparer: StringComparer | undefined): unknown {
  if (typeof key === 'string') return comparer?.ignoreCase ? 'S' + ordinalIgnoreCaseKey(key) : 'S' + key;
  if (typeof key !== 'object' || key === null) return key;
  const equals = (key as { equals?: unknown }).equals;
  // Value types of the value model compare by value: their text names them.
  return typeof equals === 'function' ? `${(key as object).constructor.name}\0${String(key)}` : key;
}

const qualify = (typeName: string) => `[${typeName}, System.Private.CoreLib, Version=9.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]`;

export class GenericDictionary {
  readonly [psTypeNames]: readonly string[];
  readonly [genericTypeArguments]: TypeArguments;
  readonly entries = new Map<unknown, [unknown, unknown]>();

  constructor(
    readonly keyType: string,
    readonly valueType: string,
    readonly comparer?: StringComparer,
  ) {
    this[psTypeNames] = [dictionaryTypeName(keyType, valueType), 'System.Object'];
    this[genericTypeArguments] = { TKey: keyType, TValue: valueType };
  }

  has(key: unknown): boolean {
    return this.entries.has(keyIdentity(checkKey(key), this.comparer));
  }

  get(key: unknown): unknown {
    const entry = this.entries.get(keyIdentity(checkKey(key), this.comparer));
    if (!entry) throw new DotNetException('System.Collections.Generic.KeyNotFoundException', `The given key '${objectToString(key)}' was not present in the dictionary.`);
    return entry[1];
  }

  set(key: unknown, value: unknown): void {
    const identity = keyIdentity(checkKey(key), this.comparer);
    const existing = this.entries.get(identity);
    if (existing) existing[1] = value;
    else this.entries.set(identity, [key, value]);
  }

  add(key: unknown, value: unknown): boolean {
    if (this.has(key)) return false;
    this.set(key, value);
    return true;
  }
}

function dictionaryTypeName(keyType: string, valueType: string): string {
  return `System.Collections.Generic.Dictionary\`2[${qualify(keyType)},${qualify(valueType)}]`;
}

function checkKey(key: unknown): unknown {
  if (key === null || key === undefined) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'key');
  return key;
}

/** System.Collections.Generic.KeyValuePair[TKey,TValue]. */
export class KeyValuePair {
  readonly [psTypeNames] = ['System.Collections.Generic.KeyValuePair`2', 'System.ValueType', 'System.Object'];

  constructor(
    readonly key: unknown,
    readonly value: unknown,
  ) {}

  toString(): string {
    return `[${objectToString(this.key)}, ${objectToString(this.value)}]`;
  }
}

class PairEnumerator extends NativeCollection {
  readonly [psTypeNames] = ['System.Collections.Generic.Dictionary`2+Enumerator', 'System.ValueType', 'System.Object'];
}

export class GenericHashSet extends NativeCollection {
  readonly [psTypeNames]: readonly string[];
  readonly [genericTypeArguments]: TypeArguments;

  constructor(
    readonly elementType: string,
    readonly comparer?: StringComparer,
  ) {
    super();
    this[psTypeNames] = [`System.Collections.Generic.HashSet\`1[${qualify(elementType)}]`, 'System.Object'];
    this[genericTypeArguments] = { T: elementType };
  }

  indexOf(item: unknown): number {
    const identity = keyIdentity(item, this.comparer);
    return this.items.findIndex((element) => element === item || keyIdentity(element, this.comparer) === identity || valueEquals(element, item));
  }

  add(item: unknown): boolean {
    if (this.indexOf(item) >= 0) return false;
    this.items.push(item);
    return true;
  }
}

function comparerArgument(type: TypeReference, args: readonly unknown[]): StringComparer | undefined {
  const comparer = args.find((arg) => arg instanceof StringComparer) as StringComparer | undefined;
  return type.genericArguments?.[0]?.fullName === 'System.String' ? comparer : undefined;
}

const argumentName = (type: TypeReference, index: number) => type.genericArguments?.[index]?.fullName ?? 'System.Object';

registerStaticClass('System.StringComparer');
registerNativeType('System.Collections.Generic.KeyValuePair`2', ['System.ValueType', 'System.Object'], { isInstance: (value) => value instanceof KeyValuePair });
for (const [definition, count, make] of [
  ['System.Collections.Generic.Dictionary`2', 2, (args: readonly TypeReference[]) => dictionaryTypeName(args[0]!.fullName, args[1]!.fullName)],
  ['System.Collections.Generic.HashSet`1', 1, (args: readonly TypeReference[]) => `System.Collections.Generic.HashSet\`1[${qualify(args[0]!.fullName)}]`],
] as const) {
  const isInstanceOfDefinition = (value: unknown) => (count === 2 ? value instanceof GenericDictionary : value instanceof GenericHashSet);
  registerNativeType(definition, ['System.Object', 'System.Collections.IEnumerable'], {
    isInstance: isInstanceOfDefinition,
    genericParameterCount: count,
    makeGenericType: (typeArguments) => {
      const fullName = make(typeArguments);
      return registerNativeType(fullName, ['System.Object', 'System.Collections.IEnumerable'], {
        name: definition.slice(definition.lastIndexOf('.') + 1),
        genericArguments: typeArguments,
        isInstance: (value) => isInstanceOfDefinition(value) && (value as { [psTypeNames]: readonly string[] })[psTypeNames][0] === fullName,
      });
    },
  });
}

defineType({
  fullName: 'System.StringComparer',
  staticProperties: {
    Ordinal: { type: 'System.StringComparer', get: () => new StringComparer('Ordinal', false) },
    OrdinalIgnoreCase: { type: 'System.StringComparer', get: () => new StringComparer('OrdinalIgnoreCase', true) },
    CurrentCulture: { type: 'System.StringComparer', get: () => new StringComparer('CurrentCulture', false) },
    CurrentCultureIgnoreCase: { type: 'System.StringComparer', get: () => new StringComparer('CurrentCultureIgnoreCase', true) },
    InvariantCulture: { type: 'System.StringComparer', get: () => new StringComparer('InvariantCulture', false) },
    InvariantCultureIgnoreCase: { type: 'System.StringComparer', get: () => new StringComparer('InvariantCultureIgnoreCase', true) },
  },
});

defineType({
  fullName: 'System.Collections.Generic.Dictionary`2',
  properties: {
    Count: { type: 'int', get: (dictionary: GenericDictionary) => dictionary.entries.size },
    Keys: { type: 'System.Collections.Generic.Dictionary`2+KeyCollection[TKey,TValue]', get: (dictionary: GenericDictionary) => [...dictionary.entries.values()].map(([key]) => key) },
    Values: { type: 'System.Collections.Generic.Dictionary`2+ValueCollection[TKey,TValue]', get: (dictionary: GenericDictionary) => [...dictionary.entries.values()].map(([, value]) => value) },
  },
  constructors: [
    ['System.Collections.Generic.Dictionary[TKey,TValue] new()', (type: TypeReference) => new GenericDictionary(argumentName(type, 0), argumentName(type, 1))],
    ['System.Collections.Generic.Dictionary[TKey,TValue] new(int capacity)', (type: TypeReference) => new GenericDictionary(argumentName(type, 0), argumentName(type, 1))],
    ['System.Collections.Generic.Dictionary[TKey,TValue] new(System.StringComparer comparer)', (type: TypeReference, args: unknown[]) =>
      new GenericDictionary(argumentName(type, 0), argumentName(type, 1), comparerArgument(type, args))],
  ],
  methods: [
    ['void Add(TKey key, TValue value)', (dictionary: GenericDictionary, [key, value]: [unknown, unknown]) => {
      if (!dictionary.add(key, value)) throw argumentException('System.ArgumentException', `An item with the same key has already been added. Key: ${objectToString(key)}`);
    }],
    ['bool TryAdd(TKey key, TValue value)', (dictionary: GenericDictionary, [key, value]: [unknown, unknown]) => dictionary.add(key, value)],
    ['bool Remove(TKey key)', (dictionary: GenericDictionary, [key]: [unknown]) => dictionary.entries.delete(keyIdentity(checkKey(key), dictionary.comparer))],
    ['bool ContainsKey(TKey key)', (dictionary: GenericDictionary, [key]: [unknown]) => dictionary.has(key)],
    ['bool ContainsValue(TValue value)', (dictionary: GenericDictionary, [value]: [unknown]) => [...dictionary.entries.values()].some(([, candidate]) => valueEquals(candidate, value))],
    ['bool TryGetValue(TKey key, [ref] TValue value)', (dictionary: GenericDictionary, [key, result]: [unknown, PSReference]) => {
      const found = dictionary.has(key);
      result.value = found ? dictionary.get(key) : null;
      return found;
    }],
    ['void Clear()', (dictionary: GenericDictionary) => dictionary.entries.clear()],
    ['TValue get_Item(TKey key)', (dictionary: GenericDictionary, [key]: [unknown]) => dictionary.get(key)],
    ['void set_Item(TKey key, TValue value)', (dictionary: GenericDictionary, [key, value]: [unknown, unknown]) => dictionary.set(key, value)],
    ['System.Collections.Generic.Dictionary`2+Enumerator[TKey,TValue] GetEnumerator()', (dictionary: GenericDictionary) =>
      new PairEnumerator([...dictionary.entries.values()].map(([key, value]) => new KeyValuePair(key, value)))],
  ],
});

defineType({
  fullName: 'System.Collections.Generic.KeyValuePair`2',
  properties: {
    Key: { type: 'TKey', get: (pair: KeyValuePair) => pair.key },
    Value: { type: 'TValue', get: (pair: KeyValuePair) => pair.value },
  },
});

defineType({
  fullName: 'System.Collections.Generic.HashSet`1',
  properties: {
    Count: { type: 'int', get: (set: GenericHashSet) => set.items.length },
  },
  constructors: [
    ['System.Collections.Generic.HashSet[T] new()', (type: TypeReference) => new GenericHashSet(argumentName(type, 0))],
    ['System.Collections.Generic.HashSet[T] new(System.StringComparer comparer)', (type: TypeReference, args: unknown[]) => new GenericHashSet(argumentName(type, 0), comparerArgument(type, args))],
    ['System.Collections.Generic.HashSet[T] new(System.Collections.Generic.IEnumerable[T] collection)', (type: TypeReference, [collection]: [unknown]) => {
      const set = new GenericHashSet(argumentName(type, 0));
      for (const item of enumerableItems(collection) ?? [collection]) set.add(item);
      return set;
    }],
  ],
  methods: [
    ['bool Add(T item)', (set: GenericHashSet, [item]: [unknown]) => set.add(item)],
    ['bool Contains(T item)', (set: GenericHashSet, [item]: [unknown]) => set.indexOf(item) >= 0],
    ['bool Remove(T item)', (set: GenericHashSet, [item]: [unknown]) => {
      const index = set.indexOf(item);
      if (index >= 0) set.items.splice(index, 1);
      return index >= 0;
    }],
    ['void Clear()', (set: GenericHashSet) => {
      set.items.length = 0;
    }],
    ['void UnionWith(System.Collections.Generic.IEnumerable[T] other)', (set: GenericHashSet, [other]: [unknown]) => {
      for (const item of enumerableItems(other) ?? [other]) set.add(item);
    }],
    ['void IntersectWith(System.Collections.Generic.IEnumerable[T] other)', (set: GenericHashSet, [other]: [unknown]) => {
      const keep = new GenericHashSet(set.elementType, set.comparer);
      for (const item of enumerableItems(other) ?? [other]) keep.add(item);
      set.items.splice(0, set.items.length, ...set.items.filter((item) => keep.indexOf(item) >= 0));
    }],
    ['void ExceptWith(System.Collections.Generic.IEnumerable[T] other)', (set: GenericHashSet, [other]: [unknown]) => {
      for (const item of enumerableItems(other) ?? [other]) {
        const index = set.indexOf(item);
        if (index >= 0) set.items.splice(index, 1);
      }
    }],
    ['T[] ToArray()', (set: GenericHashSet) => set.items.slice()],
  ],
});
