/** Clear-Content on files in a fresh temporary directory: truncation, wildcards, -LiteralPath, -WhatIf and pwsh's errors. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { run } from '../engine/runtime/run-script.js';

let root = '';
const size = (name: string) => statSync(join(root, name)).size;

test.before.each(() => {
  root = mkdtempSync(join(tmpdir(), 'psh-clear-content-'));
  for (const name of ['a.txt', 'b.txt', 'c.log', '[x].txt']) writeFileSync(join(root, name), 'text\n');
  mkdirSync(join(root, 'sub'));
});
test.after.each(() => rmSync(root, { recursive: true, force: true }));

test('a file is emptied, not removed, and nothing is written', () => {
  const result = run(`Clear-Content '${root}/a.txt'`);
  assert.equal([result.out, result.err, size('a.txt'), size('b.txt')], ['', '', 0, 5]);
});

test('wildcards clear every match; a pattern matching nothing is no error', () => {
  const result = run(`clc '${root}/*.txt' -Exclude '[[]*'; Clear-Content '${root}/*.zzz'`);
  assert.equal([result.err, size('a.txt'), size('b.txt'), size('c.log'), size('[x].txt')], ['', 0, 0, 5, 5]);
});

test('-LiteralPath takes brackets as they are', () => {
  assert.is(run(`Clear-Content -LiteralPath '${root}/[x].txt'`).err, '');
  assert.is(size('[x].txt'), 0);
});

test('-WhatIf tells what it would clear and leaves the file', () => {
  assert.is(run(`Clear-Content '${root}/a.txt' -WhatIf`).out, `What if: Performing the operation "Clear Content" on target "Item: ${root}/a.txt".\n`);
  assert.is(readFileSync(join(root, 'a.txt'), 'utf8'), 'text\n');
});

test('a missing file and a directory are pwsh errors', () => {
  const result = run(`Clear-Content '${root}/nope.txt'; Clear-Content '${root}/sub'; $Error[0].FullyQualifiedErrorId; $Error[1].FullyQualifiedErrorId`);
  assert.is(
    result.err,
    `Clear-Content: Cannot find path '${root}/nope.txt' because it does not exist.\n` +
      `Clear-Content: Unable to clear content of '${root}/sub' because it is a directory. Clear-Content is only supported on files.\n`,
  );
  assert.is(result.out, 'ClearDirectoryContent,Microsoft.PowerShell.Commands.ClearContentCommand\nPathNotFound,Microsoft.PowerShell.Commands.ClearContentCommand\n');
});

test.run();
