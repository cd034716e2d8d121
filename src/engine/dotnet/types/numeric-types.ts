/**
 * Members of the numeric types ([int], [long], [double], [decimal], [byte]...): MaxValue and
 * MinValue, Parse and TryParse with .NET's own (invariant-culture) parsing, which unlike a
 * PowerShell cast accepts no hex or multiplier suffixes, and comparison.
 */
import {
  ConversionFailure,
  Decimal,
  decimalValue,
  baseObject,
  formatNumber,
  isIntegerType,
  numericFromInteger,
  numericTypeNameOf,
  parseInvariantDouble,
  realValue,
  toDouble,
  type NumericTypeFullName,
} from '../../conversion/index.js';
import { NumericValue, type PSReference } from '../../values/index.js';
import { argumentException, asDotNetException, DotNetException, tryParseInto } from '../errors.js';
import { defineType, type MethodImplementation, type PropertyDefinition } from '../member-table.js';
import { compareValues } from '../value-order.js';
import { valueEquals } from '../../operators/comparison.js';
import { invariantCulture, type NumberFormatData } from '../../conversion/cultures.js';
import { numberFormatOf } from './culture-info.js';

/** The C# keyword pwsh prints for each numeric type in overload definitions. */
const keywords: Record<NumericTypeFullName, string> = {
  'System.SByte': 'sbyte',
  'System.Byte': 'byte',
  'System.Int16': 'short',
  'System.UInt16': 'ushort',
  'System.Int32': 'int',
  'System.UInt32': 'uint',
  'System.Int64': 'long',
  'System.UInt64': 'ulong',
  'System.Single': 'float',
  'System.Double': 'double',
  'System.Decimal': 'decimal',
};

const integerRanges: Partial<Record<NumericTypeFullName, readonly [bigint, bigint]>> = {
  'System.SByte': [-128n, 127n],
  'System.Byte': [0n, 255n],
  'System.Int16': [-32768n, 32767n],
  'System.UInt16': [0n, 65535n],
  'System.Int32': [-(2n ** 31n), 2n ** 31n - 1n],
  'System.UInt32': [0n, 2n ** 32n - 1n],
  'System.Int64': [-(2n ** 63n), 2n ** 63n - 1n],
  'System.UInt64': [0n, 2n ** 64n - 1n],
};

/** .NET's NumberStyles white space: tab through carriage return and space. */
const dotNetWhitespace = /^[\t-\r ]+|[\t-\r ]+$/g;

/**
 * T.Parse(s) with the invariant culture; throws the FormatException/OverflowException .NET would,
 * quoting `original` (the text as given, before a culture's separators were made invariant).
 */
export function parseDotNetNumber(text: string | null, typeName: NumericTypeFullName, original = text): number | bigint | NumericValue {
  if (text === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 's');
  const trimmed = text.replace(dotNetWhitespace, '');
  const formatError = new DotNetException('System.FormatException', `The input string '${original}' was not in a correct format.`);
  try {
    if (isIntegerType(typeName)) {
      if (!/^[+-]?\d+$/.test(trimmed)) throw formatError;
      return numericFromInteger(typeName, BigInt(trimmed));
    }
    if (typeName === 'System.Decimal') {
      const match = /^([+-]?)(\d[\d,]*)?(?:\.(\d*))?$/.exec(trimmed);
      if (!match || (match[2] === undefined && !match[3])) throw formatError;
      const fraction = match[3] ? '.' + match[3] : '';
      return decimalValue(Decimal.parse(match[1]! + (match[2] ?? '0').replaceAll(',', '') + fraction));
    }
    const value = parseInvariantDouble(trimmed);
    if (value === undefined) throw formatError;
    if (typeName === 'System.Single' && Number.isFinite(value) && !Number.isFinite(Math.fround(value))) {
      return realValue('System.Single', value > 0 ? Infinity : -Infinity);
    }
    return realValue(typeName, value);
  } catch (error) {
    if (error instanceof ConversionFailure) throw new DotNetException(error.exceptionTypeName, error.message);
    throw error;
  }
}

/** A culture's number text with the invariant culture's separators, for the invariant parser. */
function invariantNumberText(text: string, culture: NumberFormatData): string {
  const invariant = invariantCulture.numberFormat;
  if (culture.decimalSeparator === invariant.decimalSeparator && culture.groupSeparator === invariant.groupSeparator) return text;
  return Array.from(text, (character) => {
    if (character === culture.decimalSeparator) return invariant.decimalSeparator;
    if (character === culture.groupSeparator) return invariant.groupSeparator;
    // The invariant separators mean nothing in this culture: keep them from reading as such.
    return character === invariant.decimalSeparator || character === invariant.groupSeparator ? '\u0000' : character;
  }).join('');
}

const numberOf = (self: unknown) => baseObject(self) as number | bigint | NumericValue;

