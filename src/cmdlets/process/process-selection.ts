/**
 * pwsh's ProcessBaseCommand, which Get-, Stop- and Wait-Process share: the processes -Name
 * (wildcards), -Id or -InputObject select, each once, sorted by name (ordinal, ignoring case)
 * and then id. A name without wildcards that matches nothing, and an id no process has, are
 * pwsh's ProcessCommandException errors.
 */
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import type { ErrorCategoryName } from '../../engine/runtime/error-record.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { ordinalIgnoreCaseKey } from '../../engine/values/index.js';
import { containsWildcardCharacters, WildcardPattern } from '../../engine/wildcard/index.js';
import { DiagnosticsProcess } from './process-object.js';
import { processResources } from './process-messages.js';

/** SafeGetProcessName: '' for a process whose name cannot be read. */
export function safeProcessName(process: DiagnosticsProcess): string {
  try {
    return process.processName;
  } catch {
    return '';
  }
}

function byNameThenId(a: DiagnosticsProcess, b: DiagnosticsProcess): number {
  const nameA = ordinalIgnoreCaseKey(safeProcessName(a));
  const nameB = ordinalIgnoreCaseKey(safeProcessName(b));
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  return a.id - b.id;
}

/** WriteNonTerminatingError: the resource text formatted with the name, the id and the inner error's text. */
function writeProcessError(
  runtime: CommandRuntime,
  process: { name: string; id: number; target: unknown },
  resourceText: string,
  errorId: string,
  category: ErrorCategoryName,
  innerMessage = '',
): void {
  const message = formatMessage(resourceText, process.name, process.id, innerMessage);
  runtime.writeError(runtime.errorRecord('Microsoft.PowerShell.Commands.ProcessCommandException', message, errorId, category, process.target));
}

/** An error about a process object, naming it as pwsh does. */
export function writeErrorFor(runtime: CommandRuntime, process: DiagnosticsProcess, resourceText: string, errorId: string, category: ErrorCategoryName, innerMessage = ''): void {
  writeProcessError(runtime, { name: safeProcessName(process), id: process.id, target: process }, resourceText, errorId, category, innerMessage);
}

/** One per command invocation: the list of all processes is read once, as pwsh caches it. */
export class ProcessSelection {
  private allProcesses: DiagnosticsProcess[] | undefined;

  constructor(private readonly runtime: CommandRuntime) {}

  private get all(): DiagnosticsProcess[] {
    return (this.allProcesses ??= DiagnosticsProcess.all());
  }

  /** The processes this pipeline object's -Name, -Id or -InputObject select. */
  matching(): DiagnosticsProcess[] {
    const found: DiagnosticsProcess[] = [];
    const seen = new Set<string>();
    const add = (process: DiagnosticsProcess) => {
      const key = `${process.id} ${safeProcessName(process)}`;
      if (seen.has(key)) return;
      seen.add(key);
      found.push(process);
    };
    const runtime = this.runtime;
    if (runtime.has('Id')) {
      for (const id of runtime.parameter('Id') as number[]) {
        const process = DiagnosticsProcess.byId(id);
        if (process) add(process);
        else writeProcessError(runtime, { name: '', id, target: id }, processResources.NoProcessFoundForGivenId, 'NoProcessFoundForGivenId', 'ObjectNotFound');
      }
    } else if (runtime.has('InputObject')) {
      for (const process of runtime.parameter('InputObject') as DiagnosticsProcess[]) {
        process.refresh();
        add(process);
      }
    } else if (runtime.has('Name')) {
      for (const pattern of runtime.parameter('Name') as string[]) this.addByName(pattern, add);
    } else {
      this.all.forEach(add);
    }
    return found.sort(byNameThenId);
  }

  private addByName(pattern: string, add: (process: DiagnosticsProcess) => void): void {
    const wildcard = new WildcardPattern(pattern);
    let matched = false;
    for (const process of this.all) {
      if (!wildcard.isMatch(safeProcessName(process))) continue;
      matched = true;
      add(process);
    }
    if (matched || containsWildcardCharacters(pattern)) return;
    // A number given as a name was most likely meant as an id.
    const looksLikeId = /^\s*[+]?\d+\s*$/.test(pattern) && Number(pattern) <= 0x7fffffff;
    const [text, errorId] = looksLikeId
      ? [processResources.RecommendIdTagForGivenName, 'RecommendIdTagForGivenName']
      : [processResources.NoProcessFoundForGivenName, 'NoProcessFoundForGivenName'];
    writeProcessError(this.runtime, { name: pattern, id: 0, target: pattern }, text, errorId, 'ObjectNotFound');
  }
}
