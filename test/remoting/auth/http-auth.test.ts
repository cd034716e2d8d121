/** The HTTP handshake state machines driven against each other, as the client and server layers will. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NetworkCredential } from '../../../src/remoting/auth/credential.js';
import type { AccountSecret } from '../../../src/remoting/auth/credential-store.js';
import { unwrapEncryptedMessage, wrapEncryptedMessage } from '../../../src/remoting/auth/encrypted-message.js';
import { AuthError, AuthPolicyError, InvalidTokenError, LogonFailureError } from '../../../src/remoting/auth/errors.js';
import { encodeChallengeMessage } from '../../../src/remoting/auth/ntlm/challenge-message.js';
import { DEFAULT_CLIENT_FLAGS } from '../../../src/remoting/auth/ntlm/negotiate-flags.js';
import { HttpAuthClient, type AuthenticationMechanism } from '../../../src/remoting/auth/http-auth-client.js';
import { HttpAuthServer, type ServerAuthStep } from '../../../src/remoting/auth/http-auth-server.js';
import { ntHash } from '../../../src/remoting/auth/ntlm/ntlmv2-response.js';
import type { TransportSecurity } from '../../../src/remoting/auth/basic.js';

const accounts = new Map<string, AccountSecret>([
  ['alice', { password: 'correct horse' }],
  ['bob', { ntHash: ntHash('battery staple') }],
]);

function newServer(transport: TransportSecurity, mechanisms: AuthenticationMechanism[] = ['Negotiate', 'Basic']) {
  return new HttpAuthServer({
    mechanisms,
    transport,
    lookup: (user) => accounts.get(user.toLowerCase()),
    ntlm: { nbComputerName: 'PSH' },
  });
}

/** Plays requests and responses until the client is authenticated or throws; returns the server's last step. */
function run(client: HttpAuthClient, server: HttpAuthServer): ServerAuthStep {
  let authorization: string | undefined = client.initialAuthorization();
  for (let round = 0; round < 5; round++) {
    const step = server.onRequest(authorization);
    const outcome = step.kind === 'Accepted' ? client.onResponse(200, undefined) : client.onResponse(step.status, step.wwwAuthenticate);
    if (outcome.kind === 'Authenticated') return step;
    authorization = outcome.authorization;
  }
  throw new Error('handshake did not finish');
}

const alice = new NetworkCredential('alice', 'correct horse');

test('Negotiate over HTTP: handshake, then encrypted bodies both ways on the same connection', () => {
  const client = new HttpAuthClient({ mechanism: 'Negotiate', credential: alice, transport: { https: false } });
  const server = newServer({ https: false });
  const last = run(client, server);
  assert.is(last.kind, 'Accepted');
  assert.is(server.user?.userName, 'alice');
  assert.ok(client.authenticated && client.encryptsMessages && server.encryptsMessages);

  const serverSecurity = server.user!.sessionSecurity!;
  for (let i = 0; i < 5; i++) {
    const soap = new Uint8Array(Buffer.from(`<s:Envelope>${i}</s:Envelope>`));
    const request = wrapEncryptedMessage(client.sessionSecurity, soap);
    // Later requests on the authenticated connection carry no Authorization header.
    assert.is(server.onRequest(undefined).kind, 'Accepted');
    assert.equal(unwrapEncryptedMessage(serverSecurity, request.body, request.contentType).content, soap);
    const response = wrapEncryptedMessage(serverSecurity, soap);
    assert.equal(unwrapEncryptedMessage(client.sessionSecurity, response.body, response.contentType).content, soap);
  }
});

