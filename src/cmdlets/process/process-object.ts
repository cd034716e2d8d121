/**
 * System.Diagnostics.Process as .NET 8 has it on Linux, read from /proc (proc-fs.ts), with the
 * members pwsh's types.ps1xml adds (Name, SI, Handles, VM, WS, PM, NPM, Path, CommandLine,
 * Parent, CPU, Company...). As in .NET, the figures a process list reads (name, memory, threads)
 * are a snapshot taken when first needed and kept until Refresh(); processor times, the start
 * time and the parent are read afresh each time.
 *
 * The engine runs synchronously, so Node's 'exit' event for a child of psh may not have come
 * yet when a script asks: an unreaped child is a zombie in /proc, whose stat line carries the
 * exit status, and that counts as exited, as .NET (which reaps its own children at once) reports
 * it. psh's own children (Start-Process's) are remembered by id, so any Process object for one
 * knows its exit code, as .NET's do.
 * Without /proc (macOS, Windows) psh knows its own figures from Node and little of others.
 */
import type { ChildProcess } from 'node:child_process';
import { basename } from 'node:path';
import { constants } from 'node:os';
import { getSystemErrorMap } from 'node:util';
import { defineEnum } from '../../engine/dotnet/enums.js';
import { DotNetException } from '../../engine/dotnet/errors.js';
import { defineType } from '../../engine/dotnet/member-table.js';
import { registerNativeType } from '../../engine/dotnet/type-registration.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { createEnumValue, DateTime, psTypeNames, type PSObject, TimeSpan, unixEpochTicks } from '../../engine/values/index.js';
import { dotNetProcessStrings } from './process-messages.js';
import { ProcessModule } from './process-module.js';
import {
  bootTimeMilliseconds,
  clockTicksPerSecond,
  executablePath,
  hasProcFs,
  mappedModules,
  openDescriptorCount,
  processIds,
  readCommandLine,
  readStat,
  readStatus,
  threadIds,
  untruncatedName,
  type ProcStat,
  type ProcStatus,
} from './proc-fs.js';

export const processTypeName = 'System.Diagnostics.Process';
const priorityClassTypeName = 'System.Diagnostics.ProcessPriorityClass';
const priorityClasses: Readonly<Record<string, number>> = { Normal: 32, Idle: 64, High: 128, RealTime: 256, BelowNormal: 16384, AboveNormal: 32768 };
defineEnum(priorityClassTypeName, priorityClasses);
const processTypeNames = [processTypeName, 'System.ComponentModel.Component', 'System.MarshalByRefObject', 'System.Object'];
const threadTypeName = 'System.Diagnostics.ProcessThread';

/** What .NET's ProcessInfo holds: read once, kept until Refresh(). */
interface ProcessSnapshot {
  readonly name: string;
  readonly sessionId: number;
  readonly basePriority: number;
  readonly memory: ProcStatus;
  readonly threadIds: readonly number[];
}

const noMemory: ProcStatus = { virtualBytes: 0n, peakVirtualBytes: 0n, workingSet: 0n, peakWorkingSet: 0n, swapBytes: 0n, privateBytes: 0n };

/** A .NET exception with strerror's text for a Node system error ('Operation not permitted'). */
function win32Exception(error: NodeJS.ErrnoException): DotNetException {
  return new DotNetException('System.ComponentModel.Win32Exception', systemErrorText(error));
}

/** strerror's text for an errno name ('ENOENT': 'No such file or directory'), from libuv's table. */
export function strerror(code: string): string {
  const errno = (constants.errno as Record<string, number | undefined>)[code];
  const text = errno === undefined ? undefined : getSystemErrorMap().get(-errno)?.[1];
  return text ? text[0]!.toUpperCase() + text.slice(1) : code;
}

export function systemErrorText(error: NodeJS.ErrnoException): string {
  return error.code ? strerror(error.code) : error.message;
}

/** A wait status as .NET reports it: the exit code, or 128 plus the signal that ended the process. */
function exitCodeOfWaitStatus(status: number): number {
  const signal = status & 0x7f;
  return signal === 0 ? (status >> 8) & 0xff : 128 + signal;
}

