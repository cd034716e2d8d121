/**
 * What a session-state provider (pwsh's SessionStateProviderBase: Environment, Variable, Alias,
 * Function) offers the item cmdlets: a flat container of named items, its drive, and the
 * object it writes for an item, carrying the provider's PSPath/PSDrive/PSProvider notes.
 */
import { PSObject } from '../../engine/values/index.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import type { ProviderInfo, PSDriveInfo } from '../../engine/runtime/path-info.js';

export interface SessionStateProvider {
  readonly providerInfo: ProviderInfo;
  readonly drive: PSDriveInfo;
  /** Every item's name visible to the caller, in no particular order. */
  names(runtime: CommandRuntime): string[];
  /** The item's name as stored (its case) when it exists. */
  find(runtime: CommandRuntime, name: string): string | undefined;
  /** The object pwsh writes for the item (DictionaryEntry, PSVariable...), before the provider's notes. */
  item(runtime: CommandRuntime, name: string): unknown;
  /** What Get-Content gives for the item. */
  content(runtime: CommandRuntime, name: string): unknown;
  /** Remove-Item: removes the item, or says why it may not (a constant, or read-only without -Force). */
  remove(runtime: CommandRuntime, name: string, force: boolean): Refusal | undefined;
  /** Set-Item and Set-Content: sets (or creates) the item's value, or says why it may not. */
  set(runtime: CommandRuntime, name: string, value: unknown, force: boolean): Refusal | undefined;
}

/** pwsh's SessionStateUnauthorizedAccessException for an item that may not be removed or written. */
export interface Refusal {
  readonly errorId: string;
  readonly message: string;
}

/** The item wrapped with the notes pwsh's provider adds to what it writes. */
export function providerItem(runtime: CommandRuntime, provider: SessionStateProvider, name: string): PSObject {
  const item = new PSObject(provider.item(runtime, name));
  item.addNoteProperty('PSPath', `${provider.providerInfo}::${name}`);
  item.addNoteProperty('PSDrive', provider.drive);
  item.addNoteProperty('PSProvider', provider.providerInfo);
  item.addNoteProperty('PSIsContainer', false);
  return item;
}
