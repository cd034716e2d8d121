/**
 * pwsh's ListWriter: one "Label : value" line per property, labels padded to the longest
 * (capped so at least one cell is left for the value), values wrapped at the screen width with
 * continuation lines indented under the first value line.
 */
import { cellLength, fitFromHead } from './display-cells.js';
import { padding, splitLines, wrapLines } from './text-lines.js';

const separator = ' : ';
const minimumFieldWidth = 1;
const minimumLabelWidth = 1;

/** The lines for one list entry on a screen `screenColumns` wide (no trailing blank line). */
export function listEntryLines(labels: readonly string[], values: readonly string[], screenColumns: number): string[] {
  if (labels.length === 0 || screenColumns - separator.length - minimumFieldWidth - minimumLabelWidth < 0) return [];
  const maxLabel = screenColumns - separator.length - minimumFieldWidth;
  const labelWidth = Math.min(maxLabel, Math.max(...labels.map((l) => cellLength(l))));
  const prefixes = labels.map((label) => {
    const length = cellLength(label);
    const fitted = length < labelWidth ? label + padding(labelWidth - length) : length > labelWidth ? label.slice(0, fitFromHead(label, labelWidth)) : label;
    return fitted + separator;
  });
  const prefixWidth = labelWidth + separator.length;
  const indent = padding(prefixWidth);
  const fieldWidth = screenColumns - prefixWidth;
  const lines: string[] = [];
  prefixes.forEach((prefix, k) => {
    splitLines(values[k] ?? '').forEach((valueLine, i) => {
      wrapLines(valueLine, fieldWidth, fieldWidth).forEach((screenLine, j) => {
        lines.push((i === 0 && j === 0 ? prefix : indent) + screenLine);
      });
    });
  });
  return lines;
}
