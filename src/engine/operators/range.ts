/**
 * The range operator `..`: consecutive Int32s up or down (`5..1`), or consecutive chars when both
 * ends are one-character strings or chars (`'a'..'e'`). Other operands convert to Int32.
 */
import { Char } from '../values/index.js';
import { baseObject, convertTo, RuntimeException } from '../conversion/index.js';
import { int32Type } from '../types/index.js';
import { maxResultLength } from './arithmetic.js';

export function range(left: unknown, right: unknown): number[] | Char[] {
  left = baseObject(left);
  right = baseObject(right);
  const leftChar = asChar(left);
  const rightChar = asChar(right);
  if (leftChar && rightChar) return steps(leftChar.code, rightChar.code).map((code) => new Char(code));
  return steps(convertTo(left, int32Type) as number, convertTo(right, int32Type) as number);
}

function asChar(value: unknown): Char | undefined {
  if (value instanceof Char) return value;
  return typeof value === 'string' && value.length === 1 ? Char.fromString(value) : undefined;
}

function steps(from: number, to: number): number[] {
  const length = Math.abs(to - from) + 1;
  if (length > maxResultLength) {
    throw new RuntimeException('Array dimensions exceeded supported range.', 'System.OutOfMemoryException', 'OperationStopped', 'System.OutOfMemoryException');
  }
  const step = from <= to ? 1 : -1;
  return Array.from({ length }, (_, index) => from + index * step);
}
