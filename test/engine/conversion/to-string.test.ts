import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatDouble, formatSingle, toBoolean, toPSString } from '../../../src/engine/conversion/index.js';
import { resolveType } from '../../../src/engine/types/index.js';
import { Char, DateTime, Hashtable, NumericValue, PSObject, ScriptBlock, TimeSpan } from '../../../src/engine/values/index.js';

// Double.ToString() in .NET (what pwsh prints): shortest round-trip digits, scientific from E+15 and below E-05.
const doubles: [number, string][] = [
  [0, '0'],
  [-0, '-0'],
  [1.5, '1.5'],
  [0.1 + 0.2, '0.30000000000000004'],
  [1 / 3, '0.3333333333333333'],
  [123456789012345, '123456789012345'],
  [1e15, '1E+15'],
  [2 ** 53, '9.007199254740992E+15'],
  [1.7976931348623157e308, '1.7976931348623157E+308'],
  [0.0001, '0.0001'],
  [0.00001, '1E-05'],
  [1.5e-7, '1.5E-07'],
  [5e-324, '5E-324'],
  [-1234.5, '-1234.5'],
  [NaN, 'NaN'],
  [Infinity, 'Infinity'],
  [-Infinity, '-Infinity'],
];

test('doubles print as .NET prints them', () => {
  for (const [value, text] of doubles) assert.is(formatDouble(value), text, String(value));
});

test('singles print with single precision', () => {
  assert.is(formatSingle(Math.fround(1.1)), '1.1');
  assert.is(formatSingle(Math.fround(1234567)), '1234567');
  assert.is(formatSingle(Math.fround(16777216)), '1.6777216E+07');
  assert.is(formatSingle(Math.fround(1e7)), '1E+07');
  assert.is(formatSingle(Math.fround(3.4028235e38)), '3.4028235E+38');
});

test('toPSString renders values as pwsh\'s string conversion does', () => {
  const table: [unknown, string][] = [
    [null, ''],
    [true, 'True'],
    [42, '42'],
    [2n ** 40n, '1099511627776'],
    [NumericValue.decimal('1.50'), '1.50'],
    [NumericValue.double(2), '2'],
    [new Char(120), 'x'],
    [[1, 'a', null, 2.5], '1 a  2.5'],
    [[1, [2, 3]], '1 System.Object[]'],
    [Hashtable.from({ a: 1 }), 'System.Collections.Hashtable'],
    [PSObject.customObject({ a: 1, b: [1, 2] }), '@{a=1; b=System.Object[]}'],
    [new ScriptBlock(' 1 + 1 '), ' 1 + 1 '],
    [DateTime.fromFields({ year: 2024, month: 1, day: 31, hour: 13, minute: 5, second: 9, fractionTicks: 0 }), '01/31/2024 13:05:09'],
    [new TimeSpan(-(36_000_000_000n + 5_000_000n)), '-01:00:00.5000000'],
    [resolveType('int'), 'int'],
    [resolveType('System.Collections.Hashtable'), 'hashtable'],
    [resolveType('System.Version'), 'version'],
    [resolveType('System.Collections.Hashtable[]'), 'hashtable[]'],
    [resolveType('System.ValueType'), 'System.ValueType'],
  ];
  for (const [value, text] of table) assert.is(toPSString(value), text, text);
  assert.is(toPSString([1, 2, 3], ','), '1,2,3');
  // The .NET surface's collections (List[T], ArrayList) are iterable objects; they join like arrays.
  assert.is(toPSString(new Set([1, 'b'])), '1 b');
  assert.is(toPSString(new PSObject([1, 2])), '1 2');
});

test('toBoolean follows LanguagePrimitives.IsTrue', () => {
  const table: [unknown, boolean][] = [
    [null, false],
    ['', false],
    ['False', true],
    ['0', true],
    [0, false],
    [0n, false],
    [NumericValue.decimal('0.00'), false],
    [NumericValue.decimal('0.01'), true],
    [NaN, true],
    [[], false],
    [[0], false],
    [[1], true],
    [[[]], false],
    [[[0]], true],
    [[0, 0], true],
    [new Char(0), true],
    [Hashtable.from({}), true],
    [new PSObject(0), false],
  ];
  table.forEach(([value, expected], index) => assert.is(toBoolean(value), expected, `case ${index}`));
});

test('a property bag that contains itself still renders', () => {
  const bag = PSObject.customObject({ a: 1 });
  bag.addNoteProperty('self', bag);
  const text = toPSString(bag);
  assert.ok(text.startsWith('@{a=1; self=@{a=1; self=@{a=1;'));
  assert.ok(text.includes('System.Management.Automation.PSCustomObject'));
});

test.run();
