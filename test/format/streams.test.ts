/**
 * Out-Default / Out-String over mixed streams, derived from pwsh 7's format-default
 * (InnerFormatShapeCommand) and OutCommandInner: scalars are written out of band as plain
 * lines, the first object picks the view for the rest of the stream, a registered view does not
 * take other types (they are shown out of band as lists), and tables wait for their group.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Hashtable, PSObject } from '../../src/engine/values/index.js';
import { engineFormatHost } from '../../src/format/engine-host.js';
import { FormatData, FormatEntryData, FormatStartData } from '../../src/format/format-data.js';
import { FormatShaper } from '../../src/format/format-shaper.js';
import { LineFormatter, outString, outStringStream } from '../../src/format/out-text.js';
import { defaultViewRegistry } from '../../src/format/views.js';

const object = (properties: Record<string, unknown>) => PSObject.customObject(properties);
const hashtableHeader = `${'Name'.padEnd(31)}Value\n${'----'.padEnd(31)}-----\n`;

test('strings and numbers are plain lines; a scalar during a table comes right after its rows', () => {
  // The table's group is held for auto-sizing; the out-of-band 'after' keeps its place in it.
  const text = outString(engineFormatHost, ['s', 1, object({ n: 1.5 }), 'after']);
  assert.is(text, 's\n1\n\n   n\n   -\n1.50\nafter\n\n');
});

test('$null produces no output and arrays are enumerated', () => {
  assert.is(outString(engineFormatHost, [null, [1, 'two', null]]), '1\ntwo\n');
});

test('the first object chooses the table; a later object of another shape fills the same columns', () => {
  // A view made from properties applies to every object (IsObjectApplicable), so the second
  // object's row is empty; the right alignment came from the first object's Int32.
  const text = outString(engineFormatHost, [object({ a: 1 }), object({ b: 2 })]);
  assert.is(text, '\na\n-\n1\n \n\n');
});

test('an object the registered view does not apply to is written as a list of its own', () => {
  const text = outString(engineFormatHost, [Hashtable.from({ a: 1 }), object({ b: 2 })]);
  assert.is(text, `\n${hashtableHeader}${'a'.padEnd(31)}1\n\nb : 2\n\n\n`);
});

test('Out-String -Stream yields one string per line; a multi-line string stays one', () => {
  assert.equal(outStringStream(engineFormatHost, ['a\nb', 'c']), ['a\nb', 'c']);
  assert.equal(outStringStream(engineFormatHost, [object({ a: 1 })]), ['', 'a', '-', '1', '']);
});

test('Out-String -NoNewline joins the lines', () => {
  assert.is(outString(engineFormatHost, ['a', 'b'], { noNewline: true }), 'ab');
});

test('Out-String -Width narrows tables', () => {
  const text = outString(engineFormatHost, [object({ A: 'short', B: 'abcdefghijklmnopqrstuvwxyz1234' })], { width: 20 });
  assert.is(text, '\nA     B\n-     -\nshort abcdefghijklm\u2026\n\n');
});

test('Format-Table output passes through Out-String unchanged', () => {
  const shaper = new FormatShaper(engineFormatHost, { shape: 'table' });
  const packets = [...shaper.process(object({ a: 1, b: 2, c: 3, d: 4, e: 5 })), ...shaper.end()];
  assert.ok(packets.every((p) => p instanceof FormatData));
  assert.ok(packets[0] instanceof FormatStartData);
  assert.is(outString(engineFormatHost, packets), '\na b c d e\n- - - - -\n1 2 3 4 5\n\n');
});

test('Format-Table output after an open implicit table closes that table first', () => {
  const shaper = new FormatShaper(engineFormatHost, { shape: 'list' });
  const packets = [...shaper.process(object({ b: 2 })), ...shaper.end()];
  assert.is(outString(engineFormatHost, [object({ a: 1 }), ...packets]), '\na\n-\n1\n\n\nb : 2\n\n');
});

test('Format-Table leaves scalars out of band unless -Force', () => {
  const plain = new FormatShaper(engineFormatHost, { shape: 'table' });
  const out = plain.process('text');
  assert.is(out.length, 1);
  assert.ok(out[0] instanceof FormatEntryData && out[0].outOfBand);
});

test('a custom view renders its type as text of its own', () => {
  const registry = defaultViewRegistry();
  registry.register('Test.Error', { kind: 'custom', outOfBand: true, render: (v) => `Error: ${(v as PSObject).propertyValue('Message') as string}` });
  const error = object({ Message: 'bad' });
  error.typeNames = ['Test.Error', 'System.Object'];
  assert.is(outString(engineFormatHost, [object({ a: 1 }), error, 'x'], { registry }), '\na\n-\n1\nError: bad\nx\n\n');
});

test('the incremental formatter writes scalars at once and a table at the end of its group', () => {
  const formatter = new LineFormatter(engineFormatHost);
  assert.equal(formatter.write('first'), ['first']);
  // The document's opening blank line is written at once; the group waits for auto-sizing.
  assert.equal(formatter.write(object({ a: 1 })), ['']);
  assert.equal(formatter.write(object({ a: 22 })), []);
  assert.equal(formatter.end(), [' a', ' -', ' 1', '22', '']);
});

test('Out-Default lists wrap at the console width (120 by default)', () => {
  const formatter = new LineFormatter(engineFormatHost);
  const value = 'x'.repeat(130);
  const lines = [...formatter.write(object({ a: value, b: 1, c: 1, d: 1, e: 1 })), ...formatter.end()];
  assert.equal(lines.slice(0, 3), ['', `a : ${'x'.repeat(116)}`, `    ${'x'.repeat(14)}`]);
});

test('a custom view that is not out of band is a document of its own, between blank lines', () => {
  const registry = defaultViewRegistry();
  registry.register('Test.Note', { kind: 'custom', render: (v) => `note ${(v as PSObject).propertyValue('n') as number}` });
  const note = (n: number) => {
    const o = object({ n });
    o.typeNames = ['Test.Note', 'System.Object'];
    return o;
  };
  assert.is(outString(engineFormatHost, [note(1), note(2)], { registry }), '\nnote 1\nnote 2\n\n');
  // Its text wraps at the line width like pwsh's ComplexWriter.
  assert.is(outString(engineFormatHost, [note(12345)], { registry, width: 6 }), '\nnote \n12345\n\n');
});

test('a view registered for a base type applies to derived types (most derived name first)', () => {
  const registry = defaultViewRegistry();
  registry.register('Test.Base', { kind: 'list', items: [{ label: 'Base', value: 'n' }] });
  registry.register('Test.Derived', { kind: 'list', items: [{ label: 'Derived', value: 'n' }] });
  const typed = (names: string[]) => {
    const o = object({ n: 1 });
    o.typeNames = [...names, 'System.Object'];
    return o;
  };
  assert.is(outString(engineFormatHost, [typed(['Test.Other', 'Test.Base'])], { registry }), '\nBase : 1\n\n');
  assert.is(outString(engineFormatHost, [typed(['Test.Derived', 'Test.Base'])], { registry }), '\nDerived : 1\n\n');
  // The second object carries the base type, so the first object's view applies to it too.
  assert.is(outString(engineFormatHost, [typed(['Test.Other', 'Test.Base']), typed(['Test.Base'])], { registry }), '\nBase : 1\n\nBase : 1\n\n');
});

test.run();
