/**
 * Start-Process's redirected streams as pwsh copies them on Unix: the child's output and error
 * are read line by line (a line ends at \n, \r or \r\n; the text is UTF-8) and each non-empty
 * line is written to the file with \n after it (pwsh drops empty lines); the input file is read
 * as text (its byte order mark chooses the encoding) and written to the child's standard input
 * with a newline after it.
 *
 * The engine runs synchronously, so it cannot copy while a script runs on: each copy is a small
 * Node process of its own, joined to the child by a pipe, which ends when the child closes it.
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** Copies standard input to the file named by argv[1], as pwsh's output handler writes lines. */
const outputCopier = `
const fs = require('node:fs');
const { StringDecoder } = require('node:string_decoder');
const file = fs.openSync(process.argv[1], 'a');
const decoder = new StringDecoder('utf8');
let pending = '';
const write = (lines) => { for (const line of lines) if (line !== '') fs.writeSync(file, line + '\\n'); };
process.stdin.on('data', (chunk) => {
  const lines = (pending + decoder.write(chunk)).split(/\\r\\n|\\r|\\n/);
  pending = lines.pop();
  write(lines);
});
process.stdin.on('end', () => write([pending + decoder.end()]));
`;

/** Writes the file named by argv[1] to standard output as text, with a newline after it. */
const inputCopier = `
const bytes = require('node:fs').readFileSync(process.argv[1]);
const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
process.stdout.write(new TextDecoder(encoding).decode(bytes) + '\\n');
`;

function startCopier(script: string, file: string, stdio: ['pipe' | 'ignore', 'pipe' | 'ignore']): ChildProcess {
  const copier = spawn(process.execPath, ['-e', script, file], { stdio: [stdio[0], stdio[1], 'ignore'] });
  copier.on('error', () => {});
  copier.unref();
  return copier;
}

/** The copier writing a child's output to `file`; the child's stream goes to its `stdin`. */
export function outputCopierFor(file: string): ChildProcess {
  return startCopier(outputCopier, file, ['pipe', 'ignore']);
}

/** The copier feeding `file` to a child; the child reads its `stdout`. */
export function inputCopierFor(file: string): ChildProcess {
  return startCopier(inputCopier, file, ['ignore', 'pipe']);
}