/** Waits without returning to the event loop (the engine is synchronous). */
const pause = (milliseconds: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
/** How often a wait for processes to exit looks again (WaitForExit, Wait-Process, Start-Process -Wait). */
export const pollMilliseconds = 20;

class ProcessThread {
  readonly [psTypeNames] = [threadTypeName, 'System.ComponentModel.Component', 'System.MarshalByRefObject', 'System.Object'];
  constructor(readonly id: number) {}
  toString(): string {
    return threadTypeName;
  }
}

/** The children Start-Process started that have not been seen to end, by id. */
const runningChildren = new Map<number, ChildProcess>();

export class DiagnosticsProcess {
  readonly [psTypeNames] = processTypeNames;
  private snapshot: ProcessSnapshot | undefined;
  /** The exit code once the process is known to have exited (null: exited, code unknown). */
  private exitCode: number | null | undefined;
  /** The child psh started, whose exit code psh can know. */
  private readonly child: ChildProcess | undefined;

  constructor(
    readonly id: number,
    /** A child's exit code when it was waited for synchronously (spawnSync, where there is no /proc). */
    finishedWith?: number,
  ) {
    this.child = runningChildren.get(id);
    if (finishedWith !== undefined) this.exitCode = finishedWith;
  }

  /** The Process object for a child psh has just started. */
  static started(child: ChildProcess): DiagnosticsProcess {
    const pid = child.pid!;
    runningChildren.set(pid, child);
    child.once('exit', () => runningChildren.delete(pid));
    return new DiagnosticsProcess(pid);
  }

  /** Process.GetProcesses(): every process, with its snapshot. */
  static all(): DiagnosticsProcess[] {
    if (!hasProcFs) return [process.pid, ...runningChildren.keys()].map((pid) => new DiagnosticsProcess(pid));
    const found: DiagnosticsProcess[] = [];
    for (const pid of processIds()) {
      const stat = readStat(pid);
      if (!stat || isReapable(stat)) continue;
      const entry = new DiagnosticsProcess(pid);
      entry.snapshot = snapshotOf(stat);
      found.push(entry);
    }
    return found;
  }

  /** Process.GetProcessById: undefined when no such process runs. */
  static byId(pid: number): DiagnosticsProcess | undefined {
    if (!hasProcFs) return pid === process.pid || runningChildren.has(pid) ? new DiagnosticsProcess(pid) : undefined;
    const stat = readStat(pid);
    if (!stat || isReapable(stat)) return undefined;
    const entry = new DiagnosticsProcess(pid);
    entry.snapshot = snapshotOf(stat);
    return entry;
  }

  /** HasExited, checked now. */
  get hasExited(): boolean {
    if (this.exitCode !== undefined) return true;
    const child = this.child;
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      this.exitCode = child.exitCode ?? 128 + constants.signals[child.signalCode!];
      return true;
    }
    if (hasProcFs) {
      const stat = readStat(this.id);
      if (!stat) this.exitCode = null;
      else if (isReapable(stat)) this.exitCode = child ? exitCodeOfWaitStatus(stat.waitStatus) : null;
    } else if (!child && !isRunning(this.id)) {
      this.exitCode = null;
    }
    return this.exitCode !== undefined;
  }

  /** ExitCode: known for psh's own children once they exit. */
  get exitCodeValue(): number {
    if (!this.hasExited) throw new DotNetException('System.InvalidOperationException', dotNetProcessStrings.WaitTillExit);
    if (this.exitCode === null || this.exitCode === undefined) throw new DotNetException('System.InvalidOperationException', dotNetProcessStrings.NoProcessHandle);
    return this.exitCode;
  }

  /** The ProcessInfo snapshot, read when first needed; a process that is gone by then has none. */
  private info(): ProcessSnapshot {
    if (this.snapshot) return this.snapshot;
    if (!hasProcFs) return (this.snapshot = this.id === process.pid ? ownSnapshot() : { name: programName(this.child?.spawnfile ?? ''), sessionId: 0, basePriority: 0, memory: noMemory, threadIds: [] });
    const stat = this.exitCode === undefined ? readStat(this.id) : undefined;
    if (!stat || isReapable(stat)) throw new DotNetException('System.InvalidOperationException', dotNetProcessStrings.NoProcessInfo);
    return (this.snapshot = snapshotOf(stat));
  }

  /** /proc/<pid>/stat read now, as .NET's GetStat does for processor and start times. */
  private stat(): ProcStat {
    const stat = this.exitCode === undefined ? readStat(this.id) : undefined;
    if (this.exitCode !== undefined || (stat && isReapable(stat))) throw new DotNetException('System.InvalidOperationException', formatMessage(dotNetProcessStrings.ProcessHasExited, this.id));
    if (!stat) throw new DotNetException('System.ComponentModel.Win32Exception', dotNetProcessStrings.ProcessInformationUnavailable);
    return stat;
  }

  get processName(): string {
    return this.info().name;
  }

  get sessionId(): number {
    return this.info().sessionId;
  }

  get basePriority(): number {
    return this.info().basePriority;
  }

  get memory(): ProcStatus {
    return this.info().memory;
  }

  get threads(): ProcessThread[] {
    return this.info().threadIds.map((tid) => new ProcessThread(tid));
  }

  /** Modules: the files mapped into the process, the program first; none when they cannot be read. */
  get modules(): ProcessModule[] {
    return hasProcFs ? mappedModules(this.id).map((mapped) => new ProcessModule(mapped)) : [];
  }

  get handleCount(): number {
    return hasProcFs ? openDescriptorCount(this.id) : 0;
  }

  /** TotalProcessorTime, UserProcessorTime, PrivilegedProcessorTime. */
  processorTime(which: 'total' | 'user' | 'kernel'): TimeSpan {
    if (!hasProcFs) {
      if (this.id !== process.pid) throw new DotNetException('System.ComponentModel.Win32Exception', dotNetProcessStrings.ProcessInformationUnavailable);
      const usage = process.cpuUsage();
      const micros = which === 'user' ? usage.user : which === 'kernel' ? usage.system : usage.user + usage.system;
      return new TimeSpan(BigInt(micros) * 10n);
    }
    const stat = this.stat();
    return clockTicksToTimeSpan(which === 'user' ? stat.userTicks : which === 'kernel' ? stat.kernelTicks : stat.userTicks + stat.kernelTicks);
  }

  get startTime(): DateTime {
    if (!hasProcFs) {
      if (this.id !== process.pid) throw new DotNetException('System.ComponentModel.Win32Exception', dotNetProcessStrings.ProcessInformationUnavailable);
      return DateTime.localAt(unixEpochTicks + BigInt(Math.trunc(Date.now() - process.uptime() * 1000)) * 10_000n);
    }
    const afterBoot = clockTicksToTimeSpan(this.stat().startTicksAfterBoot).ticks;
    return DateTime.localAt(unixEpochTicks + BigInt(bootTimeMilliseconds()) * 10_000n + afterBoot);
  }

  /** PriorityClass: .NET's mapping of the nice value (getpriority) to Windows's classes. */
  get priorityClass(): PSObject {
    const nice = hasProcFs ? this.stat().nice : 0;
    const name = nice < -15 ? 'RealTime' : nice < -10 ? 'High' : nice < -5 ? 'AboveNormal' : nice === 0 ? 'Normal' : nice <= 10 ? 'BelowNormal' : 'Idle';
    return createEnumValue(priorityClassTypeName, name, priorityClasses[name]!);
  }

  get parentId(): number {
    return hasProcFs ? this.stat().ppid : this.id === process.pid ? process.ppid : 0;
  }

  /** The Path script property ($this.MainModule.FileName): the program file, when it can be read. */
  get path(): string | null {
    if (!hasProcFs) return this.id === process.pid ? process.execPath : null;
    return executablePath(this.id) ?? null;
  }

  /** The CommandLine script property: /proc/<pid>/cmdline's arguments joined by spaces. */
  get commandLine(): string | null {
    if (!hasProcFs) return this.id === process.pid ? [process.execPath, ...process.execArgv, ...process.argv.slice(1)].join(' ') : null;
    const args = readCommandLine(this.id);
    return args.length === 0 ? null : args.join(' ');
  }

  /** ProcessCodeMethods.GetParentProcess: the parent, unless its id was reused by a process started later; $null when anything fails. */
  get parent(): DiagnosticsProcess | null {
    try {
      const parent = DiagnosticsProcess.byId(this.parentId);
      return !parent || parent.startTime.utcTicks > this.startTime.utcTicks ? null : parent;
    } catch {
      return null;
    }
  }

  /** Kill(): SIGKILL; a process that is already gone is no error. */
  kill(): void {
    if (this.exitCode !== undefined) return;
    try {
      process.kill(this.id, 'SIGKILL');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw win32Exception(error as NodeJS.ErrnoException);
    }
  }

  /** Kill(true): the process and its descendants (each stopped first, so it starts no more), never psh's own tree. */
  killTree(): void {
    if (isSelfOrAncestor(this.id)) throw new DotNetException('System.InvalidOperationException', dotNetProcessStrings.KillEntireProcessTree_DisallowedBecauseTreeContainsCallingProcess);
    if (this.exitCode !== undefined) return;
    try {
      process.kill(this.id, 'SIGSTOP');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
      throw win32Exception(error as NodeJS.ErrnoException);
    }
    const children = hasProcFs ? processIds().filter((pid) => readStat(pid)?.ppid === this.id) : [];
    this.kill();
    for (const child of children) new DiagnosticsProcess(child).killTree();
  }

  /** WaitForExit(ms): true once the process has exited, false after `milliseconds` (-1: no limit). */
  waitForExit(milliseconds: number): boolean {
    const deadline = milliseconds < 0 ? Infinity : Date.now() + milliseconds;
    while (!this.hasExited) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      pause(Math.min(pollMilliseconds, left));
    }
    return true;
  }

  /** Refresh(): the snapshot is read again when next needed. */
  refresh(): void {
    this.snapshot = undefined;
  }

  /** Process.ToString(): the type name, with the process name when it can be read. */
  toString(): string {
    try {
      const name = this.processName;
      return name === '' ? processTypeName : `${processTypeName} (${name})`;
    } catch {
      return processTypeName;
    }
  }
}

