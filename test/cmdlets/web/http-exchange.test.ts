/** The synchronous exchange: a response comes back whole; a stop request (Ctrl+C) cancels a request that never gets one. */
import { Worker } from 'node:worker_threads';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { exchangeSync } from '../../../src/cmdlets/web/http-exchange.js';
import { PipelineStoppedException, StopRequest } from '../../../src/engine/runtime/stop-request.js';
import { startTestServer, type TestServer } from '../../support/http-test-server.js';

let server: TestServer;
test.before(async () => {
  server = await startTestServer();
});
test.after(async () => {
  await server.close();
});

const request = (path: string) => ({ url: `${server.url}${path}`, method: 'GET', headers: [] as [string, string][], timeoutMs: 0, skipCertificateCheck: false });

test('a response: status, reason phrase, headers as sent, body bytes', () => {
  const outcome = exchangeSync(request('/bytes'), new StopRequest());
  assert.is(outcome.kind, 'response');
  if (outcome.kind !== 'response') return;
  assert.equal([outcome.status, outcome.reason, [...outcome.body]], [200, 'OK', [0x41, 0x00, 0x42, 0xff]]);
  assert.ok(outcome.headers.some(([name, value]) => name === 'Content-Type' && value === 'application/octet-stream'));
});

test('a stop requested from another thread cancels the wait', () => {
  const stop = new StopRequest();
  // Another thread asks for the stop, as the Ink prompt does on Ctrl+C while this thread waits.
  const stopper = new Worker(
    `const { workerData } = require('node:worker_threads'); setTimeout(() => { const flag = new Int32Array(workerData); Atomics.store(flag, 0, 1); Atomics.notify(flag, 0); }, 200);`,
    { eval: true, workerData: stop.buffer },
  );
  assert.throws(() => exchangeSync(request('/hang'), stop), (error: unknown) => error instanceof PipelineStoppedException);
  void stopper.terminate();
});

test.run();
