/**
 * [System.IO.File]: whole-file reads and writes as .NET 8 does them. Reading detects a UTF-8 or
 * UTF-16 byte-order mark (UTF-8 without one); writing without an encoding writes UTF-8 without a
 * mark, with an encoding writes that encoding's preamble first (Encoding.UTF8 has one).
 */
import { appendFileSync, copyFileSync, existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, constants } from 'node:fs';
import { EOL } from 'node:os';
import { dirname } from 'node:path';
import { decodeText } from '../../runtime/text-files.js';
import { notNull } from '../errors.js';
import { defineType } from '../member-table.js';
import { registerStaticClass } from '../type-registration.js';
import { type TextEncoding } from './system-text-encoding.js';
import { asIOException, directoryNotFound, fileAlreadyExists, fullPath } from '../io-errors.js';

function readBytes(path: string | null): Uint8Array {
  const full = fullPath(path);
  return asIOException(full, () => new Uint8Array(readFileSync(full)));
}

function readText(path: string | null, encoding?: TextEncoding | null): string {
  const bytes = readBytes(path);
  if (encoding === undefined) return decodeText(bytes);
  const reader = notNull(encoding, 'encoding');
  return decodeText(bytes, (unmarked) => reader.getString(unmarked));
}

/** Lines split on \r\n, \n or \r; a final line break ends the last line rather than starting one. */
function readLines(path: string | null, encoding?: TextEncoding | null): string[] {
  const lines = readText(path, encoding).split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function encoded(text: string, encoding: TextEncoding | null | undefined, withPreamble: boolean): Uint8Array {
  if (encoding === undefined) return Buffer.from(text, 'utf8');
  const writer = notNull(encoding, 'encoding');
  const body = writer.encode(text);
  return withPreamble ? Buffer.concat([writer.preamble, body]) : body;
}

function writeText(path: string | null, text: string | null, encoding?: TextEncoding | null): void {
  const full = fullPath(path);
  asIOException(full, () => writeFileSync(full, encoded(text ?? '', encoding, true)));
}

/** Appending to an empty or new file writes the preamble, as StreamWriter does at position 0. */
function appendText(path: string | null, text: string | null, encoding?: TextEncoding | null): void {
  const full = fullPath(path);
  const atStart = !existsSync(full) || statSync(full).size === 0;
  asIOException(full, () => appendFileSync(full, encoded(text ?? '', encoding, atStart)));
}

function linesText(lines: readonly unknown[] | null, parameterName: string): string {
  return notNull(lines, parameterName).map((line) => `${line ?? ''}${EOL}`).join('');
}

function copy(source: string | null, destination: string | null, overwrite: boolean): void {
  const from = fullPath(source, 'sourceFileName');
  const to = fullPath(destination, 'destFileName');
  asIOException(from, () => statSync(from));
  asIOException(to, () => copyFileSync(from, to, overwrite ? 0 : constants.COPYFILE_EXCL), directoryNotFound);
}

function move(source: string | null, destination: string | null, overwrite: boolean): void {
  const from = fullPath(source, 'sourceFileName');
  const to = fullPath(destination, 'destFileName');
  asIOException(from, () => statSync(from));
  if (!overwrite && existsSync(to)) throw fileAlreadyExists(to);
  asIOException(to, () => renameSync(from, to), directoryNotFound);
}

/** File.Delete: a missing file is no error, a missing folder is. */
function deleteFile(path: string | null): void {
  const full = fullPath(path);
  if (existsSync(full)) asIOException(full, () => unlinkSync(full));
  else if (!existsSync(dirname(full))) throw directoryNotFound(full);
}

registerStaticClass('System.IO.File');

defineType({
  fullName: 'System.IO.File',
  methods: [
    ['static bool Exists(string path)', (_type, [path]: [string | null]) => {
      if (!path) return false;
      try { return statSync(fullPath(path)).isFile(); } catch { return false; }
    }],
    ['static string ReadAllText(string path)', (_type, [path]: [string | null]) => readText(path)],
    ['static string ReadAllText(string path, System.Text.Encoding encoding)', (_type, [path, encoding]: [string | null, TextEncoding | null]) => readText(path, encoding)],
    ['static string[] ReadAllLines(string path)', (_type, [path]: [string | null]) => readLines(path)],
    ['static string[] ReadAllLines(string path, System.Text.Encoding encoding)', (_type, [path, encoding]: [string | null, TextEncoding | null]) => readLines(path, encoding)],
    ['static byte[] ReadAllBytes(string path)', (_type, [path]: [string | null]) => readBytes(path)],
    ['static void WriteAllText(string path, string contents)', (_type, [path, text]: [string | null, string | null]) => writeText(path, text)],
    ['static void WriteAllText(string path, string contents, System.Text.Encoding encoding)', (_type, [path, text, encoding]: [string | null, string | null, TextEncoding | null]) => writeText(path, text, encoding)],
    ['static void WriteAllLines(string path, string[] contents)', (_type, [path, lines]: [string | null, string[] | null]) => writeText(path, linesText(lines, 'contents'))],
    ['static void WriteAllLines(string path, string[] contents, System.Text.Encoding encoding)', (_type, [path, lines, encoding]: [string | null, string[] | null, TextEncoding | null]) => writeText(path, linesText(lines, 'contents'), encoding)],
    ['static void WriteAllBytes(string path, byte[] bytes)', (_type, [path, bytes]: [string | null, Uint8Array | null]) => {
      const full = fullPath(path);
      const content = notNull(bytes, 'bytes');
      asIOException(full, () => writeFileSync(full, content));
    }],
    ['static void AppendAllText(string path, string contents)', (_type, [path, text]: [string | null, string | null]) => appendText(path, text)],
    ['static void AppendAllText(string path, string contents, System.Text.Encoding encoding)', (_type, [path, text, encoding]: [string | null, string | null, TextEncoding | null]) => appendText(path, text, encoding)],
    ['static void AppendAllLines(string path, string[] contents)', (_type, [path, lines]: [string | null, string[] | null]) => appendText(path, linesText(lines, 'contents'))],
    ['static void AppendAllLines(string path, string[] contents, System.Text.Encoding encoding)', (_type, [path, lines, encoding]: [string | null, string[] | null, TextEncoding | null]) => appendText(path, linesText(lines, 'contents'), encoding)],
    ['static void Delete(string path)', (_type, [path]: [string | null]) => deleteFile(path)],
    ['static void Copy(string sourceFileName, string destFileName)', (_type, [source, destination]: [string | null, string | null]) => copy(source, destination, false)],
    ['static void Copy(string sourceFileName, string destFileName, bool overwrite)', (_type, [source, destination, overwrite]: [string | null, string | null, boolean]) => copy(source, destination, overwrite)],
    ['static void Move(string sourceFileName, string destFileName)', (_type, [source, destination]: [string | null, string | null]) => move(source, destination, false)],
    ['static void Move(string sourceFileName, string destFileName, bool overwrite)', (_type, [source, destination, overwrite]: [string | null, string | null, boolean]) => move(source, destination, overwrite)],
  ],
});
