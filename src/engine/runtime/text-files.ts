/**
 * Reading text files the way pwsh does: the byte-order mark decides the encoding (UTF-8,
 * UTF-16 LE or BE, as Windows editors save scripts), UTF-8 without one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Decodes file bytes by their byte-order mark; the mark itself is dropped. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
