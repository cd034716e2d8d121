/**
 * The acceptor's check of an AUTHENTICATE_MESSAGE (MS-NLMP 3.2.5.1.2) as a pure function of
 * the three messages, the server challenge and the user's NT hash: NTLMv2 proof, clock skew,
 * key exchange, MIC and channel bindings. NtlmServerContext uses it; so do tests that replay
 * messages captured between Windows machines.
 */
import { bytesEqual } from '../bytes.js';
import { hmacMd5 } from '../digests.js';
import { InvalidTokenError, LogonFailureError } from '../errors.js';
import { rc4k } from '../rc4.js';
import { AvId, MsvAvFlag, avPairFlags, findAvPair, parseAvPairs } from './av-pairs.js';
import { decodeAuthenticateMessage, MIC_LENGTH, MIC_OFFSET, type AuthenticateMessage } from './authenticate-message.js';
import { channelBindingsHash } from './channel-bindings.js';
import { NegotiateFlags, hasFlag } from './negotiate-flags.js';
import { computeNtlmV2Proof, fileTimeToUnixMilliseconds, ntowfv2, parseNtlmV2ClientChallenge } from './ntlmv2-response.js';

export interface NtlmExchange {
  negotiateMessage: Uint8Array;
  challengeMessage: Uint8Array;
  authenticateMessage: Uint8Array;
  serverChallenge: Uint8Array;
  challengeFlags: number;
}

export interface VerificationPolicy {
  /** The server's clock, Unix milliseconds. */
  now: number;
  /** MaxLifetime (default 36 hours). */
  maxClockSkewMilliseconds?: number;
  /** The server's unhashed channel bindings, when the transport is TLS. */
  channelBindings?: Uint8Array;
  requireChannelBindings?: boolean;
}

export interface VerifiedAuthenticate {
  message: AuthenticateMessage;
  negotiateFlags: number;
  exportedSessionKey: Uint8Array;
}

const MAX_LIFETIME_MS = 36 * 60 * 60 * 1000;

/** Throws LogonFailureError for any proof that does not hold, without saying which. */
export function verifyAuthenticate(exchange: NtlmExchange, userNtHash: Uint8Array, policy: VerificationPolicy): VerifiedAuthenticate {
  const message = decodeAuthenticateMessage(exchange.authenticateMessage);
  const ntResponse = message.ntChallengeResponse;
  // Anonymous (empty) and NTLMv1 (24-byte) responses are not accepted.
  if (ntResponse.length <= 24) throw new LogonFailureError();
  const temp = ntResponse.subarray(16);
  const fields = parseNtlmV2ClientChallenge(temp);
  const avPairs = parseAvPairs(fields.avPairs);

  // MS-NLMP 3.2.5.1.2: retry with an empty domain for clients that leave it out of NTOWFv2.
  const proof = [message.domainName, '']
    .map((domain) => computeNtlmV2Proof(ntowfv2(userNtHash, message.userName, domain), exchange.serverChallenge, fields.clientChallenge, temp))
    .find((candidate) => bytesEqual(candidate.ntProofStr, ntResponse.subarray(0, 16)));
  if (!proof) throw new LogonFailureError();

  const skew = Math.abs(policy.now - fileTimeToUnixMilliseconds(fields.time));
  if (skew > (policy.maxClockSkewMilliseconds ?? MAX_LIFETIME_MS)) throw new LogonFailureError();

  const negotiateFlags = (message.negotiateFlags & exchange.challengeFlags) >>> 0;
  if (!hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY)) throw new LogonFailureError();
  const protects =
    hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_SIGN) || hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_SEAL);
  let exportedSessionKey = proof.sessionBaseKey;
  if (hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_KEY_EXCH) && protects) {
    if (message.encryptedRandomSessionKey.length !== 16) throw new InvalidTokenError('The NTLM EncryptedRandomSessionKey is not 16 bytes long.');
    exportedSessionKey = rc4k(proof.sessionBaseKey, message.encryptedRandomSessionKey);
  }

  if (hasFlag(avPairFlags(avPairs), MsvAvFlag.MicProvided)) {
    if (!message.mic) throw new InvalidTokenError('The NTLM AUTHENTICATE_MESSAGE announces a MIC but has no MIC field.');
    const zeroed = exchange.authenticateMessage.slice();
    zeroed.fill(0, MIC_OFFSET, MIC_OFFSET + MIC_LENGTH);
    const mic = hmacMd5(exportedSessionKey, exchange.negotiateMessage, exchange.challengeMessage, zeroed);
    if (!bytesEqual(mic, message.mic)) throw new LogonFailureError();
  }

  checkChannelBindings(findAvPair(avPairs, AvId.MsvAvChannelBindings), policy);
  return { message, negotiateFlags, exportedSessionKey };
}

function checkChannelBindings(clientHash: Uint8Array | undefined, policy: VerificationPolicy): void {
  const absent = clientHash === undefined || clientHash.every((b) => b === 0);
  if (absent) {
    if (policy.requireChannelBindings) throw new LogonFailureError();
    return;
  }
  if (policy.channelBindings && !bytesEqual(clientHash, channelBindingsHash(policy.channelBindings))) throw new LogonFailureError();
}
