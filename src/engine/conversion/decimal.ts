/**
 * System.Decimal arithmetic: a 96-bit integer mantissa scaled by 10^-scale (scale 0..28), with
 * .NET's rules for the scale of results (sums keep the larger scale, products add scales, a
 * quotient is exact when it can be and otherwise carries 28-29 significant digits) and
 * round-half-to-even wherever digits are dropped.
 */
import { ConversionFailure } from './errors.js';

const maxMantissa = (1n << 96n) - 1n;
const maxScale = 28;

export class Decimal {
  private constructor(
    readonly mantissa: bigint,
    readonly scale: number,
  ) {}

  /** The exact value mantissa * 10^-scale, rounding away digits past scale 28 or past 96 bits. */
  static of(mantissa: bigint, scale = 0): Decimal {
    while (scale > maxScale || (abs(mantissa) > maxMantissa && scale > 0)) {
      mantissa = divideRoundingToEven(mantissa, 10n);
      scale--;
    }
    if (scale < 0) {
      mantissa *= 10n ** BigInt(-scale);
      scale = 0;
    }
    if (abs(mantissa) > maxMantissa) throw decimalOverflow();
    return new Decimal(mantissa, scale);
  }

  /** Parses '-12.340' (the text psh's NumericValue keeps); the scale is kept as written. */
  static parse(text: string): Decimal {
    const negative = text.startsWith('-');
    const [whole = '', fraction = ''] = (negative ? text.slice(1) : text).split('.');
    const mantissa = BigInt((whole || '0') + fraction);
    return Decimal.of(negative ? -mantissa : mantissa, fraction.length);
  }

  /** Convert.ToDecimal(double): the double rounded to 15 significant digits. */
  static fromDouble(value: number): Decimal {
    if (!Number.isFinite(value) || Math.abs(value) >= 7.9228162514264338e28) throw decimalOverflow();
    if (value === 0) return new Decimal(0n, 0);
    const [digits, exponentText] = value.toExponential(14).split('e') as [string, string];
    const negative = digits.startsWith('-');
    let mantissaDigits = digits.replace('-', '').replace('.', '');
    let scale = 14 - Number(exponentText);
    while (scale > 0 && mantissaDigits.endsWith('0') && mantissaDigits.length > 1) {
      mantissaDigits = mantissaDigits.slice(0, -1);
      scale--;
    }
    const mantissa = BigInt(mantissaDigits);
    return Decimal.of(negative ? -mantissa : mantissa, scale);
  }

  get isZero(): boolean {
    return this.mantissa === 0n;
  }

  get isNegative(): boolean {
    return this.mantissa < 0n;
  }

  toNumber(): number {
    return Number(this.toString());
  }

  /** The value rounded half to even to an integer (Convert.ToInt64(decimal) and friends). */
  roundToInteger(): bigint {
    return divideRoundingToEven(this.mantissa, 10n ** BigInt(this.scale));
  }

  /** The value with its fraction cut off (toward zero). */
  truncate(): bigint {
    return this.mantissa / 10n ** BigInt(this.scale);
  }

  add(other: Decimal): Decimal {
    const scale = Math.max(this.scale, other.scale);
    return Decimal.of(this.rescaled(scale) + other.rescaled(scale), scale);
  }

  subtract(other: Decimal): Decimal {
    return this.add(other.negate());
  }

  negate(): Decimal {
    return new Decimal(-this.mantissa, this.scale);
  }

  multiply(other: Decimal): Decimal {
    return Decimal.of(this.mantissa * other.mantissa, this.scale + other.scale);
  }

  /** Throws ConversionFailure (DivideByZeroException) for a zero divisor. */
  divide(other: Decimal): Decimal {
    if (other.isZero) throw new ConversionFailure('System.DivideByZeroException', 'Attempted to divide by zero.');
    // Scale the dividend so the quotient carries enough digits, then drop the zeros an exact
    // quotient does not need (keeping at least the scale difference, as .NET does).
    const precisionScale = maxScale + 2;
    const numerator = this.mantissa * 10n ** BigInt(precisionScale + other.scale);
    const denominator = other.mantissa * 10n ** BigInt(this.scale);
    const exact = numerator % denominator === 0n;
    let quotient = exact ? numerator / denominator : divideRoundingToEven(numerator, denominator);
    let scale = precisionScale;
    const minimumScale = Math.max(0, this.scale - other.scale);
    while (scale > minimumScale && quotient % 10n === 0n) {
      quotient /= 10n;
      scale--;
    }
    return significantDigits(quotient, scale);
  }

  /** The remainder of truncating division, with the dividend's sign (decimal %). */
  remainder(other: Decimal): Decimal {
    if (other.isZero) throw new ConversionFailure('System.DivideByZeroException', 'Attempted to divide by zero.');
    const scale = Math.max(this.scale, other.scale);
    return Decimal.of(this.rescaled(scale) % other.rescaled(scale), scale);
  }

  compare(other: Decimal): number {
    const scale = Math.max(this.scale, other.scale);
    const difference = this.rescaled(scale) - other.rescaled(scale);
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  }

  /** The invariant text with the scale's trailing zeros, e.g. '1.50', '-0.001', '100'. */
  toString(): string {
    const digits = abs(this.mantissa).toString().padStart(this.scale + 1, '0');
    const sign = this.mantissa < 0n ? '-' : '';
    if (this.scale === 0) return sign + digits;
    return `${sign}${digits.slice(0, -this.scale)}.${digits.slice(-this.scale)}`;
  }

  private rescaled(scale: number): bigint {
    return this.mantissa * 10n ** BigInt(scale - this.scale);
  }
}

/** Keeps at most 29 significant digits (28 when they would overflow 96 bits), rounding. */
function significantDigits(mantissa: bigint, scale: number): Decimal {
  while (scale > 0 && (abs(mantissa) > maxMantissa || scale > maxScale)) {
    mantissa = divideRoundingToEven(mantissa, 10n);
    scale--;
  }
  return Decimal.of(mantissa, scale);
}

/** numerator / denominator rounded half to even (denominator > 0 or < 0). */
export function divideRoundingToEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  let quotient = numerator / denominator;
  const twiceRemainder = abs(numerator % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n !== 0n)) {
    quotient += numerator < 0n ? -1n : 1n;
  }
  return quotient;
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function decimalOverflow(): ConversionFailure {
  return new ConversionFailure('System.OverflowException', 'Value was either too large or too small for a Decimal.');
}
