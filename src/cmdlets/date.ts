/**
 * Get-Date, as pwsh's GetDateCommand: the current local time (or -Date, or -UnixTimeSeconds) with
 * -Year..-Millisecond replaced one field at a time (as AddYears, AddMonths... do), then either
 * the DateTime with a DisplayHint note property, or its text by -Format (.NET format in the
 * current culture, plus pwsh's FileDate names) or -UFormat (Unix date(1) specifiers).
 */
import { formatDateTimeCurrentCulture } from '../engine/conversion/current-culture.js';
import { enumValue, toPSString } from '../engine/conversion/index.js';
import { defineEnum } from '../engine/dotnet/enums.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { DateTime, PSObject, unixEpochTicks } from '../engine/values/index.js';
import type { DateTimeFields } from '../engine/values/date-time.js';
import { ticksPerDay, ticksPerHour, ticksPerMillisecond, ticksPerMinute, ticksPerSecond } from '../engine/values/ticks.js';

const displayHintType = defineEnum('Microsoft.PowerShell.Commands.DisplayHintType', { Date: 0, Time: 1, DateTime: 2 });


const dateSets = ['DateAndFormat', 'DateAndUFormat'];
const unixSets = ['UnixTimeSecondsAndFormat', 'UnixTimeSecondsAndUFormat'];
const sets = (names: readonly string[], attributes: Record<string, unknown> = {}) => Object.fromEntries(names.map((name) => [name, attributes]));
const range = (min: number, max: number) => [{ kind: 'ValidateRange' as const, min, max }];

const getDate = new CmdletInfo(
  {
    name: 'Get-Date',
    implementingType: 'Microsoft.PowerShell.Commands.GetDateCommand',
    defaultParameterSetName: 'DateAndFormat',
    outputType: ['System.String', 'System.DateTime'],
    parameters: [
      { name: 'Date', type: 'datetime', aliases: ['LastWriteTime'], parameterSets: sets(dateSets, { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true }) },
      { name: 'UnixTimeSeconds', type: 'long', aliases: ['UnixTime'], parameterSets: sets(unixSets, { mandatory: true }), validation: range(-62135596800, 253402300799) },
      { name: 'Year', type: 'int', validation: range(1, 9999) },
      { name: 'Month', type: 'int', validation: range(1, 12) },
      { name: 'Day', type: 'int', validation: range(1, 31) },
      { name: 'Hour', type: 'int', validation: range(0, 23) },
      { name: 'Minute', type: 'int', validation: range(0, 59) },
      { name: 'Second', type: 'int', validation: range(0, 59) },
      { name: 'Millisecond', type: 'int', validation: range(0, 999) },
      { name: 'DisplayHint', type: 'Microsoft.PowerShell.Commands.DisplayHintType' },
      { name: 'UFormat', type: 'string', parameterSets: { DateAndUFormat: { mandatory: true }, UnixTimeSecondsAndUFormat: { mandatory: true } } },
      { name: 'Format', type: 'string', parameterSets: { DateAndFormat: {}, UnixTimeSecondsAndFormat: {} } },
      { name: 'AsUTC', type: 'switch' },
    ],
  },
  (runtime) => ({
    process() {
      let date = startingDate(runtime);
      date = withFields(runtime, date);
      if (runtime.switch('AsUTC')) date = date.toUniversalTime();
      const uformat = runtime.parameter('UFormat');
      const format = runtime.parameter('Format');
      if (uformat !== undefined && uformat !== null) {
        runtime.writeObject(uformatText(toPSString(uformat), date));
      } else if (format !== undefined && format !== null) {
        runtime.writeObject(formatText(toPSString(format), date));
      } else {
        const result = new PSObject(date);
        result.addNoteProperty('DisplayHint', enumValue(displayHintType, BigInt(runtime.has('DisplayHint') ? displayHintNumber(runtime.parameter('DisplayHint')) : 2)));
        runtime.writeObject(result);
      }
    },
  }),
);

function displayHintNumber(value: unknown): number {
  return ['date', 'time', 'datetime'].indexOf(toPSString(value).toLowerCase());
}

function startingDate(runtime: CommandRuntime): DateTime {
  const given = runtime.parameter('Date');
  if (given instanceof DateTime) return given;
  if (given instanceof PSObject && given.baseObject instanceof DateTime) return given.baseObject;
  const unixSeconds = runtime.parameter('UnixTimeSeconds');
  if (unixSeconds !== undefined) return DateTime.localAt(BigInt(unixSeconds as bigint | number) * ticksPerSecond + unixEpochTicks);
  return DateTime.now();
}

/** -Year..-Millisecond, each applied as pwsh does: by adding the difference in that unit. */
function withFields(runtime: CommandRuntime, date: DateTime): DateTime {
  const given = (name: string) => (runtime.has(name) ? Number(runtime.parameter(name)) : undefined);
  const year = given('Year');
  if (year !== undefined) date = addMonths(date, (year - date.fields().year) * 12);
  const month = given('Month');
  if (month !== undefined) date = addMonths(date, month - date.fields().month);
  const units: [string, bigint, (fields: DateTimeFields) => number][] = [
    ['Day', ticksPerDay, (f) => f.day],
    ['Hour', ticksPerHour, (f) => f.hour],
    ['Minute', ticksPerMinute, (f) => f.minute],
    ['Second', ticksPerSecond, (f) => f.second],
  ];
  for (const [name, ticksPerUnit, current] of units) {
    const value = given(name);
    if (value !== undefined) date = withTicks(date, date.ticks + BigInt(value - current(date.fields())) * ticksPerUnit);
  }
  const millisecond = given('Millisecond');
  if (millisecond !== undefined) {
    const withinSecond = date.ticks % ticksPerSecond;
    date = withTicks(date, date.ticks - withinSecond + BigInt(millisecond) * ticksPerMillisecond);
  }
  return date;
}

