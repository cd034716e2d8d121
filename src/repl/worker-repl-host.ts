/**
 * The engine behind the Ink prompt, in a worker thread (src/repl/engine-worker.ts): while a
 * command runs there, this thread keeps reading keys, so Ctrl+C can stop it. Output and errors
 * arrive as blocks; host prompts (Read-Host, confirmations, mandatory parameters) are read at
 * the Ink prompt and handed back through a shared buffer.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { parse } from '../../grammar/parser/index.js';
import { isIncompleteInput } from '../../grammar/errors.js';
import { StopRequest } from '../engine/runtime/stop-request.js';
import { replyBufferBytes, replyHeaderBytes, replyState, type EngineMessage, type EngineRequest, type EngineWorkerData } from './engine-protocol.js';
import type { OutputBlock, ReadLine, ReplHost } from './ink/repl-app.js';
import type { ProgressLines } from './ink/progress-pane.js';
import { PendingProgress, progressThrottle } from '../host/progress-view.js';
import { startModuleWorker } from '../host/module-worker.js';

function startWorker(data: EngineWorkerData): Worker {
  const compiled = fileURLToPath(new URL('./engine-worker.js', import.meta.url));
  return startModuleWorker(existsSync(compiled) ? compiled : fileURLToPath(new URL('./engine-worker.ts', import.meta.url)), { workerData: data });
}

/** Resolves once the worker has started its session (the profiles have run; what they wrote is on the terminal). */
export function workerReplHost(session: EngineWorkerData['session']): Promise<ReplHost> {
  const stop = new StopRequest();
  const replyBuffer = new SharedArrayBuffer(replyBufferBytes);
  const replyControl = new Int32Array(replyBuffer, 0, 2);
  const replyBytes = new Uint8Array(replyBuffer, replyHeaderBytes);
  const worker = startWorker({ stopBuffer: stop.buffer, replyBuffer, session });

  let write = (block: OutputBlock) => { (block.kind === 'error' ? process.stderr : process.stdout).write(`${block.text}\n`); };
  let readLine: ReadLine | undefined;
  let showProgress: ((lines: ProgressLines | null) => void) | undefined;
  let pendingProgress = new PendingProgress();
  let shouldRedraw = progressThrottle();
  let promptText = '';
  /** Host text after the last newline: the prompt a read shows before the typed line. */
  let hostLine = '';
  let readPending = false;
  let finished: ((message: { exitCode: number | null }) => void) | null = null;
  let failed: ((error: Error) => void) | null = null;

  const answer = (line: string | null) => {
    if (!readPending) return;
    readPending = false;
    if (line === null) {
      Atomics.store(replyControl, 0, replyState.noLine);
    } else {
      const { written } = new TextEncoder().encodeInto(line, replyBytes);
      Atomics.store(replyControl, 1, written);
      Atomics.store(replyControl, 0, replyState.line);
    }
    Atomics.notify(replyControl, 0);
  };
  const flushHostLine = () => {
    if (hostLine) write({ kind: 'output', text: hostLine });
    hostLine = '';
  };

  return new Promise((resolveReady, rejectReady) => {
    worker.on('error', (error) => {
      if (failed) failed(error);
      else rejectReady(error);
    });
    worker.on('message', (message: EngineMessage) => {
      switch (message.type) {
        case 'output':
          flushHostLine();
          write({ kind: message.stream === 'stderr' ? 'error' : 'output', text: message.text.endsWith('\n') ? message.text.slice(0, -1) : message.text });
          return;
        case 'host': {
          const lines = (hostLine + message.text).split('\n');
          hostLine = lines.pop()!;
          for (const text of lines) write({ kind: 'output', text });
          return;
        }
        case 'progress': {
          pendingProgress.update(message.record);
          if (!shouldRedraw(message.record)) return;
          const pending = pendingProgress;
          showProgress?.(pending.isEmpty ? null : (maxWidth) => pending.render(maxWidth));
          return;
        }
        case 'read': {
          readPending = true;
          const prompt = hostLine;
          hostLine = '';
          if (!readLine) answer(null);
          else void readLine(prompt, { secret: message.secret }).then(answer, () => answer(null));
          return;
        }
        case 'ready':
          // Idle, the engine thread does not keep the process alive (the prompt's stdin does).
          worker.unref();
          promptText = message.prompt;
          resolveReady(host);
          return;
        case 'done':
          worker.unref();
          flushHostLine();
          promptText = message.prompt;
          finished?.({ exitCode: message.exitCode });
      }
    });

    const host: ReplHost = {
      prompt: () => promptText,
      isIncomplete: (text) => isIncompleteInput(parse(text).errors),
      run(text, sink, read, progress) {
        write = sink;
        readLine = read;
        showProgress = progress;
        pendingProgress = new PendingProgress();
        shouldRedraw = progressThrottle();
        return new Promise((resolve, reject) => {
          finished = (outcome) => {
            finished = failed = null;
            resolve(outcome);
          };
          failed = (error) => {
            finished = failed = null;
            reject(error);
          };
          worker.ref();
          worker.postMessage({ type: 'run', text } satisfies EngineRequest);
        });
      },
      stop() {
        stop.request();
        // A host prompt waiting for its line ends too; the engine then sees the stop.
        answer(null);
      },
    };
  });
}
