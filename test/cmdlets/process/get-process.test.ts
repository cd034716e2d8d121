/** Get-Process over sleeping children of the test: selection by name, id and input, sorting, pwsh's errors and views. */
import { userInfo } from 'node:os';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../../src/engine/index.js';
import { lines, run } from '../../engine/runtime/run-script.js';
import { startSleeper, stopSleepers } from './sleepers.js';

test.after.each(stopSleepers);

const onLinux = process.platform === 'linux';

test('-Name takes wildcards, ignores case, and output is sorted by name then id, each process once', () => {
  if (!onLinux) return;
  const b = startSleeper('pshgp-b');
  const a = startSleeper('pshgp-a');
  assert.is(lines('(Get-Process pshgp-*).Name'), 'pshgp-a\npshgp-b\n');
  assert.is(lines('(Get-Process -Name PSHGP-B, pshgp-*, pshgp-a).Id'), `${a.pid}\n${b.pid}\n`);
  assert.is(lines('(Get-Process -ProcessName pshgp-b).Id'), `${b.pid}\n`);
});

test('-Id, -InputObject and the pipeline', () => {
  if (!onLinux) return;
  const sleeper = startSleeper('pshgp-id');
  assert.is(lines(`(Get-Process -Id ${sleeper.pid}, ${sleeper.pid}).Name`), 'pshgp-id\n');
  assert.is(lines(`(Get-Process -PID ${sleeper.pid} | Get-Process).Name`), 'pshgp-id\n');
  assert.is(lines(`(Get-Process -InputObject (Get-Process -Id ${sleeper.pid})).Name`), 'pshgp-id\n');
  assert.is(lines(`([pscustomobject]@{ Id = ${sleeper.pid} } | Get-Process).Name`), 'pshgp-id\n');
  assert.is(lines(`([pscustomobject]@{ Name = 'pshgp-id' } | Get-Process).Id`), `${sleeper.pid}\n`);
  assert.ok(Number(lines('(Get-Process).Count')) > 2);
});

test("names and ids that match nothing are pwsh's errors; a wildcard that matches nothing is not", () => {
  const result = run('Get-Process -Name psh-no-such-process, psh-no-such-*; Get-Process 42000000; Get-Process -Id 2147483647; $Error | ForEach-Object { $_.FullyQualifiedErrorId + \' \' + $_.CategoryInfo.Category }');
  assert.is(
    result.err,
    'Get-Process: Cannot find a process with the name "psh-no-such-process". Verify the process name and call the cmdlet again.\n' +
      'Get-Process: Cannot find a process with the name "42000000". Try running with -Id to search by Id of processes.\n' +
      'Get-Process: Cannot find a process with the process identifier 2147483647.\n',
  );
  assert.is(
    result.out,
    'NoProcessFoundForGivenId,Microsoft.PowerShell.Commands.GetProcessCommand ObjectNotFound\n' +
      'RecommendIdTagForGivenName,Microsoft.PowerShell.Commands.GetProcessCommand ObjectNotFound\n' +
      'NoProcessFoundForGivenName,Microsoft.PowerShell.Commands.GetProcessCommand ObjectNotFound\n',
  );
});

