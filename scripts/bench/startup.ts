/**
 * Start-up: the wall time and peak memory of `psh -NoProfile -c 1` (the built binary,
 * dist/src/launcher.cjs) next to `node -e 0`, the floor any Node program starts from. Target:
 * psh within 3x of node's time, and under 80 MB.
 * Runs alternate between the two, so a busy moment on the machine slows both; the median
 * and the best of each are printed.
 * Run alone (after `npm run build`) with `node --import tsx scripts/bench/startup.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const launcher = fileURLToPath(new URL('../../dist/src/launcher.cjs', import.meta.url));
const runs = 21;

interface Subject {
  name: string;
  args: string[];
}

const subjects: Subject[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'psh -NoProfile -c 1', args: [launcher, '-NoProfile', '-c', '1'] },
];

function wallMilliseconds(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  return performance.now() - start;
}

/** Peak resident memory in MB, reported by the child itself as it exits (fd 3; Linux's /proc). */
function peakMegabytes(args: string[], reporter: string): number {
  const result = spawnSync(process.execPath, ['--require', reporter, ...args], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  return Number(String(result.output[3])) / 1024;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function run(): Promise<void> {
  const times = subjects.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) subjects.forEach((subject, j) => times[j].push(wallMilliseconds(subject.args)));
  const dir = mkdtempSync(join(tmpdir(), 'psh-bench-'));
  const reporter = join(dir, 'report-rss.cjs');
  // VmHWM is the peak of this process image alone; resourceUsage().maxRSS also counts the
  // spawning process's memory (Linux carries it over through exec), which is this benchmark's.
  writeFileSync(
    reporter,
    "process.on('exit', () => { const fs = require('node:fs'); fs.writeSync(3, /VmHWM:\\s*(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); });\n",
  );
  try {
    const [nodeMedian, pshMedian] = times.map(median);
    subjects.forEach((subject, j) => {
      const rss = Math.max(...[1, 2, 3].map(() => peakMegabytes(subject.args, reporter)));
      console.log(`startup: ${subject.name}: median ${median(times[j]).toFixed(0)} ms, best ${Math.min(...times[j]).toFixed(0)} ms, max RSS ${rss.toFixed(0)} MB`);
    });
    console.log(`startup: psh / node = ${(pshMedian / nodeMedian).toFixed(1)}x by median (target <= 3x; RSS target < 80 MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
