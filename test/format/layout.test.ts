/**
 * The layout primitives against pwsh's own rules: DisplayCells (wide characters take two
 * cells), StringManipulationHelper's word wrap, ColumnWidthManager's sharing and trimming,
 * and TableWriter's padding, ellipsis truncation and multi-line rows.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fitColumnWidths } from '../../src/format/column-widths.js';
import { cellLength } from '../../src/format/display-cells.js';
import { listEntryLines } from '../../src/format/list-writer.js';
import { TableWriter } from '../../src/format/table-writer.js';
import { truncateAtNewLine, wrapLines } from '../../src/format/text-lines.js';

test('CJK and full-width characters take two cells (CharLengthInBufferCells)', () => {
  assert.is(cellLength('abc'), 3);
  assert.is(cellLength('日本'), 4);
  assert.is(cellLength('ＡＢ'), 4);
  assert.is(cellLength('\u303f'), 1);
});

test('word wrap keeps each word with its trailing blank (GenerateLinesWithWordWrap)', () => {
  assert.equal(wrapLines('the quick brown fox jumps', 14, 14), ['the quick ', 'brown fox ', 'jumps']);
  assert.equal(wrapLines('short', 10, 10), ['short']);
  assert.equal(wrapLines('', 10, 10), ['']);
});

test('words longer than a line are split between characters', () => {
  assert.equal(wrapLines('abcdefghij', 4, 4), ['abcd', 'efgh', 'ij']);
  assert.equal(wrapLines('ab abcdefgh', 4, 4), ['ab a', 'bcde', 'fgh']);
});

test('embedded newlines start new lines and carriage returns vanish (SplitLines)', () => {
  assert.equal(wrapLines('one\r\ntwo', 10, 10), ['one', 'two']);
});

test('a cell shows only its first line, with an ellipsis (TruncateAtNewLine)', () => {
  assert.is(truncateAtNewLine('first\nsecond'), 'first\u2026');
  assert.is(truncateAtNewLine('single'), 'single');
});

test('open columns share the free room one cell at a time, first columns first', () => {
  assert.equal(fitColumnWidths([0, 0], 10), [5, 4]);
  assert.equal(fitColumnWidths([10, 0, 0], 30), [10, 9, 9]);
});

test('too wide tables lose their last columns, then narrow the last visible one (TrimToFit)', () => {
  assert.equal(fitColumnWidths([30, 30, 30], 50), [30, 19, -1]);
  assert.equal(fitColumnWidths([5, 5], 20), [5, 5]);
  assert.equal(fitColumnWidths([25, 5], 20), [20, -1]);
});

test('left cells are padded except in the last column; right cells are padded on the left', () => {
  const writer = new TableWriter([5, 4], ['left', 'right'], 120);
  assert.equal(writer.header(['Name', 'Size']), ['Name  Size', '----  ----']);
  assert.equal(writer.rowLines(['ab', '7'], false), ['ab       7']);
});

test('the last left-aligned column keeps no trailing blanks, but earlier empty cells are padded', () => {
  const writer = new TableWriter([3, 3], ['left', 'left'], 120);
  assert.equal(writer.rowLines(['', 'x'], false), ['    x']);
  assert.equal(writer.rowLines(['a', ''], false), ['a   ']);
});

test('truncation ends left cells and starts right cells with an ellipsis (GenerateRowField)', () => {
  const writer = new TableWriter([4, 4], ['left', 'right'], 120);
  assert.equal(writer.rowLines(['abcdefg', '1234567'], false), ['abc\u2026 \u2026567']);
  const tiny = new TableWriter([1, 1], ['left', 'right'], 120);
  assert.equal(tiny.rowLines(['abc', '123'], false), ['a 3']);
});

test('a wide character cut at the column edge leaves a blank cell of padding', () => {
  const writer = new TableWriter([4, 1], ['left', 'left'], 120);
  assert.equal(writer.rowLines(['日本語', 'x'], false), ['日\u2026  x']);
});

test('the dashes line is as long as the label, or the column when the label is wider', () => {
  const writer = new TableWriter([2, 6], ['left', 'left'], 120);
  assert.equal(writer.header(['Long', 'Id']), ['Lo Id', 'ng', '-- --']);
});

test('-Wrap rows continue under their column; blanks pad the earlier columns', () => {
  const writer = new TableWriter([5, 14], ['left', 'left'], 120);
  assert.equal(writer.rowLines(['short', 'the quick brown fox jumps'], true), ['short the quick', '      brown fox', '      jumps']);
});

test('a screen narrower than five cells shows no table', () => {
  const writer = new TableWriter([1], ['left'], 4);
  assert.equal(writer.header(['a']), []);
  assert.equal(writer.rowLines(['x'], false), []);
});

test('list labels are padded to the longest and values wrap under the first value line', () => {
  assert.equal(listEntryLines(['Name', 'Desc'], ['n', 'aaaa bbbb cccc dddd eeee'], 20), [
    'Name : n',
    'Desc : aaaa bbbb ',
    '       cccc dddd ',
    '       eeee',
  ]);
  assert.equal(listEntryLines(['a', 'Long'], ['line1\nline2', ''], 120), ['a    : line1', '       line2', 'Long : ']);
});

test.run();
