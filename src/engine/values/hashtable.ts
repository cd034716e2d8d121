import { ordinalIgnoreCaseKey } from './case-insensitive.js';
import { Char } from './char.js';
import { DateTime } from './date-time.js';
import { Guid } from './guid.js';
import { NumericValue } from './numeric-value.js';
import { PSObject } from './ps-object.js';
import { TimeSpan } from './time-span.js';
import { Uri } from './uri.js';
import { Version } from './version.js';

/**
 * PowerShell's @{} (System.Collections.Hashtable) and [ordered]@{}
 * (System.Collections.Specialized.OrderedDictionary). Both keep insertion order here.
 * String keys compare case-insensitively; other value-like keys compare by type and value (so
 * Int32 1 and Int64 1n are different keys, as in .NET); objects compare by reference.
 */
export class Hashtable implements Iterable<[unknown, unknown]> {
  private readonly entriesByKey = new Map<unknown, [unknown, unknown]>();

  constructor(readonly ordered = false) {}

  static from(entries: Iterable<readonly [unknown, unknown]> | Record<string, unknown>, ordered = false): Hashtable {
    const table = new Hashtable(ordered);
    const pairs = Symbol.iterator in entries ? (entries as Iterable<readonly [unknown, unknown]>) : Object.entries(entries);
    for (const [key, value] of pairs) table.set(key, value);
    return table;
  }

  get size(): number {
    return this.entriesByKey.size;
  }

  /** Sets the value; an existing key keeps its position and its original spelling. */
  set(key: unknown, value: unknown): void {
    const identity = keyIdentity(key);
    const existing = this.entriesByKey.get(identity);
    if (existing) existing[1] = value;
    else this.entriesByKey.set(identity, [key, value]);
  }

  get(key: unknown): unknown {
    return key === null ? undefined : this.entriesByKey.get(keyIdentity(key))?.[1];
  }

  has(key: unknown): boolean {
    return key !== null && this.entriesByKey.has(keyIdentity(key));
  }

  delete(key: unknown): boolean {
    return key !== null && this.entriesByKey.delete(keyIdentity(key));
  }

  clear(): void {
    this.entriesByKey.clear();
  }

  *keys(): IterableIterator<unknown> {
    for (const [key] of this.entriesByKey.values()) yield key;
  }

  *values(): IterableIterator<unknown> {
    for (const [, value] of this.entriesByKey.values()) yield value;
  }

  *entries(): IterableIterator<[unknown, unknown]> {
    for (const [key, value] of this.entriesByKey.values()) yield [key, value];
  }

  [Symbol.iterator](): IterableIterator<[unknown, unknown]> {
    return this.entries();
  }

  /** Calls `visit` for each entry in order: cheaper than iterating, for code that visits every entry (serializers). */
  forEach(visit: (value: unknown, key: unknown) => void): void {
    for (const [key, value] of this.entriesByKey.values()) visit(value, key);
  }
}

/**
 * The identities of short string keys used lately: upper-casing a key costs several times more
 * than looking it up, and the same keys recur (the properties of a pipeline's objects, the entries
 * of deserialized dictionaries). Bounded, since keys come from the data.
 */
const stringKeyIdentities = new Map<string, string>();
const maxRememberedStringKeys = 1024;
const maxRememberedStringKeyLength = 64;

function stringKeyIdentity(key: string): string {
  if (key.length > maxRememberedStringKeyLength) return 'S\0' + ordinalIgnoreCaseKey(key);
  let identity = stringKeyIdentities.get(key);
  if (identity === undefined) {
    if (stringKeyIdentities.size >= maxRememberedStringKeys) stringKeyIdentities.clear();
    identity = 'S\0' + ordinalIgnoreCaseKey(key);
    stringKeyIdentities.set(key, identity);
  }
  return identity;
}

/** What makes two keys the same key: a string for value-like keys, the object itself otherwise. */
function keyIdentity(key: unknown): unknown {
  switch (typeof key) {
    case 'string':
      return stringKeyIdentity(key);
    case 'number':
      return (Number.isInteger(key) && key >= -0x80000000 && key <= 0x7fffffff ? 'I\0' : 'D\0') + String(key);
    case 'bigint':
      return 'L\0' + String(key);
    case 'boolean':
      return 'B\0' + String(key);
    case 'undefined':
      throw new TypeError('A hashtable key cannot be undefined');
  }
  if (key === null) throw new TypeError('A hashtable key cannot be $null');
  // A wrapped value is the same key as the value itself (PSObject.Equals and GetHashCode are its base object's).
  if (key instanceof PSObject && key.baseObject !== undefined && key.baseObject !== null) return keyIdentity(key.baseObject);
  if (key instanceof NumericValue) return `${key.typeName}\0${String(key.value)}`;
  for (const valueType of [Char, DateTime, TimeSpan, Guid, Version, Uri]) {
    if (key instanceof valueType) return `${valueType.name}\0${key.toString()}`;
  }
  return key;
}
