/**
 * .NET composite formatting (String.Format, pwsh's -f): `{index[,alignment][:format]}` items,
 * `{{` and `}}` for braces, each argument formatted by its own ToString(format) in the current
 * culture (pwsh's -f formats with CultureInfo.CurrentCulture, as String.Format does). Malformed
 * format strings throw ConversionFailure (FormatException) with .NET's text.
 */
import { DateTime, Guid, isLiveEnumValue, NumericValue, PSObject, TimeSpan } from '../values/index.js';
import { currentCultureData, type CultureData } from './cultures.js';
import { formatDateTime, formatTimeSpan } from './date-time-format.js';
import { baseObject } from './enumerable.js';
import { ConversionFailure, invalidFormat } from './errors.js';
import { formatNumber, integerBits } from './number-format.js';
import { isNumeric } from './numeric.js';
import { objectToString } from './to-string.js';

/** Widest alignment .NET accepts (and a bound on the padding psh will build). */
const maxAlignment = 1_000_000;

/** What composite formatting reads of a culture (an IFormatProvider may give only one of them). */
export type CultureFormats = Pick<CultureData, 'numberFormat' | 'dateTimeFormat'>;

export function formatComposite(format: string, args: readonly unknown[], culture: CultureFormats = currentCultureData()): string {
  let result = '';
  let index = 0;
  while (index < format.length) {
    const character = format[index]!;
    if (character === '}') {
      if (format[index + 1] !== '}') throw invalidFormat();
      result += '}';
      index += 2;
      continue;
    }
    if (character !== '{') {
      result += character;
      index++;
      continue;
    }
    if (format[index + 1] === '{') {
      result += '{';
      index += 2;
      continue;
    }
    const close = format.indexOf('}', index);
    if (close < 0) throw invalidFormat();
    const item = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::([^{}]*))?$/.exec(format.slice(index + 1, close));
    if (!item) throw invalidFormat();
    const argumentIndex = Number(item[1]);
    if (argumentIndex >= args.length) {
      throw new ConversionFailure('System.FormatException', 'Index (zero based) must be greater than or equal to zero and less than the size of the argument list.');
    }
    const alignment = item[2] === undefined ? 0 : Number(item[2]);
    if (Math.abs(alignment) > maxAlignment) throw invalidFormat();
    const text = formatValue(args[argumentIndex], item[3] ?? '', culture);
    result += alignment < 0 ? text.padEnd(-alignment) : text.padStart(alignment);
    index = close + 1;
  }
  return result;
}

/** value.ToString(format, culture) for an IFormattable value; ToString() for the rest. */
export function formatValue(value: unknown, format: string, culture: CultureFormats = currentCultureData()): string {
  const base = baseObject(value);
  if (base === null || base === undefined) return '';
  if (isLiveEnumValue(value)) return formatEnum(value, base as number | bigint | NumericValue, format, culture);
  if (isNumeric(base)) return formatNumber(base as number | bigint | NumericValue, format, culture.numberFormat);
  if (base instanceof DateTime) return formatDateTime(base, format, culture.dateTimeFormat);
  if (base instanceof TimeSpan) return formatTimeSpan(base, format);
  if (base instanceof Guid && format !== '') return formatGuid(base, format);
  return objectToString(value);
}

/** Enum.ToString(format): G and F its name(s), D its number, X its number in hex. */
function formatEnum(value: PSObject, number: number | bigint | NumericValue, format: string, culture: CultureFormats): string {
  switch (format) {
    case '':
    case 'G':
    case 'g':
    case 'F':
    case 'f':
      return objectToString(value);
    case 'D':
    case 'd':
      return formatNumber(number, 'D', culture.numberFormat);
    case 'X':
    case 'x':
      return formatNumber(number, `X${integerBits(number) / 4}`, culture.numberFormat);
  }
  throw new ConversionFailure('System.FormatException', 'Format string can be only "G", "g", "X", "x", "F", "f", "D" or "d".');
}

function formatGuid(guid: Guid, format: string): string {
  const hex = guid.text.replaceAll('-', '');
  switch (format) {
    case 'D':
    case 'd':
      return guid.text;
    case 'N':
    case 'n':
      return hex;
    case 'B':
    case 'b':
      return `{${guid.text}}`;
    case 'P':
    case 'p':
      return `(${guid.text})`;
  }
  throw new ConversionFailure('System.FormatException', 'Format string can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".');
}
