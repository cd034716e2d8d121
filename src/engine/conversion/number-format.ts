/**
 * Number.ToString(format, culture), the invariant culture unless told: the standard formats (C D E F G N P R X B,
 * with precision) and custom formats (`0`, `#`, `.`, `,`, `%`, `‰`, `E+0`, quoted literals,
 * `\` escapes, `;` sections). Digits come from the exact value (a double's full binary
 * expansion, a Decimal's digits) and round half away from zero, as .NET Core does.
 */
import { NumericValue } from '../values/index.js';
import { invariantCulture, type NumberFormatData } from './cultures.js';
import { Decimal } from './decimal.js';
import { ConversionFailure } from './errors.js';
import { numericTypeNameOf, type NumericTypeFullName } from './numeric.js';
import { formatDouble, formatSingle } from './to-string.js';

/** A non-negative decimal number as digits: value = 0.d1d2d3... × 10^point. */
interface Digits {
  negative: boolean;
  /** A Single or Double, whose sign survives rounding to zero ("-0.00"), unlike integers' and decimals'. */
  floating?: boolean;
  /** Significant digits, no leading zeros; '' for zero. */
  digits: string;
  /** How many of `digits` stand before the decimal point (may be negative or past the end). */
  point: number;
}

const maxPrecision = 100_000;

function invalidFormatSpecifier(): ConversionFailure {
  return new ConversionFailure('System.FormatException', 'Format specifier was invalid.');
}

/** value.ToString(format, culture) for a psh number. */
export function formatNumber(value: number | bigint | NumericValue, format: string, culture: NumberFormatData = invariantCulture.numberFormat): string {
  const typeName = numericTypeNameOf(value)!;
  const real = typeName === 'System.Double' || typeName === 'System.Single' ? (typeof value === 'number' ? value : (value as NumericValue).toNumber()) : undefined;
  if (real !== undefined && !Number.isFinite(real)) return Number.isNaN(real) ? culture.nanSymbol : real > 0 ? culture.positiveInfinitySymbol : culture.negativeInfinitySymbol;
  const standard = /^([A-Za-z])(\d{0,9})$/.exec(format);
  // .NET accepts precisions up to 999,999,999; psh refuses what it could not build in memory.
  if (standard && Number(standard[2]) > maxPrecision) throw invalidFormatSpecifier();
  if (format === '' || standard) {
    const letter = format === '' ? 'G' : standard![1]!;
    const precision = format === '' || standard![2] === '' ? undefined : Number(standard![2]);
    return formatStandard(value, typeName, letter, precision, culture);
  }
  return formatCustom(exactDigits(value), format, culture);
}

