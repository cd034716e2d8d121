/**
 * Commands a name can resolve to, in pwsh's order: aliases, functions (dynamically scoped),
 * then cmdlets. psh's built-in commands register here with their parameter metadata and a
 * factory for their begin/process/end implementation.
 */
import { ordinalIgnoreCaseKey } from '../values/index.js';
import { defineCommand, type CommandMetadata, type CommandSpec } from '../../binding/index.js';
import type { CommandRuntime } from './command-runtime.js';
import type { Frame } from './frame.js';
import type { CommandDefinition } from './session-state.js';
import type { ScriptBlockValue } from './script-block.js';

export class FunctionInfo implements CommandDefinition {
  readonly commandType: 'Function' | 'Filter';

  constructor(
    readonly name: string,
    isFilter: boolean,
    readonly scriptBlock: ScriptBlockValue,
  ) {
    this.commandType = isFilter ? 'Filter' : 'Function';
  }
}

/** What a built-in command does for one invocation; `process` gets undefined without pipeline input. */
export interface CmdletImplementation {
  begin?(): void;
  process?(input: unknown): void;
  end?(): void;
}

export class CmdletInfo implements CommandDefinition {
  readonly commandType = 'Cmdlet' as const;
  readonly metadata: CommandMetadata;

  constructor(
    spec: CommandSpec,
    readonly create: (runtime: CommandRuntime) => CmdletImplementation,
  ) {
    this.metadata = defineCommand(spec);
  }

  get name(): string {
    return this.metadata.name;
  }
}

const cmdlets = new Map<string, CmdletInfo>();

/** An alias: the command name it stands for, with pwsh's description and ScopedItemOptions (as a number). */
export interface AliasEntry {
  readonly name: string;
  definition: string;
  description: string;
  options: number;
}

/** The aliases of the session (one table: psh has no scoped aliases yet). */
const aliases = new Map<string, AliasEntry>();

/** Makes a cmdlet and its aliases (those its CommandSpec names) callable. */
export function registerCmdlet(info: CmdletInfo): void {
  cmdlets.set(ordinalIgnoreCaseKey(info.name), info);
  for (const alias of info.metadata.aliases) setAlias({ name: alias, definition: info.name, description: '', options: 0 });
}

export function findAlias(name: string): AliasEntry | undefined {
  return aliases.get(ordinalIgnoreCaseKey(name));
}

/** Creates or replaces an alias. */
export function setAlias(entry: AliasEntry): void {
  aliases.set(ordinalIgnoreCaseKey(entry.name), entry);
}

export function removeAlias(name: string): boolean {
  return aliases.delete(ordinalIgnoreCaseKey(name));
}

export function allAliases(): Iterable<AliasEntry> {
  return aliases.values();
}

export function allCmdlets(): Iterable<CmdletInfo> {
  return cmdlets.values();
}

/** The command an alias ends at, following aliases of aliases (a loop stops where it repeats). */
function resolveAlias(name: string): string {
  const seen = new Set<string>();
  let target = name;
  for (let entry = findAlias(target); entry && !seen.has(entry.name.toLowerCase()); entry = findAlias(target)) {
    seen.add(entry.name.toLowerCase());
    target = entry.definition;
  }
  return target;
}

export type ResolvedCommand = FunctionInfo | CmdletInfo;

export function lookupCommand(f: Frame, name: string): ResolvedCommand | undefined {
  const target = resolveAlias(name);
  const fn = f.scope.lookupFunction(target);
  if (fn instanceof FunctionInfo) return fn;
  return cmdlets.get(ordinalIgnoreCaseKey(target));
}

/** `$function:name`: the function's script block, or $null. */
export function functionScriptBlock(f: Frame, name: string): unknown {
  const fn = f.scope.lookupFunction(name);
  return fn instanceof FunctionInfo ? fn.scriptBlock : null;
}
