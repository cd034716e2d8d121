/**
 * pwsh's Environment provider and its Env: drive: the process environment, whose items are
 * DictionaryEntry objects (Name/Value). On Unix a variable's name is case-sensitive, as .NET's
 * Environment is there; the same store `$env:NAME` reads and writes.
 */
import { DictionaryEntry } from '../../engine/dotnet/types/system-collections-hashtable.js';
import { setEnvironmentVariable } from '../../engine/runtime/environment-variables.js';
import { ProviderInfo, PSDriveInfo } from '../../engine/runtime/path-info.js';
import type { SessionStateProvider } from './session-state-provider.js';

const providerInfo = new ProviderInfo('Environment');

export const environmentProvider: SessionStateProvider = {
  providerInfo,
  drive: new PSDriveInfo('Env', '', providerInfo, 'Drive that contains a view of the environment variables for the process'),
  names: () => Object.keys(process.env),
  find: (_runtime, name) => (process.env[name] === undefined ? undefined : name),
  item: (_runtime, name) => new DictionaryEntry(name, process.env[name]),
  content: (_runtime, name) => process.env[name],
  remove: (_runtime, name) => {
    delete process.env[name];
    return undefined;
  },
  set: (_runtime, name, value) => {
    setEnvironmentVariable(name, value);
    return undefined;
  },
};
