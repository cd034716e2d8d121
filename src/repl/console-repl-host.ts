/**
 * The engine behind the Ink prompt: a console host whose output and errors go to the prompt's
 * output area instead of the process streams. Results are formatted exactly as for
 * non-interactive runs (the same ConsoleHost), so the REPL and `psh -c` print alike.
 */
import { parse } from '../../grammar/parser/index.js';
import { isIncompleteInput } from '../../grammar/errors.js';
import { ConsoleHost } from '../host/console-host.js';
import type { OutputBlock, ReplHost } from './ink/index.js';

export function consoleReplHost(): ReplHost {
  let write: (block: OutputBlock) => void = () => {};
  const emit = (kind: OutputBlock['kind']) => (text: string) => {
    const trimmed = text.endsWith('\n') ? text.slice(0, -1) : text;
    write({ kind, text: trimmed });
  };
  const console = new ConsoleHost({ stdout: emit('output'), stderr: emit('error') });
  return {
    prompt: () => `PS ${process.cwd()}> `,
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
