/**
 * Golden Out-String / Format-Table texts, each derived from pwsh 7's formatting source
 * (FormatViewGenerator_Table, OutCommandInner, ColumnWidthManager, TableWriter).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NumericValue, PSObject } from '../../src/engine/values/index.js';
import { engineFormatHost } from '../../src/format/engine-host.js';
import { FormatShaper, type FormatCommandOptions } from '../../src/format/format-shaper.js';
import { outString } from '../../src/format/out-text.js';
import { FormatViewRegistry, defaultViewRegistry } from '../../src/format/views.js';

const object = (properties: Record<string, unknown>) => PSObject.customObject(properties);

/** `values | Format-Table @options | Out-String -Width width`. */
function formatTable(values: unknown[], options: Omit<FormatCommandOptions, 'shape'> = {}, width?: number): string {
  const shaper = new FormatShaper(engineFormatHost, { shape: 'table', ...options });
  const packets = [...values.flatMap((v) => shaper.process(v)), ...shaper.end()];
  return outString(engineFormatHost, packets, { width });
}

test('auto-sized columns: widths from labels and data, numbers right-aligned, blank lines around', () => {
  // No view: columns get width 0, so OutCommandInner sizes them from the whole group; the first
  // object's Int32 value makes Size right-aligned (ComputeDefaultAlignment).
  const text = outString(engineFormatHost, [object({ Name: 'alpha', Size: 5 }), object({ Name: 'b', Size: 12345 })]);
  assert.is(text, '\nName   Size\n----   ----\nalpha     5\nb     12345\n\n');
});

test('narrow table: one-letter columns one space apart', () => {
  assert.is(outString(engineFormatHost, [object({ a: 1, b: 'x' })]), '\na b\n- -\n1 x\n\n');
});

test('booleans and doubles are scalars: right-aligned, doubles with two decimals in tables', () => {
  const text = outString(engineFormatHost, [object({ Flag: true, Ratio: 1.5, Whole: NumericValue.double(2) })]);
  assert.is(text, '\nFlag Ratio Whole\n---- ----- -----\nTrue  1.50  2.00\n\n');
});

test('decimals round half away from zero to two places in table cells', () => {
  const text = outString(engineFormatHost, [object({ Price: NumericValue.decimal('2.345') })]);
  assert.is(text, '\nPrice\n-----\n 2.35\n\n');
});

test('truncated last column: trimmed to the width, ending in an ellipsis', () => {
  // Widths 5 and 30 need 36 cells; with -Width 20 the last column shrinks to 14.
  const text = formatTable([object({ A: 'short', B: 'abcdefghijklmnopqrstuvwxyz1234' })], {}, 20);
  assert.is(text, '\nA     B\n-     -\nshort abcdefghijklm\u2026\n\n');
});

test('truncated right-aligned column keeps the tail of the number', () => {
  const text = formatTable([object({ Label: 'ab', Big: 12345678901234n })], {}, 10);
  assert.is(text, '\nLabel  Big\n-----  ---\nab    \u2026234\n\n');
});

test('a column that cannot keep one cell is hidden', () => {
  // 25 + 1 + 5 > 20: B is dropped, then A is narrowed to 20; the dashes keep A's padding
  // because the hidden B is still the last column (GenerateRow).
  const text = formatTable([object({ A: 'x'.repeat(25), B: 'short' })], {}, 20);
  assert.is(text, `\nA\n-${' '.repeat(19)}\n${'x'.repeat(19)}\u2026\n\n`);
});

test('wide table: default width is the 120-column window for non-interactive output', () => {
  const long = 'y'.repeat(130);
  const text = outString(engineFormatHost, [object({ Id: 1, Text: long })]);
  assert.is(text, `\nId Text\n-- ----\n 1 ${'y'.repeat(116)}\u2026\n\n`);
});

test('-Wrap: cells continue on further lines, word-wrapped in their column', () => {
  const text = formatTable([object({ A: 'short', B: 'the quick brown fox jumps' })], { wrap: true }, 20);
  assert.is(text, '\nA     B\n-     -\nshort the quick\n      brown fox\n      jumps\n\n');
});

test('-HideTableHeaders: rows only, still between blank lines', () => {
  assert.is(formatTable([object({ a: 1, b: 'x' })], { hideTableHeaders: true }), '\n1 x\n\n');
});

