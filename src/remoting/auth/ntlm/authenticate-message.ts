/** AUTHENTICATE_MESSAGE (MS-NLMP 2.2.1.3): the client's responses, names and wrapped session key. */
import { InvalidTokenError } from '../errors.js';
import { NegotiateFlags, hasFlag } from './negotiate-flags.js';
import { MessageReader, MessageType, MessageWriter, fromOem, fromUtf16le, oem, utf16le, type NtlmVersion } from './wire.js';

export interface AuthenticateMessage {
  lmChallengeResponse: Uint8Array;
  ntChallengeResponse: Uint8Array;
  domainName: string;
  userName: string;
  workstation: string;
  encryptedRandomSessionKey: Uint8Array;
  negotiateFlags: number;
  version?: NtlmVersion | undefined;
  /**
   * The MIC field. Absent means the message has no MIC field at all (older layout, as in the
   * MS-NLMP 4.2.4 example); present means the 16 bytes after Version.
   */
  mic?: Uint8Array | undefined;
}

const FIXED_LENGTH = 64;
export const MIC_OFFSET = 72;
export const MIC_LENGTH = 16;

function encodeText(flags: number, text: string): Uint8Array {
  return hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_UNICODE) ? utf16le(text) : oem(text);
}

export function encodeAuthenticateMessage(message: AuthenticateMessage): Uint8Array {
  const flags = message.negotiateFlags;
  if (message.mic !== undefined && message.mic.length !== MIC_LENGTH) throw new RangeError('MIC must be 16 bytes');
  const writer = new MessageWriter(MessageType.NtLmAuthenticate, MIC_OFFSET + (message.mic ? MIC_LENGTH : 0));
  // Payload order follows Windows (and the MS-NLMP 4.2.4.3 example): names first, then responses, then the key.
  writer.field(28, encodeText(flags, message.domainName));
  writer.field(36, encodeText(flags, message.userName));
  writer.field(44, encodeText(flags, message.workstation));
  writer.field(12, message.lmChallengeResponse);
  writer.field(20, message.ntChallengeResponse);
  writer.field(52, message.encryptedRandomSessionKey);
  writer.u32(60, flags);
  if (hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_VERSION)) writer.version(64, message.version);
  if (message.mic) writer.bytes(MIC_OFFSET, message.mic);
  return writer.finish();
}

/**
 * Decodes the message. The MIC field is recognised when the payload starts at or after its end,
 * which is how a message written with the MIC-bearing layout can be told apart from an old one.
 */
export function decodeAuthenticateMessage(bytes: Uint8Array): AuthenticateMessage {
  const reader = new MessageReader(bytes, MessageType.NtLmAuthenticate, FIXED_LENGTH);
  const negotiateFlags = reader.u32(60);
  const unicode = hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_UNICODE);
  const text = (b: Uint8Array) => (unicode ? fromUtf16le(b) : fromOem(b));
  const payloadStart = reader.payloadStart([12, 20, 28, 36, 44, 52]);
  if (payloadStart < FIXED_LENGTH) throw new InvalidTokenError('An NTLM payload field overlaps the message header.');
  const version =
    hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_VERSION) && payloadStart >= MIC_OFFSET
      ? reader.version(64)
      : undefined;
  const mic = payloadStart >= MIC_OFFSET + MIC_LENGTH ? reader.bytes(MIC_OFFSET, MIC_LENGTH) : undefined;
  return {
    lmChallengeResponse: reader.field(12),
    ntChallengeResponse: reader.field(20),
    domainName: text(reader.field(28)),
    userName: text(reader.field(36)),
    workstation: text(reader.field(44)),
    encryptedRandomSessionKey: reader.field(52),
    negotiateFlags,
    version,
    mic,
  };
}
