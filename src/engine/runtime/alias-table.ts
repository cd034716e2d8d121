/**
 * A session's aliases, as pwsh's SessionState keeps them: each session (runspace) starts from
 * the built-in aliases its cmdlets declare, with InitialSessionState's options on them, and its
 * New-Alias/Set-Alias changes stay its own.
 */
import { ordinalIgnoreCaseKey } from '../values/index.js';
import { scopedItemOptions } from './variable-options.js';

/** An alias: the command name it stands for, with pwsh's description and ScopedItemOptions (as a number). */
export interface AliasEntry {
  readonly name: string;
  definition: string;
  description: string;
  options: number;
}

const { ReadOnly: readOnly, AllScope: allScope } = scopedItemOptions;

/** InitialSessionState's built-in aliases that are not just ReadOnly (the rest are). */
const builtinAliasOptions: Readonly<Record<string, number>> = {
  foreach: readOnly | allScope,
  '%': readOnly | allScope,
  where: readOnly | allScope,
  '?': readOnly | allScope,
  select: readOnly | allScope,
  cd: allScope,
  dir: allScope,
  echo: allScope,
  md: allScope,
  popd: allScope,
  pushd: allScope,
  copy: allScope,
  cp: allScope,
  del: allScope,
  move: allScope,
  ...Object.fromEntries(
    ['clear', 'cat', 'ls', 'mv', 'rm', 'rmdir', 'pwd', 'type', 'man', 'h', 'history', 'r', 'cls', 'chdir', 'erase', 'rd', 'ren', 'set', 'icm', 'gjb', 'rcjb', 'rjb', 'sajb', 'spjb', 'wjb', 'sujb', 'rujb',
      'ipsn', 'epsn', 'nsn', 'gsn', 'rsn', 'etsn', 'exsn', 'sls', 'ps', 'kill'].map((name) => [name, 0]),
  ),
};

/**
 * The built-in aliases pwsh defines only on Windows (InitialSessionState's `#if !UNIX` list; the
 * cmdlets declare them with their other aliases): elsewhere these names are the native programs
 * (ls, sort, cat...), as in pwsh.
 */
const windowsOnlyAliases: ReadonlySet<string> = new Set([
  'ac', 'clear', 'compare', 'diff', 'sleep', 'sort', 'tee', 'write', 'cat', 'cp', 'ls', 'mv', 'rm', 'rmdir', 'ps', 'kill', 'start',
]);
const onWindows = process.platform === 'win32';

/** The built-in aliases (name -> command), as the registered cmdlets declare them. */
const builtinAliases = new Map<string, { name: string; definition: string }>();

export function registerBuiltinAlias(name: string, definition: string): void {
  builtinAliases.set(ordinalIgnoreCaseKey(name), { name, definition });
}

export class AliasTable {
  private readonly entries = new Map<string, AliasEntry>();

  /** A new session's table: the built-in aliases with their options. */
  static initial(): AliasTable {
    const table = new AliasTable();
    for (const { name, definition } of builtinAliases.values()) {
      if (onWindows || !windowsOnlyAliases.has(name.toLowerCase())) {
        table.set({ name, definition, description: '', options: builtinAliasOptions[name.toLowerCase()] ?? readOnly });
      }
    }
    return table;
  }

  find(name: string): AliasEntry | undefined {
    return this.entries.get(ordinalIgnoreCaseKey(name));
  }

  /** Creates or replaces an alias. */
  set(entry: AliasEntry): void {
    this.entries.set(ordinalIgnoreCaseKey(entry.name), entry);
  }

  remove(name: string): boolean {
    return this.entries.delete(ordinalIgnoreCaseKey(name));
  }

  all(): Iterable<AliasEntry> {
    return this.entries.values();
  }

  /** The command an alias ends at, following aliases of aliases (a loop stops where it repeats). */
  resolve(name: string): string {
    return this.resolveKey(name, ordinalIgnoreCaseKey(name));
  }

  /** `resolve` with the name's ordinalIgnoreCaseKey already known (command lookup reuses it). */
  resolveKey(name: string, key: string): string {
    const first = this.entries.get(key);
    // Most command names are not aliases: they need no loop guard.
    if (!first) return name;
    const seen = new Set<string>();
    let target = name;
    for (let entry: AliasEntry | undefined = first; entry && !seen.has(entry.name.toLowerCase()); entry = this.find(target)) {
      seen.add(entry.name.toLowerCase());
      target = entry.definition;
    }
    return target;
  }
}
