/** Wait-Process over sleeping children of the test: exited processes, -Any, -Timeout's error, -PassThru, waiting on psh itself. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../../src/engine/index.js';
import { lines, run } from '../../engine/runtime/run-script.js';
import { startSleeper, stopSleepers } from './sleepers.js';

test.after.each(stopSleepers);

const onLinux = process.platform === 'linux';

test('waits for the processes it is given to exit', () => {
  if (!onLinux) return;
  const first = startSleeper('pshwait-a');
  const second = startSleeper('pshwait-b');
  assert.is(lines(`$p = Get-Process -Id ${first.pid}, ${second.pid}; $p | Stop-Process; Wait-Process -InputObject $p -Timeout 10; $p.HasExited`), 'True\nTrue\n');
});

test('-Any returns when one has exited; -PassThru writes them all', () => {
  if (!onLinux) return;
  const stopped = startSleeper('pshwait-stopped');
  const running = startSleeper('pshwait-running');
  // (-PassThru's objects were refreshed, so the stopped one's name is gone, as in .NET.)
  assert.is(lines(`$p = Get-Process pshwait-*; Stop-Process -Id ${stopped.pid}; ($p | Wait-Process -Any -Timeout 10 -PassThru).Id; $p.HasExited`), `${running.pid}\n${stopped.pid}\nFalse\nTrue\n`);
  assert.is(running.child.exitCode, null);
});

test("-Timeout ends the wait with pwsh's error for each process still running", () => {
  if (!onLinux) return;
  const sleeper = startSleeper('pshwait-timeout');
  const result = run(`Wait-Process -Name pshwait-timeout -Timeout 0; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category; $Error[0].TargetObject.Id`);
  assert.is(result.err, `Wait-Process: This command stopped operation because process "pshwait-timeout (${sleeper.pid})" is not stopped in the specified time-out.\n`);
  assert.is(result.out, `ProcessNotTerminated,Microsoft.PowerShell.Commands.WaitProcessCommand\nCloseError\n${sleeper.pid}\n`);
});

test("psh cannot wait on itself, and an unknown id is pwsh's error", () => {
  const result = run('Wait-Process -Id $PID; Wait-Process 2147483647; $Error.FullyQualifiedErrorId');
  assert.is(
    result.err,
    'Wait-Process: This command stopped operation because it cannot wait on itself. Specify another process and Run your command again.\n' +
      'Wait-Process: Cannot find a process with the process identifier 2147483647.\n',
  );
  assert.is(result.out, 'NoProcessFoundForGivenId,Microsoft.PowerShell.Commands.WaitProcessCommand\nWaitOnItself,Microsoft.PowerShell.Commands.WaitProcessCommand\n');
});

test.run();
