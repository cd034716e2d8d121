/** Read-Host, Get-Credential, Get-Host, Clear-Host, Write-Progress and the SecureString conversions. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { ConsoleHost } from '../../src/host/console-host.js';
import { terminalUserInterface } from '../../src/host/terminal-user-interface.js';
import { lines, run, scriptCases } from '../engine/runtime/run-script.js';

/**
 * Runs a script on an interactive host whose terminal answers with `answers`; returns what the
 * terminal and stdout showed. A secret answer shows as the terminal echoes it: `*` per character.
 */
function interactive(script: string, answers: string[]): { shown: string; err: string } {
  let shown = '';
  let err = '';
  const host = new ConsoleHost({ stdout: (s) => { shown += s; }, stderr: (s) => { err += s; } });
  const secret = () => {
    const answer = answers.shift() ?? null;
    if (answer !== null) shown += '*'.repeat(answer.length) + '\n';
    return answer;
  };
  host.runspace.context.host = terminalUserInterface((text) => { shown += text; }, () => answers.shift() ?? null, secret);
  host.runCommand(script);
  return { shown, err };
}

test('Read-Host shows the prompt with ": " and returns the line', () => {
  assert.equal(interactive('$n = Read-Host "Your", "name"; "got $n"', ['Ann']), { shown: 'Your name: got Ann\n', err: '' });
  assert.equal(interactive('(Read-Host).Length', ['abc']), { shown: '3\n', err: '' });
  assert.equal(interactive('$s = Read-Host -AsSecureString "pw"; $s.GetType().FullName; $s | ConvertFrom-SecureString -AsPlainText', ['hunter2']), {
    shown: 'pw: *******\nSystem.Security.SecureString\nhunter2\n',
    err: '',
  });
  assert.equal(interactive('$s = Read-Host -MaskInput "pin"; $s.GetType().Name; $s', ['1234']), { shown: 'pin: ****\nString\n1234\n', err: '' });
  assert.equal(interactive('$s = $Host.UI.ReadLineAsSecureString(); $s.GetType().Name; $s.Length', ['abc']), { shown: '***\nSecureString\n3\n', err: '' });
});

test('Get-Credential prompts as pwsh\'s console host does', () => {
  const { shown, err } = interactive('$c = Get-Credential; $c.UserName; $c.Password.Length', ['', 'bob', 'secret']);
  assert.is(err, '');
  assert.is(shown, '\nPowerShell credential request\nEnter your credentials.\nUser: User: Password for user bob: ******\nbob\n6\n');
  assert.is(interactive('(Get-Credential -UserName ann -Title T -Message M).UserName', ['pw']).shown, '\nT\nM\nPassword for user ann: **\nann\n');
});

test('a non-interactive host refuses to read', () => {
  const refusal = 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n';
  assert.is(run('Read-Host "x"').err, 'Read-Host: ' + refusal);
  assert.is(run('Read-Host -AsSecureString "x"').err, 'Read-Host: ' + refusal);
  assert.is(run('Get-Credential -UserName u').err, 'Get-Credential: ' + refusal);
});

const cases: [string, string][] = [
  ['$c = [pscredential]::new("bob", (ConvertTo-SecureString "pw" -AsPlainText -Force)); (Get-Credential $c).UserName; $c', 'bob\n\nUserName                     Password\n--------                     --------\nbob      System.Security.SecureString\n\n'],
  ['$Host.Name; (Get-Host).InstanceId -eq $Host.InstanceId; $Host.Version -eq $PSVersionTable.PSVersion; "$($Host.CurrentCulture)"', 'ConsoleHost\nTrue\nTrue\nen-US\n'],
  ['Write-Progress -Activity a -Status s -PercentComplete 5; Write-Progress a -Completed; "after"', 'after\n'],
  ['$ProgressPreference = "Stop"; Write-Progress -Activity a -ProgressAction SilentlyContinue; "quiet"', 'quiet\n'],
];

scriptCases(cases);

test('Get-Host lists the host as pwsh does', () => {
  assert.match(lines('Get-Host'), /^\nName             : ConsoleHost\nVersion          : 7\.\d+\.\d+\nInstanceId       : [0-9a-f-]{36}\nUI               : System\.Management\.Automation\.Internal\.Host\.InternalHostUserInterface\nCurrentCulture   : en-US\nCurrentUICulture : en-US\nPrivateData      : Microsoft\.PowerShell\.ConsoleHost\+ConsoleColorProxy\nDebuggerEnabled  : True\nIsRunspacePushed : False\nRunspace         : System\.Management\.Automation\.Runspaces\.LocalRunspace\n\n$/);
});

test('Clear-Host writes the clear sequence to the host', () => {
  assert.is(lines('cls'), '\x1b[H\x1b[2J\x1b[3J');
});

test('Write-Progress without an activity is pwsh\'s error; Stop stops', () => {
  assert.is(run('Write-Progress -Activity act -ProgressAction Stop').err, 'Write-Progress: The running command stopped because the preference variable "ProgressPreference" or common parameter is set to Stop: act\n');
  assert.is(run('Write-Progress').err, "Write-Progress: Missing value for mandatory parameter. (Parameter 'Activity')\n");
});

test.run();
