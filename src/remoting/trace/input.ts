/**
 * Turns decoder input into a list of envelopes: either a capture file (JSON with a top-level
 * `messages: [{request, response}, ...]` list, the format of the shared pypsrp recordings) or a
 * file of raw SOAP envelopes one after another.
 */
import { ABSOLUTE_MAX_XML_BYTES, XmlError, elementChildren, parseXml, type XmlElement } from '../xml/index.js';
import { readEnvelope, type EnvelopeInfo } from './envelope.js';
import { TraceError } from './errors.js';

export type Direction = 'request' | 'response';

export interface TraceEnvelope {
  /** 1-based exchange number (capture files) or envelope number (raw files). */
  readonly index: number;
  readonly direction: Direction;
  readonly info: EnvelopeInfo;
  /** For a response: the request it answers, when the input lets us tell. */
  readonly request?: TraceEnvelope;
}

/** Envelopes nest a few levels; the wrapper used for raw files adds one. */
const TRACE_XML_LIMITS = { maxBytes: ABSOLUTE_MAX_XML_BYTES, maxDepth: 65 };

export function readTraceInput(input: string): TraceEnvelope[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const start = text.trimStart();
  if (start.startsWith('{')) return readCaptureJson(text);
  if (start.startsWith('<')) return readRawEnvelopes(text);
  throw new TraceError('The input is neither a capture .json file nor a file of SOAP envelopes.');
}

function readCaptureJson(text: string): TraceEnvelope[] {
  let capture: unknown;
  try {
    capture = JSON.parse(text);
  } catch (error) {
    throw new TraceError(`The capture file is not valid JSON: ${(error as Error).message}`);
  }
  const messages = isRecord(capture) ? capture['messages'] : undefined;
  if (!Array.isArray(messages)) throw new TraceError('The capture file has no top-level "messages" list.');
  const envelopes: TraceEnvelope[] = [];
  messages.forEach((exchange: unknown, i) => {
    const index = i + 1;
    if (!isRecord(exchange)) throw new TraceError(`Exchange ${index} is not an object.`);
    let request: TraceEnvelope | undefined;
    for (const direction of ['request', 'response'] as const) {
      const xml = exchange[direction];
      // Recordings of transport failures have no response envelope.
      if (xml === null || xml === undefined || xml === '') continue;
      if (typeof xml !== 'string') throw new TraceError(`Exchange ${index}: the ${direction} is not a string.`);
      const info = readEnvelope(parse(xml, `exchange ${index} ${direction}`));
      const envelope: TraceEnvelope = direction === 'request' ? { index, direction, info } : { index, direction, info, request };
      if (direction === 'request') request = envelope;
      envelopes.push(envelope);
    }
  });
  return envelopes;
}

function readRawEnvelopes(text: string): TraceEnvelope[] {
  // A synthetic root makes a sequence of documents one document for the hardened parser.
  const root = parse(`<trace>${text}</trace>`, 'the envelope file');
  const requestsByMessageId = new Map<string, TraceEnvelope>();
  return elementChildren(root).map((el, i): TraceEnvelope => {
    const index = i + 1;
    const info = readEnvelope(el);
    if (!isResponseAction(info.action)) {
      const envelope: TraceEnvelope = { index, direction: 'request', info };
      if (info.messageId !== undefined) requestsByMessageId.set(info.messageId.toUpperCase(), envelope);
      return envelope;
    }
    const request = info.relatesTo === undefined ? undefined : requestsByMessageId.get(info.relatesTo.toUpperCase());
    return { index, direction: 'response', info, request };
  });
}

/** WS-Man responses are `...Response` actions or faults; everything else is a request. */
function isResponseAction(action: string): boolean {
  return action.endsWith('Response') || action.endsWith('/fault');
}

function parse(xml: string, where: string): XmlElement {
  try {
    return parseXml(xml, TRACE_XML_LIMITS);
  } catch (error) {
    if (error instanceof XmlError) throw new TraceError(`Cannot parse ${where}: ${error.message}`);
    throw error;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
