/**
 * .NET's file-system exceptions: a Node file-system error turned into the .NET exception, with
 * .NET's text, for a path (the file cmdlets report these texts too), and what [System.IO.File] and
 * [System.IO.Directory] share: a path argument checked and made full against the process's
 * current directory (not psh's location, as in .NET).
 */
import { existsSync } from 'node:fs';
import nodePath from 'node:path';
import { argumentException, DotNetException } from './errors.js';

/** The full path .NET would report: $null and '' refused as .NET refuses them. */
export function fullPath(path: string | null, parameterName = 'path'): string {
  if (path === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', parameterName);
  if (path === '') throw argumentException('System.ArgumentException', 'The value cannot be an empty string.', parameterName);
  return nodePath.resolve(path);
}

export function missingFile(full: string): DotNetException {
  return new DotNetException('System.IO.FileNotFoundException', `Could not find file '${full}'.`);
}

/** A missing file in an existing folder is FileNotFound, else a part of the path is missing. */
function fileNotFound(full: string): DotNetException {
  return existsSync(nodePath.dirname(full)) ? missingFile(full) : directoryNotFound(full);
}

/** .NET's UnauthorizedAccessException text for a path (the file cmdlets' error records carry it too). */
export function accessDeniedMessage(full: string): string {
  return `Access to the path '${full}' is denied.`;
}

/** .NET's DirectoryNotFoundException text (the file cmdlets' IOException records carry it too). */
export function partOfPathNotFoundMessage(full: string): string {
  return `Could not find a part of the path '${full}'.`;
}

export function directoryNotFound(full: string): DotNetException {
  return new DotNetException('System.IO.DirectoryNotFoundException', partOfPathNotFoundMessage(full));
}

/** .NET's IOException text for a file that is already there (EEXIST on Unix). */
export function fileAlreadyExistsMessage(full: string): string {
  return `The file '${full}' already exists.`;
}

export function fileAlreadyExists(full: string): DotNetException {
  return new DotNetException('System.IO.IOException', fileAlreadyExistsMessage(full));
}

/** The .NET exception a Node file-system error stands for, about `full`; `missing` is what ENOENT means there. */
export function ioException(error: unknown, full: string, missing: (full: string) => DotNetException = fileNotFound): DotNetException {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return missing(full);
    case 'ENOTDIR':
      return directoryNotFound(full);
    case 'EACCES':
    case 'EPERM':
    case 'EISDIR':
      return new DotNetException('System.UnauthorizedAccessException', accessDeniedMessage(full));
    case 'EEXIST':
      return fileAlreadyExists(full);
    default:
      return new DotNetException('System.IO.IOException', (error as Error).message);
  }
}

/** Runs a file-system call; its Node error becomes .NET's exception for `full`. */
export function asIOException<T>(full: string, run: () => T, missing: (full: string) => DotNetException = fileNotFound): T {
  try {
    return run();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    throw ioException(error, full, missing);
  }
}
