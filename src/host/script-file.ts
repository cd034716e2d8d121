/**
 * The checks pwsh makes on a `-File` script before running it: the file exists and is a .ps1.
 * Made before psh decides where the script runs (src/host/start.ts), so that a bad path is
 * reported the same way with or without a worker thread.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Why `-File file` cannot run (pwsh's text), or undefined when it can. */
export function scriptFileError(file: string): string | undefined {
  const path = resolve(file);
  if (!existsSync(path)) {
    return `The argument '${file}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`;
  }
  if (!/\.ps1$/i.test(path)) {
    return `Processing -File '${file}' failed because the file does not have a '.ps1' extension. Specify a valid PowerShell script file name, and then try again.`;
  }
  return undefined;
}
