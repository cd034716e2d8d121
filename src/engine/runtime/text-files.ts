/** Reading a text file the way pwsh's `switch -File` and Get-Content do: one string per line. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function readTextFileLines(path: string): string[] {
  let text = readFileSync(resolve(path), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
