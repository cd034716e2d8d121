/**
 * psh's first step on its main thread: whether the run goes to a worker thread where Ctrl+C can
 * stop it (src/host/script-worker.ts), decided and started without loading the engine, which
 * only the worker then loads. Every other run is src/host/main.ts on this thread.
 *
 * The launcher (src/launcher.cts) comes here, as its own small bundle, only when a terminal is
 * attached; with none, no run goes to a worker and it starts main.ts directly.
 */
import { readFileSync } from 'node:fs';
import { isatty } from 'node:tty';
import { parseCommandLine, type CommandLineOptions } from './command-line.js';
import { reportInternalFailure } from './internal-failure.js';
import { scriptFileError } from './script-file.js';

/** Whether psh has a terminal (stdin, stdout or stderr), from which Ctrl+C can come. */
export const attachedToTerminal = isatty(0) || isatty(1) || isatty(2);

/** Where a worker run's script comes from: standard input (`-c -`, `-File -`) or the arguments. */
type WorkerRun = 'stdin' | 'arguments';

/**
 * The -Command and -File runs that go to a worker when Ctrl+C can reach psh. A command line
 * that does not parse, or a -File that cannot run, stays here: main.ts reports it.
 */
function workerRun(argv: string[]): WorkerRun | undefined {
  let options: CommandLineOptions;
  try {
    options = parseCommandLine(argv);
  } catch {
    return undefined;
  }
  if (options.mode === 'command') return options.command.trim() === '-' ? 'stdin' : 'arguments';
  if (options.mode !== 'file') return undefined;
  if (options.file === '-') return 'stdin';
  return scriptFileError(options.file) === undefined ? 'arguments' : undefined;
}

/**
 * Runs psh with these arguments: a -Command or -File run on the main thread of a psh attached
 * to a terminal goes to a worker (with no terminal a worker only costs start-up time and
 * memory); anything else is runMain. A script on standard input is read here first, so that
 * reading it is interrupted as without a worker.
 */
export function start(argv: string[], runMain: () => void): void {
  const run = attachedToTerminal && process.getBuiltinModule('node:worker_threads').isMainThread ? workerRun(argv) : undefined;
  if (run === undefined) {
    runMain();
    return;
  }
  import('./script-worker.js')
    .then((scriptWorker) => scriptWorker.runInWorker(run === 'stdin' ? readFileSync(0, 'utf8') : undefined))
    .then(
      (code) => { process.exitCode = code; },
      (e: unknown) => { process.exitCode = reportInternalFailure(e, (text) => process.stderr.write(text)); },
    );
}
