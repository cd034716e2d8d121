/**
 * WS-Man envelope throughput: build + parse round trips of the messages that dominate a PSRP session —
 * a Receive request, a ReceiveResponse carrying two 32 KiB stream blocks with a CommandState, and a
 * Send request of 100 KiB — in envelopes per second and MB/s.
 * Run alone with `node --import tsx scripts/bench/wsman.ts`.
 */
import { pathToFileURL } from 'node:url';
import { COMMAND_STATE, OPTION, RESOURCE_URI, buildRequest, buildResponse, parseRequest, parseResponse } from '../../src/remoting/wsman/index.js';

const headers = {
  to: 'https://server.example:5986/wsman',
  messageId: 'uuid:F249DBE7-0E83-4F39-AE4A-28324CF61227',
  resourceUri: RESOURCE_URI.powerShell,
  maxEnvelopeSize: 512000,
  operationTimeout: 'PT20S',
  locale: 'en-US',
  dataLocale: 'en-US',
  sessionId: 'uuid:AECF49AF-7164-43E6-B10A-E38E8C4986AD',
  selectors: [{ name: 'ShellId', value: '76056A84-51DC-4F24-9262-CA2A55464B2B' }],
};
const commandId = '789B3D38-EDB7-494D-AD3B-3D63B099CD76';
const block = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 31) & 0xff);

/** Runs `roundTrip` repeatedly for about `milliseconds`; returns round trips per second. */
function measure(roundTrip: () => void, milliseconds: number): number {
  for (let i = 0; i < 20; i++) roundTrip(); // warm up
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < milliseconds) {
    for (let i = 0; i < 5; i++) roundTrip();
    count += 5;
    elapsed = performance.now() - start;
  }
  return (count * 1000) / elapsed;
}

function report(name: string, envelope: string, perSecond: number): void {
  const mb = (perSecond * Buffer.byteLength(envelope)) / (1024 * 1024);
  console.log(`wsman: ${name} (${Buffer.byteLength(envelope).toLocaleString('en-US')} bytes), build+parse: ${Math.round(perSecond).toLocaleString('en-US')} envelopes/s, ${mb.toFixed(1)} MB/s`);
}

export async function run(): Promise<void> {
  const receive = { headers: { ...headers, options: [{ name: OPTION.keepAlive, value: 'True' }] }, body: { operation: 'Receive' as const, desiredStream: { commandId, streams: ['stdout'] } } };
  report('Receive request', buildRequest(receive), measure(() => void parseRequest(buildRequest(receive)), 1000));

  const output = {
    headers: { messageId: 'uuid:C8DD4BD2-03AE-4FD6-A539-D9CF425F41F7', to: 'http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous', relatesTo: headers.messageId },
    body: {
      operation: 'Receive' as const,
      streams: [
        { name: 'stdout', commandId, data: block(32 * 1024) },
        { name: 'stdout', commandId, data: block(32 * 1024) },
      ],
      commandState: { commandId, state: COMMAND_STATE.Done, exitCode: 0 },
    },
  };
  report('ReceiveResponse, 2 x 32 KiB', buildResponse(output), measure(() => void parseResponse(buildResponse(output)), 1000));

  const send = { headers, body: { operation: 'Send' as const, streams: [{ name: 'stdin', commandId, data: block(100 * 1024) }] } };
  report('Send request, 100 KiB', buildRequest(send), measure(() => void parseRequest(buildRequest(send)), 1000));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
