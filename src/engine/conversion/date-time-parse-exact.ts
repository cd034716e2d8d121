/**
 * DateTime.ParseExact(s, format, culture): the text must match the format exactly, specifier by
 * specifier, as .NET reads it (`d`, `M`, `h`... take one or two digits, `dd`, `MM`, `yyyy`
 * exactly two or four, `f` a fixed number of digits, `F` up to that many, names and AM/PM in the
 * culture's language, case-insensitively). Parts the format leaves out default as .NET's do:
 * no date at all is today, a year alone is its first of January, a missing year the current one.
 * Also DateTime.Parse(s, culture) for a culture other than the invariant one: the culture's own
 * standard patterns first, then the invariant shapes.
 */
import { DateTime } from '../values/index.js';
import type { DateTimeFormatData } from './cultures.js';
import { forEachSpecifier, standardDateTimePattern } from './date-time-format.js';
import { ConversionFailure, invalidFormat, notADateTime } from './errors.js';
import { localTimeOf, parseDateTime } from './parse-value.js';

type Field = 'year' | 'shortYear' | 'month' | 'day' | 'dayOfWeek' | 'hour12' | 'hour' | 'minute' | 'second' | 'fraction' | 'designator' | 'offset';

interface Matcher {
  regex: RegExp;
  fields: { field: Field; names?: readonly string[] }[];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternatives of names, longest first so that 'Juni' is not read as 'Jun'. */
function namesPattern(names: readonly string[]): string {
  return [...names].filter((name) => name !== '').sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

/** `lenient`: Parse's reading of a pattern, where a two-digit field may have one digit ('4/7/2024' for dd/MM/yyyy). */
function matcherFor(format: string, culture: DateTimeFormatData, lenient: boolean): Matcher {
  let source = '';
  const fields: Matcher['fields'] = [];
  const capture = (pattern: string, field: Field, names?: readonly string[]) => {
    source += `(${pattern})`;
    fields.push({ field, names });
  };
  const digits = (count: number) => (count === 1 || (lenient && count === 2) ? '\\d{1,2}' : `\\d{${count}}`);
  forEachSpecifier(format, (letter, count) => {
    switch (letter) {
      case 'd':
        if (count <= 2) return capture(digits(count), 'day');
        return capture(namesPattern(count === 3 ? culture.abbreviatedDayNames : culture.dayNames), 'dayOfWeek', count === 3 ? culture.abbreviatedDayNames : culture.dayNames);
      case 'M': {
        if (count <= 2) return capture(digits(count), 'month');
        const names = count === 3 ? [...culture.abbreviatedMonthNames, ...culture.abbreviatedMonthGenitiveNames] : [...culture.monthNames, ...culture.monthGenitiveNames];
        return capture(namesPattern(names), 'month', names);
      }
      case 'y':
        return count <= 2 ? capture(digits(count), 'shortYear') : capture(`\\d{${count}}`, 'year');
      case 'h':
        return capture(digits(Math.min(count, 2)), 'hour12');
      case 'H':
        return capture(digits(Math.min(count, 2)), 'hour');
      case 'm':
        return capture(digits(Math.min(count, 2)), 'minute');
      case 's':
        return capture(digits(Math.min(count, 2)), 'second');
      case 'f':
        return capture(`\\d{${count}}`, 'fraction');
      case 'F':
        return capture(`\\d{0,${count}}`, 'fraction');
      case 't': {
        const designators = count === 1 ? [culture.amDesignator.slice(0, 1), culture.pmDesignator.slice(0, 1)] : [culture.amDesignator, culture.pmDesignator];
        return capture(namesPattern(designators), 'designator', designators);
      }
      case 'z':
        return capture(count === 1 ? '[+-]\\d{1,2}' : count === 2 ? '[+-]\\d{2}' : '[+-]\\d{2}:\\d{2}', 'offset');
      case 'K':
        return capture('Z|[+-]\\d{2}:\\d{2}|', 'offset');
      case ':':
        source += escapeRegex(culture.timeSeparator);
        return;
      case '/':
        source += escapeRegex(culture.dateSeparator);
        return;
      case 'g':
        source += '(?:A\\.D\\.|AD)';
        return;
    }
  }, (literal) => {
    source += escapeRegex(literal);
  });
  return { regex: new RegExp(`^${source}$`, 'i'), fields };
}

/** Each culture's matchers by format: a script parsing many dates builds each regex once. */
const matchers = new WeakMap<DateTimeFormatData, Map<string, Matcher>>();

/** DateTime.ParseExact(s, format, culture) without styles. */
export function parseDateTimeExact(text: string, format: string, culture: DateTimeFormatData, lenient = false): DateTime {
  if (format === '') throw new ConversionFailure('System.FormatException', 'String was not recognized as a valid DateTime because of an empty format string.');
  const pattern = format.length === 1 ? standardDateTimePattern(format, culture) : format;
  if (pattern === undefined) throw invalidFormat();
  let byFormat = matchers.get(culture);
  if (!byFormat) matchers.set(culture, (byFormat = new Map()));
  const key = lenient ? `\u0000${pattern}` : pattern;
  let matcher = byFormat.get(key);
  if (!matcher) {
    matcher = matcherFor(pattern, culture, lenient);
    byFormat.set(key, matcher);
  }
  const match = matcher.regex.exec(text);
  if (!match) throw notADateTime(text);
  return dateOf(text, match, matcher);
}

function dateOf(text: string, match: RegExpExecArray, matcher: Matcher): DateTime {
  const parsed: Partial<Record<Field, number>> = {};
  let fraction = '';
  let offsetMinutes: number | undefined;
  let utc = false;
  matcher.fields.forEach(({ field, names }, index) => {
    const value = match[index + 1]!;
    if (field === 'fraction') fraction = value;
    else if (field === 'offset') {
      if (value.toUpperCase() === 'Z') utc = true;
      else if (value !== '') {
        const [hours, minutes = '0'] = value.slice(1).split(':');
        offsetMinutes = (value[0] === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
      }
    } else if (names) {
      const position = names.findIndex((name) => name.toLowerCase() === value.toLowerCase());
      parsed[field] = field === 'month' ? (position % 12) + 1 : position;
    } else parsed[field] = Number(value);
  });
  let hour = parsed.hour ?? 0;
  if (parsed.hour12 !== undefined) {
    if (parsed.hour12 < 1 || parsed.hour12 > 12) throw notADateTime(text);
    hour = parsed.hour12 % 12;
  }
  // A designator turns a 12-hour (or 0-12 24-hour) hour into the afternoon's.
  if (parsed.designator === 1 && hour < 12) hour += 12;
  else if (parsed.designator === 0 && hour === 12) hour = 0;
  const now = DateTime.now().fields();
  let year = parsed.year;
  if (year === undefined && parsed.shortYear !== undefined) year = parsed.shortYear < 50 ? 2000 + parsed.shortYear : 1900 + parsed.shortYear;
  const hasDate = year !== undefined || parsed.month !== undefined || parsed.day !== undefined;
  const fields = {
    year: hasDate ? (year ?? now.year) : now.year,
    month: hasDate ? (parsed.month ?? 1) : now.month,
    day: hasDate ? (parsed.day ?? 1) : now.day,
    hour,
    minute: parsed.minute ?? 0,
    second: parsed.second ?? 0,
    fractionTicks: Number(fraction.padEnd(7, '0')),
  };
  let value: DateTime;
  try {
    value = DateTime.fromFields(fields);
  } catch {
    throw notADateTime(text);
  }
  if (parsed.dayOfWeek !== undefined && value.fields().dayOfWeek !== parsed.dayOfWeek) {
    throw new ConversionFailure('System.FormatException', `String '${text}' was not recognized as a valid DateTime because the day of week was incorrect.`);
  }
  return utc || offsetMinutes !== undefined ? localTimeOf(value, offsetMinutes ?? 0) : value;
}

/** DateTime.Parse(s, culture): the culture's standard date and date-time patterns, then the invariant shapes. */
export function parseDateTimeInCulture(text: string, culture: DateTimeFormatData): DateTime {
  const trimmed = text.trim();
  for (const letter of ['G', 'g', 'd', 'F', 'f', 'D', 'T', 't']) {
    try {
      return parseDateTimeExact(trimmed, letter, culture, true);
    } catch (error) {
      if (!(error instanceof ConversionFailure)) throw error;
    }
  }
  // A numeric date in another shape keeps the culture's order of day and month.
  return parseDateTime(text, culture.shortDatePattern.indexOf('d') < culture.shortDatePattern.indexOf('M'));
}
