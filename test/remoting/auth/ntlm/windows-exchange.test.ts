/**
 * An NTLM exchange recorded between Windows machines (a Windows client authenticating to a
 * Windows Server 2022 host as cbatt-adm@DAN.VMCLOUD, password "root4EDMZ", since retired),
 * published with its expected intermediate values by the open-source WinRm.NET project. None
 * of these bytes were produced by psh.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LogonFailureError } from '../../../../src/remoting/auth/errors.js';
import { AvId, avPairText, findAvPair, parseAvPairs } from '../../../../src/remoting/auth/ntlm/av-pairs.js';
import { decodeAuthenticateMessage, encodeAuthenticateMessage } from '../../../../src/remoting/auth/ntlm/authenticate-message.js';
import { verifyAuthenticate, type NtlmExchange } from '../../../../src/remoting/auth/ntlm/authenticate-verification.js';
import { decodeChallengeMessage, encodeChallengeMessage } from '../../../../src/remoting/auth/ntlm/challenge-message.js';
import { decodeNegotiateMessage, encodeNegotiateMessage } from '../../../../src/remoting/auth/ntlm/negotiate-message.js';
import { fileTimeToUnixMilliseconds, ntHash } from '../../../../src/remoting/auth/ntlm/ntlmv2-response.js';
import { NtlmSessionSecurity } from '../../../../src/remoting/auth/ntlm/session-security.js';
import { toHex } from '../hex.js';

const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

const NEGOTIATE = b64('TlRMTVNTUAABAAAAt4II4gAAAAAAAAAAAAAAAAAAAAAKAPRlAAAADw==');
const CHALLENGE = b64(
  'TlRMTVNTUAACAAAAFAAUADgAAAA1gonil+dqePIrdg0AAAAAAAAAAKQApABMAAAACgB8TwAAAA9EAEEATgBWAE0AQwBMAE8AVQBEAAIAFABEAEEATgBWAE0AQwBMAE8AVQBEAAEAFABPAFAALQBBAEcARQBOAFQALQAyAAQAFgBkAGEAbgAuAHYAbQBjAGwAbwB1AGQAAwAsAG8AcAAtAGEAZwBlAG4AdAAtADIALgBkAGEAbgAuAHYAbQBjAGwAbwB1AGQABQAWAGQAYQBuAC4AdgBtAGMAbABvAHUAZAAHAAgAfsYb+xHQ2wEAAAAA',
);
const AUTHENTICATE = b64(
  'TlRMTVNTUAADAAAAGAAYAJAAAABIAUgBqAAAAAAAAABYAAAAKgAqAFgAAAAOAA4AggAAABAAEADwAQAANYKI4goA9GUAAAAPGVOLfgrNuV4G+bj5lntDMWMAYgBhAHQAdAAtAGEAZABtAEAARABBAE4ALgBWAE0AQwBMAE8AVQBEAEMATwBEAFkALQBQADIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApEqfvP8k9f1Owh+lzwyIQgEBAAAAAAAAfsYb+xHQ2wGZgt6VbIpnVgAAAAACABQARABBAE4AVgBNAEMATABPAFUARAABABQATwBQAC0AQQBHAEUATgBUAC0AMgAEABYAZABhAG4ALgB2AG0AYwBsAG8AdQBkAAMALABvAHAALQBhAGcAZQBuAHQALQAyAC4AZABhAG4ALgB2AG0AYwBsAG8AdQBkAAUAFgBkAGEAbgAuAHYAbQBjAGwAbwB1AGQABwAIAH7GG/sR0NsBBgAEAAIAAAAIADAAMAAAAAAAAAABAAAAACAAAEWsKutBL4aeXRpQvnnBz7MrFhsq885m1WptBtxbo4I8CgAQAAAAAAAAAAAAAAAAAAAAAAAJACAASABPAFMAVAAvADEAMAAuADMALgA2ADMALgAyADMANwAAAAAAAAAAAOtG7gHRH3EZyl+55rg3eug=',
);

const challenge = decodeChallengeMessage(CHALLENGE);
const exchange: NtlmExchange = {
  negotiateMessage: NEGOTIATE,
  challengeMessage: CHALLENGE,
  authenticateMessage: AUTHENTICATE,
  serverChallenge: challenge.serverChallenge,
  challengeFlags: challenge.negotiateFlags,
};
const captureTime = fileTimeToUnixMilliseconds(findAvPair(challenge.targetInfo, AvId.MsvAvTimestamp)!);

test('all three messages decode and re-encode byte for byte', () => {
  const negotiate = decodeNegotiateMessage(NEGOTIATE);
  assert.is(negotiate.negotiateFlags, 0xe20882b7);
  assert.equal(negotiate.version, { productMajorVersion: 10, productMinorVersion: 0, productBuild: 26100, ntlmRevisionCurrent: 15 });
  // Windows leaves empty NEGOTIATE fields at offset 0 where MS-NLMP suggests the would-be offset, so only the
  // content is compared; CHALLENGE and AUTHENTICATE must match exactly.
  assert.equal(decodeNegotiateMessage(encodeNegotiateMessage(negotiate)), negotiate);

  assert.is(challenge.targetName, 'DANVMCLOUD');
  assert.is(toHex(challenge.serverChallenge), '97e76a78f22b760d');
  assert.is(avPairText(challenge.targetInfo, AvId.MsvAvDnsComputerName), 'op-agent-2.dan.vmcloud');
  assert.equal(encodeChallengeMessage(challenge), CHALLENGE);

  const authenticate = decodeAuthenticateMessage(AUTHENTICATE);
  assert.is(authenticate.userName, 'cbatt-adm@DAN.VMCLOUD');
  assert.is(authenticate.domainName, '');
  assert.is(authenticate.workstation, 'CODY-P2');
  assert.is(toHex(authenticate.mic!), '19538b7e0acdb95e06f9b8f9967b4331');
  assert.is(toHex(authenticate.ntChallengeResponse.subarray(0, 16)), 'a44a9fbcff24f5fd4ec21fa5cf0c8842');
  const clientPairs = parseAvPairs(authenticate.ntChallengeResponse.subarray(16 + 28));
  assert.is(avPairText(clientPairs, AvId.MsvAvTargetName), 'HOST/10.3.63.237');
  assert.equal(encodeAuthenticateMessage(authenticate), AUTHENTICATE);
});

test('psh\'s acceptor verifies the Windows client\'s NTLMv2 response and MIC and recovers the session key', () => {
  const verified = verifyAuthenticate(exchange, ntHash('root4EDMZ'), { now: captureTime });
  assert.is(toHex(verified.exportedSessionKey), '8489342b319cc0f2ca0c27b18fb19c62');
  assert.is(verified.negotiateFlags, (0xe2888235 & challenge.negotiateFlags) >>> 0);
  assert.ok(new NtlmSessionSecurity(verified.negotiateFlags, verified.exportedSessionKey, 'Server'));
});

test('the same exchange fails with the wrong password, a tampered MIC, or too late', () => {
  const fails = (run: () => unknown) => assert.throws(run, (e: unknown) => e instanceof LogonFailureError);
  fails(() => verifyAuthenticate(exchange, ntHash('root4EDMz'), { now: captureTime }));
  const tampered = AUTHENTICATE.slice();
  tampered[72]! ^= 1;
  fails(() => verifyAuthenticate({ ...exchange, authenticateMessage: tampered }, ntHash('root4EDMZ'), { now: captureTime }));
  const otherChallenge = CHALLENGE.slice();
  otherChallenge[CHALLENGE.length - 12]! ^= 1; // inside the timestamp: the MIC covers the challenge too
  fails(() => verifyAuthenticate({ ...exchange, challengeMessage: otherChallenge }, ntHash('root4EDMZ'), { now: captureTime }));
  fails(() => verifyAuthenticate(exchange, ntHash('root4EDMZ'), { now: captureTime + 48 * 3600 * 1000 }));
  fails(() => verifyAuthenticate(exchange, ntHash('root4EDMZ'), { now: captureTime, requireChannelBindings: true }));
});

test.run();
