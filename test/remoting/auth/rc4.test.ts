import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Rc4, rc4k } from '../../../src/remoting/auth/rc4.js';
import { hex, toHex } from './hex.js';

const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'ascii'));

// The classic published RC4 vectors.
test('RC4 known-answer vectors', () => {
  assert.is(toHex(rc4k(ascii('Key'), ascii('Plaintext'))), 'bbf316e8d940af0ad3');
  assert.is(toHex(rc4k(ascii('Wiki'), ascii('pedia'))), '1021bf0420');
  assert.is(toHex(rc4k(ascii('Secret'), ascii('Attack at dawn'))), '45a01f645fc35b383552544b9bf5');
});

test('RC4 key stream of RFC 6229 (40-bit key 0102030405, offsets 0 and 16)', () => {
  const stream = rc4k(hex('0102030405'), new Uint8Array(32));
  assert.is(toHex(stream), 'b2396305f03dc027ccc3524a0a1118a8' + '6982944f18fc82d589c403a47a0d0919');
});

test('a streaming RC4 state continues the key stream across calls', () => {
  const state = new Rc4(ascii('Secret'));
  const parts = [ascii('Attack'), ascii(' at '), ascii('dawn')].map((p) => toHex(state.update(p)));
  assert.is(parts.join(''), '45a01f645fc35b383552544b9bf5');
});

test('a cloned state continues identically and restore rewinds', () => {
  const state = new Rc4(ascii('Secret'));
  state.update(ascii('Attack'));
  const saved = state.clone();
  const a = toHex(state.update(ascii(' at dawn')));
  assert.is(toHex(saved.update(ascii(' at dawn'))), a);
  const rewind = new Rc4(ascii('Secret'));
  const before = rewind.clone();
  rewind.update(ascii('Attack'));
  rewind.restore(before);
  assert.is(toHex(rewind.update(ascii('Attack at dawn'))), '45a01f645fc35b383552544b9bf5');
});

test('RC4 rejects an empty key', () => {
  assert.throws(() => new Rc4(new Uint8Array(0)), RangeError);
});

test.run();
