/** CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2): the server's choice of flags, its nonce and TargetInfo. */
import { InvalidTokenError } from '../errors.js';
import { encodeAvPairs, parseAvPairs, type AvPair } from './av-pairs.js';
import { NegotiateFlags, hasFlag } from './negotiate-flags.js';
import { MessageReader, MessageType, MessageWriter, fromOem, fromUtf16le, oem, utf16le, type NtlmVersion } from './wire.js';

export interface ChallengeMessage {
  negotiateFlags: number;
  /** The server's domain or machine name, in the negotiated character set. */
  targetName: string;
  serverChallenge: Uint8Array;
  targetInfo: AvPair[];
  version?: NtlmVersion | undefined;
}

const FIXED_LENGTH = 48;
const HEADER_LENGTH = 56;

function encodeText(flags: number, text: string): Uint8Array {
  return hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_UNICODE) ? utf16le(text) : oem(text);
}

export function encodeChallengeMessage(message: ChallengeMessage): Uint8Array {
  if (message.serverChallenge.length !== 8) throw new RangeError('ServerChallenge must be 8 bytes');
  const flags = message.negotiateFlags;
  const writer = new MessageWriter(MessageType.NtLmChallenge, HEADER_LENGTH);
  writer.field(12, encodeText(flags, message.targetName));
  writer.u32(20, flags);
  writer.bytes(24, message.serverChallenge);
  const targetInfo = hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_TARGET_INFO) ? encodeAvPairs(message.targetInfo) : new Uint8Array(0);
  writer.field(40, targetInfo);
  if (hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_VERSION)) writer.version(48, message.version);
  return writer.finish();
}

export function decodeChallengeMessage(bytes: Uint8Array): ChallengeMessage {
  const reader = new MessageReader(bytes, MessageType.NtLmChallenge, FIXED_LENGTH);
  const negotiateFlags = reader.u32(20);
  const unicode = hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_UNICODE);
  if (!unicode && !hasFlag(negotiateFlags, NegotiateFlags.NTLM_NEGOTIATE_OEM)) {
    throw new InvalidTokenError('The NTLM challenge selects neither Unicode nor OEM strings.');
  }
  const targetNameBytes = reader.field(12);
  const targetName = unicode ? fromUtf16le(targetNameBytes) : fromOem(targetNameBytes);
  const targetInfoBytes = reader.field(40);
  const targetInfo = targetInfoBytes.length > 0 ? parseAvPairs(targetInfoBytes) : [];
  const payloadStart = reader.payloadStart([12, 40]);
  const version =
    hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_VERSION) && payloadStart >= HEADER_LENGTH
      ? reader.version(48)
      : undefined;
  return { negotiateFlags, targetName, serverChallenge: reader.bytes(24, 8), targetInfo, version };
}
