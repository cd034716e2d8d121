/**
 * Cmdlet speed: objects streaming through ForEach-Object into Measure-Object (target under
 * 1.5 s), Where-Object stopped early by Select-Object -First (it must see only the objects
 * needed: 30 of 200,000), and 100,000 calls of a cmdlet with three named parameters (target
 * under 1 s), each next to the same work in plain JavaScript. Run alone with
 * `node --expose-gc --import tsx scripts/bench/cmdlets.ts`.
 */
import { pathToFileURL } from 'node:url';
import { Runspace } from './compiled-engine.js';
import { printWorkloads, type Workload } from './engine.js';

const workloads: Workload[] = [
  {
    script: '(1..1000000 | ForEach-Object { $_ * 2 } | Measure-Object -Sum).Sum',
    target: 1.5,
    plain: () => {
      let sum = 0;
      for (let i = 1; i <= 1_000_000; i++) sum += ((x: number) => x * 2)(i);
      return sum;
    },
  },
  {
    script: '1..200000 | Where-Object { $_ % 3 -eq 0 } | Select-Object -First 10',
    plain: () => {
      const found: number[] = [];
      for (let i = 1; i <= 200_000 && found.length < 10; i++) if (((x: number) => x % 3 === 0)(i)) found.push(i);
      return found;
    },
  },
  {
    script: 'for ($i = 0; $i -lt 100000; $i++) { $null = Measure-Object -InputObject $i -Sum -Maximum }',
    target: 1,
    plain: () => {
      const measure = (options: { inputObject: number; sum: boolean; maximum: boolean }) => ({ count: 1, sum: options.sum ? options.inputObject : null });
      let last: unknown = null;
      for (let i = 0; i < 100_000; i++) last = measure({ inputObject: i, sum: true, maximum: true });
      return last;
    },
  },
];

/** How many objects Where-Object's filter saw before Select-Object -First 10 stopped the pipeline. */
function objectsSeenBeforeStop(): unknown {
  const output: unknown[] = [];
  const ignore = () => {};
  const sinks = { error: ignore, warning: ignore, verbose: ignore, debug: ignore, information: ignore };
  new Runspace((value) => output.push(value), sinks).runCommand('$n = 0; 1..200000 | Where-Object { $script:n++; $_ % 3 -eq 0 } | Select-Object -First 10 | Out-Null; $n');
  return output[0];
}

export async function run(): Promise<void> {
  printWorkloads('cmdlets', workloads);
  console.log(`cmdlets: Where-Object | Select-Object -First 10 stopped after ${String(objectsSeenBeforeStop())} of 200000 objects (must be 30)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
