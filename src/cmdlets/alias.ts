/**
 * Get-Alias, New-Alias and Set-Alias over the session's alias table (src/engine/runtime/alias-table.ts),
 * with pwsh's options on the built-in aliases (most are ReadOnly, so Set-Alias needs -Force for
 * them) and pwsh's errors. Each session has its own table, but scopes share it, so -Scope is
 * accepted and validated while every alias is the session's.
 */
import { enumValue, formatMessage, toPSString } from '../engine/conversion/index.js';
import { defineType } from '../engine/dotnet/member-table.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import type { AliasEntry } from '../engine/runtime/alias-table.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { psTypeNames } from '../engine/values/index.js';
import type { ParameterSpec } from '../binding/index.js';
import { cmdletErrorRecord } from './cmdlet-errors.js';
import { registerCommandInfoTable } from './command-info-view.js';
import { commandTypes, commandTypesType } from './command-types.js';
import { aliasCommandStrings, sessionStateStrings } from './data-messages.js';
import { compareNames, NameFilter } from './name-filter.js';
import { stringList } from './parameter-lists.js';
import { scopeNamed } from './scope-argument.js';
import { optionsNumber, scopedItemOptions, scopedItemOptionsType } from './variable-info.js';

/** System.Management.Automation.AliasInfo. */
export class AliasInfo {
  readonly [psTypeNames] = ['System.Management.Automation.AliasInfo', 'System.Management.Automation.CommandInfo', 'System.Object'];

  constructor(readonly entry: AliasEntry) {}

  get displayName(): string {
    return `${this.entry.name} -> ${this.entry.definition}`;
  }

  toString(): string {
    return this.entry.name;
  }
}

registerNativeType('System.Management.Automation.AliasInfo', ['System.Management.Automation.CommandInfo', 'System.Object'], { isInstance: (value) => value instanceof AliasInfo });

defineType({
  fullName: 'System.Management.Automation.AliasInfo',
  properties: {
    CommandType: { type: 'System.Management.Automation.CommandTypes', get: () => enumValue(commandTypesType, BigInt(commandTypes.Alias)) },
    Name: { type: 'string', get: (info: AliasInfo) => info.entry.name },
    DisplayName: { type: 'string', get: (info: AliasInfo) => info.displayName },
    Definition: { type: 'string', get: (info: AliasInfo) => info.entry.definition },
    Description: { type: 'string', get: (info: AliasInfo) => info.entry.description },
    Options: { type: 'System.Management.Automation.ScopedItemOptions', get: (info: AliasInfo) => enumValue(scopedItemOptionsType, BigInt(info.entry.options)) },
    Version: { type: 'version', get: () => null },
    Source: { type: 'string', get: () => '' },
    Module: { type: 'System.Management.Automation.PSModuleInfo', get: () => null },
    ModuleName: { type: 'string', get: () => '' },
    ReferencedCommand: { type: 'System.Management.Automation.CommandInfo', get: () => null },
    ResolvedCommand: { type: 'System.Management.Automation.CommandInfo', get: () => null },
    ResolvedCommandName: { type: 'string', get: (info: AliasInfo) => info.entry.definition },
  },
});

registerCommandInfoTable('System.Management.Automation.AliasInfo', 'DisplayName');

const commandsNamespace = 'Microsoft.PowerShell.Commands';
const scopeParameter: ParameterSpec = { name: 'Scope', type: 'string' };

