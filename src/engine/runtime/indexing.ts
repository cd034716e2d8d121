/**
 * `$a[$i]` and `$a[$i] = $v`: arrays (negative indices count from the end, several indices give
 * several elements), strings (one Char), dictionaries (by key), native collections, and
 * anything with an indexer, through the .NET surface's get_Item/set_Item.
 */
import { convertTo, enumerableItems } from '../conversion/index.js';
import { invokeMethod, NativeCollection } from '../dotnet/index.js';
import { arrayIndexOutOfBounds, indexOutOfRange } from '../dotnet/collection-errors.js';
import { int32Type } from '../types/index.js';
import { Char, Hashtable, isInt32, PSObject, typeNameOf } from '../values/index.js';
import { runtimeError } from './errors.js';
import type { Frame } from './frame.js';
import { formatMessage, runtimeStrings } from './messages.js';
import { isStrictVersion, strictIndexFailure } from './strict-mode.js';

function unwrap(value: unknown): unknown {
  return value instanceof PSObject && value.baseObject !== undefined ? value.baseObject : value;
}

function nullIndex() {
  return runtimeError('NullArrayIndex', 'InvalidOperation', runtimeStrings.NullArrayIndex);
}

function toIndex(index: unknown): number {
  return convertTo(index, int32Type) as number;
}

/**
 * The key at an Int32 position of an [ordered] dictionary (negative counts from the end), as
 * OrderedDictionary's int indexer, which pwsh prefers over the key indexer for an int index;
 * undefined when the index is no Int32, null when it is out of range.
 */
function orderedKeyAt(table: Hashtable, index: unknown): unknown {
  if (!table.ordered || typeof index !== 'number' || !isInt32(index)) return undefined;
  const position = index < 0 ? index + table.size : index;
  if (position < 0 || position >= table.size) return null;
  let current = 0;
  for (const key of table.keys()) if (current++ === position) return key;
  return null;
}

function getEntry(table: Hashtable, index: unknown): unknown {
  const key = orderedKeyAt(table, index);
  if (key === null) return null;
  return table.get(key === undefined ? index : key) ?? null;
}

export function getIndex(target: unknown, index: unknown, f: Frame): unknown {
  const base = unwrap(target);
  if (base === null) throw runtimeError('NullArray', 'InvalidOperation', runtimeStrings.NullArray);
  if (base instanceof Hashtable) {
    if (index === null) throw nullIndex();
    const keys = enumerableItems(index);
    if (keys) return keys.map((key) => getEntry(base, key));
    return getEntry(base, index);
  }
  const items = typeof base === 'string' ? null : base instanceof NativeCollection ? base.items : Array.isArray(base) ? base : null;
  if (typeof base === 'string' || items) {
    const indices = enumerableItems(index);
    const length = typeof base === 'string' ? base.length : items!.length;
    const one = (i: unknown): unknown => {
      let n = toIndex(i);
      if (n < 0) n += length;
      if (n < 0 || n >= length) {
        // Strict mode 3 lets .NET's indexer fail rather than give nothing.
        if (isStrictVersion(f.scope, 3)) throw strictIndexFailure(base instanceof NativeCollection ? indexOutOfRange() : arrayIndexOutOfBounds());
        return undefined;
      }
      return typeof base === 'string' ? new Char(base.charCodeAt(n)) : items![n];
    };
    if (indices) {
      const results: unknown[] = [];
      for (const i of indices) {
        const value = one(i);
        if (value !== undefined) results.push(value);
      }
      return results;
    }
    return one(index) ?? null;
  }
  if (base instanceof Uint8Array) {
    const elements = enumerableItems(base)!;
    return getIndex(elements, index, f);
  }
  try {
    return invokeMethod(base, 'get_Item', [index], f.dotnetContext);
  } catch {
    // A scalar indexed with 0 or -1 is itself, as in pwsh.
    const n = typeof index === 'number' ? index : NaN;
    if (n === 0 || n === -1) return base;
    if (!Number.isNaN(n) && !isStrictVersion(f.scope, 2)) return null;
    throw runtimeError('CannotIndex', 'InvalidOperation', formatMessage(runtimeStrings.CannotIndex, typeNameOf(base) ?? 'System.Object'));
  }
}

export function setIndex(target: unknown, index: unknown, value: unknown, f: Frame): void {
  const base = unwrap(target);
  if (base === null) throw runtimeError('NullArray', 'InvalidOperation', runtimeStrings.NullArray);
  if (base instanceof Hashtable) {
    if (index === null) throw nullIndex();
    const key = orderedKeyAt(base, index);
    // OrderedDictionary's int setter has no negative-index or out-of-range leniency in pwsh.
    if (key === null || (key !== undefined && (index as number) < 0)) throw indexOutOfRange();
    base.set(key === undefined ? index : key, value);
    return;
  }
  const items = base instanceof NativeCollection ? base.items : Array.isArray(base) ? base : null;
  if (items) {
    let n = toIndex(index);
    if (n < 0) n += items.length;
    if (n < 0 || n >= items.length) {
      throw runtimeError('IndexOutOfRange', 'InvalidOperation', formatMessage(runtimeStrings.IndexOutOfRange, toIndex(index)), 'System.IndexOutOfRangeException');
    }
    items[n] = value;
    return;
  }
  try {
    invokeMethod(base, 'set_Item', [index, value], f.dotnetContext);
  } catch {
    throw runtimeError('CannotIndex', 'InvalidOperation', formatMessage(runtimeStrings.CannotIndex, typeNameOf(base) ?? 'System.Object'));
  }
}
