/**
 * A background job's child process: the job's script runs in a child psh
 * (`-NoProfile -NonInteractive -OutputFormat XML -File job.ps1`) whose output and error streams
 * go to files in a private temporary folder, and a shell writes the exit status to a third file
 * when the child ends. The engine runs synchronously, so it never waits for child-process
 * events: the state is read from those files, and waiting polls them with Atomics.wait on the
 * stop flag (Ctrl+C ends a wait).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportClixmlDocument, importClixmlDocument } from '../remoting/clixml/index.js';
import { ExceptionValue, newErrorRecord, type ErrorCategoryName } from '../engine/runtime/error-record.js';
import type { StopRequest } from '../engine/runtime/stop-request.js';
import { PSObject } from '../engine/values/index.js';
import { toPSString } from '../engine/conversion/index.js';

/** How this process was started, so a job starts psh the same way (node, its flags, the entry script). */
let pshCommandLine: readonly string[] = [process.execPath, ...process.execArgv, process.argv[1] ?? ''];

/** For hosts that embed the engine (the tests): the command line that starts psh. */
export function setPshCommandLine(commandLine: readonly string[]): void {
  pshCommandLine = commandLine;
}

export type JobState = 'Running' | 'Completed' | 'Failed' | 'Stopped';

/** What a finished job wrote: its output, and its other streams' records in order. */
export interface JobResults {
  output: unknown[];
  streams: { stream: string; value: unknown }[];
}

const pollMilliseconds = 20;
const running = new Set<JobProcess>();
// Jobs end with the session, as pwsh's do.
process.on('exit', () => {
  for (const job of running) job.kill();
});

export class JobProcess {
  private readonly folder = mkdtempSync(join(tmpdir(), 'psh-job-'));
  private readonly pid: number;
  private stopped = false;
  private exitCode: number | null = null;

  /** `script`'s `$using:` references are replaced by `$__pshUsing[i]` (see the Start-Job cmdlet). */
  constructor(script: string, usingValues: readonly unknown[], args: readonly unknown[], workingDirectory: string) {
    const input = join(this.folder, 'input.xml');
    writeFileSync(input, exportClixmlDocument([usingValues, args]));
    const body = `$__pshJob = Import-Clixml -LiteralPath '${input.replace(/'/g, "''")}'; $__pshUsing = $__pshJob[0]; $__pshArgs = $__pshJob[1]\n& {\n${script}\n} @__pshArgs\n`;
    writeFileSync(join(this.folder, 'job.ps1'), body);
    const [command, ...leading] = pshCommandLine;
    const child = spawn(
      'sh',
      ['-c', '"$@" > "$PSH_JOB/out.xml" 2> "$PSH_JOB/err.xml" < /dev/null; echo $? > "$PSH_JOB/status.tmp"; mv "$PSH_JOB/status.tmp" "$PSH_JOB/status"', 'sh', command, ...leading, '-NoProfile', '-NonInteractive', '-OutputFormat', 'XML', '-File', join(this.folder, 'job.ps1')],
      { cwd: workingDirectory, detached: true, stdio: 'ignore', env: { ...process.env, PSH_JOB: this.folder } },
    );
    child.unref();
    this.pid = child.pid ?? 0;
    running.add(this);
  }

  get state(): JobState {
    if (this.stopped) return 'Stopped';
    if (this.exitCode === null) {
      const statusFile = join(this.folder, 'status');
      if (!existsSync(statusFile)) return 'Running';
      this.exitCode = Number(readFileSync(statusFile, 'utf8').trim());
      running.delete(this);
    }
    return this.exitCode === 0 ? 'Completed' : 'Failed';
  }

  /** Waits until the job has finished or `timeoutMilliseconds` pass (null: no limit); true when it finished. */
  wait(timeoutMilliseconds: number | null, stop: StopRequest, finished: () => boolean = () => this.state !== 'Running'): boolean {
    const deadline = timeoutMilliseconds === null ? Infinity : Date.now() + timeoutMilliseconds;
    while (!finished()) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      stop.sleep(Math.min(pollMilliseconds, left));
    }
    return true;
  }

  /** Stop-Job: the child and what it started end. */
  stop(): void {
    if (this.state !== 'Running') return;
    this.kill();
    this.stopped = true;
    running.delete(this);
  }

  kill(): void {
    try {
      process.kill(-this.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }

  /** What the job wrote (a finished job's complete documents; nothing while it runs). */
  results(): JobResults {
    if (this.state === 'Running') return { output: [], streams: [] };
    const output = readDocument(join(this.folder, 'out.xml'));
    const errText = documentText(join(this.folder, 'err.xml'));
    const values = errText ? importClixmlDocument(errText) : [];
    // `-OutputFormat XML` names each top-level element's stream in its S attribute, and only those carry one.
    const streamNames = [...errText.matchAll(/<[A-Za-z]+ S="([A-Za-z]+)"/g)].map((m) => m[1]!);
    return { output, streams: values.map((value, i) => ({ stream: streamNames[i] ?? 'Error', value: streamNames[i] === 'Error' ? rehydratedError(value) : value })) };
  }

  /** Remove-Job: the files go. */
  dispose(): void {
    this.stop();
    rmSync(this.folder, { recursive: true, force: true });
  }
}

function documentText(path: string): string {
  if (!existsSync(path)) return '';
  const text = readFileSync(path, 'utf8');
  return text.startsWith('#< CLIXML') ? text.slice(text.indexOf('\n') + 1) : text;
}

function readDocument(path: string): unknown[] {
  const text = documentText(path);
  return text ? importClixmlDocument(text) : [];
}

/** A deserialized error record made an ErrorRecord again, so Receive-Job writes it as the job wrote it. */
function rehydratedError(value: unknown): unknown {
  if (!(value instanceof PSObject)) return value;
  const exception = value.propertyValue('Exception');
  const message = exception instanceof PSObject ? toPSString(exception.propertyValue('Message') ?? '') : toPSString(value);
  const exceptionType = exception instanceof PSObject ? (exception.typeNames[0] ?? 'System.Exception').replace(/^Deserialized\./, '') : 'System.Exception';
  const category = value.propertyValue('CategoryInfo');
  const categoryName = category instanceof PSObject ? toPSString(category.propertyValue('Category') ?? 'NotSpecified') : 'NotSpecified';
  const errorId = toPSString(value.propertyValue('FullyQualifiedErrorId') ?? '');
  return newErrorRecord(new ExceptionValue(exceptionType, message), errorId, categoryName as ErrorCategoryName, value.propertyValue('TargetObject') ?? null);
}