function withTicks(date: DateTime, ticks: bigint): DateTime {
  return new DateTime(ticks, date.kind, date.offsetMinutes);
}

/** DateTime.AddMonths: the same day, or the month's last day when it is shorter. */
function addMonths(date: DateTime, months: number): DateTime {
  const fields = date.fields();
  const monthIndex = fields.year * 12 + (fields.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(fields.day, daysInMonth(year, month));
  return DateTime.fromFields({ ...fields, year, month, day }, date.kind, date.offsetMinutes);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** -Format: pwsh's ISO 8601 "basic" names for file names, else a .NET format in the current culture. */
function formatText(format: string, date: DateTime): string {
  switch (format.toLowerCase()) {
    case 'filedate':
      return formatDateTimeCurrentCulture(date, 'yyyyMMdd');
    case 'filedateuniversal':
      return formatDateTimeCurrentCulture(date.toUniversalTime(), 'yyyyMMddZ');
    case 'filedatetime':
      return formatDateTimeCurrentCulture(date, 'yyyyMMddTHHmmssffff');
    case 'filedatetimeuniversal':
      return formatDateTimeCurrentCulture(date.toUniversalTime(), 'yyyyMMddTHHmmssffffZ');
  }
  return formatDateTimeCurrentCulture(date, format);
}

/** -UFormat: date(1)'s % specifiers as pwsh maps them (a leading '+' is ignored). */
function uformatText(uformat: string, date: DateTime): string {
  const f = (format: string) => formatDateTimeCurrentCulture(date, format);
  const fields = date.fields();
  const dayOfYear = Number((date.ticks - DateTime.fromFields({ ...fields, month: 1, day: 1, hour: 0, minute: 0, second: 0, fractionTicks: 0 }).ticks) / ticksPerDay) + 1;
  const pad = (value: number, width: number, filler = '0') => String(value).padStart(width, filler);
  const specifiers: Record<string, () => string> = {
    A: () => f('dddd'), a: () => f('ddd'), B: () => f('MMMM'), b: () => f('MMM'), h: () => f('MMM'),
    C: () => String(Math.floor(fields.year / 100)),
    c: () => f('ddd dd MMM yyyy HH:mm:ss'),
    D: () => f('MM/dd/yy'), x: () => f('MM/dd/yy'),
    d: () => f('dd'), e: () => pad(fields.day, 2, ' '),
    F: () => f('yyyy-MM-dd'),
    G: () => pad(isoWeek(fields, dayOfYear).year, 4), g: () => pad(isoWeek(fields, dayOfYear).year % 100, 2),
    H: () => f('HH'), I: () => f('hh'), j: () => pad(dayOfYear, 3),
    k: () => pad(fields.hour, 2, ' '), l: () => pad(fields.hour % 12 === 0 ? 12 : fields.hour % 12, 2, ' '),
    M: () => f('mm'), m: () => f('MM'), n: () => '\n', p: () => f('tt'),
    R: () => f('HH:mm'), r: () => f('hh:mm:ss tt'), S: () => f('ss'),
    s: () => String(Math.round(Number(date.toUniversalTime().ticks - unixEpochTicks) / Number(ticksPerSecond))),
    T: () => f('HH:mm:ss'), X: () => f('HH:mm:ss'), t: () => '\t',
    U: () => String(Math.floor(dayOfYear / 7)), W: () => String(Math.floor(dayOfYear / 7)),
    u: () => String(fields.dayOfWeek === 0 ? 7 : fields.dayOfWeek),
    V: () => pad(isoWeek(fields, dayOfYear).week, 2),
    w: () => String(fields.dayOfWeek),
    Y: () => f('yyyy'), y: () => f('yy'), Z: () => f('zz'),
  };
  let result = '';
  for (let i = uformat.startsWith('+') ? 1 : 0; i < uformat.length; i++) {
    if (uformat[i] === '%' && i + 1 < uformat.length) {
      const letter = uformat[++i]!;
      result += specifiers[letter]?.() ?? letter;
    } else {
      result += uformat[i];
    }
  }
  return result;
}

/** System.Globalization.ISOWeek: weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeek(fields: DateTimeFields, dayOfYear: number): { year: number; week: number } {
  const isoDayOfWeek = fields.dayOfWeek === 0 ? 7 : fields.dayOfWeek;
  const week = Math.floor((dayOfYear - isoDayOfWeek + 10) / 7);
  if (week < 1) return { year: fields.year - 1, week: weeksInYear(fields.year - 1) };
  if (week > weeksInYear(fields.year)) return { year: fields.year + 1, week: 1 };
  return { year: fields.year, week };
}

function weeksInYear(year: number): number {
  const p = (y: number) => (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) % 7;
  return p(year) === 4 || p(year - 1) === 3 ? 53 : 52;
}

export const dateCmdlets: readonly CmdletInfo[] = [getDate];
