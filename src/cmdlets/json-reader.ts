/**
 * ConvertFrom-Json's reader: JSON text to psh values, as pwsh reads it with Newtonsoft.Json's
 * JsonTextReader. It is as lenient as Newtonsoft (comments, single-quoted strings, unquoted
 * property names, trailing commas, NaN and Infinity) and fails with Newtonsoft's messages, each
 * ending in "Path '...', line L, position P." (line 0 before anything is read).
 */
import { DateTime, NumericValue } from '../engine/values/index.js';

/** JSON as the reader produced it, before ConvertFrom-Json turns objects into its own values. */
export type JsonValue = null | boolean | string | number | bigint | NumericValue | DateTime | JsonValue[] | JsonObject;

/** An object's members in document order; a repeated name keeps its first place and its last value, as Newtonsoft's JObject does. */
export class JsonObject {
  readonly members = new Map<string, JsonValue>();
}

/** Newtonsoft's JsonException, with its message (position and path included). */
export class JsonReadError extends Error {}

export interface JsonReadOptions {
  /** Newtonsoft's MaxDepth: containers nested deeper fail. */
  readonly maxDepth: number;
  /** False for -DateKind String: ISO date strings stay strings. */
  readonly parseDates: boolean;
}

type Container = { readonly kind: 'object'; name: string | null } | { readonly kind: 'array'; index: number };

const numberTerminators = new Set([',', '}', ']', ')', '/']);
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Reads one JSON document; undefined when the text holds no value at all. */
export function readJson(text: string, options: JsonReadOptions): JsonValue | undefined {
  return new Reader(text, options).document();
}

class Reader {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  /** True once the first token has been read (Newtonsoft reports line 0 before that). */
  private started = false;
  private readonly containers: Container[] = [];

  constructor(
    private readonly text: string,
    private readonly options: JsonReadOptions,
  ) {}

  document(): JsonValue | undefined {
    this.skipWhitespace();
    if (this.pos >= this.text.length) return undefined;
    const value = this.value();
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail(`Additional text encountered after finished reading JSON content: ${this.text[this.pos]}.`);
    return value;
  }

  private value(): JsonValue {
    const c = this.text[this.pos];
    switch (c) {
      case '"':
      case "'":
        return this.finishScalar(this.dateOrString(this.string(c)));
      case '{':
        return this.object();
      case '[':
        return this.array();
      case 't':
        return this.finishScalar(this.literal('true', true, 'Error parsing boolean value.'));
      case 'f':
        return this.finishScalar(this.literal('false', false, 'Error parsing boolean value.'));
      case 'n':
        return this.finishScalar(this.literal('null', null, 'Error parsing null value.'));
      case 'u':
        return this.finishScalar(this.literal('undefined', null, 'Error parsing undefined value.'));
      case 'N':
        return this.finishScalar(this.literal('NaN', Number.NaN, 'Error parsing NaN value.'));
      case 'I':
        return this.finishScalar(this.literal('Infinity', Number.POSITIVE_INFINITY, 'Error parsing Infinity value.'));
      case undefined:
        return this.unexpectedEnd();
    }
    if (c === '-' && this.text[this.pos + 1] === 'I') {
      this.pos++;
      return this.finishScalar(this.literal('Infinity', Number.NEGATIVE_INFINITY, 'Error parsing -Infinity value.'));
    }
    if (c === '-' || c === '.' || (c >= '0' && c <= '9')) return this.finishScalar(this.number());
    return this.fail(`Unexpected character encountered while parsing value: ${c}.`);
  }

  /** A scalar completes its place in the enclosing array (Newtonsoft's path then names it). */
  private finishScalar(value: JsonValue): JsonValue {
    this.started = true;
    this.advanceArrayIndex();
    return value;
  }

  private advanceArrayIndex(): void {
    const top = this.containers[this.containers.length - 1];
    if (top?.kind === 'array') top.index++;
  }

  private enter(container: Container): void {
    this.advanceArrayIndex();
    this.pos++;
    this.started = true;
    if (this.containers.length + 1 > this.options.maxDepth) this.fail(`The reader's MaxDepth of ${this.options.maxDepth} has been exceeded.`);
    this.containers.push(container);
  }

