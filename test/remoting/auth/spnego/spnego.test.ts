/**
 * SPNEGO framing. The two NegTokenInit values below were produced by Windows clients (an
 * Internet Explorer/SSPI NTLM offer from Windows 7 SP1, and a Windows 10 NegoEx offer) and are
 * published in the test suites of open-source SPNEGO servers; psh did not write them.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NetworkCredential } from '../../../../src/remoting/auth/credential.js';
import { InvalidTokenError, LogonFailureError } from '../../../../src/remoting/auth/errors.js';
import { decodeChallengeMessage } from '../../../../src/remoting/auth/ntlm/challenge-message.js';
import { NtlmClientContext } from '../../../../src/remoting/auth/ntlm/client-context.js';
import { decodeNegotiateMessage } from '../../../../src/remoting/auth/ntlm/negotiate-message.js';
import { SpnegoAcceptor } from '../../../../src/remoting/auth/spnego/acceptor.js';
import { SpnegoInitiator } from '../../../../src/remoting/auth/spnego/initiator.js';
import { encodeOid, decodeOid } from '../../../../src/remoting/auth/spnego/der.js';
import {
  MechType,
  NegState,
  decodeNegotiationToken,
  encodeMechTypeList,
  encodeNegTokenInit,
  encodeNegTokenResp,
  type NegTokenInit,
  type NegTokenResp,
} from '../../../../src/remoting/auth/spnego/neg-token.js';

const WINDOWS_NTLM_OFFER = Buffer.from(
  'YHYGBisGAQUFAqBsMGqgMDAuBgorBgEEAYI3AgIKBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHqI2BDROVExNU1NQAAEAAACXsgjiAwADADEAAAAJAAkAKAAAAAYBsR0AAAAPR0xZQ0VSSU5FU0FE',
  'base64',
);
const WINDOWS_NEGOEX_OFFER = Buffer.from(
  'YIGeBgYrBgEFBQKggZMwgZCgGjAYBgorBgEEAYI3AgIeBgorBgEEAYI3AgIKonIEcE5FR09FWFRTAAAAAAAAAABgAAAAcAAAAAPx046cicVOngxMfxUsCsEIMeUM39SSXP1N9DuDVIU3IFosQ3eWTsKOPdfTNWD4SAAAAAAAAAAAYAAAAAEAAAAAAAAAAAAAAMNbiTClcBVAolAmCpGQrZA=',
  'base64',
);

const lookup = (user: string) => (user.toLowerCase() === 'alice' ? { password: 'pw' } : undefined);
const serverOptions = { nbComputerName: 'PSH' };

test('OID encoding round trips, including multi-byte arcs', () => {
  for (const oid of Object.values(MechType)) assert.is(decodeOid(encodeOid(oid).subarray(2)), oid);
  assert.is(Buffer.from(encodeOid(MechType.Ntlm)).toString('hex'), '060a2b06010401823702020a');
});

test('a Windows NTLM NegTokenInit decodes, and psh re-encodes it byte for byte', () => {
  const token = decodeNegotiationToken(new Uint8Array(WINDOWS_NTLM_OFFER)) as NegTokenInit;
  assert.is(token.kind, 'NegTokenInit');
  assert.equal(token.mechTypes, [MechType.Ntlm, MechType.MsKerberos, MechType.Kerberos, MechType.NegoEx]);
  const negotiate = decodeNegotiateMessage(token.mechToken!);
  assert.is(negotiate.negotiateFlags, 0xe208b297);
  assert.is(negotiate.domainName, 'SAD');
  assert.is(negotiate.workstation, 'GLYCERINE');
  assert.equal(negotiate.version, { productMajorVersion: 6, productMinorVersion: 1, productBuild: 7601, ntlmRevisionCurrent: 15 });
  assert.equal(token.mechTypesEncoded, encodeMechTypeList(token.mechTypes));
  assert.equal(encodeNegTokenInit(token.mechTypes, token.mechToken).token, new Uint8Array(WINDOWS_NTLM_OFFER));
});

test('the acceptor answers the Windows NTLM offer with an NTLM challenge', () => {
  const acceptor = new SpnegoAcceptor(serverOptions);
  const step = acceptor.step(new Uint8Array(WINDOWS_NTLM_OFFER), lookup);
  assert.is(step.result, undefined);
  const resp = decodeNegotiationToken(step.token!) as NegTokenResp;
  assert.is(resp.kind, 'NegTokenResp');
  assert.is(resp.negState, NegState.AcceptIncomplete);
  assert.is(resp.supportedMech, MechType.Ntlm);
  assert.is(decodeChallengeMessage(resp.responseToken!).targetName, 'PSH');
});

test('a Windows NegoEx-first offer: the acceptor selects NTLM and requires a mechListMIC', () => {
  const offer = decodeNegotiationToken(new Uint8Array(WINDOWS_NEGOEX_OFFER)) as NegTokenInit;
  assert.equal(offer.mechTypes, [MechType.NegoEx, MechType.Ntlm]);

  const acceptor = new SpnegoAcceptor(serverOptions);
  const first = decodeNegotiationToken(acceptor.step(new Uint8Array(WINDOWS_NEGOEX_OFFER), lookup).token!) as NegTokenResp;
  assert.is(first.negState, NegState.RequestMic);
  assert.is(first.supportedMech, MechType.Ntlm);
  assert.is(first.responseToken, undefined);

  // Continue as the client would: NTLM from its first token, the MIC over the list it offered.
  const client = new NtlmClientContext({ credential: new NetworkCredential('alice', 'pw') });
  const second = decodeNegotiationToken(acceptor.step(encodeNegTokenResp({ responseToken: client.negotiate() }), lookup).token!) as NegTokenResp;
  const authenticate = client.authenticate(second.responseToken!);

  const withoutMic = new SpnegoAcceptor(serverOptions);
  withoutMic.step(new Uint8Array(WINDOWS_NEGOEX_OFFER), lookup);
  const c2 = new NtlmClientContext({ credential: new NetworkCredential('alice', 'pw') });
  const ch2 = decodeNegotiationToken(withoutMic.step(encodeNegTokenResp({ responseToken: c2.negotiate() }), lookup).token!) as NegTokenResp;
  assert.throws(() => withoutMic.step(encodeNegTokenResp({ responseToken: c2.authenticate(ch2.responseToken!) }), lookup), (e: unknown) => e instanceof LogonFailureError);

  const mic = client.sessionSecurity.signMechListMic(offer.mechTypesEncoded);
  const final = acceptor.step(encodeNegTokenResp({ responseToken: authenticate, mechListMic: mic }), lookup);
  assert.is(final.result?.userName, 'alice');
  const done = decodeNegotiationToken(final.token!) as NegTokenResp;
  assert.is(done.negState, NegState.AcceptCompleted);
  client.sessionSecurity.verifyMechListMic(offer.mechTypesEncoded, done.mechListMic!);
});

test('initiator and acceptor: full exchange, then sealing works from the restored RC4 state', () => {
  const initiator = new SpnegoInitiator({ credential: new NetworkCredential('alice', 'pw') });
  const acceptor = new SpnegoAcceptor(serverOptions);
  const challenge = acceptor.step(initiator.initialToken(), lookup);
  const authenticate = initiator.step(challenge.token!);
  const final = acceptor.step(authenticate!, lookup);
  assert.is(initiator.step(final.token!), undefined);
  assert.ok(initiator.complete);
  const server = final.result!.sessionSecurity;
  for (let i = 0; i < 3; i++) {
    const data = new Uint8Array([i, i + 1, i + 2]);
    const up = initiator.sessionSecurity.wrap(data);
    // mechListMIC took sequence number 0; the first application message is number 1.
    assert.is(new DataView(up.signature.buffer).getUint32(12, true), i + 1);
    assert.equal(server.unwrap(up.signature, up.sealed), data);
    const down = server.wrap(data);
    assert.equal(initiator.sessionSecurity.unwrap(down.signature, down.sealed), data);
  }
});

test('a wrong password ends in LogonFailureError on the acceptor', () => {
  const initiator = new SpnegoInitiator({ credential: new NetworkCredential('alice', 'nope') });
  const acceptor = new SpnegoAcceptor(serverOptions);
  const authenticate = initiator.step(acceptor.step(initiator.initialToken(), lookup).token!);
  assert.throws(() => acceptor.step(authenticate!, lookup), (e: unknown) => e instanceof LogonFailureError);
});

test('an altered mechanism list (downgrade) fails the mechListMIC', () => {
  const client = new NtlmClientContext({ credential: new NetworkCredential('alice', 'pw') });
  const acceptor = new SpnegoAcceptor(serverOptions);
  const { token } = encodeNegTokenInit([MechType.Ntlm], client.negotiate());
  const challenge = decodeNegotiationToken(acceptor.step(token, lookup).token!) as NegTokenResp;
  const authenticate = client.authenticate(challenge.responseToken!);
  const forged = client.sessionSecurity.signMechListMic(encodeMechTypeList([MechType.Ntlm, MechType.Kerberos]));
  assert.throws(() => acceptor.step(encodeNegTokenResp({ responseToken: authenticate, mechListMic: forged }), lookup), (e: unknown) => e instanceof LogonFailureError);
});

test('hostile SPNEGO tokens are InvalidTokenError', () => {
  const valid = new Uint8Array(WINDOWS_NTLM_OFFER);
  for (let cut = 1; cut < valid.length; cut++) {
    assert.throws(() => decodeNegotiationToken(valid.subarray(0, cut)), (e: unknown) => e instanceof InvalidTokenError, `cut ${cut}`);
  }
  const bad = [
    new Uint8Array([0x60, 0x84, 0xff, 0xff, 0xff, 0xff]),
    new Uint8Array([0x60, 0x80, 0x00, 0x00]),
    new Uint8Array([0x60, 0x85, 1, 1, 1, 1, 1]),
    new Uint8Array([0xa1, 0x03, 0x30, 0x01, 0x00]),
    new Uint8Array([0xa1, 0x05, 0x30, 0x03, 0xa0, 0x01, 0x0a]),
    new Uint8Array([0xa1, 0x07, 0x30, 0x05, 0xa0, 0x03, 0x0a, 0x01, 0x09]),
    new Uint8Array([0x30, 0x00]),
    new Uint8Array([0x1f, 0x00]),
    new Uint8Array([0x60, 0x08, 0x06, 0x06, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x03]),
    new Uint8Array([0x60, 0x0a, 0x06, 0x06, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x02, 0xa0, 0x00]),
  ];
  for (const token of bad) {
    assert.throws(() => decodeNegotiationToken(token), (e: unknown) => e instanceof InvalidTokenError, Buffer.from(token).toString('hex'));
  }
  const acceptor = new SpnegoAcceptor(serverOptions);
  assert.throws(() => acceptor.step(encodeNegTokenInit([MechType.Kerberos], new Uint8Array(4)).token, lookup), (e: unknown) => e instanceof Error && e.name === 'AuthPolicyError');
});

test.run();
