/**
 * What psh does with its command line, mode by mode. Each mode loads only what it needs
 * (running a command never loads the remoting layer or the interactive UI).
 *
 * Two callers: src/cli.ts (tsc's ES modules) and src/launcher.cts (the bundle), both after
 * src/host/start.ts has sent the -Command and -File runs that Ctrl+C can reach to a worker thread,
 * where this runs them. The Ink prompt is an ES module that only a real module's import() can
 * load, so the caller supplies that.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isatty } from 'node:tty';
import { parseCommandLine, CommandLineError, type DataFormat, type SessionOptions } from './command-line.js';
import { profilePaths, type ProfilePaths } from './profile.js';
import { reportInternalFailure } from './internal-failure.js';
import { scriptFileError } from './script-file.js';
import { attachedToTerminal } from './start.js';
import type { ConsoleHost, HostIO, ObjectStreams } from './console-host.js';
import type { TerminalProgressPane } from './terminal-progress-pane.js';
import { endQuietlyWhenOutputCloses, writeFully, writeToStream } from './descriptor-output.js';
import type * as InkPrompt from '../repl/ink/index.js';

const version = '0.1.0';

/**
 * Whether this is the worker thread that runs a -Command or -File run started on a terminal
 * (src/host/script-worker.ts). With no terminal there is none, and worker_threads (seven of
 * Node's internal modules) is not even loaded.
 */
const inScriptWorker = attachedToTerminal && !process.getBuiltinModule('node:worker_threads').isMainThread;

/** The process's standard output and error; the worker writes the descriptors itself. */
const io: HostIO = inScriptWorker
  ? { stdout: (s) => writeFully(1, s), stderr: (s) => writeFully(2, s) }
  : { stdout: (s) => writeToStream(process.stdout, s), stderr: (s) => writeToStream(process.stderr, s) };

export type LoadInkPrompt = () => Promise<typeof InkPrompt>;

async function run(argv: string[], loadInkPrompt: LoadInkPrompt): Promise<number> {
  let options;
  try {
    options = parseCommandLine(argv);
  } catch (e) {
    if (e instanceof CommandLineError) {
      process.stderr.write(`${e.message}\n`);
      return 64;
    }
    throw e;
  }
  // isatty rather than process.stdin.isTTY: the latter builds the stdin stream, which a command costs.
  const stdinIsTerminal = isatty(0);
  switch (options.mode) {
    case 'version':
      process.stdout.write(`psh ${version}\n`);
      return 0;
    case 'parseOnly': {
      const { runParseOnly } = await import('./parse-only.js');
      const { readTextFile } = await import('../engine/runtime/text-files.js');
      return runParseOnly(options.files, options.ast, readTextFile, io.stdout);
    }
    case 'decodeWsman': {
      const { runDecodeWsman } = await import('./decode-wsman.js');
      return runDecodeWsman(options.files[0], io.stdout, io.stderr);
    }
    case 'command': {
      const host = await startSession(options);
      if (options.command.trim() === '-') return finish(host, host.runCommand(await stdinScript()));
      // Like pwsh -c, piped standard input is $input, one string per line (read only if used).
      const stdinLines = stdinIsTerminal ? undefined : () => {
        const lines = readFileSync(0, 'utf8').split(/\r?\n/);
        if (lines[lines.length - 1] === '') lines.pop();
        return lines;
      };
      return finish(host, host.runCommand(options.command, stdinLines));
    }
    case 'file': {
      if (options.file === '-') {
        const host = await startSession(options);
        return finish(host, host.runCommand(await stdinScript()));
      }
      const fileError = scriptFileError(options.file);
      if (fileError !== undefined) {
        process.stderr.write(`${fileError}\n`);
        return 64;
      }
      const path = resolve(options.file);
      const [host, { readTextFile }] = await Promise.all([startSession(options), import('../engine/runtime/text-files.js')]);
      return finish(host, host.runScript(readTextFile(path), path, options.args));
    }
    case 'interactive': {
      if (stdinIsTerminal && process.stdout.isTTY) {
        // A terminal: the Ink prompt (loaded only here, so scripts never pay for React), with the
        // engine in a worker thread so that Ctrl+C can stop a running command.
        const { runInkRepl, workerReplHost } = await loadInkPrompt();
        return runInkRepl(await workerReplHost({ profiles: profiles(), noProfile: options.noProfile }));
      }
      const { runLinePrompt } = await import('../repl/line-prompt.js');
      return runLinePrompt(process.stdin, await startSession(options));
    }
  }
}

