/**
 * Reading text files the way pwsh does: the byte-order mark decides the encoding (UTF-8,
 * UTF-16 LE or BE, as Windows editors save scripts), UTF-8 without one. The cmdlets' encodings
 * (TextEncoding.decode) decode by the same marks, with their own encoding for unmarked bytes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Decodes file bytes as StreamReader does when it detects the encoding: a UTF-8 or UTF-16 LE/BE
 * byte-order mark decides and is dropped, and only that one: a second mark after it is text
 * (a U+FEFF character). Bytes without a mark go to `unmarked` (UTF-8 unless a caller says).
 */
export function decodeText(bytes: Uint8Array, unmarked: (bytes: Uint8Array) => string = decodeUtf8): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2));
  return unmarked(bytes);
}

/** UTF-8 as .NET's decoder reads it: a byte-order mark here is a U+FEFF character, not dropped. */
function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export function readTextFile(path: string): string {
  return decodeText(readFileSync(resolve(path)));
}

/** One string per line, as `switch -File` and Get-Content give them. */
export function readTextFileLines(path: string): string[] {
  const lines = readTextFile(path).split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
