/** Script and text files decode by their byte-order mark, as Windows editors save them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, readTextFileLines } from '../../../src/engine/runtime/text-files.js';

const text = 'Write-Output "héllo ✓"\r\n$x = 1\r\n';

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + s.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    bytes[2 + i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
    bytes[2 + i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return bytes;
}

test('UTF-8 with and without a BOM, UTF-16 LE and BE with theirs', () => {
  const utf8 = new TextEncoder().encode(text);
  assert.is(decodeText(utf8), text);
  assert.is(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])), text);
  assert.is(decodeText(utf16(text, false)), text);
  assert.is(decodeText(utf16(text, true)), text);
});

test('only the first byte-order mark is dropped: a second is a U+FEFF character, as StreamReader reads it', () => {
  const utf8 = new TextEncoder().encode('a');
  assert.is(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8])), '\ufeffa');
  assert.is(decodeText(utf16('\ufeffa', false)), '\ufeffa');
  assert.is(decodeText(utf16('\ufeffa', true)), '\ufeffa');
});

test('bytes without a mark go to the decoder given; marked ones do not', () => {
  const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
  assert.is(decodeText(Uint8Array.of(0xe9), latin1), 'é');
  assert.is(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, 0xc3, 0xa9), latin1), 'é');
});

test('lines of a UTF-16 file', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'psh-text-')), 'script.ps1');
  writeFileSync(path, utf16(text, false));
  assert.equal(readTextFileLines(path), ['Write-Output "héllo ✓"', '$x = 1']);
});

test.run();