/** `-c -` and `-File -`: the script on standard input (read by the main thread when this is its worker). */
async function stdinScript(): Promise<string> {
  if (!inScriptWorker) return readFileSync(0, 'utf8');
  const { scriptWorkerData } = await import('./script-worker.js');
  return scriptWorkerData().stdinScript ?? '';
}

/** psh's own folder (pwsh's $PSHOME), where the all-users profiles are: two levels above dist/src. */
function applicationBase(): string {
  return join(dirname(realpathSync(process.argv[1])), '..', '..');
}

function profiles(): ProfilePaths {
  return profilePaths(process.env, process.env.HOME || homedir(), applicationBase());
}

/** The progress pane while text goes to a terminal; pwsh shows no progress when output is redirected. */
let progressPane: TerminalProgressPane | undefined;

/** The process streams, with Write-Progress drawn on the terminal when stdout is one. */
async function sessionIO(format: DataFormat): Promise<HostIO> {
  if (format !== 'Text' || !isatty(1)) return io;
  const { TerminalProgressPane } = await import('./terminal-progress-pane.js');
  const columns = inScriptWorker ? (await import('./script-worker.js')).workerTerminalColumns : () => process.stdout.columns || 120;
  const pane = new TerminalProgressPane(io.stdout, columns);
  progressPane = pane;
  return {
    stdout: (s) => pane.output(s, io.stdout),
    stderr: (s) => pane.output(s, io.stderr),
    progress: (record) => pane.progress(record),
  };
}

/** A console host on the process streams, with the profiles run unless -NoProfile. */
async function startSession(options: SessionOptions): Promise<ConsoleHost> {
  const [{ ConsoleHost }, objects, hostIO] = await Promise.all([import('./console-host.js'), objectStreams(options.outputFormat), sessionIO(options.outputFormat)]);
  const host = new ConsoleHost(hostIO, objects);
  if (inScriptWorker) host.runspace.context.stop = (await import('./script-worker.js')).workerStopRequest();
  // On a terminal, without -NonInteractive, Confirm, mandatory parameters and Read-Host ask there, as pwsh's console does.
  if (!options.nonInteractive && isatty(0)) {
    const { lineReader, secretReader, stoppableTerminalInput, terminalUserInterface } = await import('./terminal-user-interface.js');
    const { stop } = host.runspace.context;
    const input = stoppableTerminalInput();
    host.runspace.context.host = terminalUserInterface(hostIO.stdout, lineReader(input, stop), secretReader(input, hostIO.stdout, stop));
  }
  host.startSession(profiles(), options.noProfile);
  return host;
}

/** The end of a -Command or -File run: its output streams are closed. */
function finish(host: ConsoleHost, exitCode: number): number {
  progressPane?.clear();
  host.close();
  return exitCode;
}

/** -OutputFormat: text (the formatter), CLIXML, or nothing at all. */
async function objectStreams(format: DataFormat): Promise<ObjectStreams | undefined> {
  if (format === 'Text') return undefined;
  if (format === 'None') {
    const discard = { serialize() {}, end() {} };
    return { output: discard, error: discard };
  }
  const { ClixmlStreamWriter } = await import('./clixml-output.js');
  return { output: new ClixmlStreamWriter(io.stdout), error: new ClixmlStreamWriter(io.stderr) };
}

/** Runs psh with these arguments; the exit code becomes the process's. */
export function main(argv: string[], loadInkPrompt: LoadInkPrompt): void {
  endQuietlyWhenOutputCloses();
  run(argv, loadInkPrompt).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { process.exitCode = reportInternalFailure(e, io.stderr); },
  );
}