function formatStandard(value: number | bigint | NumericValue, typeName: NumericTypeFullName, letter: string, precision: number | undefined, culture: NumberFormatData): string {
  const integral = typeName !== 'System.Double' && typeName !== 'System.Single' && typeName !== 'System.Decimal';
  const upper = letter.toUpperCase();
  switch (upper) {
    case 'D': {
      if (!integral) throw invalidFormatSpecifier();
      const digits = exactDigits(value);
      return (digits.negative ? culture.negativeSign : '') + (digits.digits || '0').padStart(precision ?? 0, '0');
    }
    case 'X':
    case 'B': {
      if (!integral) throw invalidFormatSpecifier();
      const bits = typeBits[typeName]!;
      const integer = BigInt.asUintN(bits, integerValueOf(value));
      const text = integer.toString(upper === 'X' ? 16 : 2);
      return (letter === 'X' ? text.toUpperCase() : text).padStart(precision ?? 0, '0');
    }
    case 'F':
      return fixed(roundFraction(exactDigits(value), precision ?? 2), precision ?? 2, false, culture);
    case 'N':
      return fixed(roundFraction(exactDigits(value), precision ?? 2), precision ?? 2, true, culture);
    case 'P': {
      const digits = exactDigits(value);
      const scaled = { ...digits, point: digits.point + 2 };
      const rounded = roundFraction(scaled, precision ?? 2);
      const text = fixed({ ...rounded, negative: false }, precision ?? 2, true, culture);
      // PercentPositivePattern 0 is "n %", 1 is "n%"; the negative patterns these cultures use add the sign before.
      const percent = culture.percentPositivePattern === 0 ? `${text} ${culture.percentSymbol}` : text + culture.percentSymbol;
      return showsSign(rounded) ? culture.negativeSign + percent : percent;
    }
    case 'C': {
      const digits = precision ?? culture.currencyDecimalDigits;
      const rounded = roundFraction(exactDigits(value), digits);
      return currency(fixed({ ...rounded, negative: false }, digits, true, culture), showsSign(rounded), culture);
    }
    case 'E':
      return scientific(exactDigits(value), precision ?? 6, letter, 3, culture);
    case 'R':
      if (!integral && typeName !== 'System.Decimal') return inCulture(shortest(value, typeName), culture);
      return inCulture(generalDefault(value, typeName), culture);
    case 'G': {
      if (precision === undefined || precision === 0) return inCulture(generalDefault(value, typeName), culture);
      const rounded = roundSignificant(exactDigits(value), precision);
      const exponent = rounded.point - 1;
      if (rounded.digits !== '' && (exponent >= precision || exponent < -5)) {
        return scientific(rounded, Math.max(0, rounded.digits.replace(/0+$/, '').length - 1), letter === 'g' ? 'e' : 'E', 2, culture, true);
      }
      return fixed(rounded, Math.max(0, rounded.digits.replace(/0+$/, '').length - rounded.point), false, culture);
    }
  }
  throw invalidFormatSpecifier();
}

/** The currency patterns of the cultures psh knows ($ for the symbol, n for the number). */
const currencyPositivePatterns = ['$n', 'n$', '$ n', 'n $'];
const currencyNegativePatterns: Record<number, string> = { 0: '($n)', 1: '-$n', 8: '-n $' };

function currency(text: string, negative: boolean, culture: NumberFormatData): string {
  const pattern = negative ? currencyNegativePatterns[culture.currencyNegativePattern]! : currencyPositivePatterns[culture.currencyPositivePattern]!;
  return pattern.replace('-', culture.negativeSign).replace('$', culture.currencySymbol).replace('n', text);
}

/** An invariant shortest or general text ("-1.5E-05") with the culture's decimal point and sign. */
function inCulture(text: string, culture: NumberFormatData): string {
  if (culture.decimalSeparator === '.' && culture.negativeSign === '-') return text;
  return text.replace(/[.-]/g, (character) => (character === '.' ? culture.decimalSeparator : culture.negativeSign));
}

/** The width in bits of an integer's type (an enum's X format writes all of them, as hex digits). */
export function integerBits(value: number | bigint | NumericValue): number {
  return typeBits[numericTypeNameOf(value)!]!;
}

const typeBits: Partial<Record<NumericTypeFullName, number>> = {
  'System.SByte': 8,
  'System.Byte': 8,
  'System.Int16': 16,
  'System.UInt16': 16,
  'System.Int32': 32,
  'System.UInt32': 32,
  'System.Int64': 64,
  'System.UInt64': 64,
};

function generalDefault(value: number | bigint | NumericValue, typeName: NumericTypeFullName): string {
  if (typeName === 'System.Double' || typeName === 'System.Single') return shortest(value, typeName);
  if (typeName === 'System.Decimal') return String((value as NumericValue).value);
  return integerValueOf(value).toString();
}

function shortest(value: number | bigint | NumericValue, typeName: NumericTypeFullName): string {
  const real = typeof value === 'number' ? value : (value as NumericValue).toNumber();
  return typeName === 'System.Single' ? formatSingle(real) : formatDouble(real);
}

function integerValueOf(value: number | bigint | NumericValue): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(value);
  return typeof value.value === 'bigint' ? value.value : BigInt(value.value as number);
}

