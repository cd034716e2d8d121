/**
 * Get-Command over psh's commands: the session's aliases, the functions visible from the
 * caller's scope, and the built-in cmdlets, as CommandInfo objects (Get-Help, in help/, finds
 * commands through the same lookup); then the programs on PATH, as ApplicationInfo.
 */
import { commandSyntax, type CommandMetadata } from '../binding/index.js';
import { enumValue, formatMessage } from '../engine/conversion/index.js';
import { enumNumber } from '../engine/dotnet/enums.js';
import { defineType } from '../engine/dotnet/member-table.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import type { AliasEntry, AliasTable } from '../engine/runtime/alias-table.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { allCmdlets, CmdletInfo, FunctionInfo } from '../engine/runtime/commands.js';
import { runtimeStrings } from '../engine/runtime/messages.js';
import type { Scope } from '../engine/runtime/session-state.js';
import { psTypeNames, Version } from '../engine/values/index.js';
import { containsWildcardCharacters, WildcardPattern } from '../engine/wildcard/index.js';
import { findPrograms, programsMatching } from '../engine/runtime/native-commands.js';
import { AliasInfo } from './alias.js';
import { ApplicationInfo } from './application-info.js';
import { cmdletErrorRecord } from './cmdlet-errors.js';
import { registerCommandInfoTable } from './command-info-view.js';
import { commandTypes, commandTypesType } from './command-types.js';
import { moduleOf, type CommandModule } from './command-modules.js';
import { ParameterFilter } from './command-parameter-filter.js';
import { commandParameters, commandParameterSets } from './command-parameter-sets.js';
import { stringList } from './parameter-lists.js';

const getCommandType = 'Microsoft.PowerShell.Commands.GetCommandCommand';

/** Verb and noun of a Verb-Noun name (pwsh splits at the first dash; a name without one has neither). */
function verbAndNoun(name: string): { verb: string; noun: string } {
  const dash = name.indexOf('-');
  return dash < 0 ? { verb: '', noun: '' } : { verb: name.slice(0, dash), noun: name.slice(dash + 1) };
}

/** System.Management.Automation.CmdletInfo as scripts see it. */
export class CmdletCommandInfo {
  readonly [psTypeNames] = ['System.Management.Automation.CmdletInfo', 'System.Management.Automation.CommandInfo', 'System.Object'];
  constructor(readonly cmdlet: CmdletInfo) {}
  get name(): string {
    return this.cmdlet.name;
  }
  get metadata(): CommandMetadata {
    return this.cmdlet.metadata;
  }
  toString(): string {
    return this.name;
  }
}

/** System.Management.Automation.FunctionInfo (or FilterInfo) as scripts see it; its metadata comes from its script block. */
export class FunctionCommandInfo {
  readonly [psTypeNames]: string[];
  constructor(
    readonly fn: FunctionInfo,
    private readonly metadataOf: (fn: FunctionInfo) => CommandMetadata,
  ) {
    const own = fn.commandType === 'Filter' ? ['System.Management.Automation.FilterInfo'] : [];
    this[psTypeNames] = [...own, 'System.Management.Automation.FunctionInfo', 'System.Management.Automation.CommandInfo', 'System.Object'];
  }
  get name(): string {
    return this.fn.name;
  }
  get metadata(): CommandMetadata {
    return this.metadataOf(this.fn);
  }
  toString(): string {
    return this.name;
  }
}

/** The commands a session defines (what Get-Help and running a name consider before programs). */
export type SessionCommandInfo = AliasInfo | FunctionCommandInfo | CmdletCommandInfo;
export type CommandInfoValue = SessionCommandInfo | ApplicationInfo;

function moduleVersion(module: CommandModule): Version | null | undefined {
  return module.version === null ? null : Version.parse(module.version);
}

/** CommandInfo.ModuleName: a cmdlet's module, a function's script module; aliases belong to none. */
function moduleNameOf(command: CommandInfoValue): string {
  // (Programs belong to no module either.)
  if (command instanceof FunctionCommandInfo) return command.fn.scriptBlock.module?.name ?? '';
  return command instanceof CmdletCommandInfo ? moduleOf(command.cmdlet).name : '';
}

function commandTypeNumber(command: CommandInfoValue): number {
  if (command instanceof AliasInfo) return commandTypes.Alias;
  if (command instanceof CmdletCommandInfo) return commandTypes.Cmdlet;
  if (command instanceof ApplicationInfo) return commandTypes.Application;
  return command.fn.commandType === 'Filter' ? commandTypes.Filter : commandTypes.Function;
}

