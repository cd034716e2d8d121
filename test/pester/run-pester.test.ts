/**
 * Runs the engine's Pester test files (test/pester/*.Tests.ps1) through psh's Invoke-Pester:
 * every test must pass (or be marked -Skip), and each file must run as many tests as it holds.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import '../../src/engine/index.js';
import { run } from '../engine/runtime/run-script.js';

const folder = fileURLToPath(new URL('.', import.meta.url));

/** Tests per file, counting each -ForEach item: passed and skipped. */
const expectedCounts: Record<string, { passed: number; skipped: number }> = {
  'advanced-functions.Tests.ps1': { passed: 27, skipped: 0 },
  'classes.Tests.ps1': { passed: 15, skipped: 0 },
  'dotnet.Tests.ps1': { passed: 39, skipped: 0 },
  'errors.Tests.ps1': { passed: 22, skipped: 0 },
  'flow.Tests.ps1': { passed: 25, skipped: 0 },
  'hashtables.Tests.ps1': { passed: 18, skipped: 0 },
  'mocking.Tests.ps1': { passed: 23, skipped: 0 },
  'operators.Tests.ps1': { passed: 15, skipped: 0 },
  'pipelines.Tests.ps1': { passed: 27, skipped: 0 },
  'scopes.Tests.ps1': { passed: 17, skipped: 0 },
  'switch.Tests.ps1': { passed: 11, skipped: 0 },
  'text-operators.Tests.ps1': { passed: 26, skipped: 0 },
  'values.Tests.ps1': { passed: 15, skipped: 0 },
};

const files = readdirSync(folder).filter((name) => name.endsWith('.Tests.ps1')).sort();

test('every Pester file has its expected count here', () => {
  assert.equal(files, Object.keys(expectedCounts).sort());
});

for (const file of files) {
  test(`${file} passes under Invoke-Pester`, () => {
    const expected = expectedCounts[file] ?? { passed: -1, skipped: -1 };
    const path = `${folder}${file}`.replace(/'/g, "''");
    const result = run(`$r = Invoke-Pester -Path '${path}' -PassThru; "$($r.PassedCount)/$($r.FailedCount)/$($r.SkippedCount)/$($r.FailedBlocksCount)"`);
    // On failure the output carries Pester's failure lines with their messages.
    assert.is(result.out.trim().split('\n').pop(), `${expected.passed}/0/${expected.skipped}/0`, result.out + result.err);
    assert.is(result.err, '');
  });
}

test.run();
