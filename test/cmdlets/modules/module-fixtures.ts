/** Module fixtures written into a temporary folder, shared by the module cmdlets' tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = mkdtempSync(join(tmpdir(), 'psh-modules-'));
export function write(relative: string, text: string): string {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

export const tools = write(
  'tools.psm1',
  [
    '$script:counter = 10',
    "$hidden = 'module local'",
    'function Get-Counter { $script:counter++; $script:counter }',
    'function Get-Where { "x=$x root=$(Split-Path -Leaf $PSScriptRoot) path=$(Split-Path -Leaf $PSCommandPath)" }',
    "function helper { 'helper' }",
    'function Get-Helped { helper }',
  ].join('\n'),
);
export const exporting = write(
  'exporting.psm1',
  [
    "$shared = 'exported'",
    '$other = 1',
    "function Get-Public { 'public' }",
    "function Get-Private { 'private' }",
    "function Get-Publicity { 'publicity' }",
    "Export-ModuleMember -Function Get-Public* -Variable shared",
  ].join('\n'),
);
export const modulePath = join(root, 'path');
write('path/Greeter/Greeter.psm1', "param($greeting = 'Hello') function Get-Greeting($name) { \"$greeting, $name\" }");
write('path/Versioned/1.0.0/Versioned.psd1', "@{ ModuleVersion = '1.0.0'; RootModule = 'Versioned.psm1' }");
write('path/Versioned/1.0.0/Versioned.psm1', "function Get-Version { '1.0.0' }");
write('path/Versioned/2.1.0/Versioned.psd1', "@{ ModuleVersion = '2.1.0'; RootModule = 'Versioned.psm1'; Description = 'second'; FunctionsToExport = 'Get-Version' }");
write('path/Versioned/2.1.0/Versioned.psm1', "function Get-Version { '2.1.0' }\nfunction Get-Internal { 'internal' }");
write('manifest/Main.psd1', "@{ ModuleVersion = '3.2'; RootModule = 'Main.psm1'; NestedModules = @('Nested.psm1'); RequiredModules = @('Greeter'); GUID = 'c0ffee00-0000-0000-0000-000000000001' }");
write('manifest/Main.psm1', "function Get-Main { \"main+$(Get-Nested)\" }");
write('manifest/Nested.psm1', "function Get-Nested { 'nested' }");
write('future.psd1', "@{ ModuleVersion = '1.0'; PowerShellVersion = '99.0' }");
write('verbs.psm1', "function Frobnicate-Thing { 'frob' }\nfunction Get-Fine { 'fine' }");

/** The script with $env:PSModulePath set to the fixtures' module folder first. */
export function withModulePath(script: string): string {
  return `$env:PSModulePath = '${modulePath}'\n${script}`;
}
