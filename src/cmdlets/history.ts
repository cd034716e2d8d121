/**
 * Get-History, Add-History, Clear-History and Invoke-History as pwsh 7.4 has them, over the
 * session's history (src/engine/runtime/history.ts), with PowerShellCore.format.ps1xml's
 * "history" table (Id, Duration, CommandLine).
 */
import { formatTimeSpan, tryConvertTo } from '../engine/conversion/index.js';
import { getMember } from '../engine/dotnet/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import type { ErrorCategoryName } from '../engine/runtime/error-record.js';
import { HistoryInfo, pipelineStateName, pipelineStateType, sessionHistory, type SessionHistory } from '../engine/runtime/history.js';
import { formatMessage } from '../engine/runtime/messages.js';
import { dateTimeType, int64Type } from '../engine/types/index.js';
import { DateTime, TimeSpan } from '../engine/values/index.js';
import { containsWildcardCharacters, WildcardPattern } from '../engine/wildcard/index.js';
import { engineViews } from '../format/index.js';
import { terminatingError } from './cmdlet-errors.js';

/** pwsh's HistoryStrings. */
export const historyStrings = {
  InvalidIdGetHistory: 'The identifier {0} is not a valid value for a History identifier. Specify a positive number, and then try again.',
  NoHistoryForId: 'Cannot locate the history for Id {0}.',
  NoCountWithMultipleIds: 'The count cannot be combined with multiple Ids.',
  NoHistoryForCommandline: 'Cannot locate the history for command line {0}.',
  NoLastHistoryEntryFound: 'Cannot locate most recent history.',
  InvokeHistoryLoopDetected: 'The Invoke-History cmdlet is called repeatedly, in a loop.',
  InvokeHistoryMultipleCommandsError: 'Cannot process multiple history commands. You can only run a single command by using Invoke-History.',
  AddHistoryInvalidInput: 'Cannot add history because the input object has a format that is not valid.',
  ClearHistoryWarning: 'This command will clear all the entries from the session history.',
  NoCountWithMultipleCmdLine: 'The count cannot be combined with multiple CommandLine parameters.',
};

/** ThrowTerminatingError as an expression (`found ?? terminate(...)`). */
function terminate(runtime: CommandRuntime, exceptionType: string, message: string, errorId: string, category: ErrorCategoryName, target: unknown): never {
  throw terminatingError(runtime, { exceptionType, message, errorId, category, target });
}

function noHistoryForId(runtime: CommandRuntime, id: number): void {
  runtime.writeError(runtime.errorRecord('System.ArgumentException', formatMessage(historyStrings.NoHistoryForId, id), 'GetHistoryNoHistoryForId', 'ObjectNotFound', BigInt(id)));
}

/** The numbers of a long[] or int[] parameter. */
function ids(value: unknown): number[] {
  return (Array.isArray(value) ? value : [value]).map((id) => Number(id));
}

/** At most `count` entries: from the newest back, or (`fromOldest`) from the oldest on. */
function take(entries: readonly HistoryInfo[], count: number, fromOldest: boolean): HistoryInfo[] {
  if (count <= 0) return [];
  return fromOldest ? entries.slice(0, count) : entries.slice(Math.max(0, entries.length - count));
}

/** History.GetEntries(id, count, newest): `count` entries up to `id` (from `id` on with -Newest). */
function entriesAround(history: SessionHistory, id: number, count: number, newest: boolean): HistoryInfo[] {
  const entries = history.list();
  return newest ? take(entries.filter((entry) => entry.id >= id), count, true) : take(entries.filter((entry) => entry.id <= id), count, false);
}

const getHistory = new CmdletInfo(
  {
    name: 'Get-History',
    aliases: ['ghy', 'h', 'history'],
    implementingType: 'Microsoft.PowerShell.Commands.GetHistoryCommand',
    outputType: ['Microsoft.PowerShell.Commands.HistoryInfo'],
    parameters: [
      { name: 'Id', type: 'long[]', position: 0, valueFromPipeline: true, validation: [{ kind: 'ValidateRange', min: 1, max: Number.MAX_SAFE_INTEGER }] },
      { name: 'Count', type: 'int', position: 1, validation: [{ kind: 'ValidateRange', min: 0, max: 32767 }] },
    ],
  },
  (runtime) => ({
    process() {
      const history = sessionHistory(runtime.frame.context);
      const countGiven = runtime.has('Count');
      const count = countGiven ? Number(runtime.parameter('Count')) : history.capacity;
      if (!runtime.has('Id')) {
        for (const entry of take(history.list(), count, false)) runtime.writeObject(entry.clone());
        return;
      }
      const wanted = ids(runtime.parameter('Id'));
      if (!countGiven) {
        for (const id of wanted) {
          const entry = history.find(id);
          if (entry) runtime.writeObject(entry.clone());
          else noHistoryForId(runtime, id);
        }
      } else if (wanted.length > 1) {
        terminate(runtime, 'System.ArgumentException', historyStrings.NoCountWithMultipleIds, 'GetHistoryNoCountWithMultipleIds', 'InvalidArgument', count);
      } else {
        for (const entry of entriesAround(history, wanted[0]!, count, false)) runtime.writeObject(entry.clone());
      }
    },
  }),
);

