/**
 * DateTime.ToString(format, culture) (the invariant culture unless told) and
 * TimeSpan.ToString(format): the standard one-letter formats and the custom specifiers.
 * A format .NET rejects throws ConversionFailure (FormatException).
 */
import type { DateTime, TimeSpan } from '../values/index.js';
import type { DateTimeFields } from '../values/date-time.js';
import { ticksPerDay, ticksPerSecond } from '../values/ticks.js';
import { invariantCulture, type DateTimeFormatData } from './cultures.js';
import { invalidFormat } from './errors.js';

const invariant = invariantCulture.dateTimeFormat;

/** The standard formats every culture writes alike (round trip, RFC 1123, sortable, universal sortable). */
const fixedDateTimeFormats: Readonly<Record<string, string>> = {
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
};

/** A standard format's pattern in a culture, or undefined for a letter that is none. */
export function standardDateTimePattern(letter: string, culture: DateTimeFormatData): string | undefined {
  switch (letter) {
    case 'd': return culture.shortDatePattern;
    case 'D': return culture.longDatePattern;
    case 't': return culture.shortTimePattern;
    case 'T': return culture.longTimePattern;
    case 'f': return `${culture.longDatePattern} ${culture.shortTimePattern}`;
    case 'F': return `${culture.longDatePattern} ${culture.longTimePattern}`;
    case 'g': return `${culture.shortDatePattern} ${culture.shortTimePattern}`;
    case 'G': return `${culture.shortDatePattern} ${culture.longTimePattern}`;
    case 'm': case 'M': return culture.monthDayPattern;
    case 'y': case 'Y': return culture.yearMonthPattern;
  }
  return fixedDateTimeFormats[letter];
}

/** DateTime.ToString(format, culture); '' or undefined means 'G'. */
export function formatDateTime(value: DateTime, format = 'G', culture: DateTimeFormatData = invariant): string {
  if (format === '') format = 'G';
  if (format.length === 1) {
    const pattern = standardDateTimePattern(format, culture);
    if (pattern === undefined) throw invalidFormat();
    // RFC 1123 is English whatever the culture.
    if (format === 'r' || format === 'R') culture = invariant;
    format = pattern;
  }
  const fields = value.fields();
  let result = '';
  forEachSpecifier(format, (letter, count, index) => {
    const text = dateTimeSpecifier(letter, count, fields, value, culture, () => isGenitiveMonth(format, index, count));
    // An `F` run that prints nothing takes the '.' before it along.
    if (letter === 'F' && text === '' && result.endsWith('.')) result = result.slice(0, -1);
    result += text;
  }, (literal) => {
    result += literal;
  });
  return result;
}

function dateTimeSpecifier(letter: string, count: number, fields: DateTimeFields, value: DateTime, culture: DateTimeFormatData, genitive: () => boolean): string {
  switch (letter) {
    case 'd':
      if (count === 1 || count === 2) return pad(fields.day, count);
      return (count === 3 ? culture.abbreviatedDayNames : culture.dayNames)[fields.dayOfWeek]!;
    case 'M': {
      if (count <= 2) return pad(fields.month, count);
      const names = genitive() ? (count === 3 ? culture.abbreviatedMonthGenitiveNames : culture.monthGenitiveNames) : count === 3 ? culture.abbreviatedMonthNames : culture.monthNames;
      return names[fields.month - 1]!;
    }
    case 'y':
      return count === 2 || count === 1 ? pad(fields.year % 100, count) : pad(fields.year, count);
    case 'h':
      return pad(fields.hour % 12 === 0 ? 12 : fields.hour % 12, Math.min(count, 2));
    case 'H':
      return pad(fields.hour, Math.min(count, 2));
    case 'm':
      return pad(fields.minute, Math.min(count, 2));
    case 's':
      return pad(fields.second, Math.min(count, 2));
    case 'f':
    case 'F':
      return fraction(letter, count, fields.fractionTicks);
    case 't': {
      const designator = fields.hour < 12 ? culture.amDesignator : culture.pmDesignator;
      return count === 1 ? designator.slice(0, 1) : designator;
    }
    case 'g':
      return 'A.D.';
    case 'z':
      return offsetText(value.offsetMinutes, count);
    case 'K':
      return value.kind === 'Utc' ? 'Z' : value.kind === 'Local' ? offsetText(value.offsetMinutes, 3) : '';
    case ':':
      return culture.timeSeparator;
    case '/':
      return culture.dateSeparator;
  }
  throw invalidFormat();
}

