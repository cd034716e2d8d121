/**
 * How pwsh turns a value into a string (`[string]$x`, "$x", -join, string concatenation):
 * invariant culture, doubles in their shortest round-trip form, arrays joined by $OFS, a
 * PSCustomObject as `@{a=1; b=2}`, a type as its accelerator.
 */
import {
  Char,
  DateTime,
  Hashtable,
  NumericValue,
  PSNoteProperty,
  PSObject,
  ScriptBlock,
  TimeSpan,
  typeNamesOf,
} from '../values/index.js';
import { acceleratorNameOf, isTypeValue, type PSTypeInfo } from '../types/index.js';
import { formatDateTime, formatTimeSpan } from './date-time-format.js';
import { typeText } from './type-text.js';
import { baseObject, enumerableItems } from './enumerable.js';

/** $OFS when the script has not set it. */
export const defaultOutputFieldSeparator = ' ';

/** The string pwsh makes of a value; $null is ''. `ofs` joins the elements of a collection. */
export function toPSString(value: unknown, ofs: string = defaultOutputFieldSeparator): string {
  const items = value instanceof PSObject && value.toStringText !== undefined ? undefined : enumerableItems(value);
  if (items) return items.map(objectToString).join(ofs);
  return scalarString(value);
}

/**
 * The value's own ToString(), as an element inside an array or a value quoted in a message
 * shows: a collection shows its type name.
 */
export function objectToString(value: unknown): string {
  // Object.ToString() is the type's ToString(): List`1[System.Int32], no assemblies.
  if (enumerableItems(value) || value instanceof Hashtable) return typeText(typeNamesOf(baseObject(value))[0]!);
  return scalarString(value);
}

function scalarString(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
      return formatDouble(value);
    case 'bigint':
      return value.toString();
    case 'undefined':
      return '';
  }
  if (value === null) return '';
  if (value instanceof NumericValue) return numericValueString(value);
  if (value instanceof Char) return value.toString();
  if (value instanceof DateTime) return formatDateTime(value, 'G');
  if (value instanceof TimeSpan) return formatTimeSpan(value, 'c');
  if (value instanceof ScriptBlock) return value.text;
  if (value instanceof PSObject) return psObjectString(value);
  if (isTypeValue(value)) return typeDisplayName(value);
  if (Array.isArray(value) || value instanceof Uint8Array || value instanceof Hashtable) return typeText(typeNamesOf(value)[0]!);
  // Native objects of the .NET surface carry their ToString() as toString().
  if (typeof value === 'object' && value.toString !== Object.prototype.toString) return String(value);
  return typeText(typeNamesOf(value)[0] ?? '');
}

/** A type as "$([int[]])" shows it: accelerator names where pwsh has them. */
function typeDisplayName(type: PSTypeInfo): string {
  if (type.elementType) return typeDisplayName(type.elementType) + type.fullName.slice(type.elementType.fullName.length);
  return acceleratorNameOf(type) ?? type.fullName;
}

function numericValueString(value: NumericValue): string {
  if (value.typeName === 'System.Double') return formatDouble(value.value as number);
  if (value.typeName === 'System.Single') return formatSingle(value.value as number);
  return String(value.value);
}

/** How deep property bags nest inside each other's text before psh stops (a bag may contain itself). */
const maxBagDepth = 32;
let bagDepth = 0;

/** A PSObject: the text it carries, its base object's text, or `@{name=value; ...}` for a property bag. */
function psObjectString(value: PSObject): string {
  if (value.toStringText !== undefined) return value.toStringText;
  if (value.baseObject !== undefined) return objectToString(value.baseObject);
  if (bagDepth >= maxBagDepth) return typeNamesOf(value)[0]!;
  bagDepth++;
  try {
    const properties: string[] = [];
    for (const member of value.members) {
      if (member instanceof PSNoteProperty) properties.push(`${member.name}=${objectToString(member.value)}`);
    }
    return `@{${properties.join('; ')}}`;
  } finally {
    bagDepth--;
  }
}

/** Double.ToString(): the shortest text that round-trips, in scientific form from 1E+15 and below 1E-04. */
export function formatDouble(value: number): string {
  return formatShortestReal(value, shortestDoubleDigits(value), 15);
}

/** Single.ToString(): as for Double, with single precision's digits and a 1E+07 threshold. */
export function formatSingle(value: number): string {
  return formatShortestReal(value, shortestSingleDigits(value), 7);
}

interface Digits {
  /** Significant digits without leading or trailing zeros, e.g. '12345'. */
  digits: string;
  /** Power of ten of the first digit. */
  exponent: number;
}

function shortestDoubleDigits(value: number): Digits {
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e') as [string, string];
  return { digits: mantissa.replace('.', ''), exponent: Number(exponent) };
}

function shortestSingleDigits(value: number): Digits {
  for (let precision = 1; precision < 9; precision++) {
    const text = Math.abs(value).toExponential(precision - 1);
    if (Math.fround(Number(text)) === Math.abs(value)) return splitExponential(text);
  }
  return splitExponential(Math.abs(value).toExponential(8));
}

function splitExponential(text: string): Digits {
  const [mantissa, exponent] = text.split('e') as [string, string];
  return { digits: mantissa.replace('.', '').replace(/0+$/, '') || '0', exponent: Number(exponent) };
}

function formatShortestReal(value: number, { digits, exponent }: Digits, scientificFrom: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (value === 0) return sign + '0';
  if (exponent >= scientificFrom || exponent < -4) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}E${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return sign + digits + '0'.repeat(exponent + 1 - digits.length);
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}
