/**
 * Reading a type name as text, the way pwsh's TypeName syntax reads it: `name`, `name[]`,
 * `name[,]`, `name[arg1,arg2]`, `name[[arg1],[arg2]]`, nested, in any combination; a bracketed
 * argument may name its assembly (`[System.Int32, System.Private.CoreLib]`), which is dropped.
 */
export interface TypeNameText {
  /** The name without generic arguments or array ranks, trimmed. */
  name: string;
  genericArguments: TypeNameText[];
  /** Array ranks applied after the generic arguments, innermost first: `int[][,]` -> [1, 2]. */
  arrayRanks: number[];
}

/** Deepest nesting accepted, so hostile names cannot exhaust the stack. */
const maxDepth = 32;

/** Parses a type name; returns null when the text is not one. */
export function parseTypeNameText(text: string): TypeNameText | null {
  const reader = { text, offset: 0 };
  const parsed = readTypeName(reader, 0);
  skipSpaces(reader);
  return parsed && reader.offset === text.length ? parsed : null;
}

interface Reader {
  text: string;
  offset: number;
}

function readTypeName(reader: Reader, depth: number): TypeNameText | null {
  if (depth > maxDepth) return null;
  skipSpaces(reader);
  const start = reader.offset;
  while (reader.offset < reader.text.length && !'[],'.includes(reader.text[reader.offset]!)) reader.offset++;
  const name = reader.text.slice(start, reader.offset).trim();
  if (name === '') return null;
  const result: TypeNameText = { name, genericArguments: [], arrayRanks: [] };
  while (reader.text[reader.offset] === '[') {
    reader.offset++;
    skipSpaces(reader);
    const next = reader.text[reader.offset];
    if (next === ']' || next === ',') {
      let rank = 1;
      while (reader.text[reader.offset] === ',') {
        rank++;
        reader.offset++;
        skipSpaces(reader);
      }
      if (reader.text[reader.offset] !== ']') return null;
      reader.offset++;
      result.arrayRanks.push(rank);
      continue;
    }
    if (result.genericArguments.length > 0 || result.arrayRanks.length > 0) return null;
    for (;;) {
      skipSpaces(reader);
      const bracketed = reader.text[reader.offset] === '[';
      if (bracketed) reader.offset++;
      const argument = readTypeName(reader, depth + 1);
      if (!argument) return null;
      skipSpaces(reader);
      if (bracketed) {
        // `[System.Int32, System.Private.CoreLib, Version=...]`: the assembly is passed over.
        if (reader.text[reader.offset] === ',') reader.offset = reader.text.indexOf(']', reader.offset);
        if (reader.offset < 0 || reader.text[reader.offset] !== ']') return null;
        reader.offset++;
        skipSpaces(reader);
      }
      result.genericArguments.push(argument);
      const separator = reader.text[reader.offset++];
      if (separator === ']') break;
      if (separator !== ',') return null;
    }
  }
  return result;
}

function skipSpaces(reader: Reader): void {
  while (reader.offset < reader.text.length && /\s/.test(reader.text[reader.offset]!)) reader.offset++;
}
