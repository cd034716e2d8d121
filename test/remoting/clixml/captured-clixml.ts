/** The CLIXML bodies of the PSRP messages in the shared Windows captures. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Defragmenter } from '../../../src/remoting/psrp/defragmenter.js';
import { dataToText, decodeMessage } from '../../../src/remoting/psrp/message.js';
import { messageTypeName } from '../../../src/remoting/psrp/message-type.js';
import { readTraceInput } from '../../../src/remoting/trace/input.js';
import { psrpPayloads } from '../../../src/remoting/trace/psrp-payloads.js';

const capturesDir = fileURLToPath(new URL('../../../../shared/captures/pypsrp-windows/', import.meta.url));

export interface CapturedClixml {
  readonly where: string;
  readonly messageType: string;
  readonly xml: string;
}

let cache: readonly CapturedClixml[] | undefined;

/** Every CLIXML body of every PSRP message recorded between pypsrp and Windows (read once per test run). */
export function capturedClixml(): readonly CapturedClixml[] {
  return (cache ??= readCaptures());
}

function readCaptures(): CapturedClixml[] {
  if (!existsSync(capturesDir)) throw new Error(`Windows captures not found at ${capturesDir}: the shared material (../shared/captures) is missing`);
  const found: CapturedClixml[] = [];
  // _template.json documents the capture format; it holds no traffic.
  for (const file of readdirSync(capturesDir).filter((name) => name.endsWith('.json') && name !== '_template.json').sort()) {
    const streams = new Map<string, Defragmenter>();
    for (const payload of psrpPayloads(readTraceInput(readFileSync(capturesDir + file, 'utf8')))) {
      let defragmenter = streams.get(payload.streamKey);
      if (!defragmenter) streams.set(payload.streamKey, (defragmenter = new Defragmenter()));
      for (const bytes of defragmenter.pushBytes(payload.bytes)) {
        const message = decodeMessage(bytes);
        const xml = dataToText(message.data);
        const messageType = messageTypeName(message.messageType) ?? String(message.messageType);
        // END_OF_PIPELINE_INPUT and the like carry no data.
        if (xml.trim() !== '') found.push({ where: `${file} #${payload.envelope.index} ${payload.envelope.direction}`, messageType, xml });
      }
    }
  }
  return found;
}