/** The exact decimal digits of a number (a double's full binary expansion). */
function exactDigits(value: number | bigint | NumericValue): Digits {
  const typeName = numericTypeNameOf(value)!;
  if (typeName === 'System.Decimal') {
    const decimal = Decimal.parse((value as NumericValue).value as string);
    const text = (decimal.mantissa < 0n ? -decimal.mantissa : decimal.mantissa).toString();
    return normalize({ negative: decimal.isNegative, digits: text, point: text.length - decimal.scale });
  }
  if (typeName === 'System.Double' || typeName === 'System.Single') {
    return doubleDigits(typeof value === 'number' ? value : (value as NumericValue).toNumber());
  }
  const integer = integerValueOf(value);
  const text = (integer < 0n ? -integer : integer).toString();
  return normalize({ negative: integer < 0n, digits: text, point: text.length });
}

function doubleDigits(value: number): Digits {
  const negative = value < 0 || Object.is(value, -0);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(value));
  const bits = view.getBigUint64(0);
  const biasedExponent = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let exponent: number;
  if (biasedExponent === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = biasedExponent - 1075;
  }
  if (exponent >= 0) {
    const text = (mantissa << BigInt(exponent)).toString();
    return normalize({ negative, floating: true, digits: text, point: text.length });
  }
  // m × 2^-k = m × 5^k / 10^k
  const text = (mantissa * 5n ** BigInt(-exponent)).toString();
  return normalize({ negative, floating: true, digits: text, point: text.length + exponent });
}

function normalize(digits: Digits): Digits {
  const leading = digits.digits.length - digits.digits.replace(/^0+/, '').length;
  const trimmed = digits.digits.slice(leading).replace(/0+$/, '');
  return { negative: digits.negative, floating: digits.floating, digits: trimmed, point: trimmed === '' ? 0 : digits.point - leading };
}

/** Rounds (half away from zero) to `fractionDigits` digits after the point. */
function roundFraction(digits: Digits, fractionDigits: number): Digits {
  return roundAt(digits, digits.point + fractionDigits);
}

function roundSignificant(digits: Digits, significant: number): Digits {
  return roundAt(digits, significant);
}

/** Keeps the first `keep` digits, rounding on the next one. */
function roundAt(digits: Digits, keep: number): Digits {
  if (keep >= digits.digits.length) return digits;
  if (keep < 0) return { ...digits, digits: '', point: 0 };
  let kept = digits.digits.slice(0, keep);
  let point = digits.point;
  if (digits.digits.charCodeAt(keep) >= 53) {
    const incremented = (BigInt(kept || '0') + 1n).toString();
    if (incremented.length > kept.length) point++;
    kept = kept === '' ? incremented : incremented.padStart(kept.length, '0');
  }
  return normalize({ ...digits, digits: kept, point });
}

/** Fixed-point text with exactly `fractionDigits` digits after the point. */
function fixed(digits: Digits, fractionDigits: number, grouped: boolean, culture: NumberFormatData): string {
  const integerDigits = digits.point > 0 ? digits.digits.slice(0, digits.point).padEnd(digits.point, '0') : '0';
  const fraction = (digits.point < 0 ? '0'.repeat(-digits.point) + digits.digits : digits.digits.slice(Math.max(0, digits.point)))
    .padEnd(fractionDigits, '0')
    .slice(0, fractionDigits);
  const integerText = grouped ? group(integerDigits, culture.groupSeparator) : integerDigits;
  const sign = showsSign(digits) ? culture.negativeSign : '';
  return sign + integerText + (fractionDigits > 0 ? culture.decimalSeparator + fraction : '');
}

function showsSign(digits: Digits): boolean {
  return digits.negative && (digits.digits !== '' || digits.floating === true);
}

