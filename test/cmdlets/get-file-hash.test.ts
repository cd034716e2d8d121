/** Get-FileHash over files in a fresh temporary directory: algorithms, paths, pwsh's table and errors. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { run } from '../engine/runtime/run-script.js';

let root = '';

test.before.each(() => {
  root = mkdtempSync(join(tmpdir(), 'psh-file-hash-'));
  writeFileSync(join(root, 'a.txt'), 'abc');
  writeFileSync(join(root, 'e.txt'), '');
  writeFileSync(join(root, '[x].log'), 'abc');
  mkdirSync(join(root, 'sub'));
});
test.after.each(() => rmSync(root, { recursive: true, force: true }));

const abcHashes: [string, string][] = [
  ['SHA1', 'A9993E364706816ABA3E25717850C26C9CD0D89D'],
  ['SHA256', 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD'],
  ['SHA384', 'CB00753F45A35E8BB5A03D699AC65007272C32AB0EDED1631A8B605A43FF5BED8086072BA1E7CC2358BAECA134C825A7'],
  ['SHA512', 'DDAF35A193617ABACC417349AE20413112E6FA4E89A97EA20A9EEEE64B55D39A2192992A274FC1A836BA3C23A3FEEBBD454D4423643CE80E2A9AC94FA54CA49F'],
  ['MD5', '900150983CD24FB0D6963F7D28E17F72'],
];

test('each algorithm gives the upper-case hex digest (named in any case)', () => {
  for (const [algorithm, hash] of abcHashes) {
    assert.is(run(`$h = Get-FileHash '${root}/a.txt' ${algorithm.toLowerCase()}; $h.Algorithm; $h.Hash`).out, `${algorithm}\n${hash}\n`);
  }
});

test("a FileHashInfo shows as pwsh's table", () => {
  assert.is(
    run(`Get-FileHash '${root}/a.txt'`).out,
    '\nAlgorithm       Hash                                                                   Path\n' +
      '---------       ----                                                                   ----\n' +
      `SHA256          ${abcHashes[1]![1]}       ${root}/a.txt\n\n`,
  );
  assert.is(run(`(Get-FileHash '${root}/a.txt').GetType().FullName`).out, 'Microsoft.PowerShell.Commands.FileHashInfo\n');
});

test('wildcards, -LiteralPath and piped items', () => {
  assert.is(run(`(Get-FileHash '${root}/*.txt').Path`).out, `${root}/a.txt\n${root}/e.txt\n`);
  assert.is(run(`(Get-FileHash -LiteralPath '${root}/[x].log').Hash`).out, `${abcHashes[1]![1]}\n`);
  assert.is(run(`(Get-ChildItem '${root}' -File | Get-FileHash -Algorithm MD5).Hash`).out, '900150983CD24FB0D6963F7D28E17F72\n900150983CD24FB0D6963F7D28E17F72\nD41D8CD98F00B204E9800998ECF8427E\n');
  assert.is(run(`Get-FileHash '${root}/*.zzz'`).err, '');
});

test('missing files and directories are pwsh errors', () => {
  const result = run(`Get-FileHash '${root}/nope'; Get-FileHash -LiteralPath '${root}/nope'; Get-FileHash '${root}/sub'; $Error | ForEach-Object FullyQualifiedErrorId`);
  assert.is(
    result.err,
    `Get-FileHash: Cannot find path '${root}/nope' because it does not exist.\n` +
      `Get-FileHash: Could not find file '${root}/nope'.\n` +
      `Get-FileHash: Access to the path '${root}/sub' is denied.\n`,
  );
  assert.is(result.out, ['UnauthorizedAccessError', 'FileNotFound', 'FileNotFound'].map((id) => `${id},Microsoft.PowerShell.Commands.GetFileHashCommand\n`).join(''));
});

test('an unknown algorithm fails validation', () => {
  assert.match(run(`Get-FileHash '${root}/a.txt' -Algorithm SHA3`).err, `The argument "SHA3" does not belong to the set "SHA1,SHA256,SHA384,SHA512,MD5"`);
});

test.run();
