/**
 * Certificate checks against a real TLS server on 127.0.0.1: on by default, and each of
 * -SkipCACheck and -SkipCNCheck turns off only its own check.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import { createConnector, type ConnectorOptions } from '../../../src/remoting/client/connector.js';
import { CertificateVerificationError } from '../../../src/remoting/auth/tls-policy.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/tls/${name}`, import.meta.url), 'utf8');

async function withServer(cert: string, key: string, body: (port: number) => Promise<void>): Promise<void> {
  const server: Server = createServer({ cert: fixture(cert), key: fixture(key) }, (_req, res) => res.end('wsman'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await body((server.address() as AddressInfo).port);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function get(port: number, options: ConnectorOptions): Promise<string> {
  const agent = new Agent({ connect: createConnector(options) });
  try {
    const response = await request(`https://127.0.0.1:${port}/wsman`, { dispatcher: agent });
    return await response.body.text();
  } finally {
    await agent.close();
  }
}

async function failure(port: number, options: ConnectorOptions): Promise<CertificateVerificationError> {
  try {
    await get(port, options);
  } catch (e) {
    const cause = e instanceof CertificateVerificationError ? e : (e as { cause?: unknown }).cause;
    assert.instance(cause, CertificateVerificationError);
    return cause as CertificateVerificationError;
  }
  throw new Error('the connection was not refused');
}

test('an unknown authority is refused by default, with the WinRM text', async () => {
  await withServer('other-cert.pem', 'other-key.pem', async (port) => {
    const e = await failure(port, {});
    assert.equal(e.problems, ['UnknownAuthority']);
    assert.is(e.message, `The server certificate on the destination computer (127.0.0.1:${port}) has the following errors:\nThe SSL certificate is signed by an unknown certificate authority.`);
  });
});

test('a trusted certificate with the right name is accepted', async () => {
  await withServer('other-cert.pem', 'other-key.pem', async (port) => {
    assert.is(await get(port, { ca: fixture('other-cert.pem') }), 'wsman');
  });
});

test('a trusted certificate with the wrong name is refused unless -SkipCNCheck', async () => {
  await withServer('server-cert.pem', 'server-key.pem', async (port) => {
    const e = await failure(port, { ca: fixture('server-cert.pem') });
    assert.equal(e.problems, ['NameMismatch']);
    assert.is(await get(port, { ca: fixture('server-cert.pem'), skipCNCheck: true }), 'wsman');
  });
});

test('-SkipCACheck alone still checks the name', async () => {
  await withServer('server-cert.pem', 'server-key.pem', async (port) => {
    const e = await failure(port, { skipCACheck: true });
    assert.equal(e.problems, ['NameMismatch']);
  });
  await withServer('other-cert.pem', 'other-key.pem', async (port) => {
    assert.is(await get(port, { skipCACheck: true }), 'wsman');
  });
});

test('both skips accept any certificate', async () => {
  await withServer('server-cert.pem', 'server-key.pem', async (port) => {
    assert.is(await get(port, { skipCACheck: true, skipCNCheck: true }), 'wsman');
  });
});

test.run();