function group(integerDigits: string, separator: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** d.ddd…E+xxx with `precision` digits after the point and at least `exponentDigits` exponent digits. */
function scientific(digits: Digits, precision: number, letter: string, exponentDigits: number, culture: NumberFormatData, alreadyRounded = false): string {
  const rounded = alreadyRounded ? digits : roundSignificant(digits, precision + 1);
  const mantissa = (rounded.digits || '0').padEnd(precision + 1, '0').slice(0, precision + 1);
  const exponent = rounded.digits === '' ? 0 : rounded.point - 1;
  const sign = showsSign(rounded) ? culture.negativeSign : '';
  const exponentText = `${exponent < 0 ? culture.negativeSign : '+'}${String(Math.abs(exponent)).padStart(exponentDigits, '0')}`;
  return `${sign}${mantissa[0]}${precision > 0 ? culture.decimalSeparator + mantissa.slice(1) : ''}${letter}${exponentText}`;
}

interface CustomSection {
  /** The pattern with quoting and escapes resolved into tokens. */
  tokens: CustomToken[];
}

type CustomToken =
  | { kind: 'literal'; text: string }
  | { kind: 'digit'; zero: boolean; fraction: boolean }
  | { kind: 'point' }
  | { kind: 'exponent'; letter: string; plus: boolean; minDigits: number };

/** A custom numeric format such as '#,##0.00', '0.###E+0', '00;(00);zero'. */
function formatCustom(digits: Digits, format: string, culture: NumberFormatData): string {
  const sections = splitSections(format);
  let section = sections[0]!;
  let signHandled = false;
  if (digits.negative && digits.digits !== '' && sections.length > 1 && sections[1]!.trim() !== '') {
    section = sections[1]!;
    signHandled = true;
  } else if (digits.digits === '' && sections.length > 2 && sections[2]!.trim() !== '') {
    section = sections[2]!;
  }
  const parsed = parseCustomSection(section);
  let working = { ...digits };
  if (parsed.percent) working.point += 2;
  if (parsed.permille) working.point += 3;
  working.point -= 3 * parsed.scaleCommas;
  if (working.digits === '') working.point = 0;
  const fractionPlaceholders = parsed.section.tokens.filter((token) => token.kind === 'digit' && token.fraction);
  const integerPlaceholders = parsed.section.tokens.filter((token) => token.kind === 'digit' && !token.fraction) as { zero: boolean }[];
  const maxFraction = fractionPlaceholders.length;
  const minFraction = lastZeroIndex(fractionPlaceholders as { zero: boolean }[]) + 1;
  let exponentValue = 0;
  const exponentToken = parsed.section.tokens.find((token) => token.kind === 'exponent');
  if (exponentToken && working.digits !== '') {
    const integerCount = Math.max(1, integerPlaceholders.length);
    exponentValue = working.point - integerCount;
    working = roundFraction({ ...working, point: integerCount }, maxFraction);
    if (working.point > integerCount) {
      exponentValue += working.point - integerCount;
      working.point = integerCount;
    }
  } else {
    working = roundFraction(working, maxFraction);
  }
  const integerDigits = working.point > 0 ? working.digits.slice(0, working.point).padEnd(working.point, '0') : '';
  const firstZero = integerPlaceholders.findIndex((placeholder) => placeholder.zero);
  const minInteger = firstZero < 0 ? 0 : integerPlaceholders.length - firstZero;
  const shownInteger = integerDigits.padStart(minInteger, '0');
  let fraction = working.point < 0 ? '0'.repeat(-working.point) + working.digits : working.digits.slice(Math.max(0, working.point));
  fraction = fraction.slice(0, maxFraction).replace(/0+$/, '');
  fraction = fraction.padEnd(minFraction, '0');

  let output = '';
  let integerPlaceholderIndex = 0;
  let fractionIndex = 0;
  for (const token of parsed.section.tokens) {
    if (token.kind === 'literal') output += token.text;
    else if (token.kind === 'point') {
      if (fraction.length > 0) output += culture.decimalSeparator;
    } else if (token.kind === 'exponent') {
      const sign = exponentValue < 0 ? culture.negativeSign : token.plus ? '+' : '';
      output += token.letter + sign + String(Math.abs(exponentValue)).padStart(token.minDigits, '0');
    } else if (!token.fraction) {
      const position = integerPlaceholders.length - 1 - integerPlaceholderIndex;
      // The first integer placeholder takes every digit beyond the placeholders' count.
      const from = integerPlaceholderIndex === 0 ? 0 : shownInteger.length - 1 - position;
      const to = shownInteger.length - position;
      for (let index = Math.max(0, from); index < to; index++) {
        output += shownInteger[index];
        const fromRight = shownInteger.length - 1 - index;
        if (parsed.grouping && fromRight > 0 && fromRight % 3 === 0) output += culture.groupSeparator;
      }
      integerPlaceholderIndex++;
    } else {
      if (fractionIndex < fraction.length) output += fraction[fractionIndex];
      fractionIndex++;
    }
  }
  const showsNonZero = /[1-9]/.test(shownInteger + fraction);
  // A double keeps its sign even when it rounds to zero (.NET Core's IEEE formatting).
  return !signHandled && digits.negative && (showsNonZero || digits.floating === true) ? culture.negativeSign + output : output;
}

function lastZeroIndex(placeholders: { zero: boolean }[]): number {
  for (let index = placeholders.length - 1; index >= 0; index--) if (placeholders[index]!.zero) return index;
  return -1;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let index = 0; index < format.length; index++) {
    const character = format[index]!;
    if (quote) {
      if (character === quote) quote = undefined;
      current += character;
    } else if (character === '\\' && index + 1 < format.length) {
      current += character + format[++index];
    } else if (character === "'" || character === '"') {
      quote = character;
      current += character;
    } else if (character === ';') {
      sections.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  sections.push(current);
  return sections;
}

function parseCustomSection(text: string): { section: CustomSection; grouping: boolean; scaleCommas: number; percent: boolean; permille: boolean } {
  const tokens: CustomToken[] = [];
  let inFraction = false;
  let grouping = false;
  let scaleCommas = 0;
  let pendingCommas = 0;
  let percent = false;
  let permille = false;
  const flushCommas = (beforeDigit: boolean) => {
    if (pendingCommas > 0) {
      if (beforeDigit && !inFraction && tokens.some((token) => token.kind === 'digit')) grouping = true;
      else if (!inFraction) scaleCommas += pendingCommas;
      pendingCommas = 0;
    }
  };
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === '0' || character === '#') {
      flushCommas(true);
      tokens.push({ kind: 'digit', zero: character === '0', fraction: inFraction });
    } else if (character === ',') {
      pendingCommas++;
    } else if (character === '.' && !inFraction) {
      flushCommas(false);
      inFraction = true;
      tokens.push({ kind: 'point' });
    } else if ((character === 'E' || character === 'e') && /^[+-]?0/.test(text.slice(index + 1))) {
      flushCommas(false);
      const sign = text[index + 1] === '+' || text[index + 1] === '-' ? text[index + 1] : '';
      let end = index + 1 + sign!.length;
      while (text[end] === '0') end++;
      tokens.push({ kind: 'exponent', letter: character, plus: sign === '+', minDigits: end - index - 1 - sign!.length });
      index = end - 1;
    } else if (character === '\\' && index + 1 < text.length) {
      flushCommas(false);
      tokens.push({ kind: 'literal', text: text[++index]! });
    } else if (character === "'" || character === '"') {
      flushCommas(false);
      const end = text.indexOf(character, index + 1);
      tokens.push({ kind: 'literal', text: text.slice(index + 1, end < 0 ? text.length : end) });
      index = end < 0 ? text.length : end;
    } else {
      flushCommas(false);
      if (character === '%') percent = true;
      if (character === '‰') permille = true;
      tokens.push({ kind: 'literal', text: character });
    }
  }
  flushCommas(false);
  return { section: { tokens }, grouping, scaleCommas, percent, permille };
}
