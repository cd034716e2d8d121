/**
 * [convert] (System.Convert): base-64 and hex text, integers in bases 2/8/10/16, and the
 * To<Type> conversions, which parse strings as .NET does (not as a PowerShell cast would).
 */
import { Buffer } from 'node:buffer';
import { convertTo, ConversionFailure, numericFromInteger, objectToString, toBoolean, type NumericTypeFullName } from '../../conversion/index.js';
import { resolveType } from '../../types/index.js';
import { argumentException, DotNetException } from '../errors.js';
import { defineType, type MethodImplementation } from '../member-table.js';
import { registerStaticClass } from '../type-registration.js';
import { parseDotNetNumber } from './numeric-types.js';

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

function fromBase64(text: string | null): Uint8Array {
  if (text === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 's');
  const compact = text.replace(/[ \t\r\n]/g, '');
  if (compact.length % 4 !== 0 || !base64Pattern.test(compact)) {
    throw new DotNetException(
      'System.FormatException',
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.',
    );
  }
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

function bytesOf(value: Uint8Array | null, name = 'inArray'): Uint8Array {
  if (value === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', name);
  return value;
}

function checkBase(base: number, name: string): void {
  if (base !== 2 && base !== 8 && base !== 10 && base !== 16) throw argumentException('System.ArgumentException', 'Invalid Base.', name);
}

/** Convert.ToInt32(s, fromBase): other bases than 10 read the digits as the two's complement bits. */
function parseInBase(text: string | null, base: number, bits: 32 | 64): number | bigint {
  checkBase(base, 'fromBase');
  if (text === null) return bits === 32 ? 0 : 0n;
  const typeName = bits === 32 ? 'System.Int32' : 'System.Int64';
  let digits = text;
  let negative = false;
  if (base === 10 && digits.startsWith('-')) {
    negative = true;
    digits = digits.slice(1);
  } else if (base === 16 && /^0x/i.test(digits)) {
    digits = digits.slice(2);
  }
  const pattern = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^\d+$/, 16: /^[0-9a-f]+$/i }[base as 2 | 8 | 10 | 16];
  if (digits === '') throw argumentException('System.ArgumentOutOfRangeException', 'Index was out of range. Must be non-negative and less than the size of the collection.', 'startIndex');
  if (!pattern.test(digits)) {
    throw new DotNetException('System.FormatException', /^[^\d]/.test(digits) ? 'Could not find any recognizable digits.' : 'Additional non-parsable characters are at the end of the string.');
  }
  let value = [...digits].reduce((sum, digit) => sum * BigInt(base) + BigInt(parseInt(digit, 16)), 0n);
  const width = BigInt(bits);
  if (base !== 10) {
    if (value >= 1n << width) throw overflow(typeName);
    if (value >= 1n << (width - 1n)) value -= 1n << width;
  } else {
    if (negative) value = -value;
    if (value >= 1n << (width - 1n) || value < -(1n << (width - 1n))) throw overflow(typeName);
  }
  return bits === 32 ? Number(value) : value;
}

function overflow(typeName: string): DotNetException {
  return new DotNetException('System.OverflowException', `Value was either too large or too small for an ${typeName.slice(7)}.`);
}

/** Convert.ToString(value, toBase): bases other than 10 write the two's complement bits. */
function formatInBase(value: bigint, base: number, bits: 32 | 64): string {
  checkBase(base, 'toBase');
  if (base === 10) return value.toString();
  const unsigned = value < 0n ? value + (1n << BigInt(bits)) : value;
  return unsigned.toString(base);
}

/** Convert.ToX(object): strings through X.Parse, $null as zero, anything else as a conversion. */
function toNumber(typeName: NumericTypeFullName): MethodImplementation {
  return (_type, [value]: [unknown]) => {
    if (value === null) return numericFromInteger(typeName, 0n);
    if (typeof value === 'string') return parseDotNetNumber(value, typeName);
    try {
      return convertTo(value, resolveType(typeName)!);
    } catch (error) {
      if (error instanceof ConversionFailure) throw new DotNetException(error.exceptionTypeName, error.message);
      throw error;
    }
  };
}

registerStaticClass('System.Convert', 'convert');

const numericConversions: [string, NumericTypeFullName, string][] = [
  ['ToByte', 'System.Byte', 'byte'],
  ['ToSByte', 'System.SByte', 'sbyte'],
  ['ToInt16', 'System.Int16', 'short'],
  ['ToUInt16', 'System.UInt16', 'ushort'],
  ['ToInt32', 'System.Int32', 'int'],
  ['ToUInt32', 'System.UInt32', 'uint'],
  ['ToInt64', 'System.Int64', 'long'],
  ['ToUInt64', 'System.UInt64', 'ulong'],
  ['ToSingle', 'System.Single', 'float'],
  ['ToDouble', 'System.Double', 'double'],
  ['ToDecimal', 'System.Decimal', 'decimal'],
];

defineType({
  fullName: 'System.Convert',
  methods: [
    ['static string ToBase64String(byte[] inArray)', (_type, [bytes]: [Uint8Array | null]) => Buffer.from(bytesOf(bytes)).toString('base64')],
    ['static string ToBase64String(byte[] inArray, int offset, int length)', (_type, [bytes, offset, length]: [Uint8Array | null, number, number]) => {
      const array = bytesOf(bytes);
      if (offset < 0 || length < 0 || offset + length > array.length) throw argumentException('System.ArgumentOutOfRangeException', 'Index was out of range. Must be non-negative and less than the size of the collection.', 'offset');
      return Buffer.from(array.subarray(offset, offset + length)).toString('base64');
    }],
    ['static byte[] FromBase64String(string s)', (_type, [text]: [string | null]) => fromBase64(text)],
    ['static string ToHexString(byte[] inArray)', (_type, [bytes]: [Uint8Array | null]) => Buffer.from(bytesOf(bytes)).toString('hex').toUpperCase()],
    ['static byte[] FromHexString(string s)', (_type, [text]: [string | null]) => {
      if (text === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 's');
      if (text.length % 2 !== 0) throw new DotNetException('System.FormatException', 'The input is not a valid hex string as its length is not a multiple of 2.');
      if (!/^[0-9a-f]*$/i.test(text)) throw new DotNetException('System.FormatException', 'The input is not a valid hex string as it contains a non-hex character.');
      return new Uint8Array(Buffer.from(text, 'hex'));
    }],
    ['static int ToInt32(string value, int fromBase)', (_type, [text, base]: [string | null, number]) => parseInBase(text, base, 32)],
    ['static long ToInt64(string value, int fromBase)', (_type, [text, base]: [string | null, number]) => parseInBase(text, base, 64)],
    ['static string ToString(int value, int toBase)', (_type, [value, base]: [number, number]) => formatInBase(BigInt(value), base, 32)],
    ['static string ToString(long value, int toBase)', (_type, [value, base]: [bigint, number]) => formatInBase(value, base, 64)],
    ['static string ToString(System.Object value)', (_type, [value]: [unknown]) => (value === null ? '' : objectToString(value))],
    ['static bool ToBoolean(System.Object value)', (_type, [value]: [unknown]) => {
      if (typeof value !== 'string') return value === null ? false : toBoolean(value);
      const trimmed = value.trim().toLowerCase();
      if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
      throw new DotNetException('System.FormatException', `String '${value}' was not recognized as a valid Boolean.`);
    }],
    ...numericConversions.map(([name, typeName, keyword]) => [`static ${keyword} ${name}(System.Object value)`, toNumber(typeName)] as const),
  ],
});