const getAlias = new CmdletInfo(
  {
    name: 'Get-Alias',
    aliases: ['gal'],
    implementingType: `${commandsNamespace}.GetAliasCommand`,
    defaultParameterSetName: 'Default',
    outputType: ['System.Management.Automation.AliasInfo'],
    parameters: [
      { name: 'Name', type: 'string[]', parameterSets: { Default: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Exclude', type: 'string[]' },
      scopeParameter,
      { name: 'Definition', type: 'string[]', parameterSets: { Definition: {} } },
    ],
  },
  (runtime) => ({
    process() {
      if (runtime.has('Scope')) scopeNamed(runtime, toPSString(runtime.parameter('Scope')));
      const byDefinition = runtime.has('Definition');
      const patterns = byDefinition ? stringList(runtime.parameter('Definition')) : runtime.has('Name') ? stringList(runtime.parameter('Name')) : ['*'];
      for (const pattern of patterns) {
        const filter = new NameFilter(pattern, [], stringList(runtime.parameter('Exclude')));
        const key = (entry: AliasEntry) => (byDefinition ? entry.definition : entry.name);
        const { matches, filtered } = filter.select([...runtime.frame.context.aliases.all()], key, pattern);
        if (byDefinition) matches.sort((a, b) => compareNames(a.name, b.name));
        for (const entry of matches) runtime.writeObject(new AliasInfo(entry));
        if (matches.length === 0 && !filtered) {
          const message = formatMessage(aliasCommandStrings.NoAliasFound, byDefinition ? 'definition' : 'name', pattern);
          runtime.writeError(cmdletErrorRecord(runtime, {
            exceptionType: 'System.Management.Automation.ItemNotFoundException', message, errorId: 'ItemNotFoundException', category: 'ObjectNotFound', target: pattern,
          }));
        }
      }
    },
  }),
);

function writeAliasCmdlet(name: 'New-Alias' | 'Set-Alias', alias: string): CmdletInfo {
  const implementingType = `${commandsNamespace}.${name.replace('-', '')}Command`;
  return new CmdletInfo(
    {
      name,
      aliases: [alias],
      implementingType,
      supportsShouldProcess: true,
      confirmImpact: name === 'New-Alias' ? 'Low' : 'Medium',
      outputType: ['System.Management.Automation.AliasInfo'],
      parameters: [
        { name: 'Name', type: 'string', position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
        { name: 'Value', type: 'string', position: 1, mandatory: true, valueFromPipelineByPropertyName: true },
        { name: 'Description', type: 'string' },
        { name: 'Option', type: 'System.Management.Automation.ScopedItemOptions' },
        { name: 'PassThru', type: 'switch' },
        scopeParameter,
        { name: 'Force', type: 'switch' },
      ],
    },
    (runtime) => ({
      process() {
        if (runtime.has('Scope')) scopeNamed(runtime, toPSString(runtime.parameter('Scope')));
        const aliasName = toPSString(runtime.parameter('Name'));
        const value = toPSString(runtime.parameter('Value'));
        const aliases = runtime.frame.context.aliases;
        const existing = aliases.find(aliasName);
        const error = (exceptionType: string, message: string, errorId: string, category: 'ResourceExists' | 'WriteError') =>
          runtime.writeError(cmdletErrorRecord(runtime, { exceptionType, message, errorId, category, target: aliasName }));
        if (name === 'New-Alias' && existing && !runtime.switch('Force')) {
          error('System.Management.Automation.SessionStateException', formatMessage(sessionStateStrings.AliasAlreadyExists, aliasName), 'AliasAlreadyExists', 'ResourceExists');
          return;
        }
        const action = name === 'New-Alias' ? aliasCommandStrings.NewAliasAction : aliasCommandStrings.SetAliasAction;
        const target = formatMessage(name === 'New-Alias' ? aliasCommandStrings.NewAliasTarget : aliasCommandStrings.SetAliasTarget, aliasName, value);
        if (!runtime.shouldProcess(target, action)) return;
        const options = runtime.has('Option') ? optionsNumber(runtime.parameter('Option')) : undefined;
        if (existing) {
          if ((existing.options & scopedItemOptions.Constant) !== 0 || ((existing.options & scopedItemOptions.ReadOnly) !== 0 && !runtime.switch('Force'))) {
            error('System.Management.Automation.SessionStateUnauthorizedAccessException', formatMessage(sessionStateStrings.AliasNotWritable, existing.name), 'AliasNotWritable', 'WriteError');
            return;
          }
          if (options !== undefined && (options & scopedItemOptions.Constant) !== 0) {
            error('System.Management.Automation.SessionStateUnauthorizedAccessException', formatMessage(sessionStateStrings.AliasCannotBeMadeConstant, existing.name), 'AliasCannotBeMadeConstant', 'WriteError');
            return;
          }
        }
        const entry: AliasEntry = {
          name: existing && name === 'Set-Alias' ? existing.name : aliasName,
          definition: value,
          description: runtime.has('Description') ? toPSString(runtime.parameter('Description')) : (existing?.description ?? ''),
          options: options ?? (name === 'Set-Alias' ? (existing?.options ?? 0) : 0),
        };
        aliases.set(entry);
        if (runtime.switch('PassThru')) runtime.writeObject(new AliasInfo(entry));
      },
    }),
  );
}

export const aliasCmdlets: readonly CmdletInfo[] = [getAlias, writeAliasCmdlet('New-Alias', 'nal'), writeAliasCmdlet('Set-Alias', 'sal')];
