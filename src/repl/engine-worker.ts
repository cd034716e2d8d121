/**
 * The engine thread behind the Ink prompt: a console host whose output, errors and host text
 * are posted to the main thread, formatted exactly as for non-interactive runs. Commands run
 * one at a time, each with the stop flag cleared first; Ctrl+C on the main thread sets it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConsoleHost } from '../host/console-host.js';
import { progressData } from '../host/progress-view.js';
import { terminalUserInterface } from '../host/terminal-user-interface.js';
import { StopRequest } from '../engine/runtime/stop-request.js';
import { promptText } from './prompt-text.js';
import { replyHeaderBytes, replyState, type EngineMessage, type EngineRequest, type EngineWorkerData } from './engine-protocol.js';

const port = parentPort!;
const data = workerData as EngineWorkerData;
const post = (message: EngineMessage) => port.postMessage(message);

/** Asks the main thread for a line and blocks until it answers (or Ctrl+C stops the command). */
function replyReader(buffer: SharedArrayBuffer, stop: StopRequest, secret: boolean): () => string | null {
  const control = new Int32Array(buffer, 0, 2);
  const bytes = new Uint8Array(buffer, replyHeaderBytes);
  return () => {
    Atomics.store(control, 0, replyState.waiting);
    post({ type: 'read', secret });
    Atomics.wait(control, 0, replyState.waiting);
    stop.throwIfRequested();
    if (Atomics.load(control, 0) !== replyState.line) return null;
    return Buffer.from(bytes.subarray(0, Atomics.load(control, 1))).toString('utf8');
  };
}

const console = new ConsoleHost({
  stdout: (text) => post({ type: 'output', stream: 'stdout', text }),
  stderr: (text) => post({ type: 'output', stream: 'stderr', text }),
  progress: (record) => post({ type: 'progress', record: progressData(record) }),
});
const context = console.runspace.context;
context.stop = new StopRequest(data.stopBuffer);
context.host = terminalUserInterface(
  (text) => post({ type: 'host', text }),
  replyReader(data.replyBuffer, context.stop, false),
  replyReader(data.replyBuffer, context.stop, true),
);
// The prompt function runs after the command, so a Ctrl+C that stopped the command must not stop it too.
const prompt = () => {
  context.stop.clear();
  return promptText(console.runspace);
};

if (data.session) console.startSession(data.session.profiles, data.session.noProfile);
post({ type: 'ready', prompt: prompt() });

port.on('message', (request: EngineRequest) => {
  context.stop.clear();
  const outcome = console.runspace.runInteractiveCommand(request.text);
  console.flushOutput();
  if (outcome.parseErrors.length > 0) console.reportParseErrors(outcome.parseErrors);
  post({ type: 'done', exitCode: outcome.exitCode, prompt: prompt() });
});
