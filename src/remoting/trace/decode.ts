/**
 * psh -DecodeWsman: a readable account of a WS-Man/PSRP trace. For each envelope, its action;
 * under it, every PSRP message completed by the fragments it carried (fragments are joined per
 * direction, shell, command and stream, across envelopes), with a one-line summary.
 */
import { Defragmenter } from '../psrp/defragmenter.js';
import { decodeFragments } from '../psrp/fragment.js';
import { parseMessage } from '../psrp/message-codec.js';
import { TraceError } from './errors.js';
import { readTraceInput, type TraceEnvelope } from './input.js';
import { psrpPayloads, type PsrpPayload } from './psrp-payloads.js';
import { summarize } from './summary.js';

export interface DecodedTrace {
  readonly lines: string[];
}

export function decodeWsmanTrace(input: string): DecodedTrace {
  const envelopes = readTraceInput(input);
  const payloadsByEnvelope = new Map<TraceEnvelope, PsrpPayload[]>();
  for (const payload of psrpPayloads(envelopes)) {
    const list = payloadsByEnvelope.get(payload.envelope) ?? [];
    list.push(payload);
    payloadsByEnvelope.set(payload.envelope, list);
  }
  const defragmenters = new Map<string, Defragmenter>();
  const lines: string[] = [];
  for (const envelope of envelopes) {
    const where = `${envelope.index} ${envelope.direction}`;
    lines.push(`${where} ${envelope.info.action}`);
    for (const { bytes, streamKey } of payloadsByEnvelope.get(envelope) ?? []) {
      let defragmenter = defragmenters.get(streamKey);
      if (defragmenter === undefined) defragmenters.set(streamKey, (defragmenter = new Defragmenter()));
      try {
        for (const fragment of decodeFragments(bytes)) {
          const whole = defragmenter.push(fragment);
          if (whole === undefined) continue;
          const message = parseMessage(whole);
          const summary = summarize(message);
          lines.push(`${where} ${message.type} rpid=${message.rpid} pid=${message.pid}${summary === '' ? '' : ` ${summary}`}`);
        }
      } catch (error) {
        // PsrpError and ClixmlError are the expected refusals; anything else is reported the same way.
        const reason = error instanceof Error ? error.message : String(error);
        throw new TraceError(`${where}: the PSRP data does not decode: ${reason}`, { cause: error });
      }
    }
  }
  for (const [streamKey, defragmenter] of defragmenters) {
    if (defragmenter.inProgress) {
      const [direction, shellId] = streamKey.split('|');
      lines.push(`- ${direction} incomplete: the trace ends inside a fragmented message (shell ${shellId})`);
    }
  }
  return { lines };
}
