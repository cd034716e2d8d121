/** Get-, New-, Set-, Remove- and Clear-Variable: scopes, options, wildcards and pwsh's errors. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { lines, scriptCases } from '../engine/runtime/run-script.js';

const cases: [string, string][] = [
  ['$abc = 1; $abd = "x"; Get-Variable ab*', '\nName                           Value\n----                           -----\nabc                            1\nabd                            x\n\n'],
  ['$a = 5; Get-Variable a -ValueOnly', '5\n'],
  ['$a = 5; (Get-Variable a).Value = 6; $a', '6\n'],
  ['$aa = 1; $ab = 2; Get-Variable a? -Exclude ab -ValueOnly', '1\n'],
  ['$aa = 1; $ab = 2; Get-Variable a* -Include ab -ValueOnly', '2\n'],
  ['Get-Variable nosuch* ; "none"', 'none\n'],
  ['New-Variable n 3; $n', '3\n'],
  ['New-Variable n 3 -Option ReadOnly -Description d; (Get-Variable n).Options; (Get-Variable n).Description', 'ReadOnly\nd\n'],
  ['New-Variable n 3 -Option Constant; (Get-Variable n).Options', 'Constant\n'],
  ['New-Variable n 1; New-Variable n 2 -Force; $n', '2\n'],
  ['Set-Variable s 4; $s', '4\n'],
  ['Set-Variable s 4 -PassThru | ForEach-Object Name', 's\n'],
  ['1, 2 | Set-Variable p; $p.Count', '2\n'],
  ['$l = 1; Set-Variable l 2 -Append; Set-Variable l 3 -Append; $l -join ","', '1,2,3\n'],
  ['function f { Set-Variable g 1 -Scope Global; Set-Variable s 2 -Scope 1 }; f; $g; $s', '1\n2\n'],
  ['$v = 1; function f { $v = 2; Get-Variable v -Scope 1 -ValueOnly; Get-Variable v -ValueOnly }; f', '1\n2\n'],
  ['New-Variable r 1 -Option ReadOnly; Set-Variable r 2 -Force; $r', '2\n'],
  ['New-Variable r 1 -Option ReadOnly; Remove-Variable r -Force; $null -eq (Get-Variable r -ErrorAction Ignore)', 'True\n'],
  ['$x = 1; Remove-Variable x; $null -eq $x', 'True\n'],
  ['$x = 1; Clear-Variable x; $null -eq $x', 'True\n'],
  ['$x = 1; function f { Clear-Variable x; $null -eq $x }; f; $x', 'True\n1\n'],
  ['$x = 1; Remove-Variable x -WhatIf; $x', 'What if: Performing the operation "Remove variable" on target "Name: x".\n1\n'],
];

scriptCases(cases);

const errors: [script: string, out: string, err: string][] = [
  ['Get-Variable nosuch', '', "Get-Variable: Cannot find a variable with the name 'nosuch'.\n"],
  ['$a = 1; New-Variable a 2', '', "New-Variable: A variable with name 'a' already exists.\n"],
  ['New-Variable r 1 -Option ReadOnly; Set-Variable r 2', '', 'Set-Variable: Cannot overwrite variable r because it is read-only or constant.\n'],
  ['New-Variable r 1 -Option ReadOnly; Remove-Variable r', '', 'Remove-Variable: Cannot remove variable r because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.\n'],
  ['New-Variable c 1 -Option Constant; Remove-Variable c -Force', '', 'Remove-Variable: Cannot remove variable c because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.\n'],
  ['$c = 1; Set-Variable c -Option Constant', '', 'Set-Variable: Existing variable c cannot be made constant. Variables can be made constant only at creation time.\n'],
  ['$x = 1; function f { Remove-Variable x }; f', '', "Remove-Variable: Cannot find a variable with the name 'x'.\n"],
  ['Clear-Variable nosuch', '', "Clear-Variable: Cannot find a variable with the name 'nosuch'.\n"],
  ['Get-Variable x -Scope 5', '', "Get-Variable: The scope number '5' exceeds the number of active scopes.\n"],
  ['Get-Variable x -Scope nowhere', '', 'Get-Variable: Cannot process argument because the value of parameter "Scope" is not valid. Valid values are "Global", "Local", or "Script", or a number relative to the current scope (0 through the number of scopes where 0 is the current scope and 1 is its parent). Change the value of the "Scope" parameter and run the operation again.\n'],
];

scriptCases(errors);

test('error ids name the cmdlet', () => {
  assert.is(lines('try { Get-Variable nosuch -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }'), 'VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand\nObjectNotFound\n');
});

test.run();