test('-AutoSize on a registered view with fixed widths sizes columns from the data', () => {
  const registry = new FormatViewRegistry();
  registry.register('Test.Item', { kind: 'table', columns: [{ label: 'Key', width: 10, value: 'k' }, { label: 'Val', value: 'v' }] });
  const item = (k: string, v: string) => {
    const o = object({ k, v });
    o.typeNames = ['Test.Item', 'System.Object'];
    return o;
  };
  const fixed = formatTable([item('a', 'b')], { registry }, 40);
  // Key keeps its 10 cells; Val gets the rest of the 40-column line.
  assert.is(fixed, `\nKey        Val\n---        ---\na          b\n\n`);
  const sized = formatTable([item('a', 'b')], { registry, autoSize: true }, 40);
  assert.is(sized, '\nKey Val\n--- ---\na   b\n\n');
  const truncated = formatTable([item('a', 'z'.repeat(35))], { registry }, 40);
  assert.is(truncated, `\nKey        Val\n---        ---\na          ${'z'.repeat(28)}\u2026\n\n`);
});

test('-GroupBy: a header per group, a blank line between groups, widths per group', () => {
  const rows = [object({ k: 'x', v: 1 }), object({ k: 'x', v: 22 }), object({ k: 'y', v: 3 })];
  const text = formatTable(rows, { groupBy: 'k' });
  assert.is(text, '\n   k: x\n\nk  v\n-  -\nx  1\nx 22\n\n   k: y\n\nk v\n- -\ny 3\n\n');
});

test('calculated properties: label, width, alignment and an evaluated expression', () => {
  const rows = [object({ n: 2 }), object({ n: 3 })];
  const text = formatTable(rows, {
    property: ['n', { label: 'Square', expression: (o) => ((o as PSObject).propertyValue('n') as number) ** 2, width: 8, alignment: 'left' }],
  });
  // n is sized from the data (1 cell); Square keeps its explicit width of 8 (the last column is not padded).
  assert.is(text, '\nn Square\n- ------\n2 4\n3 9\n\n');
});

test('a failing calculated property leaves its cell empty', () => {
  const text = formatTable([object({ a: 'x' })], {
    property: ['a', { label: 'Bad', expression: () => { throw new Error('boom'); } }],
  });
  assert.is(text, '\na Bad\n- ---\nx \n\n');
});

test('-Property wildcards expand against the first object', () => {
  const text = formatTable([object({ Name: 'n', Size: 1, Other: 'o' })], { property: ['*'] });
  assert.is(text, '\nName Size Other\n---- ---- -----\nn       1 o\n\n');
});

test('collections in cells: braces, at most $FormatEnumerationLimit items, then an ellipsis', () => {
  const text = outString(engineFormatHost, [object({ Items: [1, 2, 3, 4, 5], Few: ['a', null] })]);
  assert.is(text, `\nItems${' '.repeat(9)}Few\n-----${' '.repeat(9)}---\n{1, 2, 3, 4\u2026} {a, $null}\n\n`);
  const limited = outString(engineFormatHost, [object({ Items: [1, 2, 3] })], { enumerationLimit: 1 });
  assert.is(limited, '\nItems\n-----\n{1\u2026}\n\n');
});

test('the default registry is the one formatting uses when none is given', () => {
  assert.ok(defaultViewRegistry().find(['System.Collections.DictionaryEntry'], 'table'));
});

test('without -Wrap a multi-line cell shows its first line and an ellipsis', () => {
  // Auto-size counts every character of the value (3 cells), TruncateAtNewLine then cuts it.
  const text = outString(engineFormatHost, [object({ V: 'a\nb', W: 'x' })]);
  assert.is(text, '\nV   W\n-   -\na\u2026  x\n\n');
});

test('-GroupBy on a list: the group header, then the entries', () => {
  const shaper = new FormatShaper(engineFormatHost, { shape: 'list', groupBy: 'k' });
  const packets = [...[object({ k: 'x', v: 1 }), object({ k: 'y', v: 2 })].flatMap((o) => shaper.process(o)), ...shaper.end()];
  assert.is(outString(engineFormatHost, packets), '\n   k: x\n\nk : x\nv : 1\n\n\n   k: y\n\nk : y\nv : 2\n\n');
});

test('-Force formats scalars too; -Property reaches their .NET members', () => {
  // Without -Force a string stays out of band (ShouldProcessOutOfBand).
  assert.is(formatTable(['abc'], { property: ['Length'] }), 'abc\n');
  assert.is(formatTable(['abc', 'hello'], { property: ['Length'], force: true }), '\nLength\n------\n     3\n     5\n\n');
});

test.run();
