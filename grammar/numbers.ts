/**
 * PowerShell numeric literals: scanning the text of a number (decimal, hex `0x`, binary `0b`,
 * reals with exponents, type suffixes `l u ul y uy s us n d` and multipliers `kb mb gb tb pb`) and
 * giving it pwsh's type: the smallest of Int32, Int64, Decimal, Double that holds the value
 * unless a suffix says otherwise.
 */
import type { NumericTypeName } from './ast.js';

export interface NumberValue {
  numberType: NumericTypeName;
  value: number | bigint | string;
}

export interface ScannedNumber {
  /** Offset just past the number's text. */
  end: number;
  /** The value, or null when the text has a number's shape but no valid value (BadNumericConstant). */
  value: NumberValue | null;
}

const INT32_MIN = -(2n ** 31n);
const INT32_MAX = 2n ** 31n - 1n;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const DECIMAL_MAX = 79228162514264337593543950335n;

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isHexDigit(c: number): boolean { return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102); }
function lower(c: number): number { return c >= 65 && c <= 90 ? c + 32 : c; }

const multipliers: Record<string, bigint> = {
  k: 1024n, m: 1024n ** 2n, g: 1024n ** 3n, t: 1024n ** 4n, p: 1024n ** 5n,
};

/**
 * Scans a number starting at `start` (a digit, or `.` followed by a digit). Returns null when
 * the text there is not a number at all (the caller then scans a generic token).
 * `isTerminator` says whether the character after the number (its code) may end it.
 */
export function scanNumber(s: string, start: number, isTerminator: (charCode: number) => boolean): ScannedNumber | null {
  let i = start;
  let format: 'decimal' | 'hex' | 'binary' = 'decimal';
  let real = false;
  let digits = '';
  const c0 = s.charCodeAt(i);
  const c1 = lower(s.charCodeAt(i + 1));
  if (c0 === 48 && (c1 === 120 || c1 === 98)) {
    format = c1 === 120 ? 'hex' : 'binary';
    i += 2;
    const from = i;
    while (i < s.length && (format === 'hex' ? isHexDigit(s.charCodeAt(i)) : (s.charCodeAt(i) === 48 || s.charCodeAt(i) === 49))) i++;
    if (i === from) return null;
    digits = s.slice(from, i);
  } else {
    const from = i;
    while (isDigit(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) === 46 && s.charCodeAt(i + 1) !== 46) {
      // A dot that is not the start of `..` belongs to the number.
      i++;
      real = true;
      while (isDigit(s.charCodeAt(i))) i++;
    }
    if (i === from || (i === from + 1 && real && !isDigit(s.charCodeAt(from)) && !isDigit(s.charCodeAt(from + 1)))) return null;
    if (lower(s.charCodeAt(i)) === 101) {
      let j = i + 1;
      if (s.charCodeAt(j) === 43 || s.charCodeAt(j) === 45 || s.charCodeAt(j) === 0x2013 || s.charCodeAt(j) === 0x2014) j++;
      if (isDigit(s.charCodeAt(j))) {
        while (isDigit(s.charCodeAt(j))) j++;
        i = j;
        real = true;
      } else {
        return null;
      }
    }
    digits = s.slice(from, i);
  }

  let suffix = '';
  const suffixChars = 'usldyn';
  if (suffixChars.includes(String.fromCharCode(lower(s.charCodeAt(i))))) {
    suffix += String.fromCharCode(lower(s.charCodeAt(i++)));
    if (suffix === 'u' && 'lsy'.includes(String.fromCharCode(lower(s.charCodeAt(i))))) suffix += String.fromCharCode(lower(s.charCodeAt(i++)));
  }
  let multiplier = 1n;
  const m = String.fromCharCode(lower(s.charCodeAt(i)));
  if (m in multipliers && lower(s.charCodeAt(i + 1)) === 98) {
    multiplier = multipliers[m];
    i += 2;
  }
  if (i < s.length && !isTerminator(s.charCodeAt(i))) return null;
  return { end: i, value: numberValue(digits, format, real, suffix, multiplier) };
}

