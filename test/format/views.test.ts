/**
 * Golden texts for lists, wide views and hashtables, derived from pwsh 7's ListWriter,
 * WideOutputContext and the DictionaryEntry view in DotNetTypes.format.ps1xml.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Hashtable, PSObject } from '../../src/engine/values/index.js';
import { engineFormatHost } from '../../src/format/engine-host.js';
import { FormatShaper, type FormatCommandOptions } from '../../src/format/format-shaper.js';
import { outString } from '../../src/format/out-text.js';
import { wideItemsPerRow } from '../../src/format/format-writer.js';

const object = (properties: Record<string, unknown>) => PSObject.customObject(properties);

function format(values: unknown[], options: FormatCommandOptions, width?: number): string {
  const shaper = new FormatShaper(engineFormatHost, options);
  return outString(engineFormatHost, [...values.flatMap((v) => shaper.process(v)), ...shaper.end()], { width });
}

test('five properties make a list: labels padded to the longest, an empty line after each object', () => {
  // GetShapeFromPropertyCount: more than four properties -> list. An empty value keeps the
  // "label : " prefix with its trailing blank; a multi-line value continues under the value.
  const first = object({ Name: 'n', LongerName: 2, c: null, d: 'line1\nline2', e: 1.5 });
  const second = object({ Name: 'm', LongerName: 3, c: 'x', d: 'y', e: 2.5 });
  const text = outString(engineFormatHost, [first, second]);
  assert.is(
    text,
    '\nName       : n\nLongerName : 2\nc          : \nd          : line1\n             line2\ne          : 1.5\n\n' +
      'Name       : m\nLongerName : 3\nc          : x\nd          : y\ne          : 2.5\n\n',
  );
});

test('list values wrap at the line width, continuation lines indented under the value', () => {
  const text = format([object({ Desc: 'aaaa bbbb cccc dddd eeee' })], { shape: 'list' }, 20);
  assert.is(text, '\nDesc : aaaa bbbb \n       cccc dddd \n       eeee\n\n');
});

test('Out-String without -Width does not wrap list values', () => {
  const long = 'w '.repeat(100).trimEnd();
  assert.is(format([object({ V: long })], { shape: 'list' }), `\nV : ${long}\n\n`);
});

test('Format-List -Property with a calculated property', () => {
  const text = format([object({ a: 1, b: 2 })], { shape: 'list', property: ['b', { label: 'Twice', expression: (o) => 2 * ((o as PSObject).propertyValue('a') as number) }] });
  assert.is(text, '\nb     : 2\nTwice : 2\n\n');
});

test('Format-Wide: two columns by default, sharing the window width', () => {
  // WideOutputContext: 2 items per row, column widths 0 -> ColumnWidthManager gives 60 and 59.
  const names = ['alpha', 'b', 'c', 'd', 'e'].map((Name) => object({ Name, Other: 1 }));
  const text = format(names, { shape: 'wide' });
  assert.is(text, `\n${'alpha'.padEnd(60)} b\n${'c'.padEnd(60)} d\n${'e'.padEnd(60)} \n\n`);
});

test('Format-Wide -Column 3 and the display name property', () => {
  const names = ['alpha', 'b', 'c', 'd', 'e'].map((Name) => object({ Size: 1, Name }));
  const text = format(names, { shape: 'wide', column: 3 });
  assert.is(text, `\n${'alpha'.padEnd(40)} ${'b'.padEnd(39)} c\n${'d'.padEnd(40)} ${'e'.padEnd(39)} \n\n`);
});

test('Format-Wide -AutoSize fits as many columns as the longest item allows', () => {
  assert.is(wideItemsPerRow(5, 120), 20);
  assert.is(wideItemsPerRow(59, 120), 2);
  assert.is(wideItemsPerRow(60, 120), 1);
  assert.is(wideItemsPerRow(200, 120), 1);
  const items = ['a'.repeat(50), 'bb', 'cc'].map((Name) => object({ Name }));
  const text = format(items, { shape: 'wide', autoSize: true });
  // Two 50-cell items fit in 120 columns; the widths are then shared: 60 and 59.
  assert.is(text, `\n${'a'.repeat(50).padEnd(60)} bb\n${'cc'.padEnd(60)} \n\n`);
});

test('a hashtable is the Name/Value table: Name 30 cells wide, Value the rest of the window', () => {
  const text = outString(engineFormatHost, [Hashtable.from([['a', 1], ['bb', 'two'], ['ratio', 1.5]], true)]);
  assert.is(
    text,
    `\n${'Name'.padEnd(31)}Value\n${'----'.padEnd(31)}-----\n${'a'.padEnd(31)}1\n${'bb'.padEnd(31)}two\n${'ratio'.padEnd(31)}1.5\n\n`,
  );
});

test('hashtable keys past 30 cells and values past the window are truncated', () => {
  const key = 'k'.repeat(35);
  const text = outString(engineFormatHost, [Hashtable.from([[key, 'v'.repeat(100)]])]);
  assert.is(text, `\n${'Name'.padEnd(31)}Value\n${'----'.padEnd(31)}-----\n${'k'.repeat(29)}\u2026 ${'v'.repeat(88)}\u2026\n\n`);
});

test('two hashtables in a row share one table', () => {
  const text = outString(engineFormatHost, [Hashtable.from({ a: 1 }), Hashtable.from({ b: 2 })]);
  assert.is(text, `\n${'Name'.padEnd(31)}Value\n${'----'.padEnd(31)}-----\n${'a'.padEnd(31)}1\n${'b'.padEnd(31)}2\n\n`);
});

test('a hashtable in a table cell shows its keys', () => {
  const text = outString(engineFormatHost, [object({ H: Hashtable.from([['x', 1], ['y', 2]], true) })]);
  assert.is(text, '\nH\n-\n{x, y}\n\n');
});

test.run();
