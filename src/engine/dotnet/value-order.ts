/**
 * Comparer.Default for sorting: numbers by value, strings in culture order, other values by
 * their own compareTo; values of different kinds do not compare (.NET throws).
 */
import { Char, DateTime, NumericValue, TimeSpan, Version } from '../values/index.js';
import { DotNetException } from './errors.js';
import { compareStrings } from '../operators/comparison.js';

export function compareValues(a: unknown, b: unknown): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  const x = orderKey(a);
  const y = orderKey(b);
  if (typeof x === 'string' && typeof y === 'string') return compareStrings(x, y, false);
  if (typeof x !== 'string' && typeof y !== 'string' && typeof x === typeof y) return x < y ? -1 : x > y ? 1 : 0;
  if ((typeof x === 'number' || typeof x === 'bigint') && (typeof y === 'number' || typeof y === 'bigint')) return x < y ? -1 : x > y ? 1 : 0;
  throw new DotNetException('System.InvalidOperationException', 'Failed to compare two elements in the array.');
}

function orderKey(value: unknown): string | number | bigint | boolean {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return value;
  if (value instanceof NumericValue) return typeof value.value === 'string' ? Number(value.value) : value.value;
  if (value instanceof Char) return value.code;
  if (value instanceof DateTime) return value.utcTicks;
  if (value instanceof TimeSpan) return value.ticks;
  if (value instanceof Version) return [value.major, value.minor, value.build ?? -1, value.revision ?? -1].reduce((key, part) => (key << 32n) + BigInt(part + 1), 0n);
  throw new DotNetException('System.InvalidOperationException', 'Failed to compare two elements in the array.');
}
