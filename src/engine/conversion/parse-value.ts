/**
 * The static Parse methods LanguagePrimitives calls to convert a string into a DateTime,
 * TimeSpan, Guid or Version, with the invariant culture. Each throws ConversionFailure with the
 * .NET exception's text when the string is not one.
 */
import { DateTime, Guid, TimeSpan, Version } from '../values/index.js';
import { ticksPerDay, ticksPerMinute, ticksPerSecond } from '../values/ticks.js';
import { ConversionFailure, notADateTime } from './errors.js';

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ISO 8601: 2024-01-31, 2024-01-31T10:20, 2024-01-31 10:20:30.123, with Z or ±hh:mm. */
const isoPattern = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** The invariant culture's month/day/year, optionally with a time and AM/PM. */
const invariantPattern = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7})\d*)?)?\s*(AM|PM)?)?$/i;
/** 31 January 2024, January 31, 2024 (optionally with a time). */
const longPattern = /^(?:[a-z]+,\s*)?(?:(\d{1,2})\s+([a-z]+)|([a-z]+)\s+(\d{1,2}),?)\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/i;

/**
 * DateTime.Parse(text, InvariantCulture) for the common shapes; `dayFirst` reads n/n/yyyy day first,
 * as .NET does for a culture whose dates put the day before the month (de-DE, en-GB).
 */
export function parseDateTime(text: string, dayFirst = false): DateTime {
  const trimmed = text.trim();
  const failure = notADateTime(text);
  let fields: { year: number; month: number; day: number; hour: number; minute: number; second: number; fraction: string } | undefined;
  let zone: string | undefined;
  let match = isoPattern.exec(trimmed);
  if (match) {
    fields = { year: +match[1]!, month: +match[2]!, day: +match[3]!, hour: +(match[4] ?? 0), minute: +(match[5] ?? 0), second: +(match[6] ?? 0), fraction: match[7] ?? '' };
    zone = match[8];
  } else if ((match = invariantPattern.exec(trimmed))) {
    let hour = +(match[4] ?? 0);
    const meridiem = match[8]?.toUpperCase();
    if (meridiem && (hour < 1 || hour > 12)) throw failure;
    if (meridiem === 'PM' && hour < 12) hour += 12;
    if (meridiem === 'AM' && hour === 12) hour = 0;
    fields = { year: +match[3]!, month: +match[dayFirst ? 2 : 1]!, day: +match[dayFirst ? 1 : 2]!, hour, minute: +(match[5] ?? 0), second: +(match[6] ?? 0), fraction: match[7] ?? '' };
  } else if ((match = longPattern.exec(trimmed))) {
    const monthName = (match[2] ?? match[3]!).toLowerCase();
    const month = monthNames.findIndex((name) => name === monthName || (monthName.length >= 3 && name.slice(0, 3) === monthName)) + 1;
    if (month === 0) throw failure;
    fields = { year: +match[5]!, month, day: +(match[1] ?? match[4]!), hour: +(match[6] ?? 0), minute: +(match[7] ?? 0), second: +(match[8] ?? 0), fraction: '' };
  }
  if (!fields) throw failure;
  let value: DateTime;
  try {
    value = DateTime.fromFields({ ...fields, fractionTicks: Number(fields.fraction.padEnd(7, '0')) });
  } catch {
    throw failure;
  }
  if (zone === undefined) return value;
  const offset = zone.toUpperCase() === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return localTimeOf(value, offset);
}

/** A time read with a zone becomes this machine's local time, as DateTime.Parse and ParseExact give it. */
export function localTimeOf(value: DateTime, offsetMinutes: number): DateTime {
  const utcTicks = value.ticks - BigInt(offsetMinutes) * ticksPerMinute;
  return DateTime.localAt(utcTicks);
}

// Days end in '.' (d.hh:mm), or in ':' only before all of hh:mm:ss (d:hh:mm:ss), so hh:mm:ss is never read as d:hh:mm.
const timeSpanPattern = /^(-)?(?:(\d+)(?:\.|:(?=\d{1,2}:\d{1,2}:\d)))?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/;

/** TimeSpan.Parse(text, InvariantCulture): [-][d.]hh:mm[:ss[.fffffff]] or a whole number of days. */
export function parseTimeSpan(text: string): TimeSpan {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) return new TimeSpan(BigInt(trimmed) * ticksPerDay);
  const match = timeSpanPattern.exec(trimmed);
  const hours = Number(match?.[3]);
  const minutes = Number(match?.[4]);
  const seconds = Number(match?.[5] ?? 0);
  if (!match || hours > 23 || minutes > 59 || seconds > 59) {
    throw new ConversionFailure('System.FormatException', `String '${text}' was not recognized as a valid TimeSpan.`);
  }
  const ticks =
    ((BigInt(match[2] ?? 0) * 24n + BigInt(hours)) * 60n + BigInt(minutes)) * ticksPerMinute + BigInt(seconds) * ticksPerSecond + BigInt((match[6] ?? '').padEnd(7, '0'));
  return new TimeSpan(match[1] ? -ticks : ticks);
}

/** Guid.Parse: the D (8-4-4-4-12), N (32 digits), B ({D}) and P ((D)) forms. */
export function parseGuid(text: string): Guid {
  const trimmed = text.trim();
  const inner = /^\{.*\}$|^\(.*\)$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
  if (Guid.isGuidText(inner)) return new Guid(inner);
  if (/^[0-9a-f]{32}$/i.test(inner)) {
    return new Guid(`${inner.slice(0, 8)}-${inner.slice(8, 12)}-${inner.slice(12, 16)}-${inner.slice(16, 20)}-${inner.slice(20)}`);
  }
  throw new ConversionFailure('System.FormatException', 'Unrecognized Guid format.');
}

/** Version.Parse: two to four dot-separated components. */
export function parseVersion(text: string): Version {
  const version = Version.parse(text.trim());
  if (version) return version;
  const parts = text.trim().split('.');
  if (parts.length < 2 || parts.length > 4) throw new ConversionFailure('System.ArgumentException', "Version string portion was too short or too long. (Parameter 'input')");
  throw new ConversionFailure('System.FormatException', `The input string '${parts.find((part) => !/^\d+$/.test(part)) ?? text}' was not in a correct format.`);
}
