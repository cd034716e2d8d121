/**
 * The PSRP message (MS-PSRP 2.2.1): little-endian Destination and MessageType, the RunspacePool
 * and pipeline GUIDs in .NET byte order, then the Data field (UTF-8 CLIXML for every type but
 * END_OF_PIPELINE_INPUT). Windows writes a UTF-8 byte-order mark before server-to-client data;
 * psh does the same so its server's bytes look like Windows' and its client reads either.
 */
import { PsrpError } from './errors.js';
import { readGuid, writeGuid } from './guid.js';
import { Destination, messageTypeName, type MessageType } from './message-type.js';

export const MESSAGE_HEADER_LENGTH = 40;

const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Encoder = new TextEncoder();

export interface RawMessage {
  readonly destination: Destination;
  readonly messageType: MessageType;
  /** RunspacePool id. */
  readonly rpid: string;
  /** Pipeline id; the nil GUID for messages targeted at the RunspacePool. */
  readonly pid: string;
  readonly data: Uint8Array;
}

export function encodeMessage(message: RawMessage): Uint8Array {
  const out = new Uint8Array(MESSAGE_HEADER_LENGTH + message.data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, message.destination, true);
  view.setUint32(4, message.messageType, true);
  writeGuid(message.rpid, out, 8);
  writeGuid(message.pid, out, 24);
  out.set(message.data, MESSAGE_HEADER_LENGTH);
  return out;
}

/** Decodes a reassembled message; `data` is a view into `bytes`. */
export function decodeMessage(bytes: Uint8Array): RawMessage {
  if (bytes.length < MESSAGE_HEADER_LENGTH) {
    throw new PsrpError('NotEnoughHeaderForRemoteDataObject', [MESSAGE_HEADER_LENGTH], `message of ${bytes.length} bytes`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const destination = view.getUint32(0, true);
  if (destination !== Destination.Client && destination !== Destination.Server) {
    throw new PsrpError('ReceivedUnsupportedDataType', [`Destination 0x${destination.toString(16).padStart(8, '0')}`]);
  }
  const messageType = view.getUint32(4, true);
  if (messageTypeName(messageType) === undefined) {
    throw new PsrpError('ReceivedUnsupportedDataType', [`0x${messageType.toString(16).padStart(8, '0')}`]);
  }
  return {
    destination,
    messageType: messageType as MessageType,
    rpid: readGuid(bytes, 8),
    pid: readGuid(bytes, 24),
    data: bytes.subarray(MESSAGE_HEADER_LENGTH),
  };
}

/** The Data field as text, without the byte-order mark Windows puts before it. */
export function dataToText(data: Uint8Array): string {
  try {
    return utf8Decoder.decode(data);
  } catch {
    throw new PsrpError('ReceivedUnsupportedDataType', ['Data that is not UTF-8']);
  }
}

/** Encodes Data text; `byteOrderMark` as Windows does for messages to the client. */
export function textToData(text: string, byteOrderMark: boolean): Uint8Array {
  const body = utf8Encoder.encode(text);
  if (!byteOrderMark) return body;
  const out = new Uint8Array(UTF8_BOM.length + body.length);
  out.set(UTF8_BOM, 0);
  out.set(body, UTF8_BOM.length);
  return out;
}
