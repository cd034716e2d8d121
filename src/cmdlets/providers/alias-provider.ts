/** pwsh's Alias provider and its Alias: drive: the session's aliases as AliasInfo items, whose content is the definition. */
import { ProviderInfo, PSDriveInfo } from '../../engine/runtime/path-info.js';
import { AliasInfo } from '../alias.js';
import type { SessionStateProvider } from './session-state-provider.js';

const providerInfo = new ProviderInfo('Alias');

export const aliasProvider: SessionStateProvider = {
  providerInfo,
  drive: new PSDriveInfo('Alias', '', providerInfo, 'Drive that contains a view of the aliases stored in a session state'),
  names: (runtime) => [...runtime.frame.context.aliases.all()].map((entry) => entry.name),
  find: (runtime, name) => runtime.frame.context.aliases.find(name)?.name,
  item: (runtime, name) => new AliasInfo(runtime.frame.context.aliases.find(name)!),
  content: (runtime, name) => runtime.frame.context.aliases.find(name)!.definition,
};
