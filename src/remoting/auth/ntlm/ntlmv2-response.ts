/**
 * NTLMv2 proof computation (MS-NLMP 3.3.2), shared by the client (which computes its response)
 * and the server (which recomputes it to check the client's).
 */
import { InvalidTokenError } from '../errors.js';
import { hmacMd5 } from '../digests.js';
import { md4 } from '../md4.js';
import { concatBytes } from '../bytes.js';
import { utf16le } from './wire.js';

/** NTOWFv1: MD4 of the UTF-16LE password, the "NT hash" that Windows stores. */
export function ntHash(password: string): Uint8Array {
  return md4(utf16le(password));
}

/** NTOWFv2 (= LMOWFv2): keyed by the NT hash over UPPERCASE(user) concatenated with the domain. */
export function ntowfv2(ntHashValue: Uint8Array, userName: string, domain: string): Uint8Array {
  return hmacMd5(ntHashValue, utf16le(userName.toUpperCase() + domain));
}

/** A FILETIME (100 ns ticks since 1601-01-01 UTC) as 8 little-endian bytes. */
export function fileTime(unixMilliseconds: number): Uint8Array {
  const ticks = (BigInt(Math.floor(unixMilliseconds)) + 11_644_473_600_000n) * 10_000n;
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, ticks, true);
  return bytes;
}

export function fileTimeToUnixMilliseconds(bytes: Uint8Array): number {
  const ticks = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
  return Number(ticks / 10_000n - 11_644_473_600_000n);
}

/**
 * The NTLMv2_CLIENT_CHALLENGE ("temp"): RespType and HiRespType 1, Z(6), Time, ChallengeFromClient,
 * Z(4), the AV pairs (ServerName) and a trailing Z(4).
 */
export function ntlmV2ClientChallenge(time: Uint8Array, clientChallenge: Uint8Array, serverName: Uint8Array): Uint8Array {
  const header = new Uint8Array(28);
  header[0] = 1;
  header[1] = 1;
  header.set(time, 8);
  header.set(clientChallenge, 16);
  return concatBytes(header, serverName, new Uint8Array(4));
}

export interface NtlmV2ClientChallengeFields {
  time: Uint8Array;
  clientChallenge: Uint8Array;
  /** The AV pairs (with terminator and any trailing bytes). */
  avPairs: Uint8Array;
}

export function parseNtlmV2ClientChallenge(temp: Uint8Array): NtlmV2ClientChallengeFields {
  if (temp.length < 28 + 4) throw new InvalidTokenError('The NTLMv2 response is truncated.');
  if (temp[0] !== 1 || temp[1] !== 1) throw new InvalidTokenError('The NTLMv2 response has an unknown RespType.');
  return { time: temp.slice(8, 16), clientChallenge: temp.slice(16, 24), avPairs: temp.slice(28) };
}

export interface NtlmV2Proof {
  ntProofStr: Uint8Array;
  /** NtChallengeResponse: NTProofStr followed by temp. */
  ntChallengeResponse: Uint8Array;
  /** LMv2 response: HMAC over the two challenges, then the client challenge. */
  lmChallengeResponse: Uint8Array;
  /** For NTLMv2 this is also the KeyExchangeKey (MS-NLMP 3.4.5.1). */
  sessionBaseKey: Uint8Array;
}

export function computeNtlmV2Proof(
  responseKeyNT: Uint8Array,
  serverChallenge: Uint8Array,
  clientChallenge: Uint8Array,
  temp: Uint8Array,
): NtlmV2Proof {
  const ntProofStr = hmacMd5(responseKeyNT, serverChallenge, temp);
  return {
    ntProofStr,
    ntChallengeResponse: concatBytes(ntProofStr, temp),
    lmChallengeResponse: concatBytes(hmacMd5(responseKeyNT, serverChallenge, clientChallenge), clientChallenge),
    sessionBaseKey: hmacMd5(responseKeyNT, ntProofStr),
  };
}
