/**
 * Converting a string to a number as LanguagePrimitives does: first as a PowerShell numeric
 * literal (so "0x1F", "1e3", "1kb", "10l", "-5" all work, surrounding whitespace ignored), then
 * with .NET's invariant-culture parsers (which also accept thousands separators), then, for
 * integer and decimal targets, through a double that is rounded half to even. The empty string
 * is zero.
 */
import { scanNumber, type NumberValue } from '../../../grammar/numbers.js';
import { NumericValue } from '../values/index.js';
import { Decimal } from './decimal.js';
import { ConversionFailure, invalidCastWithInner } from './errors.js';
import {
  convertNumeric,
  isIntegerType,
  numericFromInteger,
  realValue,
  decimalValue,
  type NumericTypeFullName,
} from './numeric.js';

/** Characters String.Trim removes (Unicode white space). */
const whitespace = /^[\s\u0085]+|[\s\u0085]+$/g;
const dashes = '-\u2013\u2014\u2015';
/** Longest text tried as a number; longer strings are not numbers .NET could hold anyway. */
const maxNumberTextLength = 4096;

/** The string as a number of `typeName`; throws PSInvalidCastException as pwsh does. */
export function parseNumber(text: string, typeName: NumericTypeFullName): number | bigint | NumericValue {
  const trimmed = text.replace(whitespace, '');
  if (trimmed === '') return numericFromInteger(typeName, 0n);
  const literal = trimmed.length <= maxNumberTextLength ? scanLiteral(trimmed) : undefined;
  if (literal !== undefined) {
    try {
      return convertNumeric(literal, typeName);
    } catch (error) {
      if (!(error instanceof ConversionFailure)) throw error;
    }
  }
  try {
    // Longer texts would only cost time: no .NET number needs that many characters.
    if (trimmed.length > maxNumberTextLength) throw formatFailure(text);
    return parseWithDotNet(text, trimmed, typeName);
  } catch (error) {
    if (!(error instanceof ConversionFailure)) throw error;
    if (error.exceptionTypeName === 'System.FormatException' && typeName !== 'System.Double' && typeName !== 'System.Single') {
      const throughDouble = parseInvariantDouble(trimmed);
      if (throughDouble !== undefined) {
        try {
          return convertNumeric(throughDouble, typeName);
        } catch (inner) {
          if (!(inner instanceof ConversionFailure)) throw inner;
        }
      }
    }
    throw invalidCastWithInner(text, typeName, error, errorIdFor(typeName));
  }
}

/** The number a PowerShell literal (with an optional sign) denotes, or undefined. */
export function scanLiteral(text: string): number | bigint | NumericValue | undefined {
  const negative = dashes.includes(text[0]!);
  const start = negative || text[0] === '+' ? 1 : 0;
  if (start === text.length) return undefined;
  const scanned = scanNumber(text, start, () => false);
  if (!scanned || scanned.end !== text.length || !scanned.value) return undefined;
  return literalValue(scanned.value, negative);
}

function literalValue({ numberType, value }: NumberValue, negative: boolean): number | bigint | NumericValue | undefined {
  switch (numberType) {
    case 'Double':
      return realValue('System.Double', negative ? -(value as number) : (value as number));
    case 'Decimal': {
      const decimal = Decimal.parse(value as string);
      return decimalValue(negative ? decimal.negate() : decimal);
    }
    case 'BigInteger': {
      // psh has no BigInteger value; the literal still converts when it fits the target.
      const integer = negative ? -(value as bigint) : (value as bigint);
      try {
        return numericFromInteger('System.Int64', integer);
      } catch {
        return realValue('System.Double', Number(integer));
      }
    }
    default: {
      const integer = typeof value === 'bigint' ? value : BigInt(value as number);
      const signed = negative ? -integer : integer;
      try {
        return numericFromInteger(`System.${numberType}` as NumericTypeFullName, signed);
      } catch {
        // -2147483648 and the like: the literal's type is too small for its negation.
        return numericFromInteger('System.Int64', signed);
      }
    }
  }
}

/** int.Parse / double.Parse / decimal.Parse with the invariant culture. */
function parseWithDotNet(original: string, trimmed: string, typeName: NumericTypeFullName): number | bigint | NumericValue {
  if (typeName === 'System.Double' || typeName === 'System.Single') {
    const value = parseInvariantDouble(trimmed);
    if (value === undefined) throw formatFailure(original);
    return realValue(typeName, value);
  }
  if (isIntegerType(typeName)) {
    if (!/^[+-]?\d+$/.test(trimmed)) throw formatFailure(original);
    return numericFromInteger(typeName, BigInt(trimmed));
  }
  const match = /^([+-]?)(\d[\d,]*)?(?:\.(\d*))?$/.exec(trimmed);
  if (!match || (match[2] === undefined && !match[3])) throw formatFailure(original);
  const digits = (match[2] ?? '0').replaceAll(',', '') + '.' + (match[3] ?? '');
  return decimalValue(Decimal.parse((match[1] === '-' ? '-' : '') + digits.replace(/\.$/, '')));
}

/** double.Parse(text, NumberStyles.Float | AllowThousands, InvariantCulture), or undefined. */
export function parseInvariantDouble(text: string): number | undefined {
  const trimmed = text.replace(whitespace, '');
  const special = /^([+-]?)(infinity|\u221e|nan)$/i.exec(trimmed);
  if (special) return special[2]!.toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const match = /^([+-]?)(\d[\d,]*)?(\.\d*)?([eE][+-]?\d+)?$/.exec(trimmed);
  if (!match || (match[2] === undefined && (match[3] === undefined || match[3] === '.'))) return undefined;
  return Number(`${match[1]}${(match[2] ?? '0').replaceAll(',', '')}${match[3] ?? ''}${match[4] ?? ''}`.replace(/\.(?=e|$)/i, ''));
}

function formatFailure(text: string): ConversionFailure {
  return new ConversionFailure('System.FormatException', `The input string '${text}' was not in a correct format.`);
}

function errorIdFor(typeName: NumericTypeFullName): string {
  if (typeName === 'System.Double' || typeName === 'System.Single') return 'InvalidCastFromStringToDoubleOrSingle';
  return typeName === 'System.Decimal' ? 'InvalidCastFromStringToDecimal' : 'InvalidCastFromStringToInteger';
}
