/** Running script files as `psh -File` does: arguments bound to param(), $PSScriptRoot, exit codes, positions in errors. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleHost, scriptArgument } from '../../src/host/console-host.js';

function runFile(text: string, args: string[]): { out: string; err: string; code: number; path: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'psh-file-'));
  const path = join(dir, 'script.ps1');
  writeFileSync(path, text);
  let out = '';
  let err = '';
  try {
    const code = new ConsoleHost({ stdout: (s) => { out += s; }, stderr: (s) => { err += s; } }).runScript(text, path, args);
    return { out, err, code, path, dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('arguments bind to the script parameters by name and position', () => {
  const result = runFile('param($First, $Second, [switch]$Flag)\n"$First|$Second|$Flag"\n', ['one', '-Flag', '-Second', 'two']);
  assert.is(result.out, 'one|two|True\n');
  assert.is(result.code, 0);
});

test('$PSScriptRoot and $PSCommandPath name the script', () => {
  const result = runFile('$PSCommandPath\n$PSScriptRoot\n$MyInvocation.MyCommand.Name\n$MyInvocation.MyCommand.Path\n', []);
  assert.is(result.out, `${result.path}\n${result.dir}\nscript.ps1\n${result.path}\n`);
});

test('exit N is the exit code; a terminating error gives 1 and shows the file and line', () => {
  assert.is(runFile('exit 9\n', []).code, 9);
  const result = runFile('"start"\n\nthrow "bad thing"\n"never"\n', []);
  assert.is(result.code, 1);
  assert.is(result.out, 'start\n');
  assert.is(result.err, `Exception: ${result.path}:3\nLine |\n   3 |  throw "bad thing"\n     |  ~~~~~~~~~~~~~~~~~\n     | bad thing\n`);
});

test('a non-terminating error does not change the -File exit code', () => {
  const result = runFile('Write-Error "soft"\n"after"\n', []);
  assert.is(result.code, 0);
  assert.is(result.out, 'after\n');
  assert.match(result.err, /^Write-Error: .*script\.ps1:1\n/);
});

test('a script missing a mandatory parameter reports by its file name', () => {
  const result = runFile('param([Parameter(Mandatory)] $Path)\n$Path\n', []);
  assert.is(result.err, 'script.ps1: Cannot process command because of one or more missing mandatory parameters: Path.\n');
  assert.is(result.code, 1);
});

test('#requires for a newer PowerShell or the Desktop edition stops the script before it runs', () => {
  const newer = runFile('#requires -Version 9.1\n"ran"\n', []);
  assert.is(newer.out, '');
  assert.is(newer.code, 1);
  assert.match(newer.err, /The script 'script\.ps1' cannot be run because it contained a "#requires" statement for PowerShell 9\.1\. The version of PowerShell that is required by the script does not match the currently running version of PowerShell 7\.4\.6\./);
  const desktop = runFile('#requires -PSEdition Desktop\n"ran"\n', []);
  assert.match(desktop.err, /statement for PowerShell editions 'Desktop'/);
  assert.is(runFile('#requires -Version 7.0\n"ran"\n', []).out, 'ran\n');
});

test('command-line arguments become parameters, colon values and plain strings', () => {
  assert.equal(scriptArgument('-Name'), { kind: 'parameter', name: 'Name', colon: false });
  assert.equal(scriptArgument('-Flag:$false'), { kind: 'parameter', name: 'Flag', colon: true, value: false });
  assert.equal(scriptArgument('-n:5'), { kind: 'parameter', name: 'n', colon: true, value: '5' });
  assert.equal(scriptArgument('plain'), { kind: 'positional', value: 'plain' });
  assert.equal(scriptArgument('-'), { kind: 'positional', value: '-' });
});

test.run();
