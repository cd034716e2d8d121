/** psh's NTLM client against psh's NTLM server: handshake, then session security both ways. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NetworkCredential } from '../../../../src/remoting/auth/credential.js';
import { ContextStateError, InvalidTokenError, LogonFailureError, MessageAlteredError, OutOfSequenceError } from '../../../../src/remoting/auth/errors.js';
import { AvId, MsvAvFlag, avPairFlags, findAvPair, parseAvPairs } from '../../../../src/remoting/auth/ntlm/av-pairs.js';
import { decodeAuthenticateMessage, encodeAuthenticateMessage } from '../../../../src/remoting/auth/ntlm/authenticate-message.js';
import { decodeChallengeMessage, encodeChallengeMessage } from '../../../../src/remoting/auth/ntlm/challenge-message.js';
import { gssChannelBindings } from '../../../../src/remoting/auth/ntlm/channel-bindings.js';
import { NtlmClientContext } from '../../../../src/remoting/auth/ntlm/client-context.js';
import { NegotiateFlags, hasFlag } from '../../../../src/remoting/auth/ntlm/negotiate-flags.js';
import { ntHash } from '../../../../src/remoting/auth/ntlm/ntlmv2-response.js';
import { NtlmServerContext } from '../../../../src/remoting/auth/ntlm/server-context.js';
import type { AccountSecret } from '../../../../src/remoting/auth/credential-store.js';

const users = new Map<string, AccountSecret>([
  ['alice', { password: 'Pa$$w0rd!' }],
  ['bob', { ntHash: ntHash('hunter2') }],
]);
const lookup = (user: string) => users.get(user.toLowerCase());

function server(options: Partial<ConstructorParameters<typeof NtlmServerContext>[0]> = {}) {
  return new NtlmServerContext({ nbComputerName: 'PSHSERVER', dnsComputerName: 'pshserver.example.com', ...options });
}

function handshake(credential: NetworkCredential, serverCtx = server(), clientOptions = {}) {
  const client = new NtlmClientContext({ credential, workstation: 'PSHCLIENT', targetSpn: 'WSMAN/pshserver', ...clientOptions });
  const challenge = serverCtx.challenge(client.negotiate());
  const authenticate = client.authenticate(challenge);
  return { client, serverCtx, challenge, authenticate };
}

test('handshake succeeds and reports the user; the server verifies the MIC', () => {
  const { client, serverCtx, challenge, authenticate } = handshake(new NetworkCredential('Alice', 'Pa$$w0rd!', 'PSHSERVER'));
  const result = serverCtx.accept(authenticate, lookup);
  assert.is(result.userName, 'Alice');
  assert.is(result.domainName, 'PSHSERVER');
  assert.is(result.workstation, 'PSHCLIENT');
  assert.ok(client.complete && serverCtx.complete);

  const sentChallenge = decodeChallengeMessage(challenge);
  assert.ok(findAvPair(sentChallenge.targetInfo, AvId.MsvAvTimestamp));
  const message = decodeAuthenticateMessage(authenticate);
  assert.ok(message.mic, 'MIC field present');
  assert.ok(message.mic!.some((b) => b !== 0), 'MIC computed');
  const clientPairs = parseAvPairs(message.ntChallengeResponse.subarray(16 + 28));
  assert.ok(hasFlag(avPairFlags(clientPairs), MsvAvFlag.MicProvided));
  assert.is(Buffer.from(findAvPair(clientPairs, AvId.MsvAvTargetName)!).toString('utf16le'), 'WSMAN/pshserver');
  assert.equal(message.lmChallengeResponse, new Uint8Array(24));
  assert.ok(hasFlag(message.negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_KEY_EXCH));
  assert.is(message.encryptedRandomSessionKey.length, 16);
});

test('a server holding only the NT hash authenticates the user', () => {
  const { serverCtx, authenticate } = handshake(new NetworkCredential('bob', 'hunter2'));
  assert.is(serverCtx.accept(authenticate, lookup).userName, 'bob');
});

test('seal and unseal many messages in both directions; sequence numbers advance', () => {
  const { client, serverCtx, authenticate } = handshake(new NetworkCredential('alice', 'Pa$$w0rd!'));
  const serverSecurity = serverCtx.accept(authenticate, lookup).sessionSecurity;
  const clientSecurity = client.sessionSecurity;
  for (let i = 0; i < 50; i++) {
    const request = new Uint8Array(Buffer.from(`<s:Envelope>request ${i}</s:Envelope>`.repeat(i + 1)));
    const wrapped = clientSecurity.wrap(request);
    assert.is(new DataView(wrapped.signature.buffer).getUint32(12, true), i);
    assert.not.equal(wrapped.sealed, request);
    assert.equal(serverSecurity.unwrap(wrapped.signature, wrapped.sealed), request);

    const response = new Uint8Array(Buffer.from(`response ${i}`));
    const back = serverSecurity.wrap(response);
    assert.equal(clientSecurity.unwrap(back.signature, back.sealed), response);
  }
});

test('sign and verify (GSS_GetMIC) share the sequence and RC4 state with sealing', () => {
  const { client, serverCtx, authenticate } = handshake(new NetworkCredential('alice', 'Pa$$w0rd!'));
  const serverSecurity = serverCtx.accept(authenticate, lookup).sessionSecurity;
  const data = new Uint8Array([1, 2, 3]);
  serverSecurity.verify(data, client.sessionSecurity.sign(data));
  const sealed = client.sessionSecurity.wrap(data);
  assert.equal(serverSecurity.unwrap(sealed.signature, sealed.sealed), data);
});

test('wrong password is a LogonFailureError', () => {
  const { serverCtx, authenticate } = handshake(new NetworkCredential('alice', 'wrong'));
  assert.throws(() => serverCtx.accept(authenticate, lookup), (e: unknown) => e instanceof LogonFailureError);
  assert.not.ok(serverCtx.complete);
});

test('unknown user is a LogonFailureError', () => {
  const { serverCtx, authenticate } = handshake(new NetworkCredential('mallory', 'x'));
  assert.throws(() => serverCtx.accept(authenticate, lookup), (e: unknown) => e instanceof LogonFailureError);
});

test('a user name without a domain authenticates', () => {
  const { serverCtx, authenticate } = handshake(new NetworkCredential('alice', 'Pa$$w0rd!', ''));
  assert.is(serverCtx.accept(authenticate, lookup).domainName, '');
});

test('a tampered AUTHENTICATE_MESSAGE fails the MIC check', () => {
  const { serverCtx, authenticate } = handshake(new NetworkCredential('alice', 'Pa$$w0rd!'));
  const message = decodeAuthenticateMessage(authenticate);
  const tampered = encodeAuthenticateMessage({ ...message, workstation: 'EVIL' });
  assert.throws(() => serverCtx.accept(tampered, lookup), (e: unknown) => e instanceof LogonFailureError);
});

test('tampered sealed data or signature is a MessageAlteredError, and the session is closed after it', () => {
  const { client, serverCtx, authenticate } = handshake(new NetworkCredential('alice', 'Pa$$w0rd!'));
  const serverSecurity = serverCtx.accept(authenticate, lookup).sessionSecurity;
  const wrapped = client.sessionSecurity.wrap(new Uint8Array(Buffer.from('<s:Envelope/>')));
  wrapped.sealed[3]! ^= 0x01;
  assert.throws(() => serverSecurity.unwrap(wrapped.signature, wrapped.sealed), (e: unknown) => e instanceof MessageAlteredError);
  assert.throws(() => serverSecurity.unwrap(wrapped.signature, wrapped.sealed), (e: unknown) => e instanceof ContextStateError);

  const second = handshake(new NetworkCredential('alice', 'Pa$$w0rd!'));
  const s2 = second.serverCtx.accept(second.authenticate, lookup).sessionSecurity;
  const w2 = second.client.sessionSecurity.wrap(new Uint8Array([9, 9, 9]));
  w2.signature[5]! ^= 0x80;
  assert.throws(() => s2.unwrap(w2.signature, w2.sealed), (e: unknown) => e instanceof MessageAlteredError);
});

test('a replayed or skipped message is an OutOfSequenceError', () => {
  const { client, serverCtx, authenticate } = handshake(new NetworkCredential('alice', 'Pa$$w0rd!'));
  const serverSecurity = serverCtx.accept(authenticate, lookup).sessionSecurity;
  client.sessionSecurity.wrap(new Uint8Array([1])); // message 0 never arrives
  const second = client.sessionSecurity.wrap(new Uint8Array([2]));
  assert.throws(() => serverSecurity.unwrap(second.signature, second.sealed), (e: unknown) => e instanceof OutOfSequenceError);
});

test('channel bindings must match when the server has them', () => {
  const bindings = gssChannelBindings(new Uint8Array(Buffer.from('tls-server-end-point:abc')));
  const other = gssChannelBindings(new Uint8Array(Buffer.from('tls-server-end-point:xyz')));
  const ok = handshake(new NetworkCredential('alice', 'Pa$$w0rd!'), server({ channelBindings: bindings }), { channelBindings: bindings });
  assert.is(ok.serverCtx.accept(ok.authenticate, lookup).userName, 'alice');
  const bad = handshake(new NetworkCredential('alice', 'Pa$$w0rd!'), server({ channelBindings: bindings }), { channelBindings: other });
  assert.throws(() => bad.serverCtx.accept(bad.authenticate, lookup), (e: unknown) => e instanceof LogonFailureError);
  const none = handshake(new NetworkCredential('alice', 'Pa$$w0rd!'), server({ channelBindings: bindings, requireChannelBindings: true }));
  assert.throws(() => none.serverCtx.accept(none.authenticate, lookup), (e: unknown) => e instanceof LogonFailureError);
});

test('a client timestamp older than MaxLifetime is refused', () => {
  let clock = Date.UTC(2030, 0, 1);
  const serverCtx = server({ now: () => clock });
  const { authenticate } = handshake(new NetworkCredential('alice', 'Pa$$w0rd!'), serverCtx);
  clock += 37 * 60 * 60 * 1000; // the client echoed the challenge time; 37 hours pass before it is checked
  assert.throws(() => serverCtx.accept(authenticate, lookup), (e: unknown) => e instanceof LogonFailureError);
});

test('contexts refuse steps out of order', () => {
  const client = new NtlmClientContext({ credential: new NetworkCredential('a', 'b') });
  assert.throws(() => client.authenticate(new Uint8Array(64)), (e: unknown) => e instanceof ContextStateError);
  assert.throws(() => client.sessionSecurity, (e: unknown) => e instanceof ContextStateError);
  client.negotiate();
  assert.throws(() => client.negotiate(), (e: unknown) => e instanceof ContextStateError);
  const s = server();
  assert.throws(() => s.accept(new Uint8Array(88), lookup), (e: unknown) => e instanceof ContextStateError);
});

test('the client refuses a server that will not seal with 128-bit keys', () => {
  const s = server();
  const client = new NtlmClientContext({ credential: new NetworkCredential('alice', 'Pa$$w0rd!') });
  const challenge = decodeChallengeMessage(s.challenge(client.negotiate()));
  const weakened = encodeChallengeMessage({ ...challenge, negotiateFlags: challenge.negotiateFlags & ~NegotiateFlags.NTLMSSP_NEGOTIATE_SEAL });
  assert.throws(() => client.authenticate(weakened), (e: unknown) => e instanceof Error && e.name === 'AuthPolicyError');
});

test('garbage instead of a challenge is an InvalidTokenError', () => {
  const client = new NtlmClientContext({ credential: new NetworkCredential('alice', 'x') });
  client.negotiate();
  assert.throws(() => client.authenticate(new Uint8Array(Buffer.from('NTLMSSP\0garbage'))), (e: unknown) => e instanceof InvalidTokenError);
});

test.run();
