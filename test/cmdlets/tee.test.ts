/** Tee-Object: input passed on and saved to a variable or a file (Out-File's formatting, -Append). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

const directory = mkdtempSync(join(tmpdir(), 'psh-tee-'));
const file = join(directory, 'out.txt');

const cases: [script: string, out: string, err?: string][] = [
  ['1..3 | Tee-Object -Variable v | % { $_ * 2 }; $v -join ","', '2\n4\n6\n1,2,3\n'],
  ['1 | Tee-Object -Variable v | Out-Null; $v.GetType().Name', 'Int32\n'],
  ['$x = 5; 1,2 | Tee-Object -Variable x | Out-Null; $x.Count', '2\n'],
  ['function f { 7 | Tee-Object -Variable inner | Out-Null; $inner }; f; $inner -eq $null', '7\nTrue\n'],
  [`"a","b" | Tee-Object -FilePath '${file}'`, 'a\nb\n'],
  [`"c" | Tee-Object '${file}' -Append | Out-Null; Get-Content '${file}'`, 'a\nb\nc\n'],
  [`[pscustomobject]@{n=1} | Tee-Object -LiteralPath '${file}' | % n`, '1\n'],
  ['New-Variable -Name ro -Value 1 -Option ReadOnly; 2 | Tee-Object -Variable ro', '2\n', 'Set-Variable: Cannot overwrite variable ro because it is read-only or constant.\n'],
  // pwsh settles on the default set (File) before any input: no other set takes its mandatory parameter from the pipeline.
  ['1 | Tee-Object', '', 'Tee-Object: Cannot process command because of one or more missing mandatory parameters: FilePath.\n'],
  ['1 | Tee-Object -Append', '', 'Tee-Object: Cannot process command because of one or more missing mandatory parameters: FilePath.\n'],
];

scriptCases(cases);

test('the file holds the formatted objects', () => {
  assert.is(readFileSync(file, 'utf8'), '\nn\n-\n1\n\n');
});

test.after(() => rmSync(directory, { recursive: true, force: true }));

test.run();
