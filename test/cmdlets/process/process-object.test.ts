/** System.Diagnostics.Process as read from /proc: a sleeping child of the test, its members, ToString, Kill and WaitForExit. */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../../src/engine/index.js';
import { ConsoleHost } from '../../../src/host/console-host.js';
import { lines, run } from '../../engine/runtime/run-script.js';
import { startSleeper, stopSleepers } from './sleepers.js';

test.after.each(stopSleepers);

const onLinux = process.platform === 'linux';

test('the process of an id: name, id, path, command line, parent, session', () => {
  if (!onLinux) return;
  const sleeper = startSleeper('pshsleep');
  const get = `$p = Get-Process -Id ${sleeper.pid}`;
  assert.is(lines(`${get}; $p.Name; $p.ProcessName; $p.Id; $p.Path; $p.CommandLine; $p.Parent.Id`),
    `pshsleep\npshsleep\n${sleeper.pid}\n${process.execPath}\n${sleeper.link} -e setTimeout(() => {}, 60000)\n${process.pid}\n`);
  assert.is(lines(`${get}; $p.SI -eq (Get-Process -Id $PID).SessionId; $p.SI -eq $p.SessionId; $p.HasExited; $p.Responding; $p.MachineName; $p.PriorityClass; [int]$p.PriorityClass`), 'True\nTrue\nFalse\nTrue\n.\nNormal\n32\n');
  assert.is(lines(`${get}; $p.ToString(); "$p"; $p.GetType().FullName; $p.pstypenames -join ','`),
    'System.Diagnostics.Process (pshsleep)\nSystem.Diagnostics.Process (pshsleep)\nSystem.Diagnostics.Process\nSystem.Diagnostics.Process,System.ComponentModel.Component,System.MarshalByRefObject,System.Object\n');
});

test('memory, threads, processor time and start time', async () => {
  if (!onLinux) return;
  const sleeper = startSleeper('pshsleepmem');
  const before = Date.now();
  const out = lines(`$p = Get-Process -Id ${sleeper.pid}
    $p.WS -eq $p.WorkingSet64; $p.WS -gt 0; $p.WS.GetType().Name; $p.WorkingSet.GetType().Name; $p.VM -eq $p.VirtualMemorySize64; $p.PM -eq $p.PagedMemorySize64; $p.NPM
    $p.Threads.Count -gt 0; $p.Threads[0].Id -gt 0
    $p.TotalProcessorTime.GetType().Name; $p.CPU -eq $p.TotalProcessorTime.TotalSeconds
    $p.StartTime.GetType().Name; $p.StartTime.Kind
    [long]($p.StartTime.ToUniversalTime() - [datetime]'1970-01-01').TotalMilliseconds`);
  const outLines = out.split('\n');
  assert.is(outLines.slice(0, 13).join(' '), 'True True Int64 Int32 True True 0 True True TimeSpan True DateTime Local');
  const startMilliseconds = Number(outLines[13]);
  // .NET's private memory is the data and stack segments (kB in /proc/<pid>/status), read once Node has settled.
  const privateBytes = () => {
    const status = readFileSync(`/proc/${sleeper.pid}/status`, 'utf8');
    const kilobytes = (name: string) => Number(new RegExp(`^${name}:\\s*(\\d+) kB`, 'm').exec(status)![1]);
    return `${(kilobytes('VmData') + kilobytes('VmStk')) * 1024}\n`;
  };
  let [expected, actual] = ['', ''];
  for (let tries = 0; tries < 40 && (actual === '' || actual !== expected); tries++) {
    if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    expected = privateBytes();
    actual = lines(`(Get-Process -Id ${sleeper.pid}).PrivateMemorySize64`);
  }
  assert.is(actual, expected);
  // /proc counts start times in hundredths of a second from a boot time given in whole seconds.
  assert.ok(Math.abs(startMilliseconds - before) < 2000, `start time ${startMilliseconds} is near ${before}`);
});

test("Get-Member lists types.ps1xml's members as pwsh shows them", () => {
  if (!onLinux) return;
  assert.is(
    lines(`Get-Process -Id $PID | Get-Member -MemberType AliasProperty,CodeProperty | ForEach-Object Definition`),
    'Handles = Handlecount\nName = ProcessName\nNPM = NonpagedSystemMemorySize64\nPM = PagedMemorySize64\nSI = SessionId\nVM = VirtualMemorySize64\nWS = WorkingSet64\nSystem.Object Parent{get=GetParentProcess;}\n',
  );
  assert.is(lines(`(Get-Process -Id $PID | Get-Member CPU).Definition`), 'System.Object CPU {get=$this.TotalProcessorTime.TotalSeconds;}\n');
});

/** One psh session for several commands, so a test can await a process's end between them. */
function session(): (script: string) => string {
  let out = '';
  const host = new ConsoleHost({ stdout: (s) => { out += s; }, stderr: (s) => { out += s; } });
  return (script) => {
    out = '';
    host.runCommand(script);
    return out;
  };
}

test('Kill() ends the process, WaitForExit sees it end, and after Refresh() its name is gone', async () => {
  if (!onLinux) return;
  const sleeper = startSleeper('pshsleepkill');
  const psh = session();
  assert.is(psh(`$p = Get-Process -Id ${sleeper.pid}; $p.WaitForExit(50); $p.Kill()`), 'False\n');
  await sleeper.ended;
  assert.is(psh(`$p.HasExited; $p.WaitForExit(1000); $p.Name; $p.Refresh(); $p.ToString(); $p.Kill()`), 'True\nTrue\npshsleepkill\nSystem.Diagnostics.Process\n');
  assert.is(psh(`Get-Process -Id ${sleeper.pid} -ErrorAction SilentlyContinue; 'gone'`), 'gone\n');
  // psh did not start it, so it cannot know how it ended.
  assert.is(psh('try { $p.ExitCode } catch { $_.Exception.Message }'), 'Exception getting "ExitCode": "Process was not started by this object, so requested information cannot be determined."\n');
});

test("a running process's ExitCode is .NET's error", () => {
  if (!onLinux) return;
  const sleeper = startSleeper('pshsleepcode');
  const result = run(`$p = Get-Process -Id ${sleeper.pid}; try { $p.ExitCode } catch { $_.Exception.Message }`);
  assert.is(result.out, 'Exception getting "ExitCode": "Process must exit before requested information can be determined."\n');
});

test('Kill($true) ends the process and the processes it started', async () => {
  if (!onLinux) return;
  const parent = startSleeper('pshtree', ['-e', "require('child_process').spawn(process.argv[0], ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' }); setTimeout(() => {}, 60000)"]);
  const psh = session();
  let childId = '';
  for (let tries = 0; tries < 100 && childId === ''; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    childId = psh(`(Get-Process | Where-Object { $_.Parent.Id -eq ${parent.pid} }).Id`).trim();
  }
  assert.match(childId, /^\d+$/);
  assert.is(psh(`$child = Get-Process -Id ${childId}; (Get-Process -Id ${parent.pid}).Kill($true); $child.WaitForExit(10000)`), 'True\n');
  await parent.ended;
  assert.is(parent.child.signalCode, 'SIGKILL');
});

test('Kill($true) refuses the tree psh itself is in', () => {
  const result = run(`try { (Get-Process -Id $PID).Kill($true) } catch { $_.Exception.Message }`);
  assert.is(result.out, 'Exception calling "Kill" with "1" argument(s): "Cannot be used to terminate a process tree containing the calling process."\n');
});

test.run();
