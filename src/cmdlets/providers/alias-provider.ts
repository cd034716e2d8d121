/** pwsh's Alias provider and its Alias: drive: the session's aliases as AliasInfo items, whose content is the definition. */
import { ProviderInfo, PSDriveInfo } from '../../engine/runtime/path-info.js';
import { formatMessage, toPSString } from '../../engine/conversion/index.js';
import { AliasInfo } from '../alias.js';
import { sessionStateStrings } from '../data-messages.js';
import { scopedItemOptions } from '../variable-info.js';
import type { SessionStateProvider } from './session-state-provider.js';

const providerInfo = new ProviderInfo('Alias');

export const aliasProvider: SessionStateProvider = {
  providerInfo,
  drive: new PSDriveInfo('Alias', '', providerInfo, 'Drive that contains a view of the aliases stored in a session state'),
  names: (runtime) => [...runtime.frame.context.aliases.all()].map((entry) => entry.name),
  find: (runtime, name) => runtime.frame.context.aliases.find(name)?.name,
  item: (runtime, name) => new AliasInfo(runtime.frame.context.aliases.find(name)!),
  content: (runtime, name) => runtime.frame.context.aliases.find(name)!.definition,
  remove: (runtime, name, force) => {
    const aliases = runtime.frame.context.aliases;
    const entry = aliases.find(name)!;
    if ((entry.options & scopedItemOptions.Constant) !== 0 || ((entry.options & scopedItemOptions.ReadOnly) !== 0 && !force)) {
      return { errorId: 'AliasNotRemovable', message: formatMessage(sessionStateStrings.AliasNotRemovable, entry.name) };
    }
    aliases.remove(entry.name);
    return undefined;
  },
  set: (runtime, name, value, force) => {
    const aliases = runtime.frame.context.aliases;
    const existing = aliases.find(name);
    if (existing && ((existing.options & scopedItemOptions.Constant) !== 0 || ((existing.options & scopedItemOptions.ReadOnly) !== 0 && !force))) {
      return { errorId: 'AliasNotWritable', message: formatMessage(sessionStateStrings.AliasNotWritable, existing.name) };
    }
    aliases.set({ name: existing?.name ?? name, definition: toPSString(value), description: existing?.description ?? '', options: existing?.options ?? 0 });
    return undefined;
  },
};
