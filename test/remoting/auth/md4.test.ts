import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { md4 } from '../../../src/remoting/auth/md4.js';
import { toHex } from './hex.js';

// RFC 1320, section A.5 "Test suite".
const RFC1320: Array<[string, string]> = [
  ['', '31d6cfe0d16ae931b73c59d7e0c089c0'],
  ['a', 'bde52cb31de33e46245e05fbdbd6fb24'],
  ['abc', 'a448017aaf21d8525fc10ae87aa6729d'],
  ['message digest', 'd9130a8164549fe818874806e1c7014b'],
  ['abcdefghijklmnopqrstuvwxyz', 'd79e1c308aa5bbcdeea8ed63df412da9'],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', '043f8582f241db351ce627e153e7f0e4'],
  ['12345678901234567890123456789012345678901234567890123456789012345678901234567890', 'e33b4ddc9c38f2199c3e7b164fcc0536'],
];

for (const [input, digest] of RFC1320) {
  test(`MD4(${JSON.stringify(input)}) matches RFC 1320`, () => {
    assert.is(toHex(md4(new Uint8Array(Buffer.from(input, 'ascii')))), digest);
  });
}

test('MD4 handles inputs that straddle the 56-byte padding boundary', () => {
  // Lengths 55, 56 and 64 force one or two padding blocks; each must differ and be stable.
  const digests = [55, 56, 63, 64, 65].map((n) => toHex(md4(new Uint8Array(n).fill(0x61))));
  assert.is(new Set(digests).size, digests.length);
  assert.is(toHex(md4(new Uint8Array(56).fill(0x61))), digests[1]);
});

test.run();