registerNativeType('System.Management.Automation.CmdletInfo', ['System.Management.Automation.CommandInfo', 'System.Object'], { isInstance: (v) => v instanceof CmdletCommandInfo });
registerNativeType('System.Management.Automation.FunctionInfo', ['System.Management.Automation.CommandInfo', 'System.Object'], { isInstance: (v) => v instanceof FunctionCommandInfo });

const commandTypeProperty = { type: 'System.Management.Automation.CommandTypes', get: (c: CommandInfoValue) => enumValue(commandTypesType, BigInt(commandTypeNumber(c))) };
const parameterSetsProperty = { type: 'System.Management.Automation.CommandParameterSetInfo[]', get: (c: CmdletCommandInfo | FunctionCommandInfo) => commandParameterSets(c.metadata) };
const parametersProperty = {
  type: 'System.Collections.Generic.Dictionary[string,System.Management.Automation.ParameterMetadata]',
  get: (c: CmdletCommandInfo | FunctionCommandInfo) => commandParameters(c.metadata),
};

defineType({
  fullName: 'System.Management.Automation.CmdletInfo',
  properties: {
    CommandType: commandTypeProperty,
    Name: { type: 'string', get: (c: CmdletCommandInfo) => c.name },
    Verb: { type: 'string', get: (c: CmdletCommandInfo) => verbAndNoun(c.name).verb },
    Noun: { type: 'string', get: (c: CmdletCommandInfo) => verbAndNoun(c.name).noun },
    Definition: { type: 'string', get: (c: CmdletCommandInfo) => commandSyntax(c.metadata) },
    ImplementingType: { type: 'string', get: (c: CmdletCommandInfo) => c.metadata.errorIdSuffix },
    Version: { type: 'version', get: (c: CmdletCommandInfo) => moduleVersion(moduleOf(c.cmdlet)) },
    Source: { type: 'string', get: (c: CmdletCommandInfo) => moduleOf(c.cmdlet).name },
    ModuleName: { type: 'string', get: (c: CmdletCommandInfo) => moduleOf(c.cmdlet).name },
    Parameters: parametersProperty,
    ParameterSets: parameterSetsProperty,
    OutputType: { type: 'string[]', get: (c: CmdletCommandInfo) => [...c.metadata.outputType] },
  },
});

defineType({
  fullName: 'System.Management.Automation.FunctionInfo',
  properties: {
    CommandType: commandTypeProperty,
    Name: { type: 'string', get: (c: FunctionCommandInfo) => c.name },
    Verb: { type: 'string', get: (c: FunctionCommandInfo) => verbAndNoun(c.name).verb },
    Noun: { type: 'string', get: (c: FunctionCommandInfo) => verbAndNoun(c.name).noun },
    Definition: { type: 'string', get: (c: FunctionCommandInfo) => c.fn.scriptBlock.toString() },
    ScriptBlock: { type: 'scriptblock', get: (c: FunctionCommandInfo) => c.fn.scriptBlock },
    Version: { type: 'version', get: (c: FunctionCommandInfo) => (c.fn.scriptBlock.module ? Version.parse(c.fn.scriptBlock.module.version) : null) },
    Source: { type: 'string', get: moduleNameOf },
    ModuleName: { type: 'string', get: moduleNameOf },
    Module: { type: 'System.Management.Automation.PSModuleInfo', get: (c: FunctionCommandInfo) => c.fn.scriptBlock.module },
    Parameters: parametersProperty,
    ParameterSets: parameterSetsProperty,
  },
});

for (const typeName of ['System.Management.Automation.CmdletInfo', 'System.Management.Automation.FunctionInfo']) registerCommandInfoTable(typeName, 'Name');

/** The functions visible from the caller, by ordinalIgnoreCaseKey of their names (innermost scope first wins). */
export function visibleFunctions(runtime: CommandRuntime): Map<string, FunctionCommandInfo> {
  const frame = runtime.frame;
  const metadataOf = (fn: FunctionInfo) => fn.scriptBlock.compiled.metadata(fn.name, frame);
  const functions = new Map<string, FunctionCommandInfo>();
  for (let scope: Scope | null = frame.scope; scope; scope = scope.parent) {
    for (const [key, definition] of scope.functions) {
      if (definition instanceof FunctionInfo && !functions.has(key)) functions.set(key, new FunctionCommandInfo(definition, metadataOf));
    }
  }
  return functions;
}

/** Every command visible from the caller: aliases, then functions, then cmdlets. */
export function visibleCommands(runtime: CommandRuntime): SessionCommandInfo[] {
  return [
    ...[...runtime.frame.context.aliases.all()].map((entry: AliasEntry) => new AliasInfo(entry)),
    ...visibleFunctions(runtime).values(),
    ...[...allCmdlets()].map((cmdlet) => new CmdletCommandInfo(cmdlet)),
  ];
}

