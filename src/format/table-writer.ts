/**
 * pwsh's TableWriter: lays out a table's header, the dashes line under it, and its rows in
 * fixed columns one space apart. Cells longer than their column end in an ellipsis (at the
 * head for right-aligned columns) or, in multi-line (-Wrap) rows, continue on further lines.
 * The last column is never padded with trailing blanks.
 */
import { fitColumnWidths } from './column-widths.js';
import { cellLength, fitFromHead, tailStart } from './display-cells.js';
import { ellipsis, padding, truncateAtNewLine, wrapLines } from './text-lines.js';

export type Alignment = 'left' | 'right' | 'center';

const minimumScreenColumns = 5;

/** One cell's text fitted to `width` cells (pwsh's GenerateRowField). */
function fitField(value: string, width: number, alignment: Alignment, addPadding: boolean): string {
  let text = truncateAtNewLine(value);
  const length = cellLength(text);
  if (length < width) {
    const pad = width - length;
    if (alignment === 'right') text = padding(pad) + text;
    else if (alignment === 'center') {
      const left = Math.floor(pad / 2);
      text = padding(left) + text + (addPadding ? padding(pad - left) : '');
    } else if (addPadding) text += padding(pad);
  } else if (length > width) {
    const room = width - ellipsis.length;
    if (room > 0) {
      text = alignment === 'right' ? ellipsis + text.slice(tailStart(text, room)) : text.slice(0, fitFromHead(text, room)) + ellipsis;
    } else {
      text = alignment === 'right' ? text.slice(tailStart(text, width)) : text.slice(0, fitFromHead(text, width));
    }
  }
  // A wide character cut in two leaves the text one cell short.
  if (cellLength(text) === width) return text;
  if (alignment === 'right') return ' ' + text;
  return addPadding ? text + ' ' : text;
}

export class TableWriter {
  /** Column widths after fitting the screen; -1 marks a hidden column. */
  readonly widths: readonly number[];
  private readonly disabled: boolean;

  constructor(
    requestedWidths: readonly number[],
    private readonly alignments: readonly Alignment[],
    screenColumns: number,
    private readonly hideHeader = false,
  ) {
    this.widths = fitColumnWidths(requestedWidths, screenColumns);
    this.disabled = screenColumns < minimumScreenColumns || !this.widths.some((w) => w >= 1);
  }

  /** The header lines: labels (wrapping when a column is narrower) and the dashes line. */
  header(labels: readonly string[]): string[] {
    if (this.disabled || this.hideHeader) return [];
    const dashes = labels.map((label, k) => {
      const width = this.widths[k]!;
      if (width <= 0) return '';
      return '-'.repeat(label ? Math.min(width, cellLength(label)) : width);
    });
    return [...this.multiLineRow(labels, this.alignments), this.row(dashes, this.alignments)];
  }

  /** The lines for one row; `alignments` override the columns' own where given. */
  rowLines(values: readonly string[], multiLine: boolean, alignments: readonly (Alignment | undefined)[] = []): string[] {
    if (this.disabled) return [];
    const effective = this.alignments.map((a, k) => alignments[k] ?? a);
    return multiLine ? this.multiLineRow(values, effective) : [this.row(values, effective)];
  }

  private row(values: readonly string[], alignments: readonly Alignment[]): string {
    let line = '';
    this.widths.forEach((width, k) => {
      if (width <= 0) return;
      if (k > 0) line += ' ';
      line += fitField(values[k] ?? '', width, alignments[k]!, k < this.widths.length - 1);
    });
    return line;
  }

  /** pwsh's GenerateTableRow: each cell wrapped in its column, shorter cells padded below. */
  private multiLineRow(values: readonly string[], alignments: readonly Alignment[]): string[] {
    const columns = this.widths.flatMap((w, k) => (w > 0 ? [k] : []));
    if (columns.length === 0) return [];
    const cells = columns.map((k, index) => {
      const width = this.widths[k]!;
      const addPadding = index < columns.length - 1;
      const lines = wrapLines(values[k] ?? '', width, width).map((line) =>
        (addPadding || alignments[k] !== 'left') && cellLength(line) < width ? fitField(line, width, alignments[k]!, addPadding) : line,
      );
      return index > 0 ? lines.map((line) => ' ' + line) : lines;
    });
    const height = Math.max(...cells.map((c) => c.length));
    const lastWithContent = Array.from({ length: height }, (_, row) => cells.reduce((last, c, col) => (c.length > row ? col : last), 0));
    cells.forEach((lines, col) => {
      const blank = col < cells.length - 1 ? padding(this.widths[columns[col]!]! + (col > 0 ? 1 : 0)) : '';
      for (let row = lines.length; row < height; row++) lines.push(col > lastWithContent[row]! ? '' : blank);
    });
    return Array.from({ length: height }, (_, row) =>
      cells.map((lines, col) => (col === lastWithContent[row] && height > 1 ? lines[row]!.trimEnd() : lines[row]!)).join(''),
    );
  }
}
