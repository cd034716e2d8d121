/**
 * CLIXML throughput: serialize + deserialize round trips of a PSCustomObject with 10 mixed
 * properties (objects/s), each half alone, and round trips of a 1 MB string (MB/s). Target:
 * >= 50,000 round trips/s.
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

interface Rate {
  /** Round trips per second of the best window. */
  readonly best: number;
  readonly median: number;
  /** Round trips per second of CPU time this process used (all windows): the rate without other processes' load. */
  readonly perCpuSecond: number;
}

/**
 * Round trips per second: after a warm-up long enough for the JIT to optimise the code, five
 * windows of about `milliseconds` each; the best window is the machine's rate with the least
 * interference from other processes, the median shows how much there was.
 */
function measure(roundTrip: () => void, milliseconds: number): Rate {
  window(roundTrip, milliseconds); // warm up
  const cpuBefore = process.cpuUsage();
  const windows = Array.from({ length: 5 }, () => window(roundTrip, milliseconds));
  const cpu = process.cpuUsage(cpuBefore);
  const rates = windows.map((w) => w.rate).sort((a, b) => a - b);
  const count = windows.reduce((sum, w) => sum + w.count, 0);
  return { best: rates[4]!, median: rates[2]!, perCpuSecond: (count * 1e6) / (cpu.user + cpu.system) };
}

function window(roundTrip: () => void, milliseconds: number): { rate: number; count: number } {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < milliseconds) {
    for (let i = 0; i < 10; i++) roundTrip();
    count += 10;
    elapsed = performance.now() - start;
  }
  return { rate: (count * 1000) / elapsed, count };
}

export async function run(): Promise<void> {
  const object = sampleObject();
  const xml = serializeClixml(object);
  const objects = measure(() => {
    deserializeClixml(serializeClixml(object));
  }, 300);
  const serialized = measure(() => {
    serializeClixml(object);
  }, 300);
  const deserialized = measure(() => {
    deserializeClixml(xml);
  }, 300);
  const megabyte = 'psh-'.repeat(256 * 1024);
  const strings = measure(() => {
    deserializeClixml(serializeClixml(megabyte));
  }, 300);
  const count = (rate: number) => Math.round(rate).toLocaleString('en-US');
  console.log(
    `clixml: PSCustomObject with 10 properties, serialize+deserialize: ${count(objects.best)} objects/s ` +
      `(target 50,000; best of 5 windows, median ${count(objects.median)}; ${count(objects.perCpuSecond)} per CPU second)`,
  );
  console.log(
    `clixml: the same object, serialize only: ${count(serialized.best)} objects/s (median ${count(serialized.median)}); ` +
      `deserialize only: ${count(deserialized.best)} objects/s (median ${count(deserialized.median)})`,
  );
  console.log(
    `clixml: 1 MB string, serialize+deserialize: ${strings.best.toFixed(1)} MB/s ` +
      `(best of 5 windows, median ${strings.median.toFixed(1)}; ${strings.perCpuSecond.toFixed(1)} per CPU second)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
