/**
 * CLIXML throughput: serialize + deserialize round trips of a PSCustomObject with 10 mixed
 * properties (objects/s), and of a 1 MB string (MB/s). Target: >= 50,000 objects/s.
 * Run alone with `node --import tsx scripts/bench/clixml.ts`.
 */
import { pathToFileURL } from 'node:url';
import { DateTime, Guid, Hashtable, NumericValue, PSObject, Version, createEnumValue } from '../../src/engine/values/index.js';
import { deserializeClixml, serializeClixml } from '../../src/remoting/clixml/index.js';

function sampleObject(): PSObject {
  return PSObject.customObject({
    Name: 'psh benchmark object',
    Id: 4242,
    Enabled: true,
    Ratio: 0.75,
    Size: 9_007_199_254_740_993n,
    Created: DateTime.parseRoundtrip('2024-05-06T07:08:09.1234567+02:00'),
    Guid: new Guid('792e5b37-4505-47ef-b7d2-8711bb7affa8'),
    Version: new Version(7, 4, 2),
    Color: createEnumValue('System.ConsoleColor', 'Blue', 9),
    Tags: Hashtable.from({ owner: 'ops', level: NumericValue.integer('System.Byte', 3) }),
  });
}

/** Runs `roundTrip` repeatedly for about `milliseconds`; returns round trips per second. */
function measure(roundTrip: () => void, milliseconds: number): number {
  for (let i = 0; i < 50; i++) roundTrip(); // warm up
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < milliseconds) {
    for (let i = 0; i < 10; i++) roundTrip();
    count += 10;
    elapsed = performance.now() - start;
  }
  return (count * 1000) / elapsed;
}

export async function run(): Promise<void> {
  const object = sampleObject();
  const objectsPerSecond = measure(() => {
    deserializeClixml(serializeClixml(object));
  }, 1000);
  const megabyte = 'psh-'.repeat(256 * 1024);
  const stringsPerSecond = measure(() => {
    deserializeClixml(serializeClixml(megabyte));
  }, 1000);
  console.log(`clixml: PSCustomObject with 10 properties, serialize+deserialize: ${Math.round(objectsPerSecond).toLocaleString('en-US')} objects/s (target 50,000)`);
  console.log(`clixml: 1 MB string, serialize+deserialize: ${stringsPerSecond.toFixed(1)} MB/s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
