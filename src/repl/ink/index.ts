/** Starts the Ink prompt on the terminal; resolves with the exit code when the user leaves. */
// First: Ink must not see the CI flags when it loads (ci-flags.ts says why).
import { restoreCiFlags } from './ci-flags.js';
import React from 'react';
import { render } from 'ink';
import { ReplApp, type ReplHost } from './repl-app.js';

restoreCiFlags();

export type { OutputBlock, ReadLine, ReplHost } from './repl-app.js';
// The engine thread the prompt drives: loaded with the prompt, as a real ES module (it finds its worker's file by import.meta.url).
export { workerReplHost } from '../worker-repl-host.js';

export async function runInkRepl(host: ReplHost, streams: { stdin?: NodeJS.ReadStream; stdout?: NodeJS.WriteStream } = {}): Promise<number> {
  let code = 0;
  const instance = render(React.createElement(ReplApp, { host, onExit: (c: number) => { code = c; } }), {
    stdin: streams.stdin ?? process.stdin, stdout: streams.stdout ?? process.stdout, exitOnCtrlC: false, patchConsole: false,
  });
  await instance.waitUntilExit();
  return code;
}