  private object(): JsonObject {
    const frame: Container = { kind: 'object', name: null };
    this.enter(frame);
    const result = new JsonObject();
    for (;;) {
      this.skipWhitespace();
      const c = this.text[this.pos];
      if (c === undefined) return this.unexpectedEnd();
      if (c === '}') break;
      if (c === ',' && result.members.size > 0) {
        this.pos++;
        continue;
      }
      const name = this.propertyName();
      frame.name = name;
      this.skipWhitespace();
      if (this.pos >= this.text.length) return this.unexpectedEnd();
      if (this.text[this.pos] !== ':') this.fail(`Invalid character after parsing property name. Expected ':' but got: ${this.text[this.pos]}.`);
      this.pos++;
      this.skipWhitespace();
      const value = this.value();
      result.members.set(name, value);
      this.afterValue('}');
    }
    this.pos++;
    this.containers.pop();
    return result;
  }

  private array(): JsonValue[] {
    this.enter({ kind: 'array', index: -1 });
    const result: JsonValue[] = [];
    for (;;) {
      this.skipWhitespace();
      const c = this.text[this.pos];
      if (c === undefined) return this.unexpectedEnd();
      if (c === ']') break;
      // An empty slot (`[1,,2]`) is Newtonsoft's undefined: null.
      result.push(c === ',' ? this.finishScalar(null) : this.value());
      this.afterValue(']');
    }
    this.pos++;
    this.containers.pop();
    return result;
  }

  /** After a member or element: a comma, the closing bracket, or an error. */
  private afterValue(close: string): void {
    this.skipWhitespace();
    const c = this.text[this.pos];
    if (c === undefined) return;
    if (c === ',') this.pos++;
    else if (c !== close) this.fail(`After parsing a value an unexpected character was encountered: ${c}.`);
  }

  private propertyName(): string {
    const c = this.text[this.pos]!;
    if (c === '"' || c === "'") return this.string(c);
    if (!isIdentifierCharacter(c)) this.fail(`Invalid property identifier character: ${c}.`);
    const start = this.pos;
    while (this.pos < this.text.length && isIdentifierCharacter(this.text[this.pos]!)) this.pos++;
    if (this.pos >= this.text.length) this.fail('Unexpected end while parsing unquoted property name.');
    const next = this.text[this.pos]!;
    if (next !== ':' && !isWhitespace(next)) this.fail(`Invalid JavaScript property identifier character: ${next}.`);
    return this.text.slice(start, this.pos);
  }

