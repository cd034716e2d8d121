/** A string or string[] parameter's values as a list of strings, the way the cmdlets read them. */
import { enumerableItems, toPSString } from '../engine/conversion/index.js';

/** The values as strings; none when the parameter is not bound (or is $null). */
export function stringList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (enumerableItems(value) ?? [value]).map((item) => toPSString(item));
}
