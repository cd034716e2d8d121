/**
 * The checks on a `-File` script before it runs (src/host/script-file.ts), with pwsh's texts;
 * and, on a terminal, that a script that cannot run is reported by psh itself (exit 64) rather
 * than started in the worker thread (src/host/start.ts).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptFileError } from '../../src/host/script-file.js';
import { runPshInTerminal } from '../support/pseudo-terminal.js';

const dir = mkdtempSync(join(tmpdir(), 'psh-script-file-'));
const script = join(dir, 'script.PS1');
const notScript = join(dir, 'script.txt');
writeFileSync(script, '"ran"');
writeFileSync(notScript, '"ran"');
const missing = join(dir, 'missing.ps1');

const cases: [string, string, string | undefined][] = [
  ['a .ps1 file (any case) can run', script, undefined],
  ['a missing file', missing, `The argument '${missing}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`],
  ['a file that is not a .ps1', notScript, `Processing -File '${notScript}' failed because the file does not have a '.ps1' extension. Specify a valid PowerShell script file name, and then try again.`],
];
for (const [name, file, expected] of cases) {
  test(name, () => {
    assert.is(scriptFileError(file), expected);
  });
}

test('on a terminal, a -File that cannot run is reported with exit code 64', () => {
  const { text, code } = runPshInTerminal(['-NoProfile', '-File', notScript], []);
  assert.is(code, 64, text);
  assert.ok(text.includes("does not have a '.ps1' extension"), text);
});

test('on a terminal, a -File script runs (in the worker) with its arguments', () => {
  writeFileSync(script, '"got $args"; exit 3');
  const { text, code } = runPshInTerminal(['-NoProfile', '-File', script, 'a', 'b'], []);
  assert.is(code, 3, text);
  assert.ok(text.includes('got a b'), text);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
test.run();
