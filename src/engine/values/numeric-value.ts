/**
 * .NET numeric types that have no native JS representation of their own.
 * Int32 is a JS integer `number`, Int64 a `bigint`, Double a non-integral (or out of Int32 range)
 * `number`; every other numeric type (and a Double that holds an integral value, such as 2.0,
 * which would otherwise read back as Int32) is a NumericValue.
 */
export type NumericTypeName =
  | 'System.Byte'
  | 'System.SByte'
  | 'System.Int16'
  | 'System.UInt16'
  | 'System.UInt32'
  | 'System.UInt64'
  | 'System.Single'
  | 'System.Double'
  | 'System.Decimal';

const integerRanges: Partial<Record<NumericTypeName, readonly [number, number]>> = {
  'System.Byte': [0, 0xff],
  'System.SByte': [-0x80, 0x7f],
  'System.Int16': [-0x8000, 0x7fff],
  'System.UInt16': [0, 0xffff],
  'System.UInt32': [0, 0xffffffff],
};

const maxUInt64 = 0xffff_ffff_ffff_ffffn;
/** System.Decimal holds a 96-bit integer scaled by a power of ten between 0 and 28. */
const maxDecimalMantissa = (1n << 96n) - 1n;
const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?$/;

export class NumericValue {
  private constructor(
    readonly typeName: NumericTypeName,
    /** number for the small integer types, Single and Double; bigint for UInt64; for Decimal
     *  the exact decimal text (e.g. '12.340', scale preserved as .NET does). */
    readonly value: number | bigint | string,
  ) {}

  static integer(typeName: 'System.Byte' | 'System.SByte' | 'System.Int16' | 'System.UInt16' | 'System.UInt32', value: number): NumericValue {
    const range = integerRanges[typeName]!;
    if (!Number.isInteger(value) || value < range[0] || value > range[1]) {
      throw new RangeError(`Value ${value} is outside the range of ${typeName}`);
    }
    return new NumericValue(typeName, value);
  }

  static uint64(value: bigint): NumericValue {
    if (value < 0n || value > maxUInt64) throw new RangeError(`Value ${value} is outside the range of System.UInt64`);
    return new NumericValue('System.UInt64', value);
  }

  /** System.Single: the value is rounded to single precision. */
  static single(value: number): NumericValue {
    return new NumericValue('System.Single', Math.fround(value));
  }

  /** An explicit System.Double, needed only when `value` would otherwise be read as Int32. */
  static double(value: number): NumericValue {
    return new NumericValue('System.Double', value);
  }

  /** System.Decimal from its decimal text ('-12.340'); the text is kept exactly. */
  static decimal(text: string): NumericValue {
    const match = decimalPattern.exec(text);
    const fraction = match?.[3] ?? '';
    if (!match || fraction.length > 28 || BigInt(match[2]! + fraction) > maxDecimalMantissa) {
      throw new RangeError(`'${text}' is not a valid System.Decimal`);
    }
    return new NumericValue('System.Decimal', text);
  }

  /** The value as a JS number (Decimal and UInt64 may lose precision). */
  toNumber(): number {
    return Number(this.value);
  }

  equals(other: unknown): boolean {
    if (!(other instanceof NumericValue) || other.typeName !== this.typeName) return false;
    return typeof this.value === 'number' && typeof other.value === 'number'
      ? Object.is(this.value, other.value) || this.value === other.value
      : this.value === other.value;
  }

  toString(): string {
    return String(this.value);
  }
}
