/** The profiles: pwsh's four paths, $PROFILE, and dot-sourcing them at start-up unless -NoProfile. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleHost } from '../../src/host/console-host.js';
import { dotSourceCommand, profilePaths } from '../../src/host/profile.js';

test('the current user profiles are under XDG_CONFIG_HOME/powershell, else ~/.config/powershell', () => {
  assert.equal(profilePaths({}, '/home/u', '/opt/psh'), {
    AllUsersAllHosts: '/opt/psh/profile.ps1',
    AllUsersCurrentHost: '/opt/psh/Microsoft.PowerShell_profile.ps1',
    CurrentUserAllHosts: '/home/u/.config/powershell/profile.ps1',
    CurrentUserCurrentHost: '/home/u/.config/powershell/Microsoft.PowerShell_profile.ps1',
  });
  const xdg = profilePaths({ XDG_CONFIG_HOME: '/x/cfg' }, '/home/u', '/opt/psh');
  assert.is(xdg.CurrentUserCurrentHost, '/x/cfg/powershell/Microsoft.PowerShell_profile.ps1');
  assert.is(xdg.CurrentUserAllHosts, '/x/cfg/powershell/profile.ps1');
  assert.is(profilePaths({ XDG_CONFIG_HOME: '' }, '/home/u', '/opt/psh').CurrentUserAllHosts, '/home/u/.config/powershell/profile.ps1');
});

test('a profile path is dot-sourced in single quotes, quotes doubled', () => {
  assert.is(dotSourceCommand("/home/o'neil/p.ps1"), ". '/home/o''neil/p.ps1'");
});

function session(files: Record<string, string>, noProfile: boolean, command: string): { out: string; err: string } {
  const dir = mkdtempSync(join(tmpdir(), 'psh-profile-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    let out = '';
    let err = '';
    const host = new ConsoleHost({ stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
    host.startSession(profilePaths({}, join(dir, 'home'), join(dir, 'app')), noProfile);
    host.runCommand(command);
    return { out: out.replaceAll(dir, '<dir>'), err };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const allFour = {
  'app/profile.ps1': '"all users, all hosts"\n$order = @(1)\n',
  'app/Microsoft.PowerShell_profile.ps1': '"all users, this host"\n$order += 2\n',
  'home/.config/powershell/profile.ps1': '"this user, all hosts"\n$order += 3\n',
  'home/.config/powershell/Microsoft.PowerShell_profile.ps1': 'function hello { "hello" }\n$order += 4\n',
};

test('the profiles run in pwsh order, dot-sourced into the global scope', () => {
  const { out, err } = session(allFour, false, 'hello; $order -join ","');
  assert.is(out, 'all users, all hosts\nall users, this host\nthis user, all hosts\nhello\n1,2,3,4\n');
  assert.is(err, '');
});

test('-NoProfile runs none, but $PROFILE is set either way, with its four paths', () => {
  const { out } = session(allFour, true, '"$PROFILE"; $PROFILE.CurrentUserAllHosts; $PROFILE.AllUsersCurrentHost; $null -eq $order');
  assert.is(out, '<dir>/home/.config/powershell/Microsoft.PowerShell_profile.ps1\n<dir>/home/.config/powershell/profile.ps1\n<dir>/app/Microsoft.PowerShell_profile.ps1\nTrue\n');
});

test('an error in a profile is reported and start-up carries on', () => {
  const { out, err } = session({ 'home/.config/powershell/profile.ps1': 'throw "bad profile"\n' }, false, '"ran"');
  assert.is(out, 'ran\n');
  assert.match(err, /bad profile/);
});

test.run();
