/**
 * Processes for the process cmdlets' tests to find, wait for and stop: Node started through a
 * symbolic link with a name of the test's choosing (the kernel names a process after the file it
 * ran), sleeping a minute. The tests touch no process but these.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Sleeper {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly name: string;
  /** The symbolic link the process was started through. */
  readonly link: string;
  /** Settles when Node has seen the process end (and reaped it). */
  readonly ended: Promise<void>;
}

let folder: string | undefined;
const started: ChildProcess[] = [];

/** Starts Node as `name`, sleeping a minute unless `args` give it another script. */
export function startSleeper(name: string, args: readonly string[] = ['-e', 'setTimeout(() => {}, 60000)']): Sleeper {
  folder ??= mkdtempSync(join(tmpdir(), 'psh-process-test-'));
  const link = join(folder, name);
  symlinkSync(process.execPath, link);
  const child = spawn(link, args, { stdio: 'ignore' });
  started.push(child);
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, pid: child.pid!, name, link, ended };
}

/** Ends whatever a test left running and removes the links. */
export function stopSleepers(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  started.length = 0;
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
}
