/** `psh -DecodeWsman FILE`: prints the WS-Man exchanges and PSRP messages of a capture. */
import { readFileSync } from 'node:fs';
import { decodeWsmanTrace, TraceError } from '../remoting/trace/index.js';

export function runDecodeWsman(file: string, out: (s: string) => void, err: (s: string) => void): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    err(`psh: cannot read '${file}': ${(e as Error).message}\n`);
    return 1;
  }
  try {
    const { lines } = decodeWsmanTrace(text);
    out(lines.map((l) => `${l}\n`).join(''));
    return 0;
  } catch (e) {
    if (e instanceof TraceError) {
      err(`psh: ${file} does not decode: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
