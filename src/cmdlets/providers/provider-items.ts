/**
 * The names a path on a session-state drive resolves to, as pwsh's LocationGlobber finds them:
 * the drive itself lists every item (sorted as pwsh's SessionStateProviderBase sorts them:
 * current culture, ignoring case), a wildcard name lists the items it matches (none silently),
 * and a name that does not exist is PathNotFound with the path as given.
 */
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { containsWildcardCharacters, unescapeWildcard, WildcardPattern } from '../../engine/wildcard/index.js';
import { byName, pathNotFound } from '../filesystem/paths.js';
import { drivePath, type DrivePath } from './drive-path.js';
import { providerItem, type Refusal } from './session-state-provider.js';

/** The stored names of the items `target` names; `writeNotFound` false only asks (Test-Path). */
export function resolveDriveItems(runtime: CommandRuntime, path: string, target: DrivePath, literal: boolean, writeNotFound = true): string[] {
  const { provider, name } = target;
  if (name === '') return provider.names(runtime).sort(byName);
  if (literal || !containsWildcardCharacters(name)) {
    const found = provider.find(runtime, literal ? name : unescapeWildcard(name));
    if (found !== undefined) return [found];
    if (writeNotFound) runtime.writeError(pathNotFound(runtime, path));
    return [];
  }
  const pattern = new WildcardPattern(name);
  return provider.names(runtime).filter((candidate) => pattern.isMatch(candidate)).sort(byName);
}

/**
 * Get-Item and Get-ChildItem on a session-state drive: writes the items `path` names and
 * returns true, or returns false for a path on no such drive (the file system's to handle).
 */
export function writeDriveItems(runtime: CommandRuntime, path: string, literal: boolean): boolean {
  const target = drivePath(path);
  if (!target) return false;
  for (const name of resolveDriveItems(runtime, path, target, literal)) runtime.writeObject(providerItem(runtime, target.provider, name));
  return true;
}

/** Get-Content on a session-state drive: each named item's value; false for any other path. */
export function writeDriveContent(runtime: CommandRuntime, path: string, literal: boolean): boolean {
  const target = drivePath(path);
  if (!target) return false;
  for (const name of resolveDriveItems(runtime, path, target, literal)) runtime.writeObject(target.provider.content(runtime, name));
  return true;
}

/**
 * Test-Path on a session-state drive: whether it names an item (the drive itself is the one
 * container); undefined for any other path.
 */
export function testDrivePath(runtime: CommandRuntime, path: string, literal: boolean, pathType: string): boolean | undefined {
  const target = drivePath(path);
  if (!target) return undefined;
  if (target.name === '') return pathType !== 'leaf';
  return pathType !== 'container' && resolveDriveItems(runtime, path, target, literal, false).length > 0;
}

/** Remove-Item on a session-state drive: removes each named item; false for any other path. */
export function removeDriveItems(runtime: CommandRuntime, path: string, literal: boolean): boolean {
  const target = drivePath(path);
  if (!target) return false;
  for (const name of resolveDriveItems(runtime, path, target, literal)) {
    writeRefusal(runtime, target.provider.remove(runtime, name, runtime.switch('Force')), name);
  }
  return true;
}

function writeRefusal(runtime: CommandRuntime, refused: Refusal | undefined, name: string): void {
  if (refused) runtime.writeError(runtime.errorRecord('System.Management.Automation.SessionStateUnauthorizedAccessException', refused.message, refused.errorId, 'WriteError', name));
}

/**
 * Set-Item and Set-Content on a session-state drive: sets each named item (an item that does not
 * exist is made, as pwsh's providers do) and with `passThru` writes it; false for any other path.
 */
export function setDriveItems(runtime: CommandRuntime, path: string, literal: boolean, value: unknown, passThru: boolean): boolean {
  const target = drivePath(path);
  if (!target) return false;
  const { provider, name } = target;
  const names = !literal && containsWildcardCharacters(name) ? resolveDriveItems(runtime, path, target, literal) : [literal ? name : unescapeWildcard(name)];
  for (const itemName of names) {
    const refused = provider.set(runtime, itemName, value, runtime.switch('Force'));
    writeRefusal(runtime, refused, itemName);
    if (!refused && passThru) {
      const stored = provider.find(runtime, itemName);
      if (stored !== undefined) runtime.writeObject(providerItem(runtime, provider, stored));
    }
  }
  return true;
}
