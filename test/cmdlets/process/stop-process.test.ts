/** Stop-Process over sleeping children of the test: by id, name and input, -PassThru, -WhatIf and pwsh's errors. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../../src/engine/index.js';
import { lines, run } from '../../engine/runtime/run-script.js';
import { startSleeper, stopSleepers } from './sleepers.js';

test.after.each(stopSleepers);

const onLinux = process.platform === 'linux';

test('-Id, -Name and piped processes are killed', async () => {
  if (!onLinux) return;
  const byId = startSleeper('pshstop-id');
  const byName = startSleeper('pshstop-name');
  const piped = startSleeper('pshstop-pipe');
  assert.is(lines(`Stop-Process ${byId.pid}; Stop-Process -Name pshstop-n*; Get-Process -Id ${piped.pid} | spps`), '');
  await Promise.all([byId.ended, byName.ended, piped.ended]);
  assert.equal([byId, byName, piped].map((sleeper) => sleeper.child.signalCode), ['SIGKILL', 'SIGKILL', 'SIGKILL']);
});

test('-PassThru writes each process stopped; a process that has already exited is written without an error', async () => {
  if (!onLinux) return;
  const sleeper = startSleeper('pshstop-pass');
  assert.is(lines(`(Stop-Process -Id ${sleeper.pid} -PassThru).Name`), 'pshstop-pass\n');
  await sleeper.ended;
  const again = startSleeper('pshstop-again');
  assert.is(lines(`$p = Get-Process -Id ${again.pid}; $p.Kill(); $p.WaitForExit(5000); ($p | Stop-Process -PassThru).Id -eq ${again.pid}`), 'True\nTrue\n');
});

test('-WhatIf names the process as pwsh does and leaves it running', () => {
  if (!onLinux) return;
  const sleeper = startSleeper('pshstop-whatif');
  assert.is(lines(`Stop-Process -Id ${sleeper.pid} -WhatIf; (Get-Process -Id ${sleeper.pid}).HasExited`), `What if: Performing the operation "Stop-Process" on target "pshstop-whatif (${sleeper.pid})".\nFalse\n`);
});

test("an id or name no process has is pwsh's error", () => {
  const result = run('Stop-Process -Id 2147483647; Stop-Process -Name psh-no-such-process; $Error.FullyQualifiedErrorId');
  assert.is(result.err, 'Stop-Process: Cannot find a process with the process identifier 2147483647.\nStop-Process: Cannot find a process with the name "psh-no-such-process". Verify the process name and call the cmdlet again.\n');
  assert.is(result.out, 'NoProcessFoundForGivenName,Microsoft.PowerShell.Commands.StopProcessCommand\nNoProcessFoundForGivenId,Microsoft.PowerShell.Commands.StopProcessCommand\n');
});

test('spps is an alias everywhere; kill only on Windows, as in pwsh', () => {
  assert.is(lines('(Get-Alias spps).Definition'), 'Stop-Process\n');
  assert.is(lines('Test-Path alias:kill'), process.platform === 'win32' ? 'True\n' : 'False\n');
});

test.run();
