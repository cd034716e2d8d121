/**
 * The profile scripts, as pwsh finds and runs them: $PROFILE is the current user's profile for
 * this host, carrying the four paths as note properties (set even with -NoProfile); without
 * -NoProfile each of the four that exists is dot-sourced, all-users first, host-independent
 * before host-specific.
 *
 * On Linux and macOS the current user's folder is $XDG_CONFIG_HOME/powershell, or
 * ~/.config/powershell when that is unset or empty; the all-users folder is $PSHOME, psh's
 * installation folder.
 */
import { join } from 'node:path';
import { PSObject } from '../engine/values/ps-object.js';

/** pwsh's shell id, the prefix of host-specific profile names. */
const shellId = 'Microsoft.PowerShell';

export interface ProfilePaths {
  AllUsersAllHosts: string;
  AllUsersCurrentHost: string;
  CurrentUserAllHosts: string;
  CurrentUserCurrentHost: string;
}

export function profilePaths(env: NodeJS.ProcessEnv, home: string, applicationBase: string): ProfilePaths {
  const configHome = env.XDG_CONFIG_HOME ? join(env.XDG_CONFIG_HOME, 'powershell') : join(home, '.config', 'powershell');
  return {
    AllUsersAllHosts: join(applicationBase, 'profile.ps1'),
    AllUsersCurrentHost: join(applicationBase, `${shellId}_profile.ps1`),
    CurrentUserAllHosts: join(configHome, 'profile.ps1'),
    CurrentUserCurrentHost: join(configHome, `${shellId}_profile.ps1`),
  };
}

/** The value of $PROFILE: the current user's host profile path, with all four as note properties. */
export function dollarProfile(paths: ProfilePaths): PSObject {
  const value = new PSObject(paths.CurrentUserCurrentHost, ['System.String', 'System.Object']);
  for (const [name, path] of Object.entries(paths)) value.addNoteProperty(name, path);
  return value;
}

/** The order pwsh runs them in. */
export function profileRunOrder(paths: ProfilePaths): string[] {
  return [paths.AllUsersAllHosts, paths.AllUsersCurrentHost, paths.CurrentUserAllHosts, paths.CurrentUserCurrentHost];
}

/** The command that dot-sources a profile, as pwsh builds it (the path in single quotes). */
export function dotSourceCommand(path: string): string {
  return `. '${path.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}
