/**
 * CSV text as pwsh's ExportCsvHelper writes it and ImportCsvHelper reads it: the column names
 * come from the first object, fields are quoted per QuoteKind (or -QuoteFields), an embedded
 * quote is doubled; the reader is as lenient as pwsh's (spaces around fields, text after a
 * closing quote, newlines inside quotes, `#TYPE` and `#Fields:` lines).
 */
import { baseObject, objectToString } from '../engine/conversion/index.js';
import { formatDateTimeCurrentCulture } from '../engine/conversion/current-culture.js';
import { PSPropertyCollection } from '../engine/dotnet/index.js';
import { DateTime, Hashtable, PSNoteProperty, PSObject, typeNamesOf } from '../engine/values/index.js';

export type QuoteKind = 'Never' | 'Always' | 'AsNeeded';

/** What Import-Csv gives an imported object's type name (a `#TYPE X` line makes `X` and `CSV:X`). */
export const csvTypePrefix = 'CSV:';

/** The column names an object gives: a dictionary's keys, else its properties (notes first). */
export function csvPropertyNames(value: unknown): string[] {
  const base = baseObject(value);
  if (base instanceof Hashtable) {
    const notes = value instanceof PSObject ? [...value.members].filter((m) => m instanceof PSNoteProperty).map((m) => m.name) : [];
    return [...[...base.keys()].map((key) => objectToString(key)), ...notes];
  }
  return [...new PSPropertyCollection(value)].map((property) => property.name);
}

/** The `#TYPE` line of -IncludeTypeInformation (an imported object's `CSV:` prefix dropped). */
export function csvTypeLine(value: unknown): string {
  const typeName = typeNamesOf(value)[0];
  if (typeName === undefined) return '#TYPE';
  return `#TYPE ${typeName.toLowerCase().startsWith(csvTypePrefix.toLowerCase()) ? typeName.slice(csvTypePrefix.length) : typeName}`;
}

/** A field's text: the value's ToString() in the current culture; undefined for $null (an empty, unquoted field). */
function fieldText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const base = baseObject(value);
  if (base instanceof DateTime) return formatDateTimeCurrentCulture(base);
  return objectToString(value);
}

export class CsvWriter {
  private readonly quoteFields: Set<string> | undefined;

  constructor(
    private readonly delimiter: string,
    private readonly quoteKind: QuoteKind,
    quoteFields: readonly string[] | undefined,
  ) {
    this.quoteFields = quoteFields && new Set(quoteFields.map((name) => name.toLowerCase()));
  }

  headerLine(names: readonly string[]): string {
    return names.map((name) => this.field(name, name)).join(this.delimiter);
  }

  recordLine(value: unknown, names: readonly string[]): string {
    const base = baseObject(value);
    const properties = new PSPropertyCollection(value);
    return names.map((name) => {
      let text: string | undefined;
      if (base instanceof Hashtable && base.has(name)) text = fieldText(base.get(name));
      else {
        const property = properties.find(name);
        if (property) {
          try {
            text = fieldText(property.value);
          } catch {
            // pwsh treats a property it cannot read as $null.
          }
        }
      }
      return text === undefined ? '' : this.field(name, text);
    }).join(this.delimiter);
  }

  private field(name: string, text: string): string {
    if (this.quoteFields) return this.quoteFields.has(name.toLowerCase()) ? quoted(text) : text;
    switch (this.quoteKind) {
      case 'Always':
        return quoted(text);
      case 'AsNeeded':
        return text.includes(this.delimiter) || text.includes('\n') || text.includes('"') ? quoted(text) : text;
      case 'Never':
        return text;
    }
  }
}

function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** An ExtendedTypeSystem MemberAlreadyPresent failure: a header names a column twice. */
export class DuplicateCsvHeader extends Error {
  constructor(readonly header: string) {
    super(header);
  }
}

