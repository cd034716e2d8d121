/**
 * The primitive types of MS-PSRP 2.2.5.1: which element carries which psh value, and the text
 * forms XmlConvert reads and writes for them.
 */
import { Char } from '../../engine/values/char.js';
import { DateTime } from '../../engine/values/date-time.js';
import { Guid } from '../../engine/values/guid.js';
import { NumericValue } from '../../engine/values/numeric-value.js';
import { ScriptBlock } from '../../engine/values/script-block.js';
import { SecureString } from '../../engine/values/secure-string.js';
import { TimeSpan } from '../../engine/values/time-span.js';
import { isInt32 } from '../../engine/values/type-names.js';
import { Uri } from '../../engine/values/uri.js';
import { Version } from '../../engine/values/version.js';
import { XmlDocument } from '../../engine/values/xml-document.js';
import { ClixmlError } from './errors.js';
import { decodeClixmlString } from './string-encoding.js';
import { clixmlStringText, element, elementNames, type ElementName } from './xml-escape.js';

/**
 * The element of a primitive psh value, with `attributes` as written (` N="..."` or ''), or
 * undefined when the value is not a primitive.
 */
export function primitiveElement(value: unknown, attributes: string): string | undefined {
  switch (typeof value) {
    case 'string':
      return element(elementNames.S, attributes, clixmlStringText(value));
    case 'boolean':
      return element(elementNames.B, attributes, value ? 'true' : 'false');
    case 'number':
      return isInt32(value) ? element(elementNames.I32, attributes, String(value)) : element(elementNames.Db, attributes, formatFloat(value, doublePrecision));
    case 'bigint':
      if (value < minInt64 || value > maxInt64) {
        throw new ClixmlError('Unserializable', `${value} is outside the range of System.Int64; use NumericValue.uint64 for UInt64`);
      }
      return element(elementNames.I64, attributes, String(value));
  }
  if (value instanceof NumericValue) return element(numericTags[value.typeName], attributes, formatNumeric(value));
  if (value instanceof Char) return element(elementNames.C, attributes, String(value.code));
  if (value instanceof DateTime) return element(elementNames.DT, attributes, value.toRoundtripString());
  if (value instanceof TimeSpan) return element(elementNames.TS, attributes, value.toDurationString());
  if (value instanceof Guid) return element(elementNames.G, attributes, value.text);
  if (value instanceof Uri) return element(elementNames.URI, attributes, clixmlStringText(value.text));
  if (value instanceof Version) return element(elementNames.Version, attributes, value.toString());
  if (value instanceof XmlDocument) return element(elementNames.XD, attributes, clixmlStringText(value.text));
  if (value instanceof ScriptBlock) return element(elementNames.SBK, attributes, clixmlStringText(value.text));
  if (value instanceof SecureString) return element(elementNames.SS, attributes, Buffer.from(value.cipherText).toString('base64'));
  if (value instanceof Uint8Array) return element(elementNames.BA, attributes, Buffer.from(value).toString('base64'));
  return undefined;
}

const numericTags: Record<NumericValue['typeName'], ElementName> = {
  'System.Byte': elementNames.By,
  'System.SByte': elementNames.SB,
  'System.Int16': elementNames.I16,
  'System.UInt16': elementNames.U16,
  'System.UInt32': elementNames.U32,
  'System.UInt64': elementNames.U64,
  'System.Single': elementNames.Sg,
  'System.Double': elementNames.Db,
  'System.Decimal': elementNames.D,
};

function formatNumeric(value: NumericValue): string {
  if (value.typeName === 'System.Single') return formatFloat(shortestSingle(value.value as number), singlePrecision);
  if (value.typeName === 'System.Double') return formatFloat(value.value as number, doublePrecision);
  return String(value.value);
}

/** A float type's precision (decimal digits): from this exponent on, .NET writes it in scientific notation. */
interface FloatPrecision {
  readonly digits: number;
  /** 10 ** digits. */
  readonly scientificFrom: number;
}

const doublePrecision: FloatPrecision = { digits: 15, scientificFrom: 1e15 };
const singlePrecision: FloatPrecision = { digits: 7, scientificFrom: 1e7 };

/**
 * .NET's round-trip ("R") text: shortest digits that read back to the same value, in
 * scientific notation ("1E+15", "1E-05") when the exponent reaches the type's precision
 * (15 for Double, 7 for Single) or is below -5; XML Schema's INF, -INF and NaN.
 */
