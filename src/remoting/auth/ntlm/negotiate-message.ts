/** NEGOTIATE_MESSAGE (MS-NLMP 2.2.1.1): the client's opening offer of flags. */
import { NegotiateFlags, hasFlag } from './negotiate-flags.js';
import { MessageReader, MessageType, MessageWriter, fromOem, oem, type NtlmVersion } from './wire.js';

export interface NegotiateMessage {
  negotiateFlags: number;
  /** OEM-encoded and normally empty: Windows clients supply names only when asked to. */
  domainName: string;
  workstation: string;
  version?: NtlmVersion | undefined;
}

const FIXED_LENGTH = 32;
const HEADER_LENGTH = 40;

export function encodeNegotiateMessage(message: NegotiateMessage): Uint8Array {
  let flags = message.negotiateFlags;
  if (message.domainName) flags |= NegotiateFlags.NTLMSSP_NEGOTIATE_OEM_DOMAIN_SUPPLIED;
  if (message.workstation) flags |= NegotiateFlags.NTLMSSP_NEGOTIATE_OEM_WORKSTATION_SUPPLIED;
  const writer = new MessageWriter(MessageType.NtLmNegotiate, HEADER_LENGTH);
  writer.u32(12, flags);
  writer.field(16, oem(message.domainName));
  writer.field(24, oem(message.workstation));
  if (hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_VERSION)) writer.version(32, message.version);
  return writer.finish();
}

export function decodeNegotiateMessage(bytes: Uint8Array): NegotiateMessage {
  const reader = new MessageReader(bytes, MessageType.NtLmNegotiate, FIXED_LENGTH);
  const negotiateFlags = reader.u32(12);
  const domainName = hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_OEM_DOMAIN_SUPPLIED) ? fromOem(reader.field(16)) : '';
  const workstation = hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_OEM_WORKSTATION_SUPPLIED) ? fromOem(reader.field(24)) : '';
  const payloadStart = reader.payloadStart([16, 24]);
  const version =
    hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_VERSION) && payloadStart >= HEADER_LENGTH
      ? reader.version(32)
      : undefined;
  return { negotiateFlags, domainName, workstation, version };
}
