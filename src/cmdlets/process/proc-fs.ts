/**
 * What Linux's /proc tells of a process, read as .NET's System.Diagnostics.Process reads it
 * (Interop.procfs and ProcessManager.Linux): /proc/<pid>/stat for the name, state, parent,
 * session, processor times and start time, /proc/<pid>/status for the memory figures (kB there,
 * bytes here), /proc/<pid>/task for the threads, /proc/<pid>/fd for the handle count.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** /proc exists only on Linux; elsewhere psh knows only its own process (see process-object.ts). */
export const hasProcFs = process.platform === 'linux';

/** sysconf(_SC_CLK_TCK): the unit of /proc's processor and start times, 100 on every Linux psh runs on. */
export const clockTicksPerSecond = 100;

/** The fields of /proc/<pid>/stat that .NET reads. */
export interface ProcStat {
  readonly pid: number;
  /** The kernel's name of the process, at most 15 characters. */
  readonly comm: string;
  /** R, S, D, Z, T...; Z (zombie) and X (dead) have exited. */
  readonly state: string;
  readonly ppid: number;
  readonly session: number;
  /** User and kernel processor time, in clock ticks. */
  readonly userTicks: number;
  readonly kernelTicks: number;
  readonly nice: number;
  /** Clock ticks from boot to the process's start. */
  readonly startTicksAfterBoot: number;
  /** A zombie's exit status as waitpid reports it (0 while the process runs). */
  readonly waitStatus: number;
}

/** The memory figures of /proc/<pid>/status, in bytes (0 where the kernel gives none, as for kernel threads). */
export interface ProcStatus {
  readonly virtualBytes: bigint;
  readonly peakVirtualBytes: bigint;
  readonly workingSet: bigint;
  readonly peakWorkingSet: bigint;
  readonly swapBytes: bigint;
  readonly privateBytes: bigint;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    return undefined;
  }
}

/** Every process's id, from /proc's numbered folders. */
export function processIds(): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
}

/** /proc/<pid>/stat, or undefined when the process is gone. The name sits in parentheses and may hold anything, so fields are counted from the last ')'. */
export function readStat(pid: number): ProcStat | undefined {
  const text = readText(`/proc/${pid}/stat`);
  if (text === undefined) return undefined;
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  // After the name: state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime priority nice num_threads itrealvalue starttime ...
  const fields = text.slice(close + 2).trim().split(' ');
  const field = (index: number) => Number(fields[index] ?? 0);
  return {
    pid,
    comm: Buffer.from(text.slice(open + 1, close), 'latin1').toString('utf8'),
    state: fields[0] ?? '',
    ppid: field(1),
    session: field(3),
    userTicks: field(11),
    kernelTicks: field(12),
    nice: field(16),
    startTicksAfterBoot: field(19),
    // Field 52 of the whole line: the exit code (Linux 3.5 and later).
    waitStatus: field(49),
  };
}

/** /proc/<pid>/status's Vm* lines. */
export function readStatus(pid: number): ProcStatus {
  const text = readText(`/proc/${pid}/status`) ?? '';
  const kilobytes = (name: string) => {
    const match = new RegExp(`^${name}:\\s*(\\d+) kB`, 'm').exec(text);
    return match ? BigInt(match[1]!) * 1024n : 0n;
  };
  return {
    virtualBytes: kilobytes('VmSize'),
    peakVirtualBytes: kilobytes('VmPeak'),
    workingSet: kilobytes('VmRSS'),
    peakWorkingSet: kilobytes('VmHWM'),
    swapBytes: kilobytes('VmSwap'),
    // .NET counts the stack as private memory too.
    privateBytes: kilobytes('VmData') + kilobytes('VmStk'),
  };
}

/** A file mapped into a process, as .NET's Process.Modules lists it. */
export interface MappedModule {
  readonly fileName: string;
  readonly baseAddress: bigint;
  size: number;
}

const mapsLine = /^([0-9a-f]+)-([0-9a-f]+)\s+(\S+)\s+\S+\s+\S+\s+\S+\s+(.+)$/;

/**
 * /proc/<pid>/maps as .NET's ParseMapsModules reads it: named mappings, one module per run of
 * adjacent mappings of the same file, kept when some mapping of it is readable and executable;
 * the program's own file first (ProcessManager.GetModules). Empty when maps cannot be read.
 */
export function mappedModules(pid: number): MappedModule[] {
  const modules: MappedModule[] = [];
  let current: MappedModule | undefined;
  let executable = false;
  const commit = () => {
    if (executable && current) {
      modules.push(current);
      current = undefined;
    }
  };
  for (const line of (readText(`/proc/${pid}/maps`) ?? '').split('\n')) {
    const match = mapsLine.exec(line);
    const start = match ? BigInt(`0x${match[1]}`) : 0n;
    // .NET keeps the size as an Int32; a mapping too large for one is skipped like an unnamed one.
    const size = match ? Number(BigInt.asIntN(32, BigInt(`0x${match[2]}`) - start)) : -1;
    if (!match || size < 0) {
      commit();
      continue;
    }
    const fileName = Buffer.from(match[4]!, 'latin1').toString('utf8');
    const readAndExecute = match[3]!.includes('r') && match[3]!.includes('x');
    if (current && current.fileName === fileName && current.baseAddress + BigInt(current.size) === start) {
      current.size += size;
      executable ||= readAndExecute;
      continue;
    }
    commit();
    current = { fileName, baseAddress: start, size };
    executable = readAndExecute;
  }
  commit();
  const program = executablePath(pid);
  const main = modules.findIndex((module) => module.fileName === program);
  if (main > 0) modules.unshift(...modules.splice(main, 1));
  return modules;
}

/** argv as /proc/<pid>/cmdline holds it (empty for kernel threads and unreadable processes). */
export function readCommandLine(pid: number): string[] {
  const text = readText(`/proc/${pid}/cmdline`);
  if (!text) return [];
  const args = Buffer.from(text, 'latin1').toString('utf8').split('\0');
  if (args[args.length - 1] === '') args.pop();
  return args;
}

/**
 * Process.ProcessName on Linux (GetUntruncatedProcessName): stat's name is cut to 15
 * characters, so the file name of argv[0], or of argv[1] (a script's interpreter comes first),
 * is taken when it starts with that name (ignoring case); otherwise the stat name.
 */
export function untruncatedName(stat: ProcStat): string {
  const args = readCommandLine(stat.pid);
  for (const arg of args.slice(0, 2)) {
    const name = arg.slice(arg.lastIndexOf('/') + 1);
    if (name.toLowerCase().startsWith(stat.comm.toLowerCase())) return name;
  }
  return stat.comm;
}

/** The program's path (/proc/<pid>/exe), or undefined where it cannot be read (another user's process, a kernel thread). */
export function executablePath(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return undefined;
  }
}

/** The process's thread ids (/proc/<pid>/task). */
export function threadIds(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return [];
  }
}

/** HandleCount: the open file descriptors (0 when they cannot be listed). */
export function openDescriptorCount(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return 0;
  }
}

/** The boot time in milliseconds since the Unix epoch (/proc/stat's btime), the base of start times. */
export function bootTimeMilliseconds(): number {
  const match = /^btime (\d+)$/m.exec(readText('/proc/stat') ?? '');
  return match ? Number(match[1]) * 1000 : Date.now();
}