function formatFloat(value: number, precision: FloatPrecision): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'INF';
  if (value === -Infinity) return '-INF';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const magnitude = Math.abs(value);
  // In this range JS and .NET both write plain decimal digits (JS switches only at 1e21 and 1e-7).
  if (magnitude >= 1e-5 && magnitude < precision.scientificFrom) return String(value);
  const [mantissa, exponentText] = value.toExponential().split('e') as [string, string];
  const exponent = Number(exponentText);
  if (exponent >= precision.digits || exponent < -5) {
    return `${mantissa}E${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return String(value);
}

/** The double with the fewest significant digits that still rounds to the same Single. */
function shortestSingle(value: number): number {
  if (!Number.isFinite(value)) return value;
  for (let precision = 1; precision < 9; precision++) {
    const candidate = Number(value.toPrecision(precision));
    if (Math.fround(candidate) === value) return candidate;
  }
  return value;
}

export type PrimitiveReader = (text: string) => unknown;

const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** No valid integer, Decimal (29 digits) or duration is longer; longer text would be slow to convert. */
const maxNumberTextLength = 100;

// Computed once: every BigInt operation allocates.
const minInt64 = -(1n << 63n);
const maxInt64 = (1n << 63n) - 1n;
const maxUInt64 = (1n << 64n) - 1n;

/** Readers for every primitive element, keyed by element name. */
export const primitiveReaders: ReadonlyMap<string, PrimitiveReader> = new Map<string, PrimitiveReader>([
  ['S', decodeClixmlString],
  ['C', (text) => new Char(readInteger(text, 'C', 0, 0xffff))],
  ['B', readBoolean],
  ['DT', (text) => DateTime.parseRoundtrip(trimWhitespace(text)) ?? invalid('DT', text)],
  ['TS', (text) => (text.length <= maxNumberTextLength && TimeSpan.parseDuration(trimWhitespace(text))) || invalid('TS', text)],
  ['By', (text) => NumericValue.integer('System.Byte', readInteger(text, 'By', 0, 0xff))],
  ['SB', (text) => NumericValue.integer('System.SByte', readInteger(text, 'SB', -0x80, 0x7f))],
  ['U16', (text) => NumericValue.integer('System.UInt16', readInteger(text, 'U16', 0, 0xffff))],
  ['I16', (text) => NumericValue.integer('System.Int16', readInteger(text, 'I16', -0x8000, 0x7fff))],
  ['U32', (text) => NumericValue.integer('System.UInt32', readInteger(text, 'U32', 0, 0xffffffff))],
  ['I32', (text) => readInteger(text, 'I32', -0x80000000, 0x7fffffff)],
  ['U64', (text) => NumericValue.uint64(readBigInteger(text, 'U64', 0n, maxUInt64))],
  ['I64', (text) => readBigInteger(text, 'I64', minInt64, maxInt64)],
  ['Sg', (text) => NumericValue.single(readFloat(text, 'Sg'))],
  ['Db', readDouble],
  ['D', readDecimal],
  ['BA', (text) => new Uint8Array(readBase64(text, 'BA'))],
  ['G', readGuid],
  ['URI', (text) => new Uri(decodeClixmlString(text))],
  ['Version', (text) => Version.parse(trimWhitespace(text)) ?? invalid('Version', text)],
  ['XD', (text) => new XmlDocument(decodeClixmlString(text))],
  ['SBK', (text) => new ScriptBlock(decodeClixmlString(text))],
  ['SS', (text) => new SecureString(new Uint8Array(readBase64(text, 'SS')))],
]);

/**
 * text.trim(), without the call when the text cannot need it: most values are written without
 * surrounding whitespace.
 */
function trimWhitespace(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f ? text : text.trim();
}

function invalid(tag: string, text: string): never {
  const shown = text.length > 64 ? `${text.slice(0, 64)}...` : text;
  throw new ClixmlError('InvalidValue', `'${shown}' is not a valid value for <${tag}>`);
}

function readInteger(text: string, tag: string, min: number, max: number): number {
  const value = integerValue(trimWhitespace(text));
  return value >= min && value <= max ? value + 0 : invalid(tag, text); // + 0 turns -0 into 0
}

/**
 * The value of an optional sign and ASCII digits, or NaN for any other text: by hand, since
 * Number() of a string costs several times more. Past 2 ** 53 the sum is inexact, but then it is
 * out of every integer type's range, as the exact value is.
 */
function integerValue(text: string): number {
  const first = text.charCodeAt(0);
  const negative = first === 0x2d; /* - */
  let i = negative || first === 0x2b /* + */ ? 1 : 0;
  if (i === text.length) return NaN;
  let value = 0;
  for (; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

function readBigInteger(text: string, tag: string, min: bigint, max: bigint): bigint {
  const trimmed = trimWhitespace(text);
  if (trimmed.length > maxNumberTextLength || !isIntegerText(trimmed)) return invalid(tag, text);
  const value = bigIntegerValue(trimmed);
  return value >= min && value <= max ? value : invalid(tag, text);
}

const lowDigitCount = 15;
const lowDigitScale = 10n ** BigInt(lowDigitCount);

/**
 * BigInt(text) for an integer text (see isIntegerText): up to 30 digits as two numbers of at most
 * 15 digits, which convert exactly; BigInt of a string costs several times more.
 */
function bigIntegerValue(text: string): bigint {
  const first = text.charCodeAt(0);
  const signLength = first === 0x2b /* + */ || first === 0x2d /* - */ ? 1 : 0;
  if (text.length - signLength > 2 * lowDigitCount) return BigInt(text);
  const lowStart = Math.max(signLength, text.length - lowDigitCount);
  let high = 0;
  for (let i = signLength; i < lowStart; i++) high = high * 10 + text.charCodeAt(i) - 0x30;
  let low = 0;
  for (let i = lowStart; i < text.length; i++) low = low * 10 + text.charCodeAt(i) - 0x30;
  const magnitude = high === 0 ? BigInt(low) : BigInt(high) * lowDigitScale + BigInt(low);
  return first === 0x2d ? -magnitude : magnitude;
}

/** An optional sign and ASCII digits (what XmlConvert reads as an integer, less the whitespace trimmed first). */
function isIntegerText(text: string): boolean {
  const first = text.charCodeAt(0);
  let i = first === 0x2b /* + */ || first === 0x2d /* - */ ? 1 : 0;
  if (i === text.length) return false;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/**
 * Optional sign, digits with an optional '.' (at least one digit), and, `withExponent`, an
 * optional exponent: the forms XmlConvert reads for Single and Double (less INF and NaN) and,
 * without exponent, for Decimal. By hand, as readers of every number are.
 */
function isDecimalText(text: string, withExponent: boolean): boolean {
  const first = text.charCodeAt(0);
  const signLength = first === 0x2b /* + */ || first === 0x2d /* - */ ? 1 : 0;
  const integerEnd = skipDigits(text, signLength);
  let i = integerEnd;
  if (text.charCodeAt(i) === 0x2e /* . */) i = skipDigits(text, i + 1);
  // At least one digit, before or after the '.'.
  if (i - signLength - (i > integerEnd ? 1 : 0) === 0) return false;
  if (withExponent && (text.charCodeAt(i) | 0x20) === 0x65 /* e or E */) {
    const sign = text.charCodeAt(i + 1);
    const exponentStart = sign === 0x2b || sign === 0x2d ? i + 2 : i + 1;
    i = skipDigits(text, exponentStart);
    if (i === exponentStart) return false;
  }
  return i === text.length;
}

/** Past the ASCII digits at `from`. */
function skipDigits(text: string, from: number): number {
  let i = from;
  for (let code = text.charCodeAt(i); code >= 0x30 && code <= 0x39; code = text.charCodeAt(++i));
  return i;
}

function readBoolean(text: string): boolean {
  switch (trimWhitespace(text)) {
    case 'true':
    case '1':
      return true;
    case 'false':
    case '0':
      return false;
  }
  return invalid('B', text);
}

function readFloat(text: string, tag: string): number {
  const trimmed = trimWhitespace(text);
  if (trimmed === 'INF' || trimmed === 'Infinity') return Infinity;
  if (trimmed === '-INF' || trimmed === '-Infinity') return -Infinity;
  if (trimmed === 'NaN') return NaN;
  const short = shortDecimalValue(trimmed);
  if (!Number.isNaN(short)) return short;
  return isDecimalText(trimmed, true) ? Number(trimmed) : invalid(tag, text);
}

/**
 * The value of a sign, digits and a '.' with at most 15 digits in all, else NaN (then Number()
 * decides, which costs several times more). Exact: the digits as an integer are below 2 ** 53
 * and so is the power of ten, and one division of exact values rounds correctly.
 */
function shortDecimalValue(text: string): number {
  const first = text.charCodeAt(0);
  const from = first === 0x2d /* - */ || first === 0x2b /* + */ ? 1 : 0;
  if (text.length - from > 16) return NaN;
  let digits = 0;
  let fractionDigits = -1;
  let integer = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      integer = integer * 10 + (code - 0x30);
      digits++;
      if (fractionDigits >= 0) fractionDigits++;
    } else if (code === 0x2e /* . */ && fractionDigits < 0) fractionDigits = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = fractionDigits > 0 ? integer / powersOfTen[fractionDigits]! : integer;
  return first === 0x2d ? -value : value;
}

const powersOfTen = Array.from({ length: 16 }, (_, power) => 10 ** power);

/** A Double whose value looks like an Int32 (2.0) stays a Double by way of NumericValue. */
function readDouble(text: string): number | NumericValue {
  const value = readFloat(text, 'Db');
  return isInt32(value) ? NumericValue.double(value) : value;
}

function readGuid(text: string): Guid {
  // The constructor checks the form (once: testing it here first doubled the cost).
  try {
    return new Guid(trimWhitespace(text));
  } catch {
    return invalid('G', text);
  }
}

function readDecimal(text: string): NumericValue {
  const trimmed = trimWhitespace(text);
  if (trimmed.length > maxNumberTextLength || !isDecimalText(trimmed, false)) return invalid('D', text);
  // Keep .NET's spelling: no '+', a leading zero before '.', no trailing '.'.
  let canonical = trimmed.replace(/^\+/, '').replace(/^(-?)\./, '$10.').replace(/\.$/, '');
  if (canonical === '-0' || /^-0\.0*$/.test(canonical)) canonical = canonical.slice(1);
  try {
    return NumericValue.decimal(canonical);
  } catch {
    return invalid('D', text);
  }
}

function readBase64(text: string, tag: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  return base64Pattern.test(compact) ? Buffer.from(compact, 'base64') : invalid(tag, text);
}