/**
 * .NET's rule for a month name's genitive form: a `d` or `dd` (a day number, not a day name)
 * somewhere before or after the month in the format.
 */
function isGenitiveMonth(format: string, index: number, count: number): boolean {
  const dayNumberAt = (start: number, step: number) => {
    let i = start;
    while (i >= 0 && i < format.length && format[i] !== 'd') i += step;
    if (i < 0 || i >= format.length) return false;
    let run = 0;
    while (i >= 0 && i < format.length && format[i] === 'd') {
      run++;
      i += step;
    }
    return run <= 2;
  };
  return dayNumberAt(index - 1, -1) || dayNumberAt(index + count, 1);
}

function offsetText(offsetMinutes: number, count: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  if (count === 1) return sign + String(hours);
  if (count === 2) return sign + pad(hours, 2);
  return `${sign}${pad(hours, 2)}:${pad(Math.abs(offsetMinutes) % 60, 2)}`;
}

/** `f` digits of the second's fraction; `F` drops trailing zeros (and a '.' before nothing). */
function fraction(letter: string, count: number, fractionTicks: number): string {
  if (count > 7) throw invalidFormat();
  const digits = pad(fractionTicks, 7).slice(0, count);
  if (letter === 'f') return digits;
  return digits.replace(/0+$/, '');
}

/** TimeSpan.ToString(format): 'c' (also 't', 'T'), 'g', 'G', or a custom format. */
export function formatTimeSpan(value: TimeSpan, format = 'c'): string {
  const negative = value.ticks < 0n;
  const ticks = negative ? -value.ticks : value.ticks;
  const days = Number(ticks / ticksPerDay);
  const secondsOfDay = Number((ticks % ticksPerDay) / ticksPerSecond);
  const fractionTicks = Number(ticks % ticksPerSecond);
  const hours = Math.floor(secondsOfDay / 3600);
  const minutes = Math.floor(secondsOfDay / 60) % 60;
  const seconds = secondsOfDay % 60;
  const sign = negative ? '-' : '';
  switch (format) {
    case '':
    case 'c':
    case 't':
    case 'T':
      return `${sign}${days ? `${days}.` : ''}${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}${fractionTicks ? `.${pad(fractionTicks, 7)}` : ''}`;
    case 'g':
      return `${sign}${days ? `${days}:` : ''}${hours}:${pad(minutes, 2)}:${pad(seconds, 2)}${fractionTicks ? `.${pad(fractionTicks, 7).replace(/0+$/, '')}` : ''}`;
    case 'G':
      return `${sign}${days}:${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(fractionTicks, 7)}`;
  }
  if (format.length === 1) throw invalidFormat();
  let result = '';
  forEachSpecifier(format, (letter, count) => {
    switch (letter) {
      case 'd':
        if (count > 8) throw invalidFormat();
        result += pad(days, count);
        return;
      case 'h':
        result += pad(hours, Math.min(count, 2));
        return;
      case 'm':
        result += pad(minutes, Math.min(count, 2));
        return;
      case 's':
        result += pad(seconds, Math.min(count, 2));
        return;
      case 'f':
      case 'F':
        result += fraction(letter, count, fractionTicks);
        return;
    }
    // TimeSpan formats allow no unquoted literals, not even ':'.
    throw invalidFormat();
  }, (literal) => {
    result += literal;
  });
  return result;
}

/**
 * Walks a custom date/time format: runs of the same specifier letter go to `specifier` with
 * their length; quoted text, `\x` escapes and everything else go to `literal`.
 */
export function forEachSpecifier(format: string, specifier: (letter: string, count: number, index: number) => void, literal: (text: string) => void): void {
  const letters = 'dMyhHmsfFtgzK:/';
  let index = 0;
  while (index < format.length) {
    const character = format[index]!;
    if (character === "'" || character === '"') {
      const end = format.indexOf(character, index + 1);
      if (end < 0) throw invalidFormat();
      literal(format.slice(index + 1, end));
      index = end + 1;
    } else if (character === '\\') {
      if (index + 1 >= format.length) throw invalidFormat();
      literal(format[index + 1]!);
      index += 2;
    } else if (character === '%') {
      // `%x` makes a lone `x` a custom specifier rather than a standard format.
      index++;
    } else if (letters.includes(character)) {
      let end = index + 1;
      if (character !== ':' && character !== '/') while (format[end] === character) end++;
      specifier(character, end - index, index);
      index = end;
    } else {
      literal(character);
      index++;
    }
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
