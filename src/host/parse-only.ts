/**
 * `psh -ParseOnly FILE... [-Ast]`: a syntax checker. Errors are printed in pwsh's ParserError
 * view; with -Ast each file gives one line of JSON with its AST and errors. Exit code 0 when
 * every file parses, 1 otherwise. The parser is built once for all files.
 */
import { resolve } from 'node:path';
import { parse } from '../../grammar/parser/index.js';
import { conciseErrorView } from '../format/position-message.js';
import type { ParseError } from '../../grammar/errors.js';

function errorJson(e: ParseError): object {
  return {
    errorId: e.errorId, message: e.message, line: e.extent.startLineNumber, column: e.extent.startColumnNumber,
    offset: e.extent.startOffset, incomplete: e.incomplete,
  };
}

/** JSON for an AST: bigint as a decimal string, extents as their JSON form. */
function astToJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v));
}

export function runParseOnly(files: string[], ast: boolean, readFile: (path: string) => string, write: (s: string) => void): number {
  let ok = true;
  for (const file of files) {
    const path = resolve(file);
    let text: string;
    try {
      text = readFile(path);
    } catch (e) {
      ok = false;
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? `Cannot find path '${path}' because it does not exist.` : String((e as Error).message);
      if (ast) write(`${astToJson({ file, ast: null, errors: [{ errorId: 'FileReadError', message: reason, line: 0, column: 0, offset: 0, incomplete: false }] })}\n`);
      else write(`${reason}\n`);
      continue;
    }
    const result = parse(text, path);
    if (result.errors.length) ok = false;
    if (ast) {
      write(`${astToJson({ file, ast: result.ast, errors: result.errors.map(errorJson) })}\n`);
    } else {
      for (const e of result.errors) write(`${conciseErrorView('ParserError', e.extent, e.message)}\n`);
    }
  }
  return ok ? 0 : 1;
}
