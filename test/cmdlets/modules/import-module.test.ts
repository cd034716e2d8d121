/**
 * Script modules: a module's own scope under the global scope, Export-ModuleMember, Import-Module
 * by path and through $env:PSModulePath, manifests, and the PSModuleInfo it returns.
 */
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lines, run } from '../../engine/runtime/run-script.js';
import { exporting, root, tools, withModulePath, write } from './module-fixtures.js';

test("a module's functions keep the module's scope: its $script: variables, not the caller's locals", () => {
  const script = `Import-Module '${tools}'\nGet-Counter; Get-Counter\nfunction inner { $x = 'local'; Get-Where }\ninner\nGet-Helped\n"[$counter][$hidden]"`;
  assert.is(lines(script), '11\n12\nx= root=' + root.replace(/^.*\//, '') + ' path=tools.psm1\nhelper\n[][]\n');
});

test("a global function called from module code runs in the global session state: it sees neither the module's variables nor the calling module function's locals", () => {
  const caller = write('caller.psm1', "$secret = 'module'\nfunction Invoke-Outside { $local = 'module function'; Get-Seen }");
  const script = `function Get-Seen { "secret=[$secret] local=[$local] g=[$g]" }\n$g = 'global'\nImport-Module '${caller}'\nInvoke-Outside`;
  assert.is(lines(script), 'secret=[] local=[] g=[global]\n');
});

test('& $module { } runs in the module; a loaded module is not run again without -Force', () => {
  const script = `$m = Import-Module '${tools}' -PassThru\nGet-Counter\n$m = Import-Module '${tools}' -PassThru\n& $m { $counter; $hidden }\n$m = Import-Module '${tools}' -PassThru -Force\n& $m { $counter }`;
  assert.is(lines(script), '11\n11\nmodule local\n10\n');
});

test('Export-ModuleMember selects functions by wildcard and variables; the rest stay private', () => {
  const script = `Import-Module '${exporting}'\nGet-Public; Get-Publicity; $shared; "[$other]"\nGet-Private`;
  const result = run(script);
  assert.is(result.out, 'public\npublicity\nexported\n[]\n');
  assert.match(result.err, "The term 'Get-Private' is not recognized");
});

test('Export-ModuleMember outside a module is an error', () => {
  assert.match(run('Export-ModuleMember -Function x').err, 'Export-ModuleMember: The Export-ModuleMember cmdlet can only be called from inside a module.');
});

test('PSModuleInfo: name, type, version, base, exports', () => {
  const script = `$m = Import-Module '${exporting}' -PassThru\n$m.Name; $m.ModuleType; "$($m.Version)"; $m.ModuleBase -eq '${root}'; $m.Path -eq '${exporting}'\n$m.ExportedFunctions.Keys -join ','; $m.ExportedCommands.Keys -join ','; $m.ExportedVariables.Keys -join ','\n$m.ExportedFunctions['Get-Public'].GetType().Name`;
  assert.is(lines(script), 'exporting\nScript\n0.0\nTrue\nTrue\nGet-Public,Get-Publicity\nGet-Public,Get-Publicity\nshared\nFunctionInfo\n');
});

test('by name through $env:PSModulePath: Name/Name.psm1 with -ArgumentList, and the highest Name/<version>/Name.psd1', () => {
  const script = withModulePath(`Import-Module Greeter -ArgumentList 'Hi'\nGet-Greeting you\n$m = Import-Module Versioned -PassThru\nGet-Version\n$m.Version.ToString(); $m.ModuleType; $m.Description; $m.ExportedFunctions.Keys -join ','\nGet-Internal`);
  const result = run(script);
  assert.is(result.out, 'Hi, you\n2.1.0\n2.1.0\nScript\nsecond\nGet-Version\n');
  assert.match(result.err, "The term 'Get-Internal' is not recognized");
});

test('a manifest: nested modules in the module, required modules imported, GUID', () => {
  const script = withModulePath(`$m = Import-Module '${join(root, 'manifest/Main.psd1')}' -PassThru\nGet-Main; Get-Greeting me\n$m.Guid.ToString(); $m.NestedModules.Name; $m.ExportedFunctions.Keys -join ','`);
  assert.is(lines(script), 'main+nested\nHello, me\nc0ffee00-0000-0000-0000-000000000001\nNested\nGet-Nested,Get-Main\n');
});

test("a module that is not found is pwsh's Modules_ModuleNotFound error", () => {
  const result = run(withModulePath("Import-Module NoSuchModule; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category"));
  assert.is(result.out, 'Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand\nResourceUnavailable\n');
  assert.match(result.err.replace(/\s+/g, ' '), "The specified module 'NoSuchModule' was not loaded because no valid module file was found in any module directory.");
});

test("a manifest asking for a newer PowerShell is refused with pwsh's text", () => {
  assert.match(
    run(`Import-Module '${join(root, 'future.psd1')}'`).err,
    `The version of PowerShell on this computer is '7.4.6'. The module '${join(root, 'future.psd1')}' requires a minimum PowerShell version of '99.0' to run.`,
  );
});

test('unapproved verbs: one warning naming the module, none with -DisableNameChecking; -Prefix and -Function filter', () => {
  const verbs = join(root, 'verbs.psm1');
  assert.is(
    run(`Import-Module '${verbs}'`).out,
    "WARNING: The names of some imported commands from the module 'verbs' include unapproved verbs that might make them less discoverable. To find the commands with unapproved verbs, run the Import-Module command again with the Verbose parameter. For a list of approved verbs, type Get-Verb.\n",
  );
  assert.is(lines(`Import-Module '${verbs}' -DisableNameChecking -Prefix My -Function Get-*\nGet-MyFine\n(Get-Command Frobnicate-Thing -ErrorAction SilentlyContinue) -eq $null`), 'fine\nTrue\n');
});

test('-Scope Local imports into the caller only; -AsCustomObject gives script methods', () => {
  assert.is(lines(`function f { Import-Module '${tools}' -Scope Local; Get-Counter }\nf\n[bool](Get-Command Get-Counter -ErrorAction Ignore)`), '11\nFalse\n');
  assert.is(lines(`$o = Import-Module '${tools}' -AsCustomObject\n$o.'Get-Counter'()`), '11\n');
});

test("a module function's CommandInfo names its module; Get-Command -Module finds them", () => {
  const script = withModulePath(`Import-Module Versioned\n$c = Get-Command Get-Version\n$c.Source; $c.ModuleName; $c.Module.Name; "$($c.Version)"\n(Get-Command -Module Versioned).Name`);
  assert.is(lines(script), 'Versioned\nVersioned\nVersioned\n2.1.0\nGet-Version\n');
});

test.run();
