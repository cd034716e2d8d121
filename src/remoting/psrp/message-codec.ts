/**
 * Typed PSRP messages to and from their bytes: header (message.ts) plus the payload serialized
 * as CLIXML. Messages to the client start their Data with a byte-order mark, as Windows'.
 */
import { deserializeClixml, serializeClixml } from '../clixml/index.js';
import { dataToText, decodeMessage, encodeMessage, textToData } from './message.js';
import { Destination, MessageType, messageTypeName } from './message-type.js';
import type { Message, MessageOf } from './messages.js';
import type { MessageTypeName } from './message-type.js';
import { payloadCodecs } from './payload-codec.js';

export interface ParseMessageOptions {
  /** Largest CLIXML body accepted, in bytes (the CLIXML layer's own ceiling applies too). */
  readonly maxBodyBytes?: number;
}

export function buildMessage(message: Message): Uint8Array {
  return encodeMessage({
    destination: message.destination,
    messageType: MessageType[message.type],
    rpid: message.rpid,
    pid: message.pid,
    data: messageData(message),
  });
}

/** Parses one reassembled message; throws PsrpError or ClixmlError on anything malformed. */
export function parseMessage(bytes: Uint8Array, options: ParseMessageOptions = {}): Message {
  const raw = decodeMessage(bytes);
  const type = messageTypeName(raw.messageType)!;
  return {
    type,
    destination: raw.destination,
    rpid: raw.rpid,
    pid: raw.pid,
    payload: payloadOf(type, raw.data, options),
  } as Message;
}

function messageData(message: Message): Uint8Array {
  // 2.2.2.18: END_OF_PIPELINE_INPUT has no Data at all.
  if (message.type === 'END_OF_PIPELINE_INPUT') return new Uint8Array(0);
  const codec = payloadCodecs[message.type] as { toValue(payload: unknown): unknown };
  const xml = serializeClixml(codec.toValue((message as MessageOf<typeof message.type>).payload));
  return textToData(xml, message.destination === Destination.Client);
}

function payloadOf(type: MessageTypeName, data: Uint8Array, options: ParseMessageOptions): unknown {
  if (type === 'END_OF_PIPELINE_INPUT') return {};
  const value = deserializeClixml(dataToText(data), options.maxBodyBytes === undefined ? {} : { maxBytes: options.maxBodyBytes });
  return (payloadCodecs[type] as { fromValue(value: unknown, where: string): unknown }).fromValue(value, type);
}
