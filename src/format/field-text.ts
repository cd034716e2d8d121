/**
 * The text of one table cell, list value or wide item (pwsh's PSObjectHelper.FormatField and
 * SmartToString): collections as `{a, b, c, d…}` up to $FormatEnumerationLimit items, floating
 * point numbers with two decimals in tables, everything else as its string form.
 */
import { formatComposite } from '../engine/conversion/index.js';
import { NumericValue, PSObject } from '../engine/values/index.js';
import type { FormatHost } from './format-host.js';
import { ellipsis } from './text-lines.js';

/** $FormatEnumerationLimit's default. */
export const defaultEnumerationLimit = 4;

/** pwsh's DefaultScalarTypes: values shown as their string, never as a table or list. */
const scalarTypeNames = new Set(
  [
    'System.String', 'System.SByte', 'System.Byte', 'System.Int16', 'System.UInt16', 'System.Int32', 'System.UInt32',
    'System.Int64', 'System.UInt64', 'System.Char', 'System.Single', 'System.Double', 'System.Boolean', 'System.Decimal',
    'System.IntPtr', 'System.Security.SecureString', 'System.Numerics.BigInteger',
  ].map((name) => name.toLowerCase()),
);

const deserializedPrefix = 'deserialized.';

/** Whether the type names are one of pwsh's default scalar types or an enum. */
export function isScalarType(typeNames: readonly string[]): boolean {
  const exact = typeNames[0];
  if (!exact) return false;
  if (typeNames[1] === 'System.Enum') return true;
  const name = exact.toLowerCase();
  return scalarTypeNames.has(name.startsWith(deserializedPrefix) ? name.slice(deserializedPrefix.length) : name);
}

/** The property pwsh shows for an object in a collection cell or a wide view (GetDisplayNameExpression). */
export function displayNameProperty(host: FormatHost, value: unknown): string | undefined {
  const names = host.propertyNames(value);
  const lower = names.map((n) => n.toLowerCase());
  const exact = (pattern: string) => lower.indexOf(pattern);
  const suffix = (pattern: string) => lower.findIndex((n) => n.endsWith(pattern));
  for (const index of [exact('name'), exact('id'), exact('key'), suffix('key'), suffix('name'), suffix('id')]) {
    if (index >= 0) return names[index];
  }
  return undefined;
}

/** The number or decimal text a Double, Single or Decimal holds (through a PSObject wrapper too). */
function floatingPointOf(value: unknown): number | string | undefined {
  const base = value instanceof PSObject && value.baseObject !== undefined ? value.baseObject : value;
  if (typeof base === 'number') return base;
  if (base instanceof NumericValue && (base.typeName === 'System.Double' || base.typeName === 'System.Single' || base.typeName === 'System.Decimal')) {
    return typeof base.value === 'string' ? base.value : Number(base.value);
  }
  return undefined;
}

/** "F" (two decimals) for Double, Single and Decimal, as pwsh 7 renders them in table cells. */
function fixedPoint(value: unknown, typeName: string | undefined): string | undefined {
  if (typeName !== 'System.Double' && typeName !== 'System.Single' && typeName !== 'System.Decimal') return undefined;
  const number = floatingPointOf(value);
  if (typeof number === 'string') return decimalFixed(number);
  if (number === undefined) return undefined;
  if (Number.isNaN(number)) return 'NaN';
  if (!Number.isFinite(number)) return number > 0 ? '\u221e' : '-\u221e';
  if (Object.is(number, -0)) return '-0.00';
  if (Math.abs(number) >= 1e21) return `${BigInt(number)}.00`;
  return number.toFixed(2);
}

/** A decimal's text rounded half away from zero to two decimals. */
function decimalFixed(text: string): string | undefined {
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const digits = BigInt(whole! + (fraction + '000').slice(0, 3));
  const hundredths = (digits + 5n) / 10n;
  const body = hundredths.toString().padStart(3, '0');
  return `${sign}${body.slice(0, -2)}.${body.slice(-2)}`;
}

/** How a collection element reads inside `{...}` (pwsh's GetObjectName). */
function elementName(host: FormatHost, element: unknown): string {
  if (element === null || element === undefined) return '$null';
  const typeNames = host.typeNames(element);
  if (isScalarType(typeNames) || typeNames[0] === 'System.Management.Automation.PSCustomObject') return host.toDisplayString(element);
  const nameProperty = displayNameProperty(host, element);
  if (nameProperty === undefined) return host.toDisplayString(element);
  const name = host.propertyValue(element, nameProperty);
  return name === null || name === undefined ? '' : host.toDisplayString(name);
}

export interface FieldOptions {
  readonly enumerationLimit: number;
  /** Table cells show floating point numbers with two decimals. */
  readonly isTable: boolean;
  readonly formatString?: string;
}

/**
 * A calculated property's FormatString applied as pwsh's FormatField does: a composite format
 * when it has `{0` or `}`, else `{0:format}`; undefined when the format does not apply.
 */
function withFormatString(value: unknown, format: string): string | undefined {
  try {
    return formatComposite(format.includes('{0') || format.includes('}') ? format : `{0:${format}}`, [value]);
  } catch {
    return undefined;
  }
}

/** The text for a value in a cell, list item, wide item or group header. */
export function fieldText(host: FormatHost, value: unknown, options: FieldOptions): string {
  if (value === null || value === undefined) return '';
  if (options.formatString) {
    const formatted = withFormatString(value, options.formatString);
    if (formatted !== undefined) return formatted;
  }
  const items = host.enumerate(value);
  if (items) {
    const names: string[] = [];
    for (const item of items) {
      if (options.enumerationLimit >= 0 && names.length === options.enumerationLimit) {
        return `{${names.join(', ')}${ellipsis}}`;
      }
      names.push(elementName(host, item));
    }
    return `{${names.join(', ')}}`;
  }
  if (options.isTable) {
    const fixed = fixedPoint(value, host.typeNames(value)[0]);
    if (fixed !== undefined) return fixed;
  }
  return host.toDisplayString(value);
}
