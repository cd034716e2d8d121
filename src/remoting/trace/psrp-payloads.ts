/**
 * Decides which envelope payloads are PSRP fragments and which receiving stream each belongs
 * to. WinRS (cmd) shells carry plain process output in the same rsp:Stream elements, so a
 * payload counts as PSRP when its shell was addressed with a PowerShell resource URI.
 */
import type { EnvelopePayload } from './envelope.js';
import { TraceError } from './errors.js';
import type { TraceEnvelope } from './input.js';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const POWERSHELL_RESOURCE_PREFIX = 'http://schemas.microsoft.com/powershell/';

export interface PsrpPayload {
  readonly envelope: TraceEnvelope;
  readonly payload: EnvelopePayload;
  /** The fragments' bytes. */
  readonly bytes: Uint8Array;
  /** Fragments are joined per direction, shell, command and stream. */
  readonly streamKey: string;
}

export function psrpPayloads(envelopes: readonly TraceEnvelope[]): PsrpPayload[] {
  const shellIsPsrp = new Map<string, boolean>();
  for (const envelope of envelopes) {
    if (envelope.direction !== 'request') continue;
    const { resourceUri, shellId } = envelope.info;
    if (shellId !== undefined && resourceUri !== undefined) {
      shellIsPsrp.set(shellId.toUpperCase(), resourceUri.startsWith(POWERSHELL_RESOURCE_PREFIX));
    }
  }
  const result: PsrpPayload[] = [];
  for (const envelope of envelopes) {
    if (envelope.info.payloads.length === 0) continue;
    const request = envelope.direction === 'request' ? envelope : envelope.request;
    const shellId = (request?.info.shellId ?? envelope.info.shellId ?? '').toUpperCase();
    const resourceUri = request?.info.resourceUri;
    const isPsrp =
      resourceUri !== undefined ? resourceUri.startsWith(POWERSHELL_RESOURCE_PREFIX) : (shellIsPsrp.get(shellId) ?? true);
    if (!isPsrp) continue;
    for (const payload of envelope.info.payloads) {
      const base64 = payload.text.replace(/\s+/g, '');
      if (base64.length === 0) continue;
      if (!BASE64.test(base64)) {
        throw new TraceError(`${envelope.index} ${envelope.direction}: the content of <${payload.element}> is not base64.`);
      }
      const streamKey = [envelope.direction, shellId, payload.commandId, payload.stream].join('|');
      result.push({ envelope, payload, bytes: Buffer.from(base64, 'base64'), streamKey });
    }
  }
  return result;
}