/** GetCommandCommand's CommandInfoComparer: by command type, then by name ignoring case. */
function byTypeThenName(a: CommandInfoValue, b: CommandInfoValue): number {
  const types = commandTypeNumber(a) - commandTypeNumber(b);
  if (types !== 0) return types;
  const x = nameOf(a).toUpperCase();
  const y = nameOf(b).toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export function nameOf(command: CommandInfoValue): string {
  return command instanceof AliasInfo ? command.entry.name : command.name;
}

/** The command an alias stands for (through the session's aliases), as CommandInfo, or undefined when it names nothing psh knows. */
export function aliasTarget(alias: AliasInfo, commands: readonly CommandInfoValue[], aliases: AliasTable): FunctionCommandInfo | CmdletCommandInfo | undefined {
  const key = aliases.resolve(alias.entry.definition).toLowerCase();
  return commands.find((c): c is FunctionCommandInfo | CmdletCommandInfo => !(c instanceof AliasInfo) && c.name.toLowerCase() === key);
}

/** A command's parameters: an alias has its target's, a program none psh knows. */
function metadataOf(command: CommandInfoValue, commands: readonly CommandInfoValue[], aliases: AliasTable): CommandMetadata | undefined {
  if (command instanceof ApplicationInfo) return undefined;
  return command instanceof AliasInfo ? aliasTarget(command, commands, aliases)?.metadata : command.metadata;
}

/** CommandInfo.Syntax: a cmdlet's or function's sets; an alias's is its target's, introduced by `name (alias) -> target`. */
function syntaxText(command: CommandInfoValue, commands: readonly CommandInfoValue[], aliases: AliasTable): string | undefined {
  if (command instanceof ApplicationInfo) return command.path;
  if (!(command instanceof AliasInfo)) return commandSyntax(command.metadata);
  const target = aliasTarget(command, commands, aliases);
  if (!target) return undefined;
  const name = command.entry.name;
  return `${name} (alias) -> ${target.name}\n${commandSyntax(target.metadata).split(target.name).join(name)}`;
}

function commandNotFound(runtime: CommandRuntime, name: string): void {
  runtime.writeError(cmdletErrorRecord(runtime, {
    exceptionType: 'System.Management.Automation.CommandNotFoundException',
    message: formatMessage(runtimeStrings.CommandNotFoundException, name),
    errorId: 'CommandNotFoundException',
    category: 'ObjectNotFound',
    target: name,
  }));
}

const getCommand = new CmdletInfo(
  {
    name: 'Get-Command',
    aliases: ['gcm'],
    implementingType: getCommandType,
    defaultParameterSetName: 'CmdletSet',
    outputType: ['System.Management.Automation.AliasInfo', 'System.Management.Automation.FunctionInfo', 'System.Management.Automation.CmdletInfo'],
    parameters: [
      { name: 'Name', type: 'string[]', parameterSets: { AllCommandSet: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'Verb', type: 'string[]', parameterSets: { CmdletSet: { valueFromPipelineByPropertyName: true } } },
      { name: 'Noun', type: 'string[]', parameterSets: { CmdletSet: { valueFromPipelineByPropertyName: true } } },
      { name: 'Module', type: 'string[]', aliases: ['PSSnapin'], valueFromPipelineByPropertyName: true },
      { name: 'FullyQualifiedModule', type: 'Microsoft.PowerShell.Commands.ModuleSpecification[]', valueFromPipelineByPropertyName: true },
      { name: 'CommandType', type: 'System.Management.Automation.CommandTypes', aliases: ['Type'], parameterSets: { AllCommandSet: { valueFromPipelineByPropertyName: true } } },
      { name: 'TotalCount', type: 'int', valueFromPipelineByPropertyName: true },
      { name: 'Syntax', type: 'switch', valueFromPipelineByPropertyName: true },
      { name: 'ShowCommandInfo', type: 'switch' },
      { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], position: 1, valueFromRemainingArguments: true },
      { name: 'All', type: 'switch', valueFromPipelineByPropertyName: true },
      { name: 'ListImported', type: 'switch', valueFromPipelineByPropertyName: true },
      { name: 'ParameterName', type: 'string[]', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'ParameterType', type: 'System.Management.Automation.PSTypeName[]', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'UseFuzzyMatching', type: 'switch', parameterSets: { AllCommandSet: {} } },
      { name: 'FuzzyMinimumDistance', type: 'uint', parameterSets: { AllCommandSet: {} } },
      { name: 'UseAbbreviationExpansion', type: 'switch', parameterSets: { AllCommandSet: { valueFromPipelineByPropertyName: true } } },
    ],
  },
  (runtime) => {
    const results: CommandInfoValue[] = [];
    // GetCommandCommand sorts its results unless every name was given in full.
    let namesGivenInFull = false;
    let anyNamePattern = false;
    const parameterFilter = runtime.has('ParameterName') || runtime.has('ParameterType') ? new ParameterFilter(runtime) : undefined;
    const modulePatterns = stringList(runtime.parameter('Module')).map((m) => new WildcardPattern(m));
    return {
      process() {
        const commands = visibleCommands(runtime);
        const typeFilter = runtime.has('CommandType') ? enumNumber(runtime.parameter('CommandType')) : undefined;
        const byVerbOrNoun = runtime.has('Verb') || runtime.has('Noun');
        const allowed = (c: CommandInfoValue) => {
          const type = commandTypeNumber(c);
          if (modulePatterns.length > 0 && !modulePatterns.some((p) => p.isMatch(moduleNameOf(c)))) return false;
          if (typeFilter !== undefined) return (typeFilter & type) !== 0;
          return !byVerbOrNoun || type !== commandTypes.Alias;
        };
        const add = (c: CommandInfoValue) => {
          // The same kind of command under the same name is listed once (so is the same object); a program once per path.
          const sameAs = (r: CommandInfoValue) =>
            c instanceof ApplicationInfo ? r instanceof ApplicationInfo && r.path === c.path : r.constructor === c.constructor && nameOf(r).toLowerCase() === nameOf(c).toLowerCase();
          if (results.some(sameAs)) return;
          if (!parameterFilter || parameterFilter.matches(metadataOf(c, commands, runtime.frame.context.aliases))) results.push(c);
        };
        const matchesAny = (text: string, patterns: string[]) => patterns.length === 0 || patterns.some((p) => new WildcardPattern(p).isMatch(text));
        const location = runtime.frame.context.location.current;
        const programsAllowed = modulePatterns.length === 0 && (typeFilter === undefined ? !byVerbOrNoun : (typeFilter & commandTypes.Application) !== 0);
        if (!runtime.has('Name')) {
          // Programs are listed only when -CommandType asks for them.
          if (typeFilter !== undefined && programsAllowed) for (const path of programsMatching(() => true)) add(new ApplicationInfo(path));
          const verbs = stringList(runtime.parameter('Verb'));
          const nouns = stringList(runtime.parameter('Noun'));
          for (const c of commands) {
            const { verb, noun } = verbAndNoun(nameOf(c));
            if (allowed(c) && (!byVerbOrNoun || (matchesAny(verb, verbs) && matchesAny(noun, nouns) && verb !== ''))) add(c);
          }
          return;
        }
        for (const name of stringList(runtime.parameter('Name'))) {
          const isPattern = containsWildcardCharacters(name);
          const pattern = new WildcardPattern(name);
          const found: CommandInfoValue[] = commands.filter((c) => allowed(c) && pattern.isMatch(nameOf(c)));
          if (programsAllowed) {
            const programs = isPattern ? programsMatching((fileName) => pattern.isMatch(fileName)) : findPrograms(name, location);
            found.push(...programs.map((path) => new ApplicationInfo(path)));
          }
          if (isPattern) anyNamePattern = true;
          else namesGivenInFull = true;
          if (found.length === 0) {
            if (!isPattern) commandNotFound(runtime, name);
            continue;
          }
          // A plain name finds what running it would run (aliases, then functions, then cmdlets), unless -All asks for every match.
          for (const c of isPattern || runtime.switch('All') ? found : found.slice(0, 1)) add(c);
        }
      },
      end() {
        const totalCount = runtime.has('TotalCount') ? Number(runtime.parameter('TotalCount')) : -1;
        // Without a name, -All or -TotalCount, aliases that are not Verb-Noun names are left out unless -CommandType asks for aliases.
        const typeFilter = runtime.has('CommandType') ? enumNumber(runtime.parameter('CommandType')) : 0;
        const hidePithyAliases = !runtime.has('Name') && !runtime.switch('All') && totalCount === -1 && (typeFilter & commandTypes.Alias) === 0;
        const shown = hidePithyAliases ? results.filter((c) => !(c instanceof AliasInfo) || nameOf(c).indexOf('-') > 0) : results;
        parameterFilter?.reportUnmatchedNames();
        const ordered = !namesGivenInFull || anyNamePattern ? [...shown].sort(byTypeThenName) : shown;
        const limited = totalCount >= 0 ? ordered.slice(0, totalCount) : ordered;
        if (!runtime.switch('Syntax')) {
          for (const c of limited) runtime.writeObject(c);
          return;
        }
        const commands = visibleCommands(runtime);
        for (const c of limited) {
          const text = syntaxText(c, commands, runtime.frame.context.aliases);
          if (text) runtime.writeObject(text);
        }
      },
    };
  },
);

export const commandDiscoveryCmdlets: readonly CmdletInfo[] = [getCommand];
