/**
 * A first version of pwsh's default output formatting (Out-Default / Out-String): scalars as
 * their string form, hashtables as the Name/Value table, custom objects as a table (up to four
 * properties) or a list (five or more), error records in ConciseView. Consecutive objects of
 * the same kind share one table, as pwsh's formatter groups them.
 */
import { toPSString } from '../engine/conversion/index.js';
import { enumerateCollection } from '../engine/dotnet/index.js';
import { ErrorRecord } from '../engine/runtime/error-record.js';
import { Hashtable, NumericValue, PSNoteProperty, PSObject, ScriptBlock } from '../engine/values/index.js';
import { conciseErrorRecordView } from './error-view.js';

type Group = { kind: 'hashtable'; rows: Hashtable[] } | { kind: 'object'; properties: string[]; rows: PSObject[] };

function isPropertyBag(value: unknown): value is PSObject {
  return value instanceof PSObject && value.isCustomObject && !(value instanceof ErrorRecord) && value.toStringText === undefined;
}

function noteProperties(value: PSObject): PSNoteProperty[] {
  return [...value.members].filter((m): m is PSNoteProperty => m instanceof PSNoteProperty);
}

/** A value as one table or list cell: collections in braces, objects as @{a=1; b=2}. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isPropertyBag(value)) return `@{${noteProperties(value).map((p) => `${p.name}=${cellText(p.value)}`).join('; ')}}`;
  const items = enumerateCollection(value);
  if (items) return `{${items.map(cellText).join(', ')}}`;
  return toPSString(value);
}

function isNumeric(value: unknown): boolean {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof NumericValue;
}

function renderTable(headers: string[], rows: unknown[][]): string {
  const texts = rows.map((row) => row.map(cellText));
  const rightAligned = headers.map((_, i) => rows.length > 0 && isNumeric(rows[0][i]));
  const widths = headers.map((h, i) => Math.max(h.length, ...texts.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]) : i === cells.length - 1 ? c : c.padEnd(widths[i]))).join(' ').trimEnd();
  const out = ['', line(headers), line(headers.map((h) => '-'.repeat(h.length)).map((d, i) => (rightAligned[i] ? d.padStart(widths[i]) : d))), ...texts.map(line), ''];
  return out.join('\n') + '\n';
}

function renderHashtables(rows: Hashtable[]): string {
  const entries = rows.flatMap((table) => [...table.entries()]);
  const nameWidth = 30;
  const line = (name: string, value: string) => `${name.length > nameWidth ? name.slice(0, nameWidth - 1) + '\u2026' : name.padEnd(nameWidth)} ${value}`.trimEnd();
  const out = ['', line('Name', 'Value'), line('----', '-----'), ...entries.map(([k, v]) => line(cellText(k), cellText(v))), ''];
  return out.join('\n') + '\n';
}

function renderList(rows: PSObject[]): string {
  const out: string[] = [''];
  for (const row of rows) {
    const properties = noteProperties(row);
    const width = Math.max(...properties.map((p) => p.name.length));
    for (const p of properties) out.push(`${p.name.padEnd(width)} : ${cellText(p.value)}`.trimEnd());
    out.push('');
  }
  return out.join('\n') + '\n';
}

function renderGroup(group: Group): string {
  if (group.kind === 'hashtable') return renderHashtables(group.rows);
  if (group.properties.length >= 5) return renderList(group.rows);
  return renderTable(group.properties, group.rows.map((row) => group.properties.map((p) => row.propertyValue(p) ?? null)));
}

/** Formats objects as they arrive; tables are held until an object of another kind (or the end). */
export class OutputFormatter {
  private group: Group | null = null;

  /** The text to show now for `value` (possibly the previous table, now complete). */
  write(value: unknown): string {
    if (value === null || value === undefined) return '';
    if (value instanceof Hashtable) {
      if (this.group?.kind === 'hashtable') {
        this.group.rows.push(value);
        return '';
      }
      const flushed = this.flush();
      this.group = { kind: 'hashtable', rows: [value] };
      return flushed;
    }
    if (isPropertyBag(value)) {
      if (this.group?.kind === 'object') {
        this.group.rows.push(value);
        return '';
      }
      const flushed = this.flush();
      this.group = { kind: 'object', properties: noteProperties(value).map((p) => p.name), rows: [value] };
      return flushed;
    }
    return this.flush() + scalarText(value);
  }

  /** The pending table, if any. */
  flush(): string {
    const group = this.group;
    this.group = null;
    return group ? renderGroup(group) : '';
  }
}

function scalarText(value: unknown): string {
  if (value instanceof ErrorRecord) return conciseErrorRecordView(value) + '\n';
  if (value instanceof ScriptBlock) return value.text + '\n';
  const items = enumerateCollection(value);
  if (items) return items.map((item) => scalarText(item)).join('');
  return toPSString(value) + '\n';
}

/** The text Out-String (and `> file`) produces for these objects. */
export function formatOutput(values: readonly unknown[]): string {
  const formatter = new OutputFormatter();
  let text = '';
  for (const value of values) text += formatter.write(value);
  return text + formatter.flush();
}
