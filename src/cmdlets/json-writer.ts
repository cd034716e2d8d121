/**
 * ConvertTo-Json's conversion, as pwsh's JsonObject.ConvertToJson does it: values are first
 * reduced to JSON nodes (dictionaries, lists, scalars) down to -Depth, deeper objects becoming
 * their string; then the nodes are written as Newtonsoft.Json writes them (two-space indentation,
 * `"name": value`, doubles with a decimal place, ISO dates with the kind's zone).
 */
import { enumerableItems, formatDouble, formatSingle, toPSString } from '../engine/conversion/index.js';
import { PSPropertyCollection } from '../engine/dotnet/index.js';
import { isTypeValue } from '../engine/types/index.js';
import { Char, DateTime, Guid, Hashtable, isEnumValue, NumericValue, PSNoteProperty, PSObject, ScriptBlock, Uri } from '../engine/values/index.js';

/** A value reduced to what JSON can hold; `Raw` is a number's text, written as is. */
export type JsonNode = null | boolean | string | Raw | JsonNode[] | Map<string, JsonNode>;

class Raw {
  constructor(readonly text: string) {}
}

/** Newtonsoft's StringEscapeHandling. */
export type StringEscapeHandling = 'Default' | 'EscapeNonAscii' | 'EscapeHtml';

export interface ConvertToJsonOptions {
  readonly depth: number;
  readonly enumsAsStrings: boolean;
  readonly compress: boolean;
  readonly escapeHandling: StringEscapeHandling;
  /** Called once when an object deeper than `depth` is cut to its string. */
  readonly onDepthExceeded: () => void;
  /** Raises NonStringKeyInDictionary for a dictionary with a key that is not a string. */
  readonly onNonStringKey: (dictionary: Hashtable) => never;
}

export function convertToJson(value: unknown, options: ConvertToJsonOptions): string {
  let warned = false;
  const context: ConvertToJsonOptions = {
    ...options,
    onDepthExceeded: () => {
      if (!warned) options.onDepthExceeded();
      warned = true;
    },
  };
  const node = jsonNode(value, 0, context);
  return options.compress ? compact(node, options.escapeHandling) : indented(node, '', options.escapeHandling);
}

function jsonNode(value: unknown, depth: number, options: ConvertToJsonOptions): JsonNode {
  if (value === null || value === undefined) return null;
  if (isEnumValue(value)) return options.enumsAsStrings ? String(value.toStringText) : scalarNode(value.baseObject)!;
  const wrapper = value instanceof PSObject && !isPlainPSObject(value) ? value : null;
  const base = wrapper && wrapper.baseObject !== undefined ? wrapper.baseObject : value;
  const scalar = scalarNode(base);
  if (scalar !== undefined) {
    // A string or date is written alone; another scalar keeps the wrapper's note properties.
    return typeof base === 'string' || base instanceof DateTime ? scalar : withNoteProperties(wrapper, scalar, depth, options);
  }
  if (depth > options.depth) {
    options.onDepthExceeded();
    return toPSString(value);
  }
  if (base instanceof Hashtable) return withNoteProperties(wrapper, dictionaryNode(base, depth, options), depth, options);
  const items = enumerableItems(base);
  if (items) return withNoteProperties(wrapper, items.map((item) => jsonNode(item, depth + 1, options)), depth, options);
  return propertiesNode(value, depth, options);
}

/** A PSObject that is only a property bag (PSCustomObject, or psh's own record objects). */
function isPlainPSObject(value: PSObject): boolean {
  return value.baseObject === undefined;
}

/** The JSON of a value JSON holds directly, or undefined for one converted by its contents. */
function scalarNode(value: unknown): JsonNode | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      return value;
    case 'number':
      return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff ? new Raw(String(value)) : realNode(formatDouble(value));
    case 'bigint':
      return new Raw(value.toString());
  }
  if (value instanceof NumericValue) {
    if (value.typeName === 'System.Double') return realNode(formatDouble(value.toNumber()));
    if (value.typeName === 'System.Single') return realNode(formatSingle(value.toNumber()));
    if (value.typeName === 'System.Decimal') return new Raw(withDecimalPlace(String(value.value)));
    return new Raw(String(value.value));
  }
  if (value instanceof Char || value instanceof Guid || value instanceof Uri) return value.toString();
  if (value instanceof DateTime) return value.toRoundtripString();
  return undefined;
}

