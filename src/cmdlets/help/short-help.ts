/**
 * What Get-Help lists when a wildcard name matches several topics: one HelpInfoShort row per
 * topic (aliases first, then functions, then cmdlets, as pwsh's help providers come), in
 * Help.format.ps1xml's table: Name, Category, Module and Synopsis.
 */
import { commandSyntax } from '../../binding/index.js';
import { engineViews } from '../../format/index.js';
import { PSObject } from '../../engine/values/index.js';
import { AliasInfo } from '../alias.js';
import { CmdletCommandInfo, type SessionCommandInfo, nameOf } from '../command-discovery.js';
import { moduleOf } from '../command-modules.js';
import { commentHelpOf } from './help-content.js';

engineViews.register('HelpInfoShort', {
  kind: 'table',
  columns: [
    { label: 'Name', width: 33, value: 'Name' },
    { label: 'Category', width: 9, value: 'Category' },
    { label: 'Module', width: 25, value: 'ModuleName' },
    { label: 'Synopsis', value: 'Synopsis' },
  ],
});

const providerOrder = (command: SessionCommandInfo) => (command instanceof AliasInfo ? 0 : command instanceof CmdletCommandInfo ? 2 : 1);

/** The topics in the order Get-Help lists them: by help provider, then by name. */
export function inHelpOrder(commands: readonly SessionCommandInfo[]): SessionCommandInfo[] {
  return [...commands].sort((a, b) => providerOrder(a) - providerOrder(b) || nameOf(a).localeCompare(nameOf(b), 'en', { sensitivity: 'base' }));
}

/**
 * A topic's row: an alias's synopsis is the name of the command it resolves to (through other
 * aliases; its definition when it resolves to nothing), a command without comment help has its
 * syntax.
 */
export function shortHelpObject(command: SessionCommandInfo, resolveAlias: (alias: AliasInfo) => { readonly name: string } | undefined): PSObject {
  let row: Record<string, unknown>;
  if (command instanceof AliasInfo) {
    row = { Name: command.entry.name, Category: 'Alias', ModuleName: '', Synopsis: resolveAlias(command)?.name ?? command.entry.definition };
  } else if (command instanceof CmdletCommandInfo) {
    row = { Name: command.name, Category: 'Cmdlet', ModuleName: moduleOf(command.cmdlet).name, Synopsis: commandSyntax(command.metadata) };
  } else {
    const comment = commentHelpOf(command.fn);
    row = { Name: command.name, Category: command.fn.commandType, ModuleName: '', Synopsis: comment ? comment.synopsis?.trim() ?? '' : commandSyntax(command.metadata) };
  }
  const object = PSObject.customObject(row);
  object.typeNames = ['HelpInfoShort'];
  return object;
}
