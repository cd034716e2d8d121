/**
 * MaxEnvelopeSize arithmetic (MS-WSMV 3.1.4.1.7, 3.1.4.1.20): how many payload bytes fit in one Send
 * request or ReceiveResponse of a given envelope size, so PSRP can cut fragments to fit, and the
 * server-side limits on request size and on the MaxEnvelopeSize a client may ask for.
 */
import type { WsmanFault } from './fault.js';
import type { WsmanHeaders } from './headers.js';
import { buildRequest } from './request.js';
import { buildResponse } from './response.js';
import type { CommandState, StreamData } from './stream.js';
import { envelopeTooSmallFault, requestTooLargeFault } from './windows-faults.js';

/** DSP0226 §6.2: services refuse a MaxEnvelopeSize below this. */
export const MIN_MAX_ENVELOPE_SIZE = 8192;

/** Bytes of payload whose base64 text fits in `maxEnvelopeSize` octets next to `overhead` octets. */
export function payloadCapacity(maxEnvelopeSize: number, overhead: number): number {
  const room = maxEnvelopeSize - overhead;
  return room <= 0 ? 0 : Math.floor(room / 4) * 3;
}

/**
 * Overhead of an envelope around one stream's base64 text. Measured with a 3-byte payload (4 base64
 * characters) because an empty stream element would be written self-closing, which is shorter.
 */
function overheadOf(build: (data: Uint8Array) => string): number {
  return Buffer.byteLength(build(new Uint8Array(3)), 'utf8') - 4;
}

/** Largest data block for one Send request with these headers (headers.maxEnvelopeSize is the limit). */
export function sendPayloadCapacity(headers: Omit<WsmanHeaders, 'action'>, stream: Omit<StreamData, 'data'>, maxEnvelopeSize?: number): number {
  const limit = maxEnvelopeSize ?? headers.maxEnvelopeSize;
  if (limit === undefined) throw new RangeError('sendPayloadCapacity needs a MaxEnvelopeSize.');
  return payloadCapacity(limit, overheadOf((data) => buildRequest({ headers, body: { operation: 'Send', streams: [{ ...stream, data }] } })));
}

/**
 * Largest data block the server can put in one ReceiveResponse stream for a client that asked for
 * `maxEnvelopeSize`, given the response headers and an optional CommandState sent alongside.
 */
export function receivePayloadCapacity(
  maxEnvelopeSize: number,
  headers: Omit<WsmanHeaders, 'action'>,
  stream: Omit<StreamData, 'data'>,
  commandState?: CommandState,
): number {
  const overhead = overheadOf((data) =>
    buildResponse({ headers, body: { operation: 'Receive', streams: [{ ...stream, data }], ...(commandState ? { commandState } : {}) } }),
  );
  return payloadCapacity(maxEnvelopeSize, overhead);
}

/** Server: a request body over the configured MaxEnvelopeSizekb is refused before parsing (HTTP 413). */
export function checkRequestSize(byteLength: number, maxEnvelopeSizeKb: number, machine: string): WsmanFault | undefined {
  return byteLength > maxEnvelopeSizeKb * 1024 ? requestTooLargeFault(machine) : undefined;
}

/**
 * Server: the response size limit for a request — the client's MaxEnvelopeSize capped by the server's
 * MaxEnvelopeSizekb (the default when absent) — or the fault for a MaxEnvelopeSize below 8192.
 */
export function responseSizeLimit(headers: Pick<WsmanHeaders, 'maxEnvelopeSize'>, maxEnvelopeSizeKb: number, machine: string): number {
  const configured = maxEnvelopeSizeKb * 1024;
  const requested = headers.maxEnvelopeSize;
  if (requested === undefined) return configured;
  if (requested < MIN_MAX_ENVELOPE_SIZE) throw envelopeTooSmallFault(machine);
  return Math.min(requested, configured);
}