/** Add-History's reading of an input: a HistoryInfo's four properties, converted; null if one is missing or wrong. */
function historyFields(input: unknown): { commandLine: string; status: ReturnType<typeof pipelineStateName>; start: DateTime; end: DateTime } | null {
  const property = (name: string): unknown => {
    const member = getMember(input, name);
    return member.found ? member.value : null;
  };
  const commandLine = property('CommandLine');
  if (typeof commandLine !== 'string') return null;
  const status = property('ExecutionStatus');
  const start = property('StartExecutionTime');
  const end = property('EndExecutionTime');
  if (status === null || start === null || end === null) return null;
  const statusValue = tryConvertTo(status, pipelineStateType);
  const startValue = tryConvertTo(start, dateTimeType);
  const endValue = tryConvertTo(end, dateTimeType);
  if (statusValue === null || !(startValue instanceof DateTime) || !(endValue instanceof DateTime)) return null;
  return { commandLine, status: pipelineStateName(statusValue), start: startValue, end: endValue };
}

const addHistory = new CmdletInfo(
  {
    name: 'Add-History',
    aliases: ['ahy'],
    implementingType: 'Microsoft.PowerShell.Commands.AddHistoryCommand',
    outputType: ['Microsoft.PowerShell.Commands.HistoryInfo'],
    parameters: [
      { name: 'InputObject', type: 'psobject[]', position: 0, valueFromPipeline: true },
      { name: 'Passthru', type: 'switch' },
    ],
  },
  (runtime) => {
    const history = sessionHistory(runtime.frame.context);
    return {
      begin() {
        // The command line running Add-History comes before the entries it adds.
        history.addRunningCommand();
      },
      process() {
        if (!runtime.has('InputObject')) return;
        const inputs = runtime.parameter('InputObject');
        for (const input of Array.isArray(inputs) ? inputs : [inputs]) {
          const fields = historyFields(input);
          if (!fields) {
            runtime.writeError(runtime.errorRecord('System.IO.InvalidDataException', historyStrings.AddHistoryInvalidInput, 'AddHistoryInvalidInput', 'InvalidData', input));
            continue;
          }
          const entry = history.add(fields.commandLine, fields.status, fields.start, fields.end);
          if (runtime.switch('Passthru')) runtime.writeObject(entry.clone());
        }
      },
    };
  },
);

/** Clear-History -CommandLine: the entries whose trimmed command line matches, `count` of them from the oldest (-Newest: newest); 0 is all. */
function entriesMatching(history: SessionHistory, commandLine: string, count: number, newest: boolean): HistoryInfo[] {
  const pattern = new WildcardPattern(commandLine);
  const matching = history.list().filter((entry) => pattern.isMatch(entry.commandLine.trim()));
  return count === 0 ? matching : take(matching, count, !newest);
}

const clearHistory = new CmdletInfo(
  {
    name: 'Clear-History',
    aliases: ['clhy'],
    implementingType: 'Microsoft.PowerShell.Commands.ClearHistoryCommand',
    supportsShouldProcess: true,
    defaultParameterSetName: 'IDParameter',
    parameters: [
      { name: 'Id', type: 'int[]', parameterSets: { IDParameter: { position: 0 } }, validation: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }] },
      { name: 'CommandLine', type: 'string[]', parameterSets: { CommandLineParameter: {} }, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'Count', type: 'int', position: 1, validation: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }] },
      { name: 'Newest', type: 'switch' },
    ],
  },
  (runtime) => ({
    process() {
      const history = sessionHistory(runtime.frame.context);
      const newest = runtime.switch('Newest');
      const countGiven = runtime.has('Count');
      const count = countGiven ? Number(runtime.parameter('Count')) : 32;
      const clear = (entries: readonly HistoryInfo[]) => { for (const entry of entries) history.clear(entry); };
      if (runtime.parameterSetName === 'CommandLineParameter') {
        const commandLines = (runtime.parameter('CommandLine') as string[]).map(String);
        if (!countGiven) {
          for (const commandLine of commandLines) clear(entriesMatching(history, commandLine, containsWildcardCharacters(commandLine) ? 0 : 1, newest));
        } else if (commandLines.length > 1) {
          terminate(runtime, 'System.ArgumentException', historyStrings.NoCountWithMultipleCmdLine, 'NoCountWithMultipleCmdLine ', 'InvalidArgument', commandLines);
        } else {
          clear(entriesMatching(history, commandLines[0]!, count, newest));
        }
        return;
      }
      if (runtime.has('Id')) {
        const wanted = ids(runtime.parameter('Id'));
        if (!countGiven) {
          for (const id of wanted) {
            const entry = history.find(id);
            if (entry) history.clear(entry);
            else noHistoryForId(runtime, id);
          }
        } else if (wanted.length > 1) {
          terminate(runtime, 'System.ArgumentException', historyStrings.NoCountWithMultipleIds, 'GetHistoryNoCountWithMultipleIds', 'InvalidArgument', count);
        } else {
          if (!history.find(wanted[0]!)) noHistoryForId(runtime, wanted[0]!);
          clear(entriesAround(history, wanted[0]!, count, newest));
        }
        return;
      }
      if (countGiven) {
        clear(take(history.list(), count, !newest));
      } else if (runtime.shouldProcess(historyStrings.ClearHistoryWarning)) {
        clear([...history.list()]);
      }
    },
  }),
);

