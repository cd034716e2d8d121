import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ConversionFailure, formatComposite, formatDateTime, formatNumber, formatTimeSpan } from '../../../src/engine/conversion/index.js';
import { createEnumValue, DateTime, NumericValue, TimeSpan } from '../../../src/engine/values/index.js';

// value.ToString(format, [cultureinfo]::InvariantCulture) in pwsh 7 (.NET 8).
const numbers: [number | bigint | NumericValue, string, string][] = [
  [3.14159, 'N2', '3.14'],
  [1234567.891, 'N2', '1,234,567.89'],
  [1234567.891, 'N0', '1,234,568'],
  [-1234.5, 'N1', '-1,234.5'],
  [0.125, 'F2', '0.13'],
  [1.005, 'F2', '1.00'],
  [2.5, 'F0', '3'],
  [-2.5, 'F0', '-3'],
  [-0.001, 'F2', '-0.00'],
  [-0, 'N1', '-0.0'],
  [NumericValue.decimal('-0.001'), 'F2', '0.00'],
  [1234.5, 'F', '1234.50'],
  [1234.5, 'E2', '1.23E+003'],
  [1234.5, 'e', '1.234500e+003'],
  [0.000123, 'E1', '1.2E-004'],
  [0.1234, 'P', '12.34 %'],
  [0.1234, 'P0', '12 %'],
  [255, 'X4', '00FF'],
  [255, 'x', 'ff'],
  [-1, 'X', 'FFFFFFFF'],
  [-1n, 'X', 'FFFFFFFFFFFFFFFF'],
  [NumericValue.integer('System.Byte', 10), 'X', 'A'],
  [42, 'D5', '00042'],
  [-42, 'D5', '-00042'],
  [5, 'B8', '00000101'],
  [1234.5, 'G3', '1.23E+03'],
  [1234.5, 'G', '1234.5'],
  [0.1 + 0.2, 'R', '0.30000000000000004'],
  [123, 'G2', '1.2E+02'],
  [NumericValue.decimal('1234.5678'), 'N2', '1,234.57'],
  [NumericValue.decimal('1.50'), 'G', '1.50'],
  [1234.5, '0.00', '1234.50'],
  [1234.5, '#,##0.##', '1,234.5'],
  [0.5, '#.##', '.5'],
  [0, '#.##', ''],
  [0, '0.0', '0.0'],
  [-0.001, '0.00', '-0.00'],
  [NumericValue.decimal('-0.001'), '0.00', '0.00'],
  [42, '000', '042'],
  [42, '(###) ###', '() 42'],
  [1234567, '#,#', '1,234,567'],
  [1234567, '#,,', '1'],
  [0.256, '0.0%', '25.6%'],
  [-5, '0;(0)', '(5)'],
  [0, '0;(0);zero', 'zero'],
  [1234.5, '0.0E+00', '1.2E+03'],
  [42, "'#'0", '#42'],
  [42, '\\#0', '#42'],
];

test('numbers format as .NET formats them in the invariant culture', () => {
  for (const [value, format, expected] of numbers) assert.is(formatNumber(value, format), expected, `${String(value)}.ToString('${format}')`);
});

test('a format specifier a type does not support is FormatException', () => {
  for (const [value, format] of [[1.5, 'D'], [1.5, 'X'], [5, 'Q'], [5, 'F999999999']] as const) {
    assert.throws(() => formatNumber(value, format), (error: unknown) => error instanceof ConversionFailure && error.message === 'Format specifier was invalid.');
  }
});

test('dates and time spans format in the invariant culture', () => {
  const date = DateTime.fromFields({ year: 2024, month: 3, day: 5, hour: 14, minute: 7, second: 9, fractionTicks: 1_234_567 });
  const table: [string, string][] = [
    ['d', '03/05/2024'],
    ['D', 'Tuesday, 05 March 2024'],
    ['t', '14:07'],
    ['T', '14:07:09'],
    ['g', '03/05/2024 14:07'],
    ['s', '2024-03-05T14:07:09'],
    ['o', '2024-03-05T14:07:09.1234567'],
    ['yyyy-MM-dd HH:mm:ss.fff', '2024-03-05 14:07:09.123'],
    ['dddd d MMM yy', 'Tuesday 5 Mar 24'],
    ['h:mm tt', '2:07 PM'],
    ["'Day' dd", 'Day 05'],
    ['HH:mm:ss.FFF', '14:07:09.123'],
  ];
  for (const [format, expected] of table) assert.is(formatDateTime(date, format), expected, format);
  const whole = DateTime.fromFields({ year: 2024, month: 3, day: 5, hour: 0, minute: 0, second: 0, fractionTicks: 0 });
  assert.is(formatDateTime(whole, 'ss.FFF'), '00');
  const span = new TimeSpan(937_845_000_000n);
  assert.is(formatTimeSpan(span, 'c'), '1.02:03:04.5000000');
  assert.is(formatTimeSpan(span, 'g'), '1:2:03:04.5');
  assert.is(formatTimeSpan(span, 'hh\\:mm'), '02:03');
  assert.throws(() => formatTimeSpan(span, 'hh:mm'), (error: unknown) => error instanceof ConversionFailure);
});

test('composite formatting: alignment, escapes, and .NET errors', () => {
  assert.is(formatComposite('{0,-10:N2}|', [3.14159]), '3.14      |');
  assert.is(formatComposite('{0,6}|{1,-3}|', ['ab', 'c']), '    ab|c  |');
  assert.is(formatComposite('{{{0}}}', [1]), '{1}');
  assert.is(formatComposite('{1:X4}', [0, 255]), '00FF');
  assert.is(formatComposite('{0} {1}', [null, [1, 2]]), ' System.Object[]');
  assert.throws(() => formatComposite('{1}', [1]), (error: Error) => error.message === 'Index (zero based) must be greater than or equal to zero and less than the size of the argument list.');
  for (const bad of ['{', '{0', '}', '{x}', '{0,}']) {
    assert.throws(() => formatComposite(bad, [1]), (error: Error) => error.message === 'Input string was not in a correct format.', bad);
  }
});
test('enums format as Enum.ToString(format): G/F the name, D the number, X hex as wide as the underlying type', () => {
  const blue = createEnumValue('System.ConsoleColor', 'Blue', 9);
  assert.is(formatComposite('{0}|{0:G}|{0:f}|{0:D}|{0:X}|{0,-6}|', [blue]), 'Blue|Blue|Blue|9|00000009|Blue  |');
  const small = createEnumValue('Example.SmallEnum', 'Two', NumericValue.integer('System.Byte', 2));
  assert.is(formatComposite('{0:x}', [small]), '02');
  assert.throws(() => formatComposite('{0:N}', [blue]), (error: Error) => error.message === 'Format string can be only "G", "g", "X", "x", "F", "f", "D" or "d".');
});

test.run();
