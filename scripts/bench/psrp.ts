/**
 * PSRP throughput: fragmenting a 4 MB message into 32 KB fragments and packing them into
 * payloads, reassembling them from a byte stream (MB/s, target >= 50 MB/s each), and whole
 * typed messages (PIPELINE_OUTPUT of a string) built and parsed per second.
 * Run alone with `node --import tsx scripts/bench/psrp.ts`.
 */
import { pathToFileURL } from 'node:url';
import { buildMessage, Defragmenter, Fragmenter, parseMessage, type Message } from '../../src/remoting/psrp/index.js';

/** Runs `work` repeatedly for about `milliseconds`; returns runs per second. */
function measure(work: () => void, milliseconds: number): number {
  for (let i = 0; i < 5; i++) work(); // warm up
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < milliseconds) {
    work();
    count++;
    elapsed = performance.now() - start;
  }
  return (count * 1000) / elapsed;
}

export async function run(): Promise<void> {
  const megabytes = 4;
  const message = new Uint8Array(megabytes * 1024 * 1024).map((_, i) => i & 0xff);
  const payloadLength = 32 * 1024;
  const fragmenter = new Fragmenter();
  const fragmentRate = measure(() => {
    fragmenter.pack([message], payloadLength);
  }, 1000);
  const stream = Buffer.concat(new Fragmenter().pack([message], payloadLength));
  const defragmentRate = measure(() => {
    const defragmenter = new Defragmenter();
    // Receives of an odd size, so fragments straddle them.
    for (let offset = 0; offset < stream.length; offset += 50_000) defragmenter.pushBytes(stream.subarray(offset, offset + 50_000));
    defragmenter.finish();
  }, 1000);
  const output: Message = {
    type: 'PIPELINE_OUTPUT',
    destination: 1,
    rpid: '0f8a1c2d-3b4e-4f50-8a6b-7c8d9e0fa1b2',
    pid: '11223344-5566-7788-99aa-bbccddeeff00',
    payload: { value: 'Status: Running, Name: WinRM, DisplayName: Windows Remote Management (WS-Management)' },
  };
  const messageRate = measure(() => {
    for (let i = 0; i < 100; i++) parseMessage(buildMessage(output));
  }, 1000);
  console.log(`psrp (node ${process.version}): fragment ${megabytes} MB into ${payloadLength / 1024} KB payloads: ${(fragmentRate * megabytes).toFixed(0)} MB/s (target 50)`);
  console.log(`psrp: defragment ${megabytes} MB from 50 KB receives: ${(defragmentRate * megabytes).toFixed(0)} MB/s (target 50)`);
  console.log(`psrp: PIPELINE_OUTPUT build+parse: ${Math.round(messageRate * 100).toLocaleString('en-US')} messages/s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