function numberValue(digits: string, format: 'decimal' | 'hex' | 'binary', real: boolean, suffix: string, multiplier: bigint): NumberValue | null {
  // The common case, a short decimal integer, needs no BigInt.
  if (!real && format === 'decimal' && suffix === '' && multiplier === 1n && digits.length <= 9) {
    return { numberType: 'Int32', value: Number(digits) };
  }
  if (real) {
    if (suffix === 'd') {
      if (multiplier !== 1n) return { numberType: 'Decimal', value: decimalTimes(digits, multiplier) };
      return { numberType: 'Decimal', value: canonicalDecimal(digits) };
    }
    if (suffix !== '') {
      // An integral suffix on a real is allowed when the value is integral (`1.0l`).
      const d = Number(digits) * Number(multiplier);
      if (!Number.isInteger(d)) return null;
      return integerValue(BigInt(d), suffix, false);
    }
    return { numberType: 'Double', value: Number(digits) * Number(multiplier) };
  }
  let n: bigint;
  if (format === 'hex') n = BigInt('0x' + digits);
  else if (format === 'binary') n = BigInt('0b' + digits);
  else n = BigInt(digits);
  if (format !== 'decimal' && suffix !== 'n') {
    // Hex and binary literals take the sign bit of the smallest type that holds their digits.
    const bits = format === 'hex' ? digits.replace(/^0+/, '').length * 4 : digits.replace(/^0+/, '').length;
    if (!suffix.startsWith('u')) {
      if (bits <= 32 && (suffix === '' || suffix === 'd')) n = BigInt.asIntN(32, n);
      else if (bits <= 64 && suffix !== 's' && suffix !== 'y') n = BigInt.asIntN(64, n);
      else if (suffix === 's' && bits <= 16) n = BigInt.asIntN(16, n);
      else if (suffix === 'y' && bits <= 8) n = BigInt.asIntN(8, n);
    }
  }
  n *= multiplier;
  return integerValue(n, suffix, format === 'decimal');
}

function integerValue(n: bigint, suffix: string, decimalText: boolean): NumberValue | null {
  const inRange = (lo: bigint, hi: bigint) => n >= lo && n <= hi;
  switch (suffix) {
    case '':
      if (inRange(INT32_MIN, INT32_MAX)) return { numberType: 'Int32', value: Number(n) };
      if (inRange(INT64_MIN, INT64_MAX)) return { numberType: 'Int64', value: n };
      if (decimalText && inRange(-DECIMAL_MAX, DECIMAL_MAX)) return { numberType: 'Decimal', value: n.toString() };
      if (decimalText) return { numberType: 'Double', value: Number(n) };
      return null;
    case 'l': return inRange(INT64_MIN, INT64_MAX) ? { numberType: 'Int64', value: n } : null;
    case 'u':
      if (inRange(0n, 2n ** 32n - 1n)) return { numberType: 'UInt32', value: Number(n) };
      return inRange(0n, 2n ** 64n - 1n) ? { numberType: 'UInt64', value: n } : null;
    case 'ul': return inRange(0n, 2n ** 64n - 1n) ? { numberType: 'UInt64', value: n } : null;
    case 's': return inRange(-32768n, 32767n) ? { numberType: 'Int16', value: Number(n) } : null;
    case 'us': return inRange(0n, 65535n) ? { numberType: 'UInt16', value: Number(n) } : null;
    case 'y': return inRange(-128n, 127n) ? { numberType: 'SByte', value: Number(n) } : null;
    case 'uy': return inRange(0n, 255n) ? { numberType: 'Byte', value: Number(n) } : null;
    case 'n': return { numberType: 'BigInteger', value: n };
    case 'd': return inRange(-DECIMAL_MAX, DECIMAL_MAX) ? { numberType: 'Decimal', value: n.toString() } : null;
    default: return null;
  }
}

/** A decimal literal's exact value as text without exponent, e.g. `1.50` -> `1.50`, `1e2` -> `100`. */
function canonicalDecimal(text: string): string {
  const [mantissa, exponentText] = text.toLowerCase().split('e');
  let exponent = exponentText ? Number(exponentText) : 0;
  let [intPart, fracPart = ''] = mantissa.split('.');
  if (intPart === '') intPart = '0';
  let digits = intPart + fracPart;
  let point = intPart.length + exponent;
  exponent = 0;
  if (point <= 0) { digits = '0'.repeat(1 - point) + digits; point = 1; }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const frac = digits.slice(point);
  return frac ? `${whole}.${frac}` : whole;
}

function decimalTimes(text: string, multiplier: bigint): string {
  const canonical = canonicalDecimal(text);
  const [whole, frac = ''] = canonical.split('.');
  const scaled = BigInt(whole + frac) * multiplier;
  if (!frac) return scaled.toString();
  const str = scaled.toString().padStart(frac.length + 1, '0');
  return `${str.slice(0, -frac.length)}.${str.slice(-frac.length)}`;
}
