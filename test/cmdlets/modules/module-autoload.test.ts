/** Module auto-loading: a command not found is imported from the module in $env:PSModulePath that exports it. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lines, run } from '../../engine/runtime/run-script.js';
import { withModulePath } from './module-fixtures.js';

test("a .psm1's top-level function and a manifest's FunctionsToExport load their module on first use", () => {
  assert.is(lines(withModulePath('Get-Greeting x\n(Get-Module).Name\nGet-Version\n(Get-Module).Name -join ","')), 'Hello, x\nGreeter\n2.1.0\nGreeter,Versioned\n');
});

test('a function the manifest does not export loads nothing and is not found', () => {
  const result = run(withModulePath('Get-Internal\n(Get-Module).Count'));
  assert.is(result.out, '0\n');
  assert.match(result.err, "The term 'Get-Internal' is not recognized");
});

test.run();
