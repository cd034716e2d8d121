/**
 * The session's current location, as pwsh's SessionState keeps it: a file-system directory of
 * the session's own (pwsh never changes the process's working directory), the named location
 * stacks of Push-Location/Pop-Location, and the Set-Location history `cd -` and `cd +` walk.
 * Relative paths anywhere in the session (cmdlets, `> file`, `./script.ps1`) resolve against it.
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { ordinalIgnoreCaseKey } from '../values/index.js';

/** The provider-qualified prefixes a file-system path may carry (PSPath's form and the short one). */
const providerPrefix = /^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::/i;

/** How many Set-Location steps `cd -` can undo (pwsh's maximum history size). */
const maxHistory = 20;

export class SessionLocation {
  /** The current directory: an absolute path. */
  current: string;
  /** The name of the stack Push-Location and Pop-Location use when given none. */
  defaultStackName = 'default';
  private readonly stacks = new Map<string, { name: string; paths: string[] }>();
  private readonly undo: string[] = [];
  private readonly redo: string[] = [];

  constructor(initial: string = process.cwd()) {
    this.current = initial;
  }

  /**
   * The absolute file-system path a provider path names: the provider prefix dropped, `~`
   * expanded to the home directory, and a relative path resolved against the current location.
   */
  fileSystemPath(path: string): string {
    return resolve(this.current, expandHome(path.replace(providerPrefix, '')));
  }

  /** Records the current location before a Set-Location (even one that then fails, as pwsh does). */
  remember(): void {
    this.bounded(this.undo, this.current);
    this.redo.length = 0;
  }

  /** `cd -`: the location before the last Set-Location (the current one moves to the redo side), or undefined. */
  back(): string | undefined {
    const previous = this.undo.pop();
    if (previous !== undefined) this.bounded(this.redo, this.current);
    return previous;
  }

  /** `cd +`: the location a `cd -` left, or undefined when there is none. */
  forward(): string | undefined {
    const next = this.redo.pop();
    if (next !== undefined) this.bounded(this.undo, this.current);
    return next;
  }

  private bounded(stack: string[], path: string): void {
    stack.push(path);
    if (stack.length > maxHistory) stack.shift();
  }

  /** The named stack (the default one when no name), created empty when `create`. */
  stack(name: string | undefined, create: boolean): string[] | undefined {
    const stackName = name === undefined || name === '' ? this.defaultStackName : name;
    const key = ordinalIgnoreCaseKey(stackName);
    let entry = this.stacks.get(key);
    if (!entry && create) {
      entry = { name: stackName, paths: [] };
      this.stacks.set(key, entry);
    }
    return entry?.paths;
  }

  /** Drops an emptied stack, as pwsh does once its last location is popped (the default stack stays). */
  dropIfEmpty(name: string | undefined): void {
    const stackName = name === undefined || name === '' ? this.defaultStackName : name;
    const key = ordinalIgnoreCaseKey(stackName);
    if (key !== ordinalIgnoreCaseKey('default') && this.stacks.get(key)?.paths.length === 0) this.stacks.delete(key);
  }
}

/** `~` and `~/x` name the home directory (pwsh's FileSystem provider home). */
export function expandHome(path: string): string {
  if (path === '~') return homedir();
  if (path.startsWith('~/')) return homedir() + path.slice(1);
  return path;
}