/** .NET's TicksToTimeSpan: /proc's clock ticks made seconds, then a TimeSpan as TimeSpan.FromSeconds makes it (100 ns units truncated). */
function clockTicksToTimeSpan(clockTicks: number): TimeSpan {
  return new TimeSpan(BigInt(Math.trunc((clockTicks / clockTicksPerSecond) * 1e7)));
}

function snapshotOf(stat: ProcStat): ProcessSnapshot {
  return { name: untruncatedName(stat), sessionId: stat.session, basePriority: stat.nice, memory: readStatus(stat.pid), threadIds: threadIds(stat.pid) };
}

/** psh's own figures where there is no /proc. */
function ownSnapshot(): ProcessSnapshot {
  const rss = BigInt(process.memoryUsage().rss);
  return { name: programName(process.execPath), sessionId: 0, basePriority: 0, memory: { ...noMemory, workingSet: rss, peakWorkingSet: rss }, threadIds: [] };
}

/**
 * A zombie child of psh has ended: Node reaps it when the event loop next runs, as .NET reaps
 * its children at once, so it is no longer listed (zombies of other processes are, as in .NET).
 */
const isReapable = (stat: ProcStat) => (stat.state === 'Z' || stat.state === 'X') && stat.ppid === process.pid;

/** A program's process name: its file name without Windows's .exe. */
const programName = (path: string) => basename(path).replace(/\.exe$/i, '');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Whether `pid` is psh itself or one of its ancestors. */
function isSelfOrAncestor(pid: number): boolean {
  if (!hasProcFs) return pid === process.pid || pid === process.ppid;
  for (let current: number | undefined = process.pid; current; current = readStat(current)?.ppid) {
    if (current === pid) return true;
  }
  return false;
}

