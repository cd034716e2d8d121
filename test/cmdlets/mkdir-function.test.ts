/** mkdir and md: pwsh's script function over New-Item -ItemType Directory, in a fresh temporary directory. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { run } from '../engine/runtime/run-script.js';

const cases: [string, string, string?][] = [
  ['mkdir a | ForEach-Object { "$($_.GetType().Name) $($_.Name)" }; Test-Path a -PathType Container', 'DirectoryInfo a\nTrue\n'],
  ['md b/c | ForEach-Object Name; Test-Path b/c', 'c\nTrue\n'],
  ['mkdir -Name n -Path . | ForEach-Object Name', 'n\n'],
  ['(Get-Command mkdir).CommandType; (Get-Alias md).Definition', 'Function\nmkdir\n'],
  ['mkdir w -WhatIf; Test-Path w', `What if: Performing the operation "Create Directory" on target "Destination: ${'<root>'}/w".\nFalse\n`],
  ["'p', 'q' | ForEach-Object { [pscustomobject]@{ Path = $_ } } | mkdir | ForEach-Object Name", 'p\nq\n'],
  ['mkdir e | Out-Null; mkdir e', '', 'An item with the specified name <root>/e already exists.'],
];

for (const [script, expected, error] of cases) {
  test(script, () => {
    const root = mkdtempSync(join(tmpdir(), 'psh-mkdir-'));
    try {
      const result = run(`Set-Location '${root}'; ${script}`);
      assert.is(result.out, expected.replaceAll('<root>', root));
      if (error) assert.ok(result.err.includes(error.replaceAll('<root>', root)), result.err);
      else assert.is(result.err, '');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}

test.run();
