/**
 * Which values PowerShell enumerates (LanguagePrimitives.GetEnumerable, for the pipeline,
 * member enumeration and the intrinsic .ForEach()/.Where()): arrays and other .NET collections,
 * but not strings and not dictionaries, which pass as one object.
 */
import { NumericValue, PSObject } from '../values/index.js';
import { NativeCollection } from './native-collection.js';

/** The elements of an enumerable value, or undefined for a value PowerShell treats as a scalar. */
export function enumerateCollection(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value instanceof NativeCollection) return value.items;
  if (value instanceof Uint8Array) return Array.from(value, (byte) => NumericValue.integer('System.Byte', byte));
  if (value instanceof PSObject && value.baseObject !== undefined) return enumerateCollection(value.baseObject);
  return undefined;
}
