/**
 * The range operator `..`: consecutive Int32s up or down (`5..1`), or consecutive chars when both
 * ends are one-character strings or chars (`'a'..'e'`). Other operands convert to Int32.
 */
import { Char } from '../values/index.js';
import { baseObject, convertTo, RuntimeException } from '../conversion/index.js';
import { int32Type } from '../types/index.js';
import { maxResultLength } from './arithmetic.js';

/** The two ends of a range as numbers (char codes for a char range). */
interface RangeBounds {
  readonly from: number;
  readonly to: number;
  readonly chars: boolean;
}

function rangeBounds(left: unknown, right: unknown): RangeBounds {
  left = baseObject(left);
  right = baseObject(right);
  const leftChar = asChar(left);
  const rightChar = asChar(right);
  if (leftChar && rightChar) return { from: leftChar.code, to: rightChar.code, chars: true };
  return { from: convertTo(left, int32Type) as number, to: convertTo(right, int32Type) as number, chars: false };
}

/** `left..right` as an array. */
export function range(left: unknown, right: unknown): number[] | Char[] {
  const { from, to, chars } = rangeBounds(left, right);
  const length = Math.abs(to - from) + 1;
  if (length > maxResultLength) {
    throw new RuntimeException('Array dimensions exceeded supported range.', 'System.OutOfMemoryException', 'OperationStopped', 'System.OutOfMemoryException');
  }
  const step = from <= to ? 1 : -1;
  if (chars) return Array.from({ length }, (_, index) => new Char(from + index * step));
  return Array.from({ length }, (_, index) => from + index * step);
}

/**
 * `left..right` enumerated one element at a time without building it (pwsh's RangeEnumerator,
 * used where a range is only iterated: `foreach ($i in 1..$n)`, `1..$n | ...`). The ends are
 * converted at once, so a bad operand fails before the first element.
 */
export function rangeEnumerable(left: unknown, right: unknown): Iterable<number | Char> {
  const { from, to, chars } = rangeBounds(left, right);
  return chars ? mapRange(from, to, (code) => new Char(code)) : countRange(from, to);
}

function* countRange(from: number, to: number): Generator<number> {
  const step = from <= to ? 1 : -1;
  for (let value = from; ; value += step) {
    yield value;
    if (value === to) return;
  }
}

function* mapRange<T>(from: number, to: number, map: (value: number) => T): Generator<T> {
  for (const value of countRange(from, to)) yield map(value);
}

/** A char end of a range: a char, or a one-character string that is not a digit ('0'..'9' counts Int32s). */
function asChar(value: unknown): Char | undefined {
  if (value instanceof Char) return value;
  return typeof value === 'string' && value.length === 1 && !decimalDigit.test(value) ? Char.fromString(value) : undefined;
}

/** char.IsDigit: the Unicode decimal digits. */
const decimalDigit = /^\p{Nd}$/u;
