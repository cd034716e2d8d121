import { ticksPerDay, ticksPerMillisecond, ticksPerMinute, ticksPerSecond } from './ticks.js';

/** DateTimeKind: whether the clock time is UTC, local (with a known offset), or unspecified. */
export type DateTimeKind = 'Utc' | 'Local' | 'Unspecified';

/** A DateTime's calendar and clock fields; `dayOfWeek` is 0 for Sunday as in System.DayOfWeek. */
export interface DateTimeFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Ticks (100 ns) within the second, 0..9999999. */
  fractionTicks: number;
  dayOfWeek: number;
}

/** Ticks between 0001-01-01T00:00:00 and the Unix epoch: what Unix times and JS Dates count from. */
export const unixEpochTicks = 621_355_968_000_000_000n;
/** Ticks to 1601-01-01T00:00:00 UTC, the epoch of Windows file times (DateTime.ToFileTimeUtc). */
export const fileTimeEpochTicks = 504_911_232_000_000_000n;
const maxTicks = 3_155_378_975_999_999_999n; // 9999-12-31T23:59:59.9999999
/** What a fraction of n digits (n < 7) is multiplied by to count ticks: 10 ** (7 - n). */
const fractionScales = [10_000_000, 1_000_000, 100_000, 10_000, 1000, 100, 10];

/**
 * System.DateTime: `ticks` counts 100-ns intervals since 0001-01-01 of the clock time as written
 * (UTC for 'Utc', the local wall clock for 'Local' and 'Unspecified'). A Local value also keeps
 * the UTC offset it was read or created with, so '2010-10-11T12:13:14.1234567+02:00' reads and
 * writes back unchanged.
 */
export class DateTime {
  readonly offsetMinutes: number;

