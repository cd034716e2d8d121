/**
 * Ctrl+C during `psh -c` and `psh -File` on a terminal (src/host/script-worker.ts): as in pwsh,
 * the running pipeline stops, the finally blocks in effect run, and psh exits with 1
 * ($? is false); a second Ctrl+C while they run is ignored. Outputs are built from pieces where
 * the terminal could echo the script's text.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPshInTerminal } from '../support/pseudo-terminal.js';

/** The terminal's lines, trimmed. */
const linesOf = (text: string) => text.split(/\r?\n/).map((line) => line.replace(/^\^C/, '').trim());

test('-Command: Ctrl+C stops a loop, its finally block runs, psh exits with 1', () => {
  const { text, code } = runPshInTerminal(['-NoProfile', '-c', '"sta" + "rted"; try { while ($true) {} } finally { "fin" + "ally ran" }; "not" + " reached"'], [{ waitFor: 'started', type: '\x03' }]);
  assert.is(code, 1, text);
  assert.equal(linesOf(text).filter(Boolean), ['started', 'finally ran'], text);
});

test('-File: the stop runs the finally blocks from the inside out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'psh-ctrl-c-'));
  try {
    const script = join(dir, 'stopped.ps1');
    writeFileSync(script, [
      'function Watch { process { try { "started"; while ($true) { Start-Sleep -Milliseconds 10 } } finally { "inner finally" } } }',
      'try { Watch } finally { "outer finally" }',
      '"not reached"',
    ].join('\n'));
    const { text, code } = runPshInTerminal(['-NoProfile', '-File', script], [{ waitFor: 'started', type: '\x03' }]);
    assert.is(code, 1, text);
    assert.equal(linesOf(text).filter(Boolean), ['started', 'inner finally', 'outer finally'], text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a second Ctrl+C while a finally block runs does not stop it', () => {
  const steps = [
    { waitFor: 'started', type: '\x03' },
    // In the finally block the stop is suspended: Read-Host still reads, and a Ctrl+C there is ignored.
    { waitFor: 'Again:', type: '\x03' },
    { waitFor: '^C', type: 'yes\r' },
  ];
  const { text, code } = runPshInTerminal(['-NoProfile', '-c', '"sta" + "rted"; try { while ($true) {} } finally { "in " + "finally"; "got " + (Read-Host "Again") }'], steps);
  assert.is(code, 1, text);
  const lines = linesOf(text);
  assert.ok(lines.indexOf('got yes') > lines.indexOf('in finally'), text);
});

test('Ctrl+C at a Read-Host prompt stops the script', () => {
  const { text, code } = runPshInTerminal(['-NoProfile', '-c', 'try { Read-Host "Name"; "not" + " reached" } finally { "fin" + "ally ran" }'], [{ waitFor: 'Name:', type: '\x03' }]);
  assert.is(code, 1, text);
  assert.equal(linesOf(text).filter(Boolean), ['Name: ^Cfinally ran'], text);
});

test('exit codes and the order of output and errors are as without a terminal', () => {
  const { text, code } = runPshInTerminal(['-NoProfile', '-c', '"one"; Write-Error "two"; "three"; exit 5'], []);
  assert.is(code, 5, text);
  assert.equal(linesOf(text).filter(Boolean), ['one', 'Write-Error: two', 'three'], text);
});

test.run();
