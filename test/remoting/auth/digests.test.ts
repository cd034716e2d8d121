import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hmacMd5, md5 } from '../../../src/remoting/auth/digests.js';
import { toHex } from './hex.js';

const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'ascii'));

test('MD5 matches RFC 1321 test suite', () => {
  assert.is(toHex(md5(ascii(''))), 'd41d8cd98f00b204e9800998ecf8427e');
  assert.is(toHex(md5(ascii('abc'))), '900150983cd24fb0d6963f7d28e17f72');
  assert.is(toHex(md5(ascii('message '), ascii('digest'))), 'f96b697d7cb7938d525a2f31aaf161d0');
});

test('HMAC-MD5 matches RFC 2104 test cases', () => {
  assert.is(toHex(hmacMd5(new Uint8Array(16).fill(0x0b), ascii('Hi There'))), '9294727a3638bb1c13f48ef8158bfc9d');
  assert.is(toHex(hmacMd5(ascii('Jefe'), ascii('what do ya want '), ascii('for nothing?'))), '750c783e6ab0b503eaa86e310a5db738');
});

test.run();