/** Newtonsoft writes NaN and the infinities as strings, and gives whole doubles a '.0'. */
function realNode(text: string): JsonNode {
  if (text === 'NaN' || text.endsWith('Infinity')) return text;
  return new Raw(withDecimalPlace(text));
}

function withDecimalPlace(text: string): string {
  return /[.E]/.test(text) ? text : text + '.0';
}

function dictionaryNode(dictionary: Hashtable, depth: number, options: ConvertToJsonOptions): Map<string, JsonNode> {
  const result = new Map<string, JsonNode>();
  for (const [key, item] of dictionary) {
    if (typeof key !== 'string') options.onNonStringKey(dictionary);
    result.set(key, jsonNode(item, depth + 1, options));
  }
  return result;
}

/** An object by its properties: a property bag's note properties, a .NET object's properties. */
function propertiesNode(value: unknown, depth: number, options: ConvertToJsonOptions): Map<string, JsonNode> {
  const result = new Map<string, JsonNode>();
  if (value instanceof ScriptBlock || isTypeValue(value)) return result;
  for (const property of new PSPropertyCollection(value)) {
    if (result.has(property.name)) continue;
    let item: unknown;
    try {
      item = property.value;
    } catch {
      // pwsh writes null for a property whose getter throws.
      item = null;
    }
    result.set(property.name, jsonNode(item, depth + 1, options));
  }
  return result;
}

/** A wrapped value with note properties becomes `{"value": ..., "Note": ...}`, as pwsh writes it. */
function withNoteProperties(wrapper: PSObject | null, node: JsonNode, depth: number, options: ConvertToJsonOptions): JsonNode {
  const notes = wrapper ? [...wrapper.members].filter((member): member is PSNoteProperty => member instanceof PSNoteProperty) : [];
  if (notes.length === 0) return node;
  const result = node instanceof Map ? node : new Map<string, JsonNode>([['value', node]]);
  for (const note of notes) if (!result.has(note.name)) result.set(note.name, jsonNode(note.value, depth + 1, options));
  return result;
}

function indented(node: JsonNode, indent: string, escaping: StringEscapeHandling): string {
  const inner = indent + '  ';
  if (Array.isArray(node)) {
    if (node.length === 0) return '[]';
    return `[\n${node.map((item) => inner + indented(item, inner, escaping)).join(',\n')}\n${indent}]`;
  }
  if (node instanceof Map) {
    if (node.size === 0) return '{}';
    const entries = [...node].map(([name, item]) => `${inner}${quote(name, escaping)}: ${indented(item, inner, escaping)}`);
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return scalarText(node, escaping);
}

function compact(node: JsonNode, escaping: StringEscapeHandling): string {
  if (Array.isArray(node)) return `[${node.map((item) => compact(item, escaping)).join(',')}]`;
  if (node instanceof Map) return `{${[...node].map(([name, item]) => `${quote(name, escaping)}:${compact(item, escaping)}`).join(',')}}`;
  return scalarText(node, escaping);
}

function scalarText(node: null | boolean | string | Raw, escaping: StringEscapeHandling): string {
  if (node === null) return 'null';
  if (typeof node === 'boolean') return String(node);
  if (typeof node === 'string') return quote(node, escaping);
  return node.text;
}

const shortEscapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
/** EscapeHtml writes these as \uXXXX, the double quote included. */
const htmlCharacters = new Set(['<', '>', '&', "'", '"']);

/** A JSON string as Newtonsoft writes it: control characters (and by option HTML or non-ASCII ones) as \uXXXX. */
function quote(text: string, escaping: StringEscapeHandling): string {
  let result = '"';
  for (let i = 0; i < text.length; i++) result += escapeCodeUnit(text[i]!, escaping);
  return result + '"';
}

function escapeCodeUnit(unit: string, escaping: StringEscapeHandling): string {
  const html = escaping === 'EscapeHtml' && htmlCharacters.has(unit);
  const short = shortEscapes[unit];
  if (short !== undefined && !html) return short;
  const code = unit.charCodeAt(0);
  const needsEscape = html || code < 0x20 || code === 0x85 || code === 0x2028 || code === 0x2029 || (escaping === 'EscapeNonAscii' && code >= 0x80);
  return needsEscape ? '\\u' + code.toString(16).padStart(4, '0') : unit;
}
