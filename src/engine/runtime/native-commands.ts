/**
 * Programs a command name can start, found as pwsh's CommandDiscovery finds them: a name with a
 * directory part is a path (relative to the session's location), any other name is looked up in
 * each PATH directory in turn (with PATHEXT's extensions on Windows). Found in Node's own file
 * system calls rather than by running `which`, which cost a process per lookup.
 */
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const onWindows = process.platform === 'win32';

function isProgram(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (!onWindows) accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function pathDirectories(): string[] {
  return (process.env.PATH ?? '').split(delimiter).filter((directory) => directory !== '');
}

/** The extensions a program name may leave out: PATHEXT's on Windows, none elsewhere. */
function programExtensions(): string[] {
  if (!onWindows) return [''];
  return ['', ...(process.env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((extension) => extension !== '')];
}

function hasDirectoryPart(name: string): boolean {
  return name.includes('/') || (onWindows && name.includes('\\'));
}

/** Every program `name` names, in PATH order (the first is the one that runs); a path names at most one. */
export function findPrograms(name: string, location: string): string[] {
  if (name === '') return [];
  const found: string[] = [];
  const directories = hasDirectoryPart(name) ? [location] : pathDirectories();
  for (const directory of directories) {
    for (const extension of programExtensions()) {
      const candidate = resolve(directory, name + extension);
      if (isProgram(candidate) && !found.includes(candidate)) found.push(candidate);
    }
  }
  return found;
}

/** The program `name` would start, or undefined. */
export function findProgram(name: string, location: string): string | undefined {
  return findPrograms(name, location)[0];
}

/** The programs in the PATH directories whose file names `matches` accepts, in PATH order. */
export function programsMatching(matches: (fileName: string) => boolean): string[] {
  const found: string[] = [];
  for (const directory of pathDirectories()) {
    let names: string[];
    try {
      names = readdirSync(directory);
    } catch {
      continue;
    }
    for (const fileName of names) {
      const path = join(directory, fileName);
      if (matches(fileName) && isProgram(path) && !found.includes(path)) found.push(path);
    }
  }
  return found;
}