test('Negotiate with SPNEGO framing: the final 200 carries the server mechListMIC, which the client verifies', () => {
  const client = new HttpAuthClient({ mechanism: 'Negotiate', credential: alice, transport: { https: false }, spnego: true });
  const server = newServer({ https: false });
  const first = server.onRequest(client.initialAuthorization());
  assert.is(first.kind, 'Challenge');
  const next = client.onResponse(401, first.kind === 'Challenge' ? first.wwwAuthenticate : []);
  const last = server.onRequest(next.kind === 'Send' ? next.authorization : undefined);
  assert.is(last.kind, 'Accepted');
  if (last.kind !== 'Accepted') return;
  assert.ok(last.wwwAuthenticate?.startsWith('Negotiate '));
  // Without the final token the client cannot tell the server knew the session key.
  const twin = new HttpAuthClient({ mechanism: 'Negotiate', credential: alice, transport: { https: false }, spnego: true });
  const twinServer = newServer({ https: false });
  const t1 = twinServer.onRequest(twin.initialAuthorization());
  const t2 = twin.onResponse(401, t1.kind === 'Challenge' ? t1.wwwAuthenticate : []);
  twinServer.onRequest(t2.kind === 'Send' ? t2.authorization : undefined);
  assert.throws(() => twin.onResponse(200, undefined), (e: unknown) => e instanceof InvalidTokenError);

  assert.is(client.onResponse(200, last.wwwAuthenticate).kind, 'Authenticated');
  const soap = new Uint8Array(Buffer.from('<s:Envelope/>'));
  const request = wrapEncryptedMessage(client.sessionSecurity, soap);
  assert.equal(unwrapEncryptedMessage(last.user.sessionSecurity!, request.body, request.contentType).content, soap);
});

test('the anonymous AUTHENTICATE_MESSAGE a Windows WinRM client sends in the MS-WSMV 2.2.9.2 example is decoded and refused', () => {
  // Windows sent this bare NTLM message under the Negotiate scheme.
  const header = 'Negotiate TlRMTVNTUAADAAAAAAAAAEgAAAAAAAAASAAAAAAAAABIAAAAAAAAAEgAAAAAAAAASAAAAAAAAABIAAAANcKI4gUBKAoAAAAP';
  const server = newServer({ https: false });
  const opening = new HttpAuthClient({ mechanism: 'Negotiate', credential: alice, transport: { https: false } });
  assert.is(server.onRequest(opening.initialAuthorization()).kind, 'Challenge');
  const step = server.onRequest(header);
  assert.ok(step.kind === 'Challenge' && step.error instanceof LogonFailureError);
});

test('Negotiate with a wrong password: the server answers 401 with its challenges, the client reports Access is denied', () => {
  const client = new HttpAuthClient({ mechanism: 'Negotiate', credential: new NetworkCredential('bob', 'wrong'), transport: { https: false } });
  const server = newServer({ https: false });
  const first = server.onRequest(client.initialAuthorization());
  assert.is(first.kind, 'Challenge');
  const next = client.onResponse(401, first.kind === 'Challenge' ? first.wwwAuthenticate : []);
  assert.is(next.kind, 'Send');
  const second = server.onRequest(next.kind === 'Send' ? next.authorization : '');
  assert.is(second.kind, 'Challenge');
  if (second.kind !== 'Challenge') return;
  assert.instance(second.error, LogonFailureError);
  assert.equal(second.wwwAuthenticate, ['Negotiate']);
  assert.throws(() => client.onResponse(401, second.wwwAuthenticate), (e: unknown) => e instanceof LogonFailureError && e.message === 'Access is denied.');
  assert.is(server.user, undefined);
  assert.is(server.onRequest(undefined).kind, 'Challenge');
});

test('Basic over HTTPS with a stored NT hash', () => {
  const client = new HttpAuthClient({ mechanism: 'Basic', credential: new NetworkCredential('bob', 'battery staple'), transport: { https: true } });
  const server = newServer({ https: true });
  assert.equal(server.offeredChallenges(), ['Negotiate', 'Basic realm="WSMAN"']);
  assert.is(run(client, server).kind, 'Accepted');
  assert.is(server.user?.mechanism, 'Basic');
  assert.not.ok(server.encryptsMessages);
  assert.not.ok(client.encryptsMessages);
});