/** (int)value: .NET's unchecked narrowing of the Int64 figures to their Int32 properties. */
const int32 = (value: bigint) => Number(BigInt.asIntN(32, value));

registerNativeType(processTypeName, processTypeNames.slice(1), { isInstance: (value) => value instanceof DiagnosticsProcess });
registerNativeType(threadTypeName, ['System.ComponentModel.Component', 'System.MarshalByRefObject', 'System.Object'], { isInstance: (value) => value instanceof ProcessThread });

defineType({
  fullName: threadTypeName,
  properties: { Id: { type: 'int', get: (thread: ProcessThread) => thread.id } },
});

const alias = (type: string, referencedMemberName: string, get: (p: DiagnosticsProcess) => unknown) =>
  ({ type, get, typeTable: { memberType: 'AliasProperty', referencedMemberName } }) as const;
const script = (getterScript: string, get: (p: DiagnosticsProcess) => unknown) =>
  ({ type: 'System.Object', get, typeTable: { memberType: 'ScriptProperty', getterScript } }) as const;
/** FileVersionInfo's fields, which an ELF program does not have. */
const fileVersionField = (field: string) => script(`$this.Mainmodule.FileVersionInfo.${field}`, () => null);

defineType({
  fullName: processTypeName,
  properties: {
    // types.ps1xml's members, in its order.
    Name: alias('string', 'ProcessName', (p) => p.processName),
    SI: alias('int', 'SessionId', (p) => p.sessionId),
    Handles: alias('int', 'Handlecount', (p) => p.handleCount),
    VM: alias('long', 'VirtualMemorySize64', (p) => p.memory.virtualBytes),
    WS: alias('long', 'WorkingSet64', (p) => p.memory.workingSet),
    PM: alias('long', 'PagedMemorySize64', (p) => p.memory.swapBytes),
    NPM: alias('long', 'NonpagedSystemMemorySize64', () => 0n),
    Path: script('$this.Mainmodule.FileName', (p) => p.path),
    CommandLine: script(
      '\n                        if ($IsWindows) {\n                            (Get-CimInstance Win32_Process -Filter "ProcessId = $($this.Id)").CommandLine\n                        } elseif ($IsLinux) {\n                            $rawCmd = Get-Content -LiteralPath "/proc/$($this.Id)/cmdline"\n                            $rawCmd.Substring(0, $rawCmd.Length - 1) -replace "`0", " "\n                        }\n                    ',
      (p) => p.commandLine,
    ),
    Parent: { type: 'System.Object', get: (p: DiagnosticsProcess) => p.parent, typeTable: { memberType: 'CodeProperty', getterName: 'GetParentProcess' } },
    Company: fileVersionField('CompanyName'),
    CPU: script('$this.TotalProcessorTime.TotalSeconds', (p) => Number(p.processorTime('total').ticks) / 1e7),
    FileVersion: fileVersionField('FileVersion'),
    ProductVersion: fileVersionField('ProductVersion'),
    Description: fileVersionField('FileDescription'),
    Product: fileVersionField('ProductName'),
    // .NET's own properties, in the order pwsh lists them.
    BasePriority: { type: 'int', get: (p: DiagnosticsProcess) => p.basePriority },
    ExitCode: { type: 'int', get: (p: DiagnosticsProcess) => p.exitCodeValue },
    HasExited: { type: 'bool', get: (p: DiagnosticsProcess) => p.hasExited },
    StartTime: { type: 'datetime', get: (p: DiagnosticsProcess) => p.startTime },
    Id: { type: 'int', get: (p: DiagnosticsProcess) => p.id },
    MachineName: { type: 'string', get: () => '.' },
    Modules: { type: 'System.Diagnostics.ProcessModuleCollection', get: (p: DiagnosticsProcess) => p.modules },
    NonpagedSystemMemorySize64: { type: 'long', get: () => 0n },
    NonpagedSystemMemorySize: { type: 'int', get: () => 0 },
    PagedMemorySize64: { type: 'long', get: (p: DiagnosticsProcess) => p.memory.swapBytes },
    PagedMemorySize: { type: 'int', get: (p: DiagnosticsProcess) => int32(p.memory.swapBytes) },
    PagedSystemMemorySize64: { type: 'long', get: (p: DiagnosticsProcess) => p.memory.swapBytes },
    PagedSystemMemorySize: { type: 'int', get: (p: DiagnosticsProcess) => int32(p.memory.swapBytes) },
    PeakPagedMemorySize64: { type: 'long', get: () => 0n },
    PeakPagedMemorySize: { type: 'int', get: () => 0 },
    PeakWorkingSet64: { type: 'long', get: (p: DiagnosticsProcess) => p.memory.peakWorkingSet },
    PeakWorkingSet: { type: 'int', get: (p: DiagnosticsProcess) => int32(p.memory.peakWorkingSet) },
    PeakVirtualMemorySize64: { type: 'long', get: (p: DiagnosticsProcess) => p.memory.peakVirtualBytes },
    PeakVirtualMemorySize: { type: 'int', get: (p: DiagnosticsProcess) => int32(p.memory.peakVirtualBytes) },
    PriorityClass: { type: priorityClassTypeName, get: (p: DiagnosticsProcess) => p.priorityClass },
    PrivateMemorySize64: { type: 'long', get: (p: DiagnosticsProcess) => p.memory.privateBytes },
    PrivateMemorySize: { type: 'int', get: (p: DiagnosticsProcess) => int32(p.memory.privateBytes) },
    SessionId: { type: 'int', get: (p: DiagnosticsProcess) => p.sessionId },
    Threads: { type: 'System.Diagnostics.ProcessThreadCollection', get: (p: DiagnosticsProcess) => p.threads },
    HandleCount: { type: 'int', get: (p: DiagnosticsProcess) => p.handleCount },
    VirtualMemorySize64: { type: 'long', get: (p: DiagnosticsProcess) => p.memory.virtualBytes },
    VirtualMemorySize: { type: 'int', get: (p: DiagnosticsProcess) => int32(p.memory.virtualBytes) },
    WorkingSet64: { type: 'long', get: (p: DiagnosticsProcess) => p.memory.workingSet },
    WorkingSet: { type: 'int', get: (p: DiagnosticsProcess) => int32(p.memory.workingSet) },
    MainModule: { type: 'System.Diagnostics.ProcessModule', get: (p: DiagnosticsProcess) => p.modules[0] ?? null },
    PrivilegedProcessorTime: { type: 'timespan', get: (p: DiagnosticsProcess) => p.processorTime('kernel') },
    TotalProcessorTime: { type: 'timespan', get: (p: DiagnosticsProcess) => p.processorTime('total') },
    UserProcessorTime: { type: 'timespan', get: (p: DiagnosticsProcess) => p.processorTime('user') },
    ProcessName: { type: 'string', get: (p: DiagnosticsProcess) => p.processName },
    MainWindowTitle: { type: 'string', get: () => '' },
    // .NET has no way to tell on Unix, and says true.
    Responding: { type: 'bool', get: () => true },
  },
  methods: [
    ['void Kill()', (p: DiagnosticsProcess) => p.kill()],
    ['void Kill(bool entireProcessTree)', (p: DiagnosticsProcess, [entire]: [boolean]) => (entire ? p.killTree() : p.kill())],
    ['void WaitForExit()', (p: DiagnosticsProcess) => void p.waitForExit(-1)],
    ['bool WaitForExit(int milliseconds)', (p: DiagnosticsProcess, [milliseconds]: [number]) => p.waitForExit(milliseconds)],
    ['void Refresh()', (p: DiagnosticsProcess) => p.refresh()],
    ['string ToString()', (p: DiagnosticsProcess) => p.toString()],
  ],
});
