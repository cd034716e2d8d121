/**
 * Recognises a path on one of pwsh's session-state drives (Alias:, Env:, Function:, Variable:): `env:`, `env:HOME`, `env:\HOME`, `Env:/HOME`, or the provider-qualified
 * `Microsoft.PowerShell.Core\Environment::HOME` / `Environment::HOME`. Drive and provider names
 * are case-insensitive, as pwsh's are.
 */
import type { SessionStateProvider } from './session-state-provider.js';
import { aliasProvider } from './alias-provider.js';
import { environmentProvider } from './environment-provider.js';
import { functionProvider } from './function-provider.js';
import { variableProvider } from './variable-provider.js';

/** In the order Get-PSDrive lists their drives. */
export const sessionStateProviders: readonly SessionStateProvider[] = [aliasProvider, environmentProvider, functionProvider, variableProvider];

export interface DrivePath {
  readonly provider: SessionStateProvider;
  /** The item name after the drive ('' for the drive itself). */
  readonly name: string;
}

const drivePattern = /^([A-Za-z][\w-]*):(?![:])[\\/]?(.*)$/s;
const providerQualifiedPattern = /^(?:Microsoft\.PowerShell\.Core\\)?([A-Za-z]\w*)::[\\/]?(.*)$/is;

/** The session-state drive and item name a path names, or undefined for any other (file-system) path. */
export function drivePath(path: string): DrivePath | undefined {
  const qualified = providerQualifiedPattern.exec(path);
  if (qualified) {
    const provider = sessionStateProviders.find((candidate) => candidate.providerInfo.name.toLowerCase() === qualified[1]!.toLowerCase());
    return provider && { provider, name: qualified[2]! };
  }
  const onDrive = drivePattern.exec(path);
  if (!onDrive) return undefined;
  const provider = sessionStateProviders.find((candidate) => candidate.drive.name.toLowerCase() === onDrive[1]!.toLowerCase());
  return provider && { provider, name: onDrive[2]! };
}
