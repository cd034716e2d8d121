import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { construct, getMember, getStaticMember, invokeMethod, invokeStaticMethod, MethodInvocationException } from '../../../src/engine/dotnet/index.js';
import { objectToString } from '../../../src/engine/conversion/index.js';
import { resolveType } from '../../../src/engine/types/index.js';
import { DateTime, NumericValue, TimeSpan, typeNameOf } from '../../../src/engine/values/index.js';
import { scriptContext } from './context.js';
import { failsWith } from './fails-with.js';

const ctx = scriptContext();
const dateType = resolveType('datetime')!;
const spanType = resolveType('timespan')!;
const call = (target: unknown, name: string, ...args: unknown[]) => invokeMethod(target, name, args, ctx);
const value = (target: unknown, name: string) => {
  const result = getMember(target, name);
  return result.found ? result.value : 'NOT FOUND';
};
const date = (...parts: number[]) => construct(dateType, parts, ctx) as DateTime;
const text = (value: unknown) => (value instanceof DateTime ? value.toRoundtripString() : objectToString(value));

// [pwsh expression, actual, pwsh 7's result (DateTime in round-trip form)]
const cases: [string, () => unknown, unknown][] = [
  ['[datetime]::new(2024, 1, 31)', () => text(date(2024, 1, 31)), '2024-01-31T00:00:00'],
  ['[datetime]::new(2024, 1, 31).AddMonths(1)', () => text(call(date(2024, 1, 31), 'AddMonths', 1)), '2024-02-29T00:00:00'],
  ['[datetime]::new(2023, 1, 31).AddMonths(1)', () => text(call(date(2023, 1, 31), 'AddMonths', 1)), '2023-02-28T00:00:00'],
  ['[datetime]::new(2024, 2, 29).AddYears(1)', () => text(call(date(2024, 2, 29), 'AddYears', 1)), '2025-02-28T00:00:00'],
  ['[datetime]::new(2024, 1, 31).AddDays(1.5)', () => text(call(date(2024, 1, 31), 'AddDays', 1.5)), '2024-02-01T12:00:00'],
  ['[datetime]::new(2024, 1, 1).AddHours(-1)', () => text(call(date(2024, 1, 1), 'AddHours', -1)), '2023-12-31T23:00:00'],
  ['[datetime]::new(2024, 3, 5, 14, 7, 9).Year', () => value(date(2024, 3, 5, 14, 7, 9), 'Year'), 2024],
  ['... .Month', () => value(date(2024, 3, 5, 14, 7, 9), 'Month'), 3],
  ['... .Hour', () => value(date(2024, 3, 5, 14, 7, 9), 'Hour'), 14],
  ['... .DayOfWeek', () => text(value(date(2024, 3, 5, 14, 7, 9), 'DayOfWeek')), 'Tuesday'],
  ['... .DayOfYear', () => value(date(2024, 3, 5, 14, 7, 9), 'DayOfYear'), 65],
  ['... .Date', () => text(value(date(2024, 3, 5, 14, 7, 9), 'Date')), '2024-03-05T00:00:00'],
  ['... .TimeOfDay', () => text(value(date(2024, 3, 5, 14, 7, 9), 'TimeOfDay')), '14:07:09'],
  ['... .Kind', () => text(value(date(2024, 3, 5), 'Kind')), 'Unspecified'],
  ["... .ToString('yyyy-MM-dd HH:mm')", () => call(date(2024, 3, 5, 14, 7, 9), 'ToString', 'yyyy-MM-dd HH:mm'), '2024-03-05 14:07'],
  ["... .ToString('o')", () => call(date(2024, 3, 5, 14, 7, 9), 'ToString', 'o'), '2024-03-05T14:07:09.0000000'],
  ['[datetime]::IsLeapYear(1900)', () => invokeStaticMethod(dateType, 'IsLeapYear', [1900], ctx), false],
  ['[datetime]::DaysInMonth(2024, 2)', () => invokeStaticMethod(dateType, 'DaysInMonth', [2024, 2], ctx), 29],
  ["[datetime]::Parse('2024-03-05T10:00:00')", () => text(invokeStaticMethod(dateType, 'Parse', ['2024-03-05T10:00:00'], ctx)), '2024-03-05T10:00:00'],
  ['$b - $a as .Subtract', () => text(call(date(2024, 3, 5), 'Subtract', date(2024, 3, 1, 12, 0, 0))), '3.12:00:00'],
  ['[datetime]::MinValue', () => text((getStaticMember(dateType, 'MinValue') as { value: unknown }).value), '0001-01-01T00:00:00'],
  ['[datetime]::Now.Kind', () => text(value((getStaticMember(dateType, 'Now') as { value: unknown }).value, 'Kind')), 'Local'],
  ['[datetime]::UtcNow.Kind', () => text(value((getStaticMember(dateType, 'UtcNow') as { value: unknown }).value, 'Kind')), 'Utc'],
  ['[timespan]::new(1, 2, 3)', () => text(construct(spanType, [1, 2, 3], ctx)), '01:02:03'],
  ['[timespan]::new(2, 1, 2, 3)', () => text(construct(spanType, [2, 1, 2, 3], ctx)), '2.01:02:03'],
  ['[timespan]::FromMinutes(90).TotalHours', () => value(invokeStaticMethod(spanType, 'FromMinutes', [90], ctx), 'TotalHours'), 1.5],
  ['[timespan]::FromMinutes(90).Hours', () => value(invokeStaticMethod(spanType, 'FromMinutes', [90], ctx), 'Hours'), 1],
  ['[timespan]::FromSeconds(-90).Minutes', () => value(invokeStaticMethod(spanType, 'FromSeconds', [-90], ctx), 'Minutes'), -1],
  ['[timespan]::FromSeconds(-90).Seconds', () => value(invokeStaticMethod(spanType, 'FromSeconds', [-90], ctx), 'Seconds'), -30],
  ['[timespan]::FromDays(1).TotalSeconds', () => value(invokeStaticMethod(spanType, 'FromDays', [1], ctx), 'TotalSeconds'), NumericValue.double(86400)],
  ["[timespan]::Parse('1.01:30:00').TotalMinutes", () => value(invokeStaticMethod(spanType, 'Parse', ['1.01:30:00'], ctx), 'TotalMinutes'), NumericValue.double(1530)],
  ['[timespan]::FromHours(1).Add([timespan]::FromMinutes(5))', () => text(call(invokeStaticMethod(spanType, 'FromHours', [1], ctx), 'Add', new TimeSpan(3_000_000_000n))), '01:05:00'],
  ["[timespan]::FromMinutes(5).ToString('mm\\:ss')", () => call(new TimeSpan(3_000_000_000n), 'ToString', 'mm\\:ss'), '05:00'],
  ['[timespan]::Zero.Negate()', () => text(call(new TimeSpan(-50_000_000n), 'Negate')), '00:00:05'],
];

for (const [expression, actual, expected] of cases) {
  test(expression, () => {
    assert.equal(actual(), expected);
  });
}

test('a TimeSpan total is a Double even when integral', () => {
  assert.is(typeNameOf(value(new TimeSpan(864_000_000_000n), 'TotalDays')), 'System.Double');
});

test('errors with .NET texts', () => {
  const messages: [() => unknown, string][] = [
    [() => date(2023, 2, 29), 'Exception calling ".ctor" with "3" argument(s): "Year, Month, and Day parameters describe an un-representable DateTime."'],
    [() => call(date(9999, 12, 31), 'AddDays', 1), `Exception calling "AddDays" with "1" argument(s): "The added or subtracted value results in an un-representable DateTime. (Parameter 'value')"`],
    [() => invokeStaticMethod(dateType, 'Parse', ['not a date'], ctx), `Exception calling "Parse" with "1" argument(s): "String 'not a date' was not recognized as a valid DateTime."`],
    [() => invokeStaticMethod(spanType, 'FromDays', [1e20], ctx), 'Exception calling "FromDays" with "1" argument(s): "TimeSpan overflowed because the duration is too long."'],
  ];
  for (const [action, message] of messages) failsWith(action, message, { type: MethodInvocationException });
});

test.run();