test('Basic over HTTP: not offered and refused unless AllowUnencrypted', () => {
  const http = newServer({ https: false });
  assert.equal(http.offeredChallenges(), ['Negotiate']);
  const refused = http.onRequest('Basic YWxpY2U6Y29ycmVjdCBob3JzZQ==');
  assert.ok(refused.kind === 'Challenge' && refused.error instanceof AuthPolicyError);
  const allowed = newServer({ https: false, allowUnencrypted: true });
  assert.is(allowed.onRequest('Basic YWxpY2U6Y29ycmVjdCBob3JzZQ==').kind, 'Accepted');
  const wrong = allowed.onRequest('Basic YWxpY2U6d3Jvbmc=');
  assert.ok(wrong.kind === 'Challenge' && wrong.error instanceof LogonFailureError);
});

test('a server that does not offer the client\'s mechanism is an AuthPolicyError naming what it offers', () => {
  const client = new HttpAuthClient({ mechanism: 'Negotiate', credential: alice, transport: { https: true } });
  client.initialAuthorization();
  assert.throws(
    () => client.onResponse(401, 'Basic realm="WSMAN"'),
    (e: unknown) => e instanceof AuthPolicyError && e.message.includes('Basic'),
  );
});

test('a hostile or broken server: every bad challenge is a typed error on the client', () => {
  const cases: Array<string | string[]> = [
    'Negotiate !!notbase64!!',
    'Negotiate ' + Buffer.from('NTLMSSP\0\x02\0\0\0').toString('base64'),
    'Negotiate ' + Buffer.from('not ntlm at all, but long enough to parse').toString('base64'),
    'Negotiate ' + 'QUFB'.repeat(30000),
    'Negotiate',
    'Basic realm="WSMAN"',
    'realm="orphan parameter"',
  ];
  for (const header of cases) {
    const client = new HttpAuthClient({ mechanism: 'Negotiate', credential: alice, transport: { https: false } });
    client.initialAuthorization();
    assert.throws(() => client.onResponse(401, header), (e: unknown) => e instanceof AuthError, String(header).slice(0, 40));
  }
  // A challenge without the server's NetBIOS names cannot support signing and sealing (MS-NLMP 3.1.5.1.2).
  const client = new HttpAuthClient({ mechanism: 'Negotiate', credential: alice, transport: { https: false } });
  client.initialAuthorization();
  const bare = encodeChallengeMessage({
    negotiateFlags: DEFAULT_CLIENT_FLAGS,
    targetName: 'X',
    serverChallenge: new Uint8Array(8),
    targetInfo: [],
  });
  assert.throws(() => client.onResponse(401, `Negotiate ${Buffer.from(bare).toString('base64')}`), (e: unknown) => e instanceof InvalidTokenError);
  // A 200 in the middle of the NTLM exchange is not a successful logon.
  const early = new HttpAuthClient({ mechanism: 'Negotiate', credential: alice, transport: { https: false } });
  early.initialAuthorization();
  assert.throws(() => early.onResponse(200, undefined), (e: unknown) => e instanceof InvalidTokenError);
  assert.not.ok(early.authenticated);
});

test('hostile Authorization values get a 401 with a typed error, never an exception', () => {
  const server = newServer({ https: true });
  const values = [
    'Negotiate',
    'Negotiate !!!!',
    'Negotiate ' + Buffer.from('NTLMSSP\0\x03\0\0\0').toString('base64'),
    'Negotiate ' + Buffer.from('NTLMSSP\0\x01\0\0\0').toString('base64'),
    'Negotiate ' + Buffer.from('garbage that is not NTLM').toString('base64'),
    'Negotiate ' + 'A'.repeat(100000),
    'Kerberos YQ==',
    'Basic',
    '',
  ];
  for (const value of values) {
    const step = server.onRequest(value);
    assert.is(step.kind, 'Challenge', value.slice(0, 40));
    assert.ok(step.kind === 'Challenge' && step.error !== undefined, value.slice(0, 40));
  }
  const typed = server.onRequest('Negotiate !!!!');
  assert.ok(typed.kind === 'Challenge' && typed.error instanceof InvalidTokenError);
});

test.run();
