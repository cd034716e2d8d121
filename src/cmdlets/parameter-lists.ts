/**
 * A parameter's value as a list, the way the cmdlets read a parameter that takes one value or
 * several: the values as they were bound (argumentList), or as strings (stringList). Neither
 * gives anything for a parameter that is not bound or is $null.
 */
import { enumerableItems, toPSString } from '../engine/conversion/index.js';

/** The values as bound: an array's elements, else the single value. */
export function argumentList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The values as strings: any enumerable's items, else the single value. */
export function stringList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (enumerableItems(value) ?? [value]).map((item) => toPSString(item));
}
