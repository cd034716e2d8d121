/**
 * One HTTP request and its response, synchronously: the engine runs on one thread without
 * returning to the event loop, so the exchange happens in a worker thread (http-worker.ts) while
 * this thread waits on a shared flag, checking for Ctrl+C (a stop cancels the request, as pwsh's
 * StopProcessing cancels its HttpClient call).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { startModuleWorker } from '../../host/module-worker.js';
import type { StopRequest } from '../../engine/runtime/stop-request.js';

export interface ExchangeRequest {
  url: string;
  method: string;
  /** Names as given, in order; a name may repeat. */
  headers: [string, string][];
  body?: Uint8Array;
  /** 0: no timeout. */
  timeoutMs: number;
  skipCertificateCheck: boolean;
}

export type ExchangeOutcome =
  | { kind: 'response'; status: number; reason: string; headers: [string, string][]; body: Uint8Array }
  /** undici's error: `code` is its or the socket's (ECONNREFUSED, UND_ERR_HEADERS_TIMEOUT...). */
  | { kind: 'failure'; code: string; name: string; message: string };

let worker: Worker | undefined;
/** How long a stopped exchange waits for the worker to confirm the cancel. */
const cancelGraceMs = 2000;
let nextId = 1;

/**
 * The worker's module: tsc's http-worker.js beside this module, or the .ts source under tsx; from
 * the bundled binary (dist/src/psh.cjs, where import.meta.url is empty) tsc's copy under dist/src.
 */
function workerPath(): string {
  const here = import.meta.url ? dirname(fileURLToPath(import.meta.url)) : join(dirname(__filename), 'cmdlets/web');
  const compiled = join(here, 'http-worker.js');
  return existsSync(compiled) ? compiled : join(here, 'http-worker.ts');
}

function httpWorker(): Worker {
  if (!worker) {
    worker = startModuleWorker(workerPath(), {});
    // The session may end while the worker idles with kept-alive connections.
    worker.unref();
  }
  return worker;
}

export function exchangeSync(request: ExchangeRequest, stop: StopRequest): ExchangeOutcome {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const id = nextId++;
  const thread = httpWorker();
  thread.postMessage({ id, request, port: port2, done }, [port2]);
  try {
    let cancelledAt: number | undefined;
    while (Atomics.load(done, 0) === 0) {
      if (stop.requested) {
        if (cancelledAt === undefined) {
          thread.postMessage({ cancel: id });
          cancelledAt = Date.now();
        } else if (Date.now() - cancelledAt > cancelGraceMs) {
          // The worker did not answer the cancel (it may never have started): stop anyway.
          break;
        }
      }
      Atomics.wait(done, 0, 0, 20);
    }
    stop.throwIfRequested();
    return receiveMessageOnPort(port1)!.message as ExchangeOutcome;
  } finally {
    port1.close();
  }
}
