/** The terminal's prompts: confirmation choices, mandatory parameters and masked secrets answered from an input stream. */
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ConsoleHost } from '../../src/host/console-host.js';
import { lineReader, secretReader, terminalUserInterface } from '../../src/host/terminal-user-interface.js';

/** Runs `script` with the terminal prompts reading `answers`; returns everything written, prompts included. */
function answering(script: string, answers: string): { out: string; err: string } {
  const dir = mkdtempSync(join(tmpdir(), 'psh-tui-'));
  const file = join(dir, 'answers');
  writeFileSync(file, answers);
  const fd = openSync(file, 'r');
  let out = '';
  let err = '';
  try {
    const host = new ConsoleHost({ stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
    const write = (s: string) => { out += s; };
    host.runspace.context.host = terminalUserInterface(write, lineReader(fd, host.runspace.context.stop), secretReader(fd, write, host.runspace.context.stop));
    host.runCommand(script);
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
  return { out, err };
}

const disconnect = 'function Disconnect-Thing { [CmdletBinding(SupportsShouldProcess, ConfirmImpact="High")] param([Parameter(Position=0, ValueFromPipeline)]$Name) process { if ($PSCmdlet.ShouldProcess($Name, "Disconnect")) { "done $Name" } } }; ';
const choiceLine = '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is "Y"): ';
const question = 'Confirm\nAre you sure you want to perform this action?\nPerforming the operation "Disconnect" on target "ITTask".\n';

test('a High-impact command asks, and Yes goes on', () => {
  const { out, err } = answering(disconnect + 'Disconnect-Thing ITTask', 'y\n');
  assert.is(err, '');
  assert.is(out, question + choiceLine + 'done ITTask\n');
});

test('an empty answer takes the default; No skips', () => {
  assert.is(answering(disconnect + 'Disconnect-Thing ITTask', '\n').out, question + choiceLine + 'done ITTask\n');
  assert.is(answering(disconnect + 'Disconnect-Thing ITTask', 'n\n').out, question + choiceLine);
});

test('? lists the choices with their help, then asks again', () => {
  const { out } = answering(disconnect + 'Disconnect-Thing ITTask', '?\nno\n');
  assert.ok(out.includes('Y - Continue with only the next step of the operation.\n'), out);
  assert.ok(out.includes('L - Skip this operation and all subsequent operations.\n'), out);
  assert.is(out.split(choiceLine).length, 3);
  assert.not.ok(out.includes('done'));
});

test('Yes to All answers the rest of the same invocation', () => {
  const { out } = answering(disconnect + '"a", "b", "c" | Disconnect-Thing', 'a\n');
  assert.is(out.split(choiceLine).length, 2);
  assert.ok(out.endsWith('done a\ndone b\ndone c\n'), out);
});

test('missing mandatory parameters are asked for, arrays one element per line until an empty one', () => {
  const script = 'function m { param([Parameter(Mandatory)][string]$X, [Parameter(Mandatory)][int[]]$N) "$X $($N -join "+")" }; m';
  const { out, err } = answering(script, 'hello\n1\n2\n\n');
  assert.is(err, '');
  assert.is(out, 'cmdlet m at command pipeline position 1\nSupply values for the following parameters:\nX: N[0]: N[1]: N[2]: hello 1+2\n');
});

test('the prompt names the command\'s place in its pipeline', () => {
  const { out, err } = answering('function m { param([Parameter(Mandatory)]$X, [Parameter(ValueFromPipeline)]$In) process { "$X $In" } }; 1 | ForEach-Object { $_ } | m', 'x\n');
  assert.is(err, '');
  assert.is(out, 'cmdlet m at command pipeline position 3\nSupply values for the following parameters:\nX: x 1\n');
});

test('input ending at a prompt is the missing-parameter error', () => {
  const { err } = answering('function m { param([Parameter(Mandatory)]$X) $X }; m', '');
  assert.is(err, 'm: Cannot process command because of one or more missing mandatory parameters: X.\n');
});

const secretCases: [string, string, string][] = [
  // [typed, echoed after the prompt, the value read]
  ['hunter2\n', '*******\n', 'hunter2'],
  ['ab\x7fc\n', '**\b \b*\n', 'ac'],
  ['\x7f\bx\r', '*\n', 'x'],
  ['é€z\n', '***\n', 'é€z'],
  ['é\x7fz\n', '*\b \b*\n', 'z'],
  ['a\x1b[Db\x1bOA\tc\n', '***\n', 'abc'],
  ['\n', '\n', ''],
];

test('a secret echoes * per character; Backspace erases one, control keys are ignored, Enter ends', () => {
  for (const [typed, echoed, value] of secretCases) {
    const { out, err } = answering('$s = Read-Host -MaskInput pw; "[$s]"', typed);
    assert.is(err, '');
    assert.is(out, `pw: ${echoed}[${value}]\n`, JSON.stringify(typed));
  }
});

test('a secret reads only its own line: the next prompt reads the rest', () => {
  const { out } = answering('$c = Get-Credential; $c.UserName; $c.Password | ConvertFrom-SecureString -AsPlainText', 'ann\npw\n');
  assert.is(out, '\nPowerShell credential request\nEnter your credentials.\nUser: Password for user ann: **\nann\npw\n');
});

test('Ctrl+C at a secret stops the pipeline: finally runs, no error', () => {
  const { out, err } = answering('try { Read-Host -AsSecureString pw } finally { "finally ran" }; "after"', 'ab\x03rest\n');
  assert.is(err, '');
  assert.is(out, 'pw: **finally ran\n');
});

test('input ending at a secret prompt reads nothing', () => {
  assert.is(answering('$s = Read-Host -MaskInput pw; $null -eq $s', '').out, 'pw: True\n');
});

test.run();
