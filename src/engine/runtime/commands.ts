/**
 * Commands a name can resolve to, in pwsh's order: aliases, functions (dynamically scoped),
 * then cmdlets. psh's built-in commands register here with their parameter metadata and a
 * factory for their begin/process/end implementation.
 */
import { ordinalIgnoreCaseKey } from '../values/index.js';
import { defineCommand, type CommandMetadata, type CommandSpec } from '../../binding/index.js';
import { registerBuiltinAlias } from './alias-table.js';
import type { CommandRuntime } from './command-runtime.js';
import type { Frame } from './frame.js';
import type { CommandDefinition } from './session-state.js';
import type { ScriptBlockValue } from './script-block.js';

export class FunctionInfo implements CommandDefinition {
  readonly commandType: 'Function' | 'Filter';

  constructor(
    readonly name: string,
    isFilter: boolean,
    /** The body, or how to parse it when first needed (a built-in function's text, as pwsh's delay-parsed entries). */
    private body: ScriptBlockValue | (() => ScriptBlockValue),
  ) {
    this.commandType = isFilter ? 'Filter' : 'Function';
  }

  get scriptBlock(): ScriptBlockValue {
    if (typeof this.body === 'function') this.body = this.body();
    return this.body;
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
    /** Given when the command stands in for another with that command's parameters (Pester's Mock). */
    metadata: CommandMetadata = defineCommand(spec),
  ) {
    this.metadata = metadata;
  }

  get name(): string {
    return this.metadata.name;
  }
}

const cmdlets = new Map<string, CmdletInfo>();

/** Makes a cmdlet callable, and its aliases (those its CommandSpec names) part of every new session's aliases. */
export function registerCmdlet(info: CmdletInfo): void {
  cmdlets.set(ordinalIgnoreCaseKey(info.name), info);
  for (const alias of info.metadata.aliases) registerBuiltinAlias(alias, info.name);
}

/** Functions every session starts with (pwsh's InitialSessionState functions, such as mkdir): name -> script text. */
const builtinFunctions = new Map<string, string>();

/** Makes a script function, and the aliases naming it, part of every new session. */
export function registerBuiltinFunction(name: string, text: string, aliases: readonly string[] = []): void {
  builtinFunctions.set(name, text);
  for (const alias of aliases) registerBuiltinAlias(alias, name);
}

export function builtinFunctionTexts(): ReadonlyMap<string, string> {
  return builtinFunctions;
}

export function allCmdlets(): Iterable<CmdletInfo> {
  return cmdlets.values();
}

export type ResolvedCommand = FunctionInfo | CmdletInfo;

export function lookupCommand(f: Frame, name: string): ResolvedCommand | undefined {
  // One key for the alias, function and cmdlet tables while the name is no alias (the usual case).
  const nameKey = ordinalIgnoreCaseKey(name);
  const target = f.context.aliases.resolveKey(name, nameKey);
  const key = target === name ? nameKey : ordinalIgnoreCaseKey(target);
  const fn = f.scope.lookupFunctionKey(key);
  // A built-in command defined in a scope (Pester's Mock) shadows the command as a function does.
  if (fn instanceof FunctionInfo || fn instanceof CmdletInfo) return fn;
  return cmdlets.get(key);
}

/** `$function:name`: the function's script block, or $null. */
export function functionScriptBlock(f: Frame, name: string): unknown {
  const fn = f.scope.lookupFunction(name);
  return fn instanceof FunctionInfo ? fn.scriptBlock : null;
}
