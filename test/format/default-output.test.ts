/**
 * The engine's Out-Default/Out-String entry points: psh values through the formatting module,
 * error records in ConciseView (pwsh's registered ErrorRecord view, written out of band).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DateTime, Hashtable, PSObject } from '../../src/engine/values/index.js';
import { engineLineFormatter, engineViews, formatOutput, OutputFormatter } from '../../src/format/default-output.js';

const object = (properties: Record<string, unknown>) => PSObject.customObject(properties);

test('formatOutput is Out-String: a table between blank lines', () => {
  assert.is(formatOutput([object({ a: 1, b: 'x' })]), '\na b\n- -\n1 x\n\n');
  assert.is(formatOutput(['a', 'b'], { noNewline: true }), 'ab');
});

test('engineLineFormatter gives lines as they complete: a multi-line string stays one line', () => {
  const formatter = engineLineFormatter({ columnNumber: Infinity });
  assert.equal(formatter.write('one\ntwo'), ['one\ntwo']);
  assert.equal(formatter.write(3), ['3']);
  assert.equal(formatter.end(), []);
});

test('flush ends the open table so that later output starts a new one', () => {
  const formatter = new OutputFormatter();
  assert.is(formatter.write(object({ a: 1 })), '\n');
  assert.is(formatter.flush(), 'a\n-\n1\n\n');
  assert.is(formatter.write('next'), 'next\n');
});

test('views registered on engineViews are used for their type', () => {
  const item = object({ Id: 7, Name: 'n' });
  item.typeNames = ['Test.DefaultOutput.Item', 'System.Object'];
  engineViews.register('Test.DefaultOutput.Item', { kind: 'list', items: [{ label: 'Identifier', value: 'Id' }] });
  assert.is(formatOutput([item]), '\nIdentifier : 7\n\n');
});

test('a DateTime shows its long date and time between blank lines (the DateTime view, en-US)', () => {
  const date = DateTime.fromFields({ year: 2024, month: 3, day: 5, hour: 14, minute: 7, second: 9, fractionTicks: 0 });
  assert.is(formatOutput([date]), '\nTuesday, March 5, 2024 2:07:09 PM\n\n');
});

test('a DateTime after a hashtable is written out of band as a list of its properties (types.ps1xml\'s DateTime first)', () => {
  const date = DateTime.fromFields({ year: 2024, month: 3, day: 5, hour: 14, minute: 7, second: 9, fractionTicks: 0 });
  const text = formatOutput([Hashtable.from({ a: 1 }), date]);
  const list = [
    'DateTime    : Tuesday, March 5, 2024 2:07:09 PM',
    'Date        : 03/05/2024 00:00:00',
    'Day         : 5',
    'DayOfWeek   : Tuesday',
    'DayOfYear   : 65',
    'Hour        : 14',
    'Kind        : Unspecified',
    'Millisecond : 0',
    'Microsecond : 0',
    'Nanosecond  : 0',
    'Minute      : 7',
    'Month       : 3',
    'Second      : 9',
    'Ticks       : 638452444290000000',
    'TimeOfDay   : 14:07:09',
    'Year        : 2024',
  ];
  assert.is(text, `\n${'Name'.padEnd(31)}Value\n${'----'.padEnd(31)}-----\n${'a'.padEnd(31)}1\n\n${list.join('\n')}\n\n\n`);
});

test('the console width and $FormatEnumerationLimit reach Out-Default', () => {
  const formatter = new OutputFormatter({ width: 12, enumerationLimit: 2 });
  const lines = formatter.write(object({ Numbers: [1, 2, 3], a: 1, b: 1, c: 1, d: 1 })) + formatter.flush();
  // Two cells are left for values: "{1, " is wider than that, so it is split between characters.
  assert.is(lines, '\nNumbers : {1\n          , \n          2…\n          }\na       : 1\nb       : 1\nc       : 1\nd       : 1\n\n');
});

test.run();
