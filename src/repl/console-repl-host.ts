/**
 * The engine behind the Ink prompt: a console host whose output and errors go to the prompt's
 * output area instead of the process streams. Results are formatted exactly as for
 * non-interactive runs (the same ConsoleHost), so the REPL and `psh -c` print alike.
 */
import { parse } from '../../grammar/parser/index.js';
import { isIncompleteInput } from '../../grammar/errors.js';
import { ConsoleHost } from '../host/console-host.js';
import { lineReader, terminalUserInterface } from '../host/terminal-user-interface.js';
import type { OutputBlock, ReplHost } from './ink/index.js';

/** Reads a line with the terminal's own line editing, leaving Ink's raw mode around it. */
function cookedLine(read: () => string | null): () => string | null {
  return () => {
    const raw = process.stdin.isTTY && process.stdin.isRaw;
    if (raw) process.stdin.setRawMode(false);
    try {
      return read();
    } finally {
      if (raw) process.stdin.setRawMode(true);
    }
  };
}

/** `startup` runs first (the profiles); what it writes goes to the terminal before the prompt starts. */
export function consoleReplHost(startup: (host: ConsoleHost) => void = () => {}): ReplHost {
  let write = (block: OutputBlock) => { (block.kind === 'error' ? process.stderr : process.stdout).write(`${block.text}\n`); };
  const emit = (kind: OutputBlock['kind']) => (text: string) => {
    const trimmed = text.endsWith('\n') ? text.slice(0, -1) : text;
    write({ kind, text: trimmed });
  };
  const console = new ConsoleHost({ stdout: emit('output'), stderr: emit('error') });
  // Prompts (Confirm, mandatory parameters, Read-Host) block the engine, so Ink cannot render
  // them: they go straight to the terminal, read in cooked mode so the line echoes and edits.
  console.runspace.context.host = terminalUserInterface((text) => process.stdout.write(text), cookedLine(lineReader(0)));
  startup(console);
  return {
    prompt: () => `PS ${console.runspace.context.location.current}> `,
    isIncomplete: (text) => isIncompleteInput(parse(text).errors),
    async run(text, sink) {
      write = sink;
      const outcome = console.runspace.runCommand(text);
      console.flushOutput();
      if (outcome.parseErrors.length > 0) console.reportParseErrors(outcome.parseErrors);
      return { exitCode: outcome.exitCode };
    },
    // The engine runs a pipeline to completion on this thread, so there is nothing to interrupt
    // yet; Ctrl+C at the prompt drops the line being typed.
    stop() {},
  };
}