function limits(typeName: NumericTypeFullName): Record<string, PropertyDefinition> {
  const keyword = keywords[typeName];
  const range = integerRanges[typeName];
  if (range) {
    return {
      MaxValue: { type: keyword, get: () => numericFromInteger(typeName, range[1]) },
      MinValue: { type: keyword, get: () => numericFromInteger(typeName, range[0]) },
    };
  }
  if (typeName === 'System.Decimal') {
    return {
      MaxValue: { type: keyword, get: () => NumericValue.decimal('79228162514264337593543950335') },
      MinValue: { type: keyword, get: () => NumericValue.decimal('-79228162514264337593543950335') },
      Zero: { type: keyword, get: () => NumericValue.decimal('0') },
      One: { type: keyword, get: () => NumericValue.decimal('1') },
      MinusOne: { type: keyword, get: () => NumericValue.decimal('-1') },
    };
  }
  const real = typeName as 'System.Single' | 'System.Double';
  const max = real === 'System.Single' ? 3.4028234663852886e38 : Number.MAX_VALUE;
  const epsilon = real === 'System.Single' ? 1.401298464324817e-45 : Number.MIN_VALUE;
  return {
    MaxValue: { type: keyword, get: () => realValue(real, max) },
    MinValue: { type: keyword, get: () => realValue(real, -max) },
    Epsilon: { type: keyword, get: () => realValue(real, epsilon) },
    NaN: { type: keyword, get: () => realValue(real, NaN) },
    PositiveInfinity: { type: keyword, get: () => realValue(real, Infinity) },
    NegativeInfinity: { type: keyword, get: () => realValue(real, -Infinity) },
  };
}

function realTests(keyword: string): (readonly [string, MethodImplementation])[] {
  const test = (name: string, predicate: (value: number) => boolean): readonly [string, MethodImplementation] => [
    `static bool ${name}(${keyword} ${keyword === 'float' ? 'f' : 'd'})`,
    (_type, [value]: [number | NumericValue]) => predicate(toDouble(value)),
  ];
  return [
    test('IsNaN', Number.isNaN),
    test('IsInfinity', (value) => value === Infinity || value === -Infinity),
    test('IsPositiveInfinity', (value) => value === Infinity),
    test('IsNegativeInfinity', (value) => value === -Infinity),
    test('IsFinite', Number.isFinite),
  ];
}

/** CompareTo(object): 1 for $null, an ArgumentException for another type (as .NET's IComparable). */
function compareTo(self: unknown, other: unknown, typeName: NumericTypeFullName): number {
  if (other === null) return 1;
  if (numericTypeNameOf(other) !== typeName) throw argumentException('System.ArgumentException', `Object must be of type ${typeName.slice(7)}.`);
  return compareValues(self, other);
}

for (const [typeName, keyword] of Object.entries(keywords) as [NumericTypeFullName, string][]) {
  const isReal = typeName === 'System.Single' || typeName === 'System.Double';
  defineType({
    fullName: typeName,
    staticProperties: limits(typeName),
    methods: [
      [`static ${keyword} Parse(string s)`, (_type, [text]: [string | null]) => parseDotNetNumber(text, typeName)],
      [`static bool TryParse(string s, [ref] ${keyword} result)`, (_type, [text, result]: [string | null, PSReference]) => tryParseInto(result, () => parseDotNetNumber(text, typeName), numericFromInteger(typeName, 0n))],
      [`static ${keyword} Parse(string s, System.IFormatProvider provider)`, (_type, [text, provider]: [string | null, unknown]) =>
        parseDotNetNumber(text === null ? null : invariantNumberText(text, numberFormatOf(provider)), typeName, text)],
      [`int CompareTo(System.Object value)`, (self: unknown, [other]: [unknown]) => compareTo(self, other, typeName)],
      [`bool Equals(System.Object obj)`, (self: unknown, [other]: [unknown]) => valueEquals(self, other)],
      // Without a provider .NET formats in the current culture (en-US writes infinity as U+221E, the infinity sign), unlike "$x".
      ['string ToString()', (self: unknown) => formatNumber(numberOf(self), '', numberFormatOf(null))],
      ['string ToString(string format)', (self: unknown, [format]: [string | null]) => asDotNetException(() => formatNumber(numberOf(self), format ?? '', numberFormatOf(null)))],
      ['string ToString(System.IFormatProvider provider)', (self: unknown, [provider]: [unknown]) => formatNumber(numberOf(self), '', numberFormatOf(provider))],
      ['string ToString(string format, System.IFormatProvider provider)', (self: unknown, [format, provider]: [string | null, unknown]) =>
        asDotNetException(() => formatNumber(numberOf(self), format ?? '', numberFormatOf(provider)))],
      ...(isReal ? realTests(keyword) : []),
    ],
  });
}
