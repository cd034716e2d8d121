/**
 * One-line text for a deserialized value in trace output: strings quoted, numbers and other
 * primitives as PowerShell prints them, objects by their ToString or type name, lists and
 * dictionaries briefly. Long text is cut so that every trace line stays readable.
 */
import { Hashtable, PSObject, typeNameOf } from '../../engine/values/index.js';

const MAX_TEXT = 160;

export function formatValue(value: unknown): string {
  return clip(format(value, 2));
}

export function clip(text: string, max = MAX_TEXT): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, '\\n');
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

function format(value: unknown, depth: number): string {
  if (value === null || value === undefined) return '$null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? '$true' : '$false';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return formatList(value, depth);
  if (value instanceof Hashtable) return formatDictionary(value, depth);
  if (value instanceof Uint8Array) return `byte[${value.length}]`;
  if (value instanceof PSObject) {
    const base = value.baseObject;
    if (value.toStringText !== undefined) return value.toStringText;
    if (Array.isArray(base)) return formatList(base, depth);
    if (base instanceof Hashtable) return formatDictionary(base, depth);
    if (base !== undefined) return format(base, depth);
    return formatProperties(value, depth);
  }
  return String(value) || `[${typeNameOf(value) ?? 'object'}]`;
}

function formatList(items: readonly unknown[], depth: number): string {
  if (depth <= 0) return `@(${items.length} items)`;
  return `@(${items.map((item) => format(item, depth - 1)).join(', ')})`;
}

function formatDictionary(table: Hashtable, depth: number): string {
  if (depth <= 0) return `@{${table.size} entries}`;
  return `@{${[...table].map(([key, value]) => `${format(key, 0)}=${format(value, depth - 1)}`).join('; ')}}`;
}

function formatProperties(object: PSObject, depth: number): string {
  if (depth <= 0) return '@{...}';
  const parts: string[] = [];
  for (const member of object.members) {
    if (member.memberType === 'NoteProperty') parts.push(`${member.name}=${format(object.propertyValue(member.name), depth - 1)}`);
  }
  return `@{${parts.join('; ')}}`;
}
