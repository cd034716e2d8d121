/**
 * pwsh's ObjectCommandComparer, the ordering Sort-Object, Group-Object, Compare-Object and
 * Select-Object -Unique share: two $nulls are equal; otherwise the left operand's comparison
 * (LanguagePrimitives.TryCompare: -lt's rules), and when the values do not compare, their
 * strings in culture order. All PSCustomObjects share one base object in pwsh, so they are equal.
 */
import { baseObject, toPSString } from '../engine/conversion/index.js';
import { RuntimeException } from '../engine/dotnet/index.js';
import { compareStrings, psCompare } from '../engine/operators/index.js';
import { PSObject } from '../engine/values/index.js';

/** The base object pwsh compares: a PSObject's base; every PSCustomObject stands for PSCustomObject.SelfInstance. */
const customObjectBase = Symbol('PSCustomObject');

function comparedBase(value: unknown): unknown {
  if (value instanceof PSObject && value.isCustomObject && value.typeNames.includes('System.Management.Automation.PSCustomObject')) return customObjectBase;
  return baseObject(value);
}

/** Negative, zero or positive, ascending; case-insensitive unless `caseSensitive`. */
export function compareObjects(first: unknown, second: unknown, caseSensitive = false): number {
  const a = comparedBase(first);
  const b = comparedBase(second);
  const aIsNull = a === null || a === undefined;
  const bIsNull = b === null || b === undefined;
  if (aIsNull && bIsNull) return 0;
  if (a === customObjectBase || b === customObjectBase) {
    return compareStrings(a === customObjectBase ? '' : toPSString(a), b === customObjectBase ? '' : toPSString(b), !caseSensitive);
  }
  try {
    const order = psCompare(a, b, !caseSensitive);
    if (!Number.isNaN(order)) return order;
  } catch (error) {
    if (!(error instanceof RuntimeException)) throw error;
  }
  return compareStrings(aIsNull ? '' : toPSString(a), bIsNull ? '' : toPSString(b), !caseSensitive);
}
