/**
 * The plain prompt: reads lines, shows what the session's `prompt` function returns (`PS /cwd> `
 * by default), asks for more with `>> ` while the parser says the input is incomplete (an open
 * brace, string, here-string), then runs it.
 */
import { createInterface } from 'node:readline';
import { parse } from '../../grammar/parser/index.js';
import { isIncompleteInput } from '../../grammar/errors.js';
import type { ConsoleHost } from '../host/console-host.js';
import { continuationPrompt, promptText } from './prompt-text.js';

export async function runLinePrompt(input: NodeJS.ReadableStream, host: ConsoleHost): Promise<number> {
  const io = host.io;
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  let pending = '';
  const prompt = () => io.stdout(pending ? continuationPrompt : promptText(host.runspace));
  prompt();
  for await (const line of lines) {
    pending = pending ? `${pending}\n${line}` : line;
    const { errors } = parse(pending);
    if (isIncompleteInput(errors)) {
      prompt();
      continue;
    }
    const text = pending;
    pending = '';
    if (text.trim()) {
      const outcome = host.runspace.runInteractiveCommand(text);
      host.flushOutput();
      if (outcome.parseErrors.length > 0) host.reportParseErrors(outcome.parseErrors);
      if (outcome.exitCode !== null) return outcome.exitCode;
    }
    prompt();
  }
  if (pending.trim()) host.runCommand(pending);
  io.stdout('\n');
  return 0;
}
