/**
 * Access to the shared pypsrp/Windows recordings for the PSRP tests: every PSRP payload of a
 * capture, grouped by receiving stream, and the whole messages those streams reassemble into.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Defragmenter } from '../../../src/remoting/psrp/defragmenter.js';
import { decodeFragments } from '../../../src/remoting/psrp/fragment.js';
import { readTraceInput, type TraceEnvelope } from '../../../src/remoting/trace/input.js';
import { psrpPayloads, type PsrpPayload } from '../../../src/remoting/trace/psrp-payloads.js';

const CAPTURES = new URL('../../../../shared/captures/pypsrp-windows/', import.meta.url);

function capturesDir(): string {
  const dir = fileURLToPath(CAPTURES);
  if (!existsSync(dir)) {
    throw new Error(`The shared captures are missing: expected ../shared/captures/pypsrp-windows/ beside the repository (${dir}).`);
  }
  return dir;
}

export function captureNames(): string[] {
  return readdirSync(capturesDir())
    .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
    .sort();
}

export function captureText(name: string): string {
  return readFileSync(new URL(name, CAPTURES), 'utf8');
}

const envelopeCache = new Map<string, TraceEnvelope[]>();

export function captureEnvelopes(name: string): TraceEnvelope[] {
  let envelopes = envelopeCache.get(name);
  if (envelopes === undefined) envelopeCache.set(name, (envelopes = readTraceInput(captureText(name))));
  return envelopes;
}

const payloadCache = new Map<string, PsrpPayload[]>();

export function capturePayloads(name: string): PsrpPayload[] {
  let payloads = payloadCache.get(name);
  if (payloads === undefined) payloadCache.set(name, (payloads = psrpPayloads(captureEnvelopes(name))));
  return payloads;
}

export interface CapturedMessage {
  readonly capture: string;
  readonly index: number;
  readonly direction: 'request' | 'response';
  readonly bytes: Uint8Array;
}

const messageCache = new Map<string, CapturedMessage[]>();

/** Every whole PSRP message of a capture, in stream order. */
export function captureMessages(name: string): CapturedMessage[] {
  let messages = messageCache.get(name);
  if (messages === undefined) messageCache.set(name, (messages = reassemble(name)));
  return messages;
}

function reassemble(name: string): CapturedMessage[] {
  const defragmenters = new Map<string, Defragmenter>();
  const messages: CapturedMessage[] = [];
  for (const { envelope, bytes: payloadBytes, streamKey } of capturePayloads(name)) {
    let defragmenter = defragmenters.get(streamKey);
    if (defragmenter === undefined) defragmenters.set(streamKey, (defragmenter = new Defragmenter()));
    for (const fragment of decodeFragments(payloadBytes)) {
      const bytes = defragmenter.push(fragment);
      if (bytes !== undefined) messages.push({ capture: name, index: envelope.index, direction: envelope.direction, bytes });
    }
  }
  for (const defragmenter of defragmenters.values()) defragmenter.finish();
  return messages;
}

export function allCaptureMessages(): CapturedMessage[] {
  return captureNames().flatMap(captureMessages);
}
