/**
 * pwsh's default User-Agent (PSUserAgent.UserAgent): `Mozilla/5.0 (<platform>; <OS>; <culture>)
 * PowerShell/<version>`, with psh's version, OS description ($PSVersionTable.OS, .NET's
 * OSDescription) and current culture.
 */
import { release } from 'node:os';
import { currentCultureData } from '../../engine/conversion/cultures.js';
import { psVersion } from '../../engine/runtime/version.js';

/** PSUserAgent.PlatformName: `Windows NT <major>.<minor>`, Macintosh or Linux. */
function platformName(): string {
  if (process.platform === 'win32') return `Windows NT ${release().split('.').slice(0, 2).join('.')}`;
  if (process.platform === 'darwin') return 'Macintosh';
  return process.platform === 'linux' ? 'Linux' : '';
}

export function defaultUserAgent(osDescription: string): string {
  return `Mozilla/5.0 (${platformName()}; ${osDescription.trim()}; ${currentCultureData().name}) PowerShell/${psVersion}`;
}
