/**
 * Which values PowerShell treats as collections (LanguagePrimitives.GetEnumerable): arrays,
 * byte[] and the other .NET collections, but not strings and not dictionaries, which are single
 * objects. A PSObject is a collection when its base object is.
 */
import { Hashtable, NumericValue, PSObject } from '../values/index.js';

/** The elements of a collection value, or undefined for a value that is a single object. */
export function enumerableItems(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null || value instanceof Hashtable) return undefined;
  if (value instanceof Uint8Array) return Array.from(value, (byte) => NumericValue.integer('System.Byte', byte));
  if (value instanceof PSObject) return value.baseObject === undefined ? undefined : enumerableItems(value.baseObject);
  // The .NET surface's native collections (List[T], ArrayList...) are iterable objects.
  if (Symbol.iterator in value) return Array.from(value as Iterable<unknown>);
  return undefined;
}

/** The value a PSObject wraps (the value itself otherwise), as PSObject.Base does. */
export function baseObject(value: unknown): unknown {
  return value instanceof PSObject && value.baseObject !== undefined ? value.baseObject : value;
}
