/**
 * The thread that talks HTTP for the web cmdlets. psh's engine runs synchronously, so a cmdlet
 * posts one exchange here (see http-exchange.ts) and blocks until this thread answers on the
 * exchange's own port. Each exchange is one request and its response, redirects included: the
 * cmdlet decides whether to follow them, as pwsh does.
 *
 * undici's dispatch handler is used rather than request(): it hands over the status line's reason
 * phrase (pwsh's StatusDescription) and the header names as the server spelled them.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { Agent, type Dispatcher } from 'undici';
import type { ExchangeOutcome, ExchangeRequest } from './http-exchange.js';

const agents = new Map<string, Agent>();

/** One connection pool per certificate policy and timeout, kept for the session (keep-alive). */
function agentFor(request: ExchangeRequest): Agent {
  const key = `${request.skipCertificateCheck}/${request.timeoutMs}`;
  let agent = agents.get(key);
  if (!agent) {
    const timeout = request.timeoutMs > 0 ? request.timeoutMs : 0;
    agent = new Agent({ connect: { rejectUnauthorized: !request.skipCertificateCheck, timeout: timeout || undefined }, headersTimeout: timeout, bodyTimeout: timeout });
    agents.set(key, agent);
  }
  return agent;
}

function exchange(request: ExchangeRequest, answer: (outcome: ExchangeOutcome) => void): () => void {
  const url = new URL(request.url);
  const chunks: Buffer[] = [];
  let status = 0;
  let reason = '';
  let headers: [string, string][] = [];
  let abort: ((error: Error) => void) | undefined;
  const handler: Dispatcher.DispatchHandler = {
    onConnect(abortRequest: (error: Error) => void) {
      abort = abortRequest;
    },
    onHeaders(statusCode: number, rawHeaders: Buffer[], _resume: () => void, statusText: string) {
      status = statusCode;
      reason = statusText;
      headers = [];
      for (let i = 0; i + 1 < rawHeaders.length; i += 2) headers.push([rawHeaders[i]!.toString('latin1'), rawHeaders[i + 1]!.toString('latin1')]);
      return true;
    },
    onData(chunk: Buffer) {
      chunks.push(chunk);
      return true;
    },
    onComplete() {
      const body = Buffer.concat(chunks);
      answer({ kind: 'response', status, reason, headers, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) });
    },
    onError(error: Error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      answer({ kind: 'failure', code: (error as { code?: string }).code ?? cause?.code ?? '', name: error.name, message: error.message });
    },
  } as unknown as Dispatcher.DispatchHandler;
  agentFor(request).dispatch(
    { origin: url.origin, path: url.pathname + url.search, method: request.method, headers: request.headers.flat(), body: request.body ?? null },
    handler,
  );
  return () => abort?.(Object.assign(new Error('The operation was canceled.'), { code: 'ECANCELED' }));
}

interface ExchangeMessage {
  id: number;
  request: ExchangeRequest;
  port: MessagePort;
  /** Element 0 becomes 1 when the answer is on the port (the cmdlet waits on it). */
  done: Int32Array;
}

const cancels = new Map<number, () => void>();

parentPort!.on('message', (message: ExchangeMessage | { cancel: number }) => {
  if ('cancel' in message) {
    cancels.get(message.cancel)?.();
    return;
  }
  const { id, request, port, done } = message;
  const answer = (outcome: ExchangeOutcome) => {
    if (!cancels.delete(id)) return;
    port.postMessage(outcome);
    port.close();
    Atomics.store(done, 0, 1);
    Atomics.notify(done, 0);
  };
  cancels.set(id, () => {});
  try {
    cancels.set(id, exchange(request, answer));
  } catch (error) {
    // undici refused the request itself (a header it will not send): the cmdlet must not wait forever.
    answer({ kind: 'failure', code: (error as { code?: string }).code ?? '', name: (error as Error).name, message: (error as Error).message });
  }
});
