/** New-TemporaryFile: a new empty tmpXXXXXX.tmp file in the temporary directory, as a FileInfo. */
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { run } from '../engine/runtime/run-script.js';

test('it creates an empty owner-only file in the temporary directory and writes its FileInfo', () => {
  const result = run("$f = New-TemporaryFile; $f.FullName; $f.GetType().FullName; $f.Length; $f.DirectoryName; $f.Name -cmatch '^tmp[A-Za-z0-9]{6}\\.tmp$'");
  const [path, typeName, length, directory, nameMatches] = result.out.split('\n');
  try {
    assert.equal([result.err, typeName, length, directory, nameMatches], ['', 'System.IO.FileInfo', '0', tmpdir(), 'True']);
    const stats = statSync(path!);
    assert.equal([stats.isFile(), stats.size, stats.mode & 0o777], [true, 0, 0o600]);
  } finally {
    rmSync(path!, { force: true });
  }
});

test('two calls make two files', () => {
  const [first, second] = run('(New-TemporaryFile).FullName; (New-TemporaryFile).FullName').out.split('\n');
  try {
    assert.is.not(first, second);
  } finally {
    for (const path of [first!, second!]) rmSync(path, { force: true });
  }
});

test('-WhatIf names the temporary directory and creates nothing', () => {
  assert.is(run('New-TemporaryFile -WhatIf').out, `What if: Performing the operation "New-TemporaryFile" on target "${join(tmpdir(), '/')}".\n`);
});

test('it is a Microsoft.PowerShell.Utility cmdlet', () => {
  assert.is(run('(Get-Command New-TemporaryFile).Source').out, 'Microsoft.PowerShell.Utility\n');
});

test.run();
