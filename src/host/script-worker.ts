/**
 * -Command and -File runs where Ctrl+C can be pressed (a terminal on stdin, stdout or stderr).
 * The engine runs a script synchronously, so on the main thread a SIGINT would wait for the
 * script to end, and Node's default handling kills psh first: finally blocks never run. Here
 * psh runs its own entry point again, with the same arguments, in a worker thread, and the main
 * thread turns SIGINT into a stop request as pwsh's break handler does: the pipeline stops
 * (PipelineStoppedException), finally and clean blocks run, and psh exits with 1 ($? is false).
 */
import { workerData } from 'node:worker_threads';
import { StopRequest } from '../engine/runtime/stop-request.js';
import { reportInternalFailure } from './internal-failure.js';
import { startModuleWorker } from './module-worker.js';

interface ScriptWorkerData {
  stopBuffer: SharedArrayBuffer;
  /** Int32 0: the terminal's width in columns, kept current by the main thread (0 when stdout is not a terminal). */
  columnsBuffer: SharedArrayBuffer;
  /** `-c -` and `-File -`: the script, read from standard input by the main thread before the worker starts, as without a worker. */
  stdinScript?: string;
}

/** On the main thread: runs psh's command line in a worker; resolves with its exit code. */
export function runInWorker(stdinScript?: string): Promise<number> {
  const stop = new StopRequest();
  const columns = new Int32Array(new SharedArrayBuffer(4));
  if (process.stdout.isTTY) {
    const trackColumns = () => Atomics.store(columns, 0, process.stdout.columns);
    trackColumns();
    process.stdout.on('resize', trackColumns);
  }
  const data: ScriptWorkerData = { stopBuffer: stop.buffer, columnsBuffer: columns.buffer as SharedArrayBuffer, stdinScript };
  const worker = startModuleWorker(process.argv[1], { argv: process.argv.slice(2), workerData: data });
  // Once the stop is under way further Ctrl+C are ignored, as pwsh's are: the finally blocks the
  // stop runs must finish (a new request would stop them too).
  let stopping = false;
  process.on('SIGINT', () => {
    if (stopping) return;
    stopping = true;
    stop.request();
  });
  return new Promise((resolve) => {
    worker.on('error', (e) => resolve(reportInternalFailure(e, (text) => process.stderr.write(text))));
    worker.on('exit', resolve);
  });
}

/** In the worker: what the main thread shared. */
export function scriptWorkerData(): ScriptWorkerData {
  return workerData as ScriptWorkerData;
}

/** In the worker: the stop request Ctrl+C sets. */
export function workerStopRequest(): StopRequest {
  return new StopRequest(scriptWorkerData().stopBuffer);
}

/** In the worker: the terminal's current width, for the progress pane. */
export function workerTerminalColumns(): number {
  return Atomics.load(new Int32Array(scriptWorkerData().columnsBuffer), 0) || 120;
}
