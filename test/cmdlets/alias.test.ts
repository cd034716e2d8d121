/** Get-Alias, New-Alias and Set-Alias: the alias table, pwsh's options on built-in aliases, and errors. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { lines, scriptCases } from '../engine/runtime/run-script.js';

const table = (...rows: string[]) =>
  '\nCommandType     Name                                               Version    Source\n-----------     ----                                               -------    ------\n' + rows.map((row) => row + '\n').join('') + '\n';

const cases: [string, string][] = [
  ['Get-Alias gv', table('Alias           gv -> Get-Variable                                            ')],
  ['(Get-Alias gv).Definition; (Get-Alias gv).Options; (Get-Alias %).Options', 'Get-Variable\nReadOnly\nReadOnly, AllScope\n'],
  ['Get-Alias -Definition Get-Variable | ForEach-Object Name', 'gv\n'],
  ['Set-Alias say Write-Output; say hi', 'hi\n'],
  ['New-Alias say Write-Output; New-Alias again say; again hi', 'hi\n'],
  ['Set-Alias say Write-Output -Description d -PassThru | ForEach-Object { $_.Description; $_.DisplayName }', 'd\nsay -> Write-Output\n'],
  ['Set-Alias gv Write-Output -Force; gv forced', 'forced\n'],
  ['New-Alias say Write-Output; New-Alias say Write-Host -Force; (Get-Alias say).Definition', 'Write-Host\n'],
  ['Get-Alias nosuch* ; "none"', 'none\n'],
];

scriptCases(cases);

const errors: [script: string, out: string, err: string][] = [
  ['Get-Alias nosuch', '', "Get-Alias: This command cannot find a matching alias because an alias with the name 'nosuch' does not exist.\n"],
  ['Get-Alias -Definition nosuch', '', "Get-Alias: This command cannot find a matching alias because an alias with the definition 'nosuch' does not exist.\n"],
  ['Set-Alias gv foo', '', 'Set-Alias: Alias is not writeable because alias gv is read-only or constant and cannot be written to.\n'],
  ['New-Alias say Write-Output; New-Alias say Write-Host', '', "New-Alias: The alias is not allowed, because an alias with the name 'say' already exists.\n"],
  ['New-Alias k Write-Output -Option Constant; Set-Alias k Write-Host -Force', '', 'Set-Alias: Alias is not writeable because alias k is read-only or constant and cannot be written to.\n'],
];

test('each session has its own aliases', () => {
  assert.is(lines('Set-Alias gv Write-Output -Force; gv x'), 'x\n');
  assert.is(lines('(Get-Alias gv).Definition; Get-Alias say -ErrorAction Ignore; "none"'), 'Get-Variable\nnone\n');
});

scriptCases(errors);

test("pwsh's Windows-only aliases (ls, sort, tee, cat, rm...) exist only on Windows; elsewhere the names are left to native programs", () => {
  const names = ['ls', 'sort', 'tee', 'cat', 'cp', 'mv', 'rm', 'compare', 'sleep', 'write', 'clear'];
  const out = lines(`'${names.join("','")}' | ForEach-Object { [bool](Get-Alias $_ -ErrorAction SilentlyContinue) }; (Get-Alias dir, gci, md).Definition`);
  const expected = names.map(() => (process.platform === 'win32' ? 'True' : 'False'));
  assert.equal(out.split('\n'), [...expected, 'Get-ChildItem', 'Get-ChildItem', 'mkdir', '']);
});

test.run();