/** The records of CSV text; `header` and `typeName` carry over from one text to the next (ConvertFrom-Csv's input lines). */
export class CsvReader {
  private position = 0;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    public header: string[] | undefined,
    public typeName: string | undefined,
  ) {}

  private get atEnd(): boolean {
    return this.position >= this.text.length;
  }

  /** The type line and the header (unless given): lines starting with '#' before it are skipped, `#Fields: ` names the columns. */
  readHeader(): void {
    if (this.typeName === undefined && !this.atEnd) this.typeName = this.readTypeInformation();
    while (this.header === undefined && !this.atEnd) {
      const values = this.nextRecord();
      while (values.length > 1 && values[values.length - 1] === '') values.pop();
      if (values.length > 0 && values[0].startsWith('#Fields: ')) {
        values[0] = values[0].slice('#Fields: '.length);
        this.header = values;
      } else if (!(values.length > 0 && values[0].startsWith('#'))) {
        this.header = values;
      }
    }
    if (this.header) {
      const seen = new Set<string>();
      for (const name of this.header) {
        if (name === '') continue;
        if (seen.has(name.toLowerCase())) throw new DuplicateCsvHeader(name);
        seen.add(name.toLowerCase());
      }
    }
  }

  /** The data records after the header (blank lines skipped), each as its fields. */
  *records(): Generator<string[]> {
    for (;;) {
      const values = this.nextRecord();
      if (values.length === 0) return;
      if (values.length === 1 && values[0] === '') continue;
      yield values;
    }
  }

  private readTypeInformation(): string | undefined {
    if (this.text[this.position] !== '#') return undefined;
    const line = this.readLine();
    if (!line.toLowerCase().startsWith('#type')) return undefined;
    const typeName = line.slice(5).trim();
    return typeName === '' ? undefined : typeName;
  }

  private readLine(): string {
    const rest = /\r\n|\r|\n/g;
    rest.lastIndex = this.position;
    const match = rest.exec(this.text);
    const end = match ? match.index : this.text.length;
    const line = this.text.slice(this.position, end);
    this.position = match ? end + match[0].length : end;
    return line;
  }

  /** The newline at the current character ("\r\n", "\r" or "\n"), consumed, or undefined. */
  private newLineAt(ch: string): string | undefined {
    if (ch === '\r') {
      if (this.text[this.position] === '\n') {
        this.position++;
        return '\r\n';
      }
      return '\r';
    }
    return ch === '\n' ? '\n' : undefined;
  }

  private nextRecord(): string[] {
    const result: string[] = [];
    let current = '';
    let inQuotes = false;
    while (!this.atEnd) {
      const ch = this.text[this.position++];
      if (ch === this.delimiter) {
        if (inQuotes) current += ch;
        else {
          result.push(current);
          current = '';
        }
      } else if (ch === '"') {
        if (inQuotes) {
          if (this.text[this.position] === '"') {
            this.position++;
            current += '"';
          } else {
            inQuotes = false;
            const { text, endOfRecord } = this.readToDelimiter(true);
            result.push(current + text);
            current = '';
            if (endOfRecord) break;
          }
        } else if (current.length === 0) {
          inQuotes = true;
        } else {
          const { text, endOfRecord } = this.readToDelimiter(false);
          result.push(current + ch + text);
          current = '';
          if (endOfRecord) break;
        }
      } else if (ch === ' ' || ch === '\t') {
        if (inQuotes) current += ch;
        else if (current.length > 0) {
          const { text, endOfRecord } = this.readToDelimiter(true);
          result.push(current + ch + text);
          current = '';
          if (endOfRecord) break;
        }
      } else {
        const newLine = this.newLineAt(ch);
        if (newLine === undefined) current += ch;
        else if (inQuotes) current += newLine;
        else {
          result.push(current);
          current = '';
          break;
        }
      }
    }
    if (current.length > 0) result.push(current);
    return result;
  }

  /** The rest of a field up to the delimiter or the end of the line; only blanks there are dropped when `eatTrailingBlanks`. */
  private readToDelimiter(eatTrailingBlanks: boolean): { text: string; endOfRecord: boolean } {
    let text = '';
    let endOfRecord = false;
    let nonBlank = false;
    for (;;) {
      if (this.atEnd) {
        endOfRecord = true;
        break;
      }
      const ch = this.text[this.position++];
      if (ch === this.delimiter) break;
      if (this.newLineAt(ch) !== undefined) {
        endOfRecord = true;
        break;
      }
      text += ch;
      if (ch !== ' ' && ch !== '\t') nonBlank = true;
    }
    return { text: eatTrailingBlanks && !nonBlank ? text.trim() : text, endOfRecord };
  }
}
