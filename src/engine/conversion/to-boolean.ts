/**
 * LanguagePrimitives.IsTrue: how pwsh decides a condition. $null, $false, '', numeric zero and
 * empty collections are false; a one-element collection is as true as its element (an empty
 * nested collection being false); everything else is true.
 */
import { isNumeric, toDouble } from './numeric.js';
import { baseObject, enumerableItems } from './enumerable.js';
import { NumericValue } from '../values/index.js';

export function toBoolean(value: unknown): boolean {
  value = baseObject(value);
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.length !== 0;
  if (isNumeric(value)) return isNonZero(value);
  const items = enumerableItems(value);
  if (items === undefined) return true;
  if (items.length !== 1) return items.length > 1;
  const nested = enumerableItems(baseObject(items[0]));
  return nested === undefined ? toBoolean(items[0]) : nested.length > 0;
}

function isNonZero(value: number | bigint | NumericValue): boolean {
  if (typeof value === 'bigint') return value !== 0n;
  if (value instanceof NumericValue && value.typeName === 'System.Decimal') return /[1-9]/.test(value.value as string);
  return toDouble(value) !== 0;
}
