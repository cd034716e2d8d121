/**
 * A session's command history, as pwsh's History keeps it: each interactive command line is
 * added when it finishes (Add-History adds the running one first, so its own entries follow
 * it), ids count every entry ever added, and only the last $MaximumHistoryCount ids are kept.
 * Cleared entries keep their ids: the next entry's id is never reused.
 */
import { convertTo, enumValue } from '../conversion/index.js';
import { defineEnum, enumNumber } from '../dotnet/enums.js';
import { defineType } from '../dotnet/member-table.js';
import { registerNativeType } from '../dotnet/type-registration.js';
import { int32Type } from '../types/index.js';
import { DateTime, psTypeNames, TimeSpan } from '../values/index.js';
import type { ExecutionContext } from './frame.js';

/** System.Management.Automation.Runspaces.PipelineState. */
const pipelineStates = { NotStarted: 0, Running: 1, Stopping: 2, Stopped: 3, Completed: 4, Failed: 5, Disconnected: 6 } as const;
export type PipelineStateName = keyof typeof pipelineStates;
export const pipelineStateType = defineEnum('System.Management.Automation.Runspaces.PipelineState', pipelineStates);

/** The state an enum value (or number) of PipelineState names. */
export function pipelineStateName(value: unknown): PipelineStateName {
  const number = enumNumber(value);
  return (Object.keys(pipelineStates) as PipelineStateName[]).find((name) => pipelineStates[name] === number) ?? 'NotStarted';
}

const historyInfoType = 'Microsoft.PowerShell.Commands.HistoryInfo';

/** pwsh's History.DefaultHistorySize: the capacity when $MaximumHistoryCount is not a positive number. */
const defaultHistorySize = 4096;

export class HistoryInfo {
  readonly [psTypeNames] = [historyInfoType, 'System.Object'];

  constructor(
    readonly id: number,
    public commandLine: string,
    public executionStatus: PipelineStateName,
    readonly startExecutionTime: DateTime,
    public endExecutionTime: DateTime,
  ) {}

  get duration(): TimeSpan {
    return new TimeSpan(this.endExecutionTime.ticks - this.startExecutionTime.ticks);
  }

  /** What the history cmdlets hand out (pwsh's Clone): later changes to the entry do not show in it. */
  clone(): HistoryInfo {
    return new HistoryInfo(this.id, this.commandLine, this.executionStatus, this.startExecutionTime, this.endExecutionTime);
  }

  toString(): string {
    return this.commandLine || historyInfoType;
  }
}

registerNativeType(historyInfoType, ['System.Object'], { isInstance: (value) => value instanceof HistoryInfo });
defineType({
  fullName: historyInfoType,
  properties: {
    Id: { type: 'long', get: (entry: HistoryInfo) => BigInt(entry.id) },
    CommandLine: { type: 'string', get: (entry: HistoryInfo) => entry.commandLine },
    ExecutionStatus: { type: 'System.Management.Automation.Runspaces.PipelineState', get: (entry: HistoryInfo) => enumValue(pipelineStateType, BigInt(pipelineStates[entry.executionStatus])) },
    StartExecutionTime: { type: 'datetime', get: (entry: HistoryInfo) => entry.startExecutionTime },
    EndExecutionTime: { type: 'datetime', get: (entry: HistoryInfo) => entry.endExecutionTime },
    Duration: { type: 'timespan', get: (entry: HistoryInfo) => entry.duration },
  },
});

/** The interactive command line that is running: its entry is added when it ends, or earlier by Add-History. */
interface RunningCommand {
  commandLine: string;
  readonly start: DateTime;
  entry: HistoryInfo | null;
}

export class SessionHistory {
  /** Entries by id, oldest first; cleared ones removed. */
  private entries: HistoryInfo[] = [];
  private added = 0;
  private running: RunningCommand | null = null;
  /** Ids Invoke-History is running, to refuse a loop. */
  readonly invoking = new Set<number>();

  constructor(private readonly context: ExecutionContext) {}

  /** $MaximumHistoryCount as pwsh reads it (a non-number or a value below 1 means the default). */
  get capacity(): number {
    let size = 0;
    try {
      size = convertTo(this.context.globalScope.lookup('MaximumHistoryCount')?.value ?? null, int32Type) as number;
    } catch {
      // Not a number: the default, as pwsh.
    }
    return size > 0 ? size : defaultHistorySize;
  }

  /** The entries still kept, oldest first. */
  list(): HistoryInfo[] {
    const oldestKept = this.added - this.capacity;
    if (this.entries.length > 0 && this.entries[0]!.id <= oldestKept) this.entries = this.entries.filter((entry) => entry.id > oldestKept);
    return this.entries;
  }

  find(id: number): HistoryInfo | undefined {
    return this.list().find((entry) => entry.id === id);
  }

  add(commandLine: string, status: PipelineStateName, start: DateTime, end: DateTime): HistoryInfo {
    const entry = new HistoryInfo(++this.added, commandLine, status, start, end);
    this.entries.push(entry);
    this.list();
    return entry;
  }

  clear(entry: HistoryInfo): void {
    this.entries = this.entries.filter((kept) => kept !== entry);
  }

  /** An interactive command line starts: it is added to history when it ends. */
  beginCommand(commandLine: string): void {
    this.running = { commandLine, start: DateTime.now(), entry: null };
  }

  /** The running command's entry, added now (Add-History: the entries it adds follow it). */
  addRunningCommand(): void {
    const running = this.running;
    if (running && !running.entry) running.entry = this.add(running.commandLine, 'Running', running.start, DateTime.now());
  }

  /** Invoke-History: the running command is recorded as the command line it invokes. */
  replaceRunningCommandLine(commandLine: string): void {
    if (!this.running) return;
    this.running.commandLine = commandLine;
    if (this.running.entry) this.running.entry.commandLine = commandLine;
  }

  endCommand(status: PipelineStateName): void {
    const running = this.running;
    if (!running) return;
    this.running = null;
    if (!running.entry) {
      this.add(running.commandLine, status, running.start, DateTime.now());
      return;
    }
    running.entry.executionStatus = status;
    running.entry.endExecutionTime = DateTime.now();
  }
}

const histories = new WeakMap<ExecutionContext, SessionHistory>();

export function sessionHistory(context: ExecutionContext): SessionHistory {
  let history = histories.get(context);
  if (!history) histories.set(context, (history = new SessionHistory(context)));
  return history;
}
