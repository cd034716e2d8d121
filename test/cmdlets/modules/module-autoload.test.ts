/** Modules imported on demand: auto-loading of a command not found, and a script's `#requires -Modules`. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lines, run } from '../../engine/runtime/run-script.js';
import { withModulePath, write } from './module-fixtures.js';

test("a .psm1's top-level function and a manifest's FunctionsToExport load their module on first use", () => {
  assert.is(lines(withModulePath('Get-Greeting x\n(Get-Module).Name\nGet-Version\n(Get-Module).Name -join ","')), 'Hello, x\nGreeter\n2.1.0\nGreeter,Versioned\n');
});

test('a function the manifest does not export loads nothing and is not found', () => {
  const result = run(withModulePath('Get-Internal\n(Get-Module).Count'));
  assert.is(result.out, '0\n');
  assert.match(result.err, "The term 'Get-Internal' is not recognized");
});

test('#requires -Modules imports the module before the script runs; a missing one stops it with ScriptRequiresMissingModules', () => {
  const needsGreeter = write('requires-greeter.ps1', '#requires -Modules Greeter\nGet-Greeting req\n(Get-Module).Name\n');
  const needsMissing = write('requires-missing.ps1', '#requires -Modules NoSuch\n"ran"\n');
  assert.is(lines(withModulePath(`& '${needsGreeter}'`)), 'Hello, req\nGreeter\n');
  const result = run(withModulePath(`& '${needsMissing}'`));
  assert.is(result.out, '');
  assert.match(
    result.err.replace(/\s+/g, ' '),
    `The script 'requires-missing.ps1' cannot be run because the following modules that are specified by the "#requires" statements of the script are missing: The module 'NoSuch' cannot be found..`,
  );
});

test.run();