  constructor(
    readonly ticks: bigint,
    readonly kind: DateTimeKind = 'Unspecified',
    offsetMinutes = 0,
  ) {
    if (ticks < 0n || ticks > maxTicks) throw new RangeError(`Ticks ${ticks} are outside the range of System.DateTime`);
    if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > 14 * 60) {
      throw new RangeError(`Offset ${offsetMinutes} minutes is not a valid UTC offset`);
    }
    this.offsetMinutes = kind === 'Local' ? offsetMinutes : 0;
  }

  /** A UTC DateTime for a JS Date (millisecond precision). */
  static fromDate(date: Date): DateTime {
    return new DateTime(BigInt(date.getTime()) * ticksPerMillisecond + unixEpochTicks, 'Utc');
  }

  /** The current local time, with this machine's current UTC offset. */
  static now(): DateTime {
    return DateTime.localAt(BigInt(Date.now()) * ticksPerMillisecond + unixEpochTicks);
  }

  /** This machine's UTC offset in minutes at the UTC instant `utcTicks` (its zone's rules then, daylight saving included). */
  static localOffsetAt(utcTicks: bigint): number {
    return -new Date(Number((utcTicks - unixEpochTicks) / ticksPerMillisecond)).getTimezoneOffset();
  }

  /** This machine's local time at the UTC instant `utcTicks`, keeping the offset in force then. */
  static localAt(utcTicks: bigint): DateTime {
    const offset = DateTime.localOffsetAt(utcTicks);
    return new DateTime(utcTicks + BigInt(offset) * ticksPerMinute, 'Local', offset);
  }

  /**
   * Parses the round-trip form written by XmlConvert (and .NET's "o" format):
   * yyyy-MM-ddTHH:mm:ss[.fffffff][Z|±hh:mm]. Returns undefined if the text is not one.
   */
  static parseRoundtrip(text: string): DateTime | undefined {
    // By hand rather than by a regular expression: CLIXML reads one of these for every DateTime.
    if (text.length < 19 || text.charCodeAt(4) !== 0x2d /* - */ || text.charCodeAt(7) !== 0x2d || text.charCodeAt(10) !== 0x54 /* T */) return undefined;
    if (text.charCodeAt(13) !== 0x3a /* : */ || text.charCodeAt(16) !== 0x3a) return undefined;
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    // (A field that is not all digits is -1, which every range check below refuses.)
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
    let at = 19;
    let fraction = 0;
    if (text.charCodeAt(at) === 0x2e /* . */) {
      // The digits are read in the same loop that finds their end; digits past the seventh are
      // below tick resolution, and .NET drops them too.
      const first = ++at;
      for (let code = text.charCodeAt(at); isDigit(code); code = text.charCodeAt(++at)) if (at - first < 7) fraction = fraction * 10 + code - 0x30;
      if (at === first) return undefined;
      if (at - first < 7) fraction *= fractionScales[at - first]!;
    }
    const seconds = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60 + second;
    const ticks = BigInt(seconds) * ticksPerSecond + BigInt(fraction);
    if (at === text.length) return new DateTime(ticks, 'Unspecified');
    const zone = text.charCodeAt(at);
    if (zone === 0x5a /* Z */ && at + 1 === text.length) return new DateTime(ticks, 'Utc');
    if ((zone !== 0x2b /* + */ && zone !== 0x2d) /* - */ || at + 6 !== text.length || text.charCodeAt(at + 3) !== 0x3a) return undefined;
    const offsetHours = digits(text, at + 1, 2);
    const offsetMins = digits(text, at + 4, 2);
    if (offsetHours < 0 || offsetMins < 0 || offsetMins > 59 || offsetHours * 60 + offsetMins > 14 * 60) return undefined;
    return new DateTime(ticks, 'Local', (zone === 0x2d ? -1 : 1) * (offsetHours * 60 + offsetMins));
  }

  /** Ticks of the same instant in UTC (an Unspecified value is taken as UTC). */
  get utcTicks(): bigint {
    return this.ticks - BigInt(this.offsetMinutes) * ticksPerMinute;
  }

  /**
   * DateTime.ToUniversalTime: a Local value by the offset it keeps; an Unspecified one is taken as
   * this machine's local time, with the offset in force at that time (daylight saving included).
   */
  toUniversalTime(): DateTime {
    if (this.kind === 'Utc') return this;
    const offset = this.kind === 'Local' ? this.offsetMinutes : DateTime.localOffsetAt(this.ticks);
    return new DateTime(this.ticks - BigInt(offset) * ticksPerMinute, 'Utc');
  }

  toDate(): Date {
    return new Date(Number((this.utcTicks - unixEpochTicks) / ticksPerMillisecond));
  }

  /** The round-trip text: fraction without trailing zeros, then Z, ±hh:mm or nothing by kind. */
  toRoundtripString(): string {
    const withinSecond = Number(this.ticks % ticksPerSecond);
    const seconds = Number(this.ticks / ticksPerSecond);
    const [year, month, day] = civilFromDays(Math.floor(seconds / 86_400));
    const secondOfDay = seconds % 86_400;
    const hour = Math.floor(secondOfDay / 3600);
    const minute = Math.floor(secondOfDay / 60) % 60;
    const second = secondOfDay % 60;
    // One string made from the characters' codes: joining a dozen short strings cost several times more.
    let text = String.fromCharCode(
      digitCode(year, 1000), digitCode(year, 100), digitCode(year, 10), digitCode(year, 1), 0x2d /* - */,
      digitCode(month, 10), digitCode(month, 1), 0x2d, digitCode(day, 10), digitCode(day, 1), 0x54 /* T */,
      digitCode(hour, 10), digitCode(hour, 1), 0x3a /* : */, digitCode(minute, 10), digitCode(minute, 1), 0x3a,
      digitCode(second, 10), digitCode(second, 1),
    );
    if (withinSecond !== 0) {
      // Seven digits (ticks below 10^7, with leading zeros), less the trailing zeros.
      let end = 7;
      for (let rest = withinSecond; rest % 10 === 0; rest /= 10) end--;
      text += '.' + String(10_000_000 + withinSecond).slice(1, end + 1);
    }
    if (this.kind === 'Utc') return text + 'Z';
    if (this.kind === 'Local') {
      const offset = Math.abs(this.offsetMinutes);
      const hours = Math.floor(offset / 60);
      const minutes = offset % 60;
      const sign = this.offsetMinutes < 0 ? 0x2d /* - */ : 0x2b; /* + */
      text += String.fromCharCode(sign, digitCode(hours, 10), digitCode(hours, 1), 0x3a /* : */, digitCode(minutes, 10), digitCode(minutes, 1));
    }
    return text;
  }

  /** The calendar and clock fields of the clock time as written (not converted to UTC). */
  fields(): DateTimeFields {
    const days = Number(this.ticks / ticksPerDay);
    const [year, month, day] = civilFromDays(days);
    const secondOfDay = Number((this.ticks % ticksPerDay) / ticksPerSecond);
    return {
      year,
      month,
      day,
      hour: Math.floor(secondOfDay / 3600),
      minute: Math.floor(secondOfDay / 60) % 60,
      second: secondOfDay % 60,
      fractionTicks: Number(this.ticks % ticksPerSecond),
      // 0001-01-01 was a Monday; 0 is Sunday as in System.DayOfWeek.
      dayOfWeek: (days + 1) % 7,
    };
  }

  /** A DateTime from calendar and clock fields; throws RangeError for a date that does not exist. */
  static fromFields(fields: Omit<DateTimeFields, 'dayOfWeek'>, kind: DateTimeKind = 'Unspecified', offsetMinutes = 0): DateTime {
    const { year, month, day, hour, minute, second, fractionTicks } = fields;
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      throw new RangeError(`${year}-${month}-${day} is not a valid date`);
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || fractionTicks < 0 || fractionTicks > 9_999_999) {
      throw new RangeError(`${hour}:${minute}:${second} is not a valid time of day`);
    }
    const seconds = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60 + second;
    return new DateTime(BigInt(seconds) * ticksPerSecond + BigInt(fractionTicks), kind, offsetMinutes);
  }

  equals(other: unknown): boolean {
    return other instanceof DateTime && other.ticks === this.ticks && other.kind === this.kind && other.offsetMinutes === this.offsetMinutes;
  }

  toString(): string {
    return this.toRoundtripString();
  }
}

/** The character code of the decimal digit of `value` in the place of `unit` (1, 10, 100 or 1000). */
function digitCode(value: number, unit: number): number {
  return 0x30 + (Math.floor(value / unit) % 10);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The value of the `count` ASCII digits at `from`, or -1 when any is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    value = value * 10 + code - 0x30;
  }
  return value;
}

/** DateTime.DaysInMonth for a valid year and month. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** DateTime.IsLeapYear: the proleptic Gregorian rule. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days from 0001-01-01 to the given proleptic Gregorian date (the calendar of System.DateTime). */
function daysFromCivil(year: number, month: number, day: number): number {
  const shifted = month <= 2 ? year - 1 : year; // count years from March so Feb 29 ends a year
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 306; // 306 days from 0000-03-01 to 0001-01-01
}

/** The inverse of daysFromCivil: [year, month, day]. */
function civilFromDays(days: number): [number, number, number] {
  const fromMarch = days + 306;
  const era = Math.floor(fromMarch / 146_097);
  const dayOfEra = fromMarch - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day];
}
