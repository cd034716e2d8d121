/**
 * Setting a process environment variable as `$env:NAME = value` and the Env: drive do: the value's
 * PowerShell string form ($OFS-joined for a collection), and $null or '' removes the variable.
 */
import { toPSString } from '../conversion/index.js';

export function setEnvironmentVariable(name: string, value: unknown): void {
  if (value === null || value === undefined || value === '') delete process.env[name];
  else process.env[name] = toPSString(value);
}