  private string(quote: string): string {
    this.pos++;
    let result = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) this.fail(`Unterminated string. Expected delimiter: ${quote}.`);
      this.pos++;
      if (c === quote) return result;
      if (c === '\n') this.newLine();
      if (c !== '\\') {
        result += c;
        continue;
      }
      const escape = this.text[this.pos];
      if (escape === undefined) this.fail(`Unterminated string. Expected delimiter: ${quote}.`);
      this.pos++;
      switch (escape) {
        case 'b': result += '\b'; break;
        case 't': result += '\t'; break;
        case 'n': result += '\n'; break;
        case 'f': result += '\f'; break;
        case 'r': result += '\r'; break;
        case '\\': case '"': case "'": case '/': result += escape; break;
        case 'u': {
          const hex = this.text.slice(this.pos, this.pos + 4);
          if (hex.length < 4) this.fail('Unexpected end while parsing Unicode escape sequence.');
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail(`Invalid Unicode escape sequence: \\u${hex}.`);
          result += String.fromCharCode(parseInt(hex, 16));
          this.pos += 4;
          break;
        }
        default:
          this.fail(`Bad JSON escape sequence: \\${escape}.`);
      }
    }
  }

  private literal(word: string, value: JsonValue, message: string): JsonValue {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      const next = this.text[this.pos];
      if (next === undefined || isWhitespace(next) || numberTerminators.has(next) || next === ':') return value;
    }
    return this.fail(message);
  }

  /** Newtonsoft reads to the next terminator and then parses: integers are Int64, others Double. */
  private number(): JsonValue {
    const start = this.pos;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (isWhitespace(c) || numberTerminators.has(c)) break;
      if (!/[0-9+\-.eE]/.test(c)) this.fail(`Unexpected character encountered while parsing number: ${c}.`);
      this.pos++;
    }
    const text = this.text.slice(start, this.pos);
    // An integer is Int64 (beyond it Newtonsoft makes a BigInteger; psh keeps it exact as an Int64 too).
    if (/^-?\d+$/.test(text)) return BigInt(text);
    const real = Number(text);
    if (!/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) || Number.isNaN(real)) this.fail(`Input string '${text}' is not a valid number.`);
    // A whole Double in Int32 range needs the explicit type (see NumericValue).
    return Number.isInteger(real) && Math.abs(real) <= 0x7fffffff ? NumericValue.double(real) : real;
  }

  /** With dates parsed (pwsh's default), an ISO 8601 date-time string is a DateTime of its kind. */
  private dateOrString(text: string): string | DateTime {
    if (!this.options.parseDates) return text;
    const match = isoDatePattern.exec(text);
    if (!match) return text;
    const zone = match[8];
    const normalized = zone && zone !== 'Z' ? text.slice(0, text.length - zone.length) + normalizedOffset(zone) : text;
    const parsed = DateTime.parseRoundtrip(normalized);
    if (!parsed) return text;
    // An offset makes a local time of this machine, as DateTimeZoneHandling.RoundtripKind reads it.
    return parsed.kind === 'Local' ? DateTime.localAt(parsed.utcTicks) : parsed;
  }

  private skipWhitespace(): void {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (c === '\n') {
        this.pos++;
        this.newLine();
      } else if (isWhitespace(c)) {
        this.pos++;
      } else if (c === '/' && this.text[this.pos + 1] === '*') {
        const end = this.text.indexOf('*/', this.pos + 2);
        if (end < 0) {
          this.pos = this.text.length;
          this.fail('Unexpected end while parsing comment.');
        }
        for (let i = this.pos; i < end; i++) if (this.text[i] === '\n') { this.pos = i + 1; this.newLine(); }
        this.pos = end + 2;
      } else if (c === '/' && this.text[this.pos + 1] === '/') {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
      } else {
        return;
      }
    }
  }

  private newLine(): void {
    this.line++;
    this.lineStart = this.pos;
  }

  /**
   * The end of the text inside a container: a top-level object fails as Newtonsoft's
   * deserializer reports it (with the position); anything else fails in its token writer, which
   * names only the innermost container's path.
   */
  private unexpectedEnd(): never {
    if (this.containers.length === 1 && this.containers[0]!.kind === 'object') this.fail('Unexpected end when deserializing object.');
    throw new JsonReadError(`Unexpected end when reading token. Path '${containerPath(this.containers.slice(0, -1))}'.`);
  }

  private fail(message: string): never {
    const position = this.pos - this.lineStart;
    const line = !this.started && position === 0 ? 0 : this.line;
    throw new JsonReadError(`${message} Path '${containerPath(this.containers)}', line ${line}, position ${position}.`);
  }
}

function isWhitespace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n' || /\s/.test(c);
}

function isIdentifierCharacter(c: string): boolean {
  return /[\p{L}\p{Nd}_$]/u.test(c);
}

/** Newtonsoft's JSON path: `a.b[0]`, with names holding special characters as ['x y']. */
function containerPath(containers: readonly Container[]): string {
  let path = '';
  for (const container of containers) {
    if (container.kind === 'array') {
      if (container.index >= 0) path += `[${container.index}]`;
    } else if (container.name !== null) {
      path += /[.'"[\]() \t\n\r\f\b\\\u0085\u2028\u2029]/.test(container.name)
        ? `['${container.name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`
        : (path === '' ? '' : '.') + container.name;
    }
  }
  return path;
}

/** `+02`, `+0200` and `+02:00` all as `+02:00`. */
function normalizedOffset(zone: string): string {
  const digits = zone.slice(1).replace(':', '').padEnd(4, '0');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2)}`;
}

