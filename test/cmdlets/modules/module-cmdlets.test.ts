/** Get-Module, Remove-Module and New-Module over script modules, with pwsh's table and texts. */
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lines, run } from '../../engine/runtime/run-script.js';
import { exporting, root, withModulePath } from './module-fixtures.js';

test("Get-Module: loaded modules in pwsh's table, -Name wildcards, -All with nested modules", () => {
  const script = withModulePath(`Import-Module Versioned; Import-Module '${exporting}'\n(Get-Module -Name ex*).Name\nGet-Module`);
  assert.is(
    lines(script),
    'exporting\n\nModuleType Version    PreRelease Name                                ExportedCommands\n' +
      '---------- -------    ---------- ----                                ----------------\n' +
      'Script     2.1.0                 Versioned                           {Get-Version}\n' +
      'Script     0.0                   exporting                           {Get-Public, Get-Publicity}\n\n',
  );
  assert.is(lines(withModulePath(`Import-Module '${join(root, 'manifest/Main.psd1')}'\n(Get-Module).Name -join ","\n(Get-Module -All).Name -join ","`)), 'Greeter,Main\nGreeter,Main,Nested\n');
});

test('Format-Table -AutoSize and Format-List show the exported names of a module passed down the pipeline', () => {
  const shown = lines(withModulePath('Import-Module Versioned\nGet-Module Versioned | Format-Table -AutoSize\n(Get-Module Versioned | Format-List | Out-String) -match "ExportedFunctions : \\{Get-Version\\}"'));
  assert.is(
    shown,
    '\nModuleType Version PreRelease Name      ExportedCommands\n---------- ------- ---------- ----      ----------------\nScript     2.1.0              Versioned {Get-Version}\n\nTrue\n',
  );
});

test('Get-Module -ListAvailable reads the modules in $env:PSModulePath without loading them', () => {
  assert.is(lines(withModulePath('Get-Module -ListAvailable | % { "$($_.Name) $($_.Version) $($_.ModuleType)" }\n(Get-Module).Count')), 'Greeter 0.0 Script\nVersioned 2.1.0 Script\n0\n');
});

test('Remove-Module takes the exported commands away; by name, by object or from the pipeline', () => {
  // (Running Get-Version now would import the module again, by auto-loading.)
  assert.is(lines(withModulePath(`Import-Module Versioned\nRemove-Module Versioned\n(Get-Module).Count\nTest-Path function:Get-Version`)), '0\nFalse\n');
  assert.is(lines(withModulePath(`Import-Module Versioned, Greeter\nGet-Module Greeter | Remove-Module\n(Get-Module).Name\nGet-Version`)), 'Versioned\n2.1.0\n');
});

test("Remove-Module of a name that is not loaded is pwsh's NoModulesRemoved; a wildcard matching nothing is not", () => {
  const result = run('Remove-Module NoSuch; $Error[0].FullyQualifiedErrorId; Remove-Module No*; $Error.Count');
  assert.is(result.out, 'Modules_NoModulesRemoved,Microsoft.PowerShell.Commands.RemoveModuleCommand\n1\n');
  assert.match(result.err.replace(/\s+/g, ' '), 'No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.');
});

test('New-Module: a dynamic module whose functions are imported, with arguments; -ReturnResult and -AsCustomObject', () => {
  assert.is(lines('$m = New-Module -Name Dyn { param($p) $v = $p; function Get-Dyn { "dyn $v" } } -ArgumentList one\n$m.Name; Get-Dyn; (Get-Module).Count'), 'Dyn\ndyn one\n0\n');
  assert.match(lines('(New-Module { function Get-Anon {} }).Name'), /^__DynamicModule_[0-9a-f-]{36}\n$/);
  assert.is(lines("New-Module { 'result'; function Get-Quiet {} } -ReturnResult\n(New-Module { function Get-A { 'a' } } -AsCustomObject).'Get-A'()"), 'result\na\n');
  assert.is(lines("New-Module { function Get-One { 1 }; function Get-Two { 2 } } -Function Get-Two | Out-Null\nGet-Two; [bool](Get-Command Get-One -ErrorAction Ignore)"), '2\nFalse\n');
});

test.run();
