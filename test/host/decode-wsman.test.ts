/**
 * `psh -DecodeWsman FILE` on a real Windows capture, and on input that does not decode.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDecodeWsman } from '../../src/host/decode-wsman.js';

const capture = fileURLToPath(new URL('../../../shared/captures/pypsrp-windows/test_psrp_open_runspace.json', import.meta.url));

test('a capture decodes: exchanges with their Action, PSRP messages under them', () => {
  assert.ok(existsSync(capture), `the Windows captures are missing: expected ${capture} (../shared/captures beside the repository)`);
  let out = '';
  let err = '';
  const code = runDecodeWsman(capture, (s) => { out += s; }, (s) => { err += s; });
  assert.is(code, 0, err);
  const lines = out.trimEnd().split('\n');
  assert.match(lines[0], /^1 request http:\/\/schemas\.xmlsoap\.org\/ws\/2004\/09\/transfer\/Create$/);
  assert.ok(lines.some((l) => / request SESSION_CAPABILITY rpid=[0-9a-f-]{36} pid=[0-9a-f-]{36}/.test(l)), 'SESSION_CAPABILITY line');
  assert.ok(lines.some((l) => / response RUNSPACEPOOL_STATE rpid=[0-9a-f-]{36} pid=[0-9a-f-]{36} Opened$/.test(l)), 'Opened state line');
});

test('input that does not decode exits 1 with a clear message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'psh-decode-'));
  const file = join(dir, 'garbage.json');
  writeFileSync(file, '{"messages": [{"request": "<not xml", "response": ""}]}');
  let err = '';
  const code = runDecodeWsman(file, () => {}, (s) => { err += s; });
  assert.is(code, 1);
  assert.match(err, /garbage\.json does not decode: /);
});

test('a missing file exits 1', () => {
  let err = '';
  assert.is(runDecodeWsman(join(tmpdir(), 'no-such-capture.json'), () => {}, (s) => { err += s; }), 1);
  assert.match(err, /cannot read/);
});

test.run();