test("a process shows in pwsh's table (NPM(K) PM(M) WS(M) CPU(s) Id SI ProcessName), list and wide views", () => {
  if (!onLinux) return;
  const sleeper = startSleeper('pshgp-view');
  const table = lines(`Get-Process -Id ${sleeper.pid}`).split('\n');
  assert.is(table.slice(0, 3).join('\n'), '\n NPM(K)    PM(M)      WS(M)     CPU(s)      Id  SI ProcessName\n ------    -----      -----     ------      --  -- -----------');
  assert.match(table[3]!, new RegExp(`^ {6}0 {5}0\\.00 +\\d+\\.\\d\\d +\\d+\\.\\d\\d +${sleeper.pid} +\\S+ pshgp-view$`));
  assert.is(lines(`Get-Process -Id ${sleeper.pid} | Format-List | Out-String`).replace(/: .*/g, ':'), '\nId      :\nHandles :\nCPU     :\nSI      :\nName    :\n\n\n');
  assert.is(lines(`Get-Process -Id ${sleeper.pid} | Format-Wide | Out-String`).trim(), 'pshgp-view');
  const priority = lines(`Get-Process -Id ${sleeper.pid} | Format-Table -View Priority`).split('\n');
  assert.is(priority.slice(0, 5).join('\n'), '\n   PriorityClass: Normal\n\nProcessName                  Id WorkingSet64\n-----------                  -- ------------');
  assert.match(priority[5]!, new RegExp(`^pshgp-view {${21 - String(sleeper.pid).length}}${sleeper.pid} +\\d+$`));
  assert.match(lines(`Get-Process -Id ${sleeper.pid} | Format-Table -View StartTime`), /^\n {3}StartTime\.ToShortDateString\(\): \d+\/\d+\/\d{4}\n/);
});

test('-IncludeUserName adds the owner and its own table', () => {
  if (!onLinux) return;
  const sleeper = startSleeper('pshgp-user');
  assert.is(lines(`$p = Get-Process -Id ${sleeper.pid} -IncludeUserName; $p.UserName; $p.pstypenames[0]; $p.Name`), `${userInfo().username}\nSystem.Diagnostics.Process#IncludeUserName\npshgp-user\n`);
  const table = lines(`Get-Process -Name pshgp-user -IncludeUserName`).split('\n');
  assert.is(table.slice(0, 3).join('\n'), '\n     WS(M)   CPU(s)      Id UserName                       ProcessName\n     -----   ------      -- --------                       -----------');
});

test('-Module lists the files mapped into the process, the program first; -FileVersionInfo its FileVersionInfo', () => {
  if (!onLinux) return;
  const sleeper = startSleeper('pshgp-module');
  assert.is(
    lines(`$m = Get-Process -Id ${sleeper.pid} -Module; $m[0].FileName; $m[0].ModuleName; $m[0].ToString(); $m.Count -gt 1; ($m | Where-Object { $_.Size -ne $_.ModuleMemorySize / 1024 }).Count; $m[0].pstypenames[0]`),
    `${process.execPath}\nnode\nSystem.Diagnostics.ProcessModule (node)\nTrue\n0\nSystem.Diagnostics.ProcessModule\n`,
  );
  assert.is(lines(`$p = Get-Process -Id ${sleeper.pid}; $p.MainModule.FileName; $p.Modules.Count -eq (Get-Process -Id ${sleeper.pid} -Module).Count`), `${process.execPath}\nTrue\n`);
  assert.is(lines(`(Get-Process -Id ${sleeper.pid} -FileVersionInfo).FileName; (Get-Process -Id ${sleeper.pid} -Module -FVI)[0].FileName`), `${process.execPath}\n${process.execPath}\n`);
  assert.is(lines(`Get-Process -Id ${sleeper.pid} -FileVersionInfo`), `\nProductVersion   FileVersion      FileName\n--------------   -----------      --------\n                                  ${process.execPath}\n\n`);
  const table = lines(`Get-Process -Id ${sleeper.pid} -Module | Select-Object -First 1`).split('\n');
  assert.is(table.slice(0, 3).join('\n'), '\n   Size(K) ModuleName                                         FileName\n   ------- ----------                                         --------');
  assert.match(table[3]!, new RegExp(`^ +\\d+ node {47}${process.execPath}$`));
});

test('gps is an alias everywhere; ps only on Windows, as in pwsh', () => {
  assert.is(lines('(Get-Alias gps).Definition'), 'Get-Process\n');
  assert.is(lines('Test-Path alias:ps'), process.platform === 'win32' ? 'True\n' : 'False\n');
});

test.run();
