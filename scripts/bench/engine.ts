/**
 * Engine speed on hot loops: each workload is run as `psh -c` runs it (parse, compile, run in a
 * fresh runspace) and printed next to the same work written in plain JavaScript, the floor no
 * interpreter goes below. Targets: the foreach sum under 0.25 s, the 100,000 function calls
 * under 0.5 s. Run alone with `node --expose-gc --import tsx scripts/bench/engine.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { ErrorRecord, StreamSinks } from '../../src/engine/index.js';
import { Runspace } from './compiled-engine.js';

export interface Workload {
  readonly script: string;
  /** Seconds the run should stay under, when the workload has a target. */
  readonly target?: number;
  /** The same work in plain JavaScript (returning its result so the work is not optimised away). */
  readonly plain: () => unknown;
}

const workloads: Workload[] = [
  {
    script: '$s = 0; foreach ($i in 1..1000000) { $s += $i }; $s',
    target: 0.25,
    plain: () => {
      let sum = 0;
      for (let i = 1; i <= 1_000_000; i++) sum += i;
      return sum;
    },
  },
  {
    script: 'function f($a, $b) { $a + $b }; for ($i = 0; $i -lt 100000; $i++) { $null = f $i 2 }',
    target: 0.5,
    plain: () => {
      const f = (a: number, b: number) => a + b;
      let last = 0;
      for (let i = 0; i < 100_000; i++) last = f(i, 2);
      return last;
    },
  },
];

interface Timing {
  readonly best: number;
  readonly median: number;
  /** The least CPU time of a run: less disturbed than wall time by other processes on the machine. */
  readonly bestCpu: number;
  /** The first error the script wrote, if any: its figures then mean nothing. */
  readonly error: string | null;
}

interface Run {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly error: string | null;
}

/** Seconds and CPU seconds `work` takes. */
function measured(work: () => void): { seconds: number; cpuSeconds: number } {
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  work();
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** Runs the script in a fresh runspace, keeping the first error it writes. */
function runOnce(script: string): Run {
  let error: string | null = null;
  const ignore = () => {};
  const sinks: StreamSinks = {
    error: (record: ErrorRecord) => {
      error ??= record.message;
    },
    warning: ignore,
    verbose: ignore,
    debug: ignore,
    information: ignore,
  };
  const runspace = new Runspace(ignore, sinks);
  let parseError: string | undefined;
  const times = measured(() => {
    parseError = runspace.runCommand(script).parseErrors[0]?.message;
  });
  return { ...times, error: error ?? parseError ?? null };
}

/** One warm-up run (the JIT, the parser's first use), then at least three timed runs and up to seven within about three seconds. */
function time(run: () => Run): Timing {
  const warmUp = run();
  if (warmUp.error !== null) return { best: warmUp.seconds, median: warmUp.seconds, bestCpu: warmUp.cpuSeconds, error: warmUp.error };
  const runs: Run[] = [];
  let total = 0;
  while (runs.length < 3 || (runs.length < 7 && total < 3)) {
    (globalThis as { gc?: () => void }).gc?.();
    const result = run();
    runs.push(result);
    total += result.seconds;
  }
  const seconds = runs.map((r) => r.seconds).sort((a, b) => a - b);
  return { best: seconds[0]!, median: seconds[Math.floor(seconds.length / 2)]!, bestCpu: Math.min(...runs.map((r) => r.cpuSeconds)), error: null };
}

function plainSeconds(plain: () => unknown): number {
  return time(() => ({ ...measured(plain), error: null })).best;
}

const formatSeconds = (seconds: number) => (seconds < 0.01 ? `${(seconds * 1000).toFixed(2)} ms` : `${seconds.toFixed(3)} s`);

/** Times each workload and prints it as `label: script: figures`, next to its plain-JavaScript floor. */
export function printWorkloads(label: string, list: readonly Workload[]): void {
  for (const workload of list) {
    const psh = time(() => runOnce(workload.script));
    if (psh.error !== null) {
      console.log(`${label}: ${workload.script}: skipped (${psh.error.split('\n')[0]})`);
      continue;
    }
    const target = workload.target === undefined ? '' : `target < ${workload.target} s; `;
    console.log(
      `${label}: ${workload.script}: ${formatSeconds(psh.best)} ` +
        `(${target}best of runs, median ${formatSeconds(psh.median)}, least CPU ${formatSeconds(psh.bestCpu)}; ` +
        `plain JavaScript ${formatSeconds(plainSeconds(workload.plain))})`,
    );
  }
}

export async function run(): Promise<void> {
  printWorkloads('engine', workloads);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
