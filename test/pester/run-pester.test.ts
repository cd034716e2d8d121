/**
 * Runs the engine's Pester test files (test/pester/*.Tests.ps1) through psh's Invoke-Pester:
 * every test must pass, and each file must run as many tests as it holds.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fileURLToPath } from 'node:url';
import '../../src/engine/index.js';
import { run } from '../engine/runtime/run-script.js';

const folder = fileURLToPath(new URL('.', import.meta.url));

/** Tests per file, counting each -TestCases entry. */
const expectedCounts: Record<string, number> = {
  'flow.Tests.ps1': 25,
  'operators.Tests.ps1': 15,
  'values.Tests.ps1': 15,
};

for (const [file, count] of Object.entries(expectedCounts)) {
  test(`${file} passes under Invoke-Pester`, () => {
    const path = `${folder}${file}`.replace(/'/g, "''");
    const result = run(`$r = Invoke-Pester -Path '${path}' -PassThru; "$($r.PassedCount)/$($r.TotalCount)"`);
    // On failure the output carries Pester's failure lines with their messages.
    assert.is(result.out.trim().split('\n').pop(), `${count}/${count}`, result.out + result.err);
    assert.is(result.err, '');
  });
}

test.run();