/** Invoke-History's entry: the last one, the one with that id, or the newest whose command line starts with the text. */
function entryToInvoke(runtime: CommandRuntime, history: SessionHistory, id: string | null): HistoryInfo {
  const entries = history.list();
  if (id === null) {
    return entries[entries.length - 1] ?? terminate(runtime, 'System.InvalidOperationException', historyStrings.NoLastHistoryEntryFound, 'InvokeHistoryNoLastHistoryEntryFound', 'InvalidOperation', null);
  }
  const number = tryConvertTo(id, int64Type);
  if (typeof number !== 'bigint') {
    const found = [...entries].reverse().find((entry) => entry.commandLine.startsWith(id));
    return found ?? terminate(runtime, 'System.ArgumentException', formatMessage(historyStrings.NoHistoryForCommandline, id), 'InvokeHistoryNoHistoryForCommandline', 'ObjectNotFound', id);
  }
  if (number <= 0n) {
    const message = `${formatMessage(historyStrings.InvalidIdGetHistory, number)} (Parameter 'Id')`;
    terminate(runtime, 'System.ArgumentOutOfRangeException', message, 'InvokeHistoryInvalidIdGetHistory', 'InvalidArgument', number);
  }
  return history.find(Number(number)) ?? terminate(runtime, 'System.ArgumentException', formatMessage(historyStrings.NoHistoryForId, number), 'InvokeHistoryNoHistoryForId', 'ObjectNotFound', number);
}

const invokeHistory = new CmdletInfo(
  {
    name: 'Invoke-History',
    aliases: ['ihy', 'r'],
    implementingType: 'Microsoft.PowerShell.Commands.InvokeHistoryCommand',
    supportsShouldProcess: true,
    parameters: [{ name: 'Id', type: 'string', position: 0, valueFromPipelineByPropertyName: true }],
  },
  (runtime) => {
    let given = 0;
    return {
      process() {
        if (runtime.has('Id')) given++;
      },
      end() {
        if (given > 1) terminate(runtime, 'System.ArgumentException', historyStrings.InvokeHistoryMultipleCommandsError, 'InvokeHistoryMultipleCommandsError', 'InvalidArgument', null);
        const context = runtime.frame.context;
        const history = sessionHistory(context);
        const entry = entryToInvoke(runtime, history, runtime.has('Id') ? String(runtime.parameter('Id')) : null);
        if (!runtime.shouldProcess(entry.commandLine)) return;
        if (history.invoking.has(entry.id)) {
          terminate(runtime, 'System.InvalidOperationException', historyStrings.InvokeHistoryLoopDetected, 'InvokeHistoryLoopDetected', 'InvalidOperation', null);
        }
        history.invoking.add(entry.id);
        history.replaceRunningCommandLine(entry.commandLine);
        context.host.writeLine(entry.commandLine);
        try {
          runtime.invokeInCallerScope(context.runner.create(entry.commandLine), undefined);
        } finally {
          history.invoking.delete(entry.id);
        }
      },
    };
  },
);

/** The Duration column's script: h:mm:ss.fff, m:ss.fff or s.fff by size, total hours from 10 on. */
function durationText(duration: TimeSpan): string {
  const hours = Number(duration.ticks) / 36e9;
  const minutes = hours * 60;
  if (hours >= 10) return `${Math.round(hours)}:${formatTimeSpan(duration, 'mm')}:${formatTimeSpan(duration, 'ss')}.${formatTimeSpan(duration, 'fff')}`;
  return formatTimeSpan(duration, hours >= 1 ? 'h\\:mm\\:ss\\.fff' : minutes >= 1 ? 'm\\:ss\\.fff' : 's\\.fff');
}

function durationOf(entry: unknown): string | null {
  const duration = getMember(entry, 'Duration');
  return duration.found && duration.value instanceof TimeSpan ? durationText(duration.value) : null;
}

engineViews.register('Microsoft.PowerShell.Commands.HistoryInfo', {
  kind: 'table',
  name: 'history',
  columns: [
    { width: 4, alignment: 'right', value: 'Id' },
    { label: 'Duration', width: 12, alignment: 'right', value: { expression: (entry) => durationOf(entry) } },
    { value: 'CommandLine' },
  ],
});

export const historyCmdlets: readonly CmdletInfo[] = [getHistory, addHistory, clearHistory, invokeHistory];
