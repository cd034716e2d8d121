import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeAuthenticateMessage } from '../../../../src/remoting/auth/ntlm/authenticate-message.js';
import { decodeChallengeMessage, encodeChallengeMessage } from '../../../../src/remoting/auth/ntlm/challenge-message.js';
import { decodeNegotiateMessage, encodeNegotiateMessage } from '../../../../src/remoting/auth/ntlm/negotiate-message.js';
import { AvId, parseAvPairs, textAvPair } from '../../../../src/remoting/auth/ntlm/av-pairs.js';
import { InvalidTokenError } from '../../../../src/remoting/auth/errors.js';

test('MS-WSMV 2.2.9.2 example: a Windows (XP SP2) anonymous AUTHENTICATE_MESSAGE decodes', () => {
  const bytes = new Uint8Array(Buffer.from('TlRMTVNTUAADAAAAAAAAAEgAAAAAAAAASAAAAAAAAABIAAAAAAAAAEgAAAAAAAAASAAAAAAAAABIAAAANcKI4gUBKAoAAAAP', 'base64'));
  const message = decodeAuthenticateMessage(bytes);
  assert.is(message.negotiateFlags, 0xe288c235);
  assert.is(message.userName, '');
  assert.is(message.ntChallengeResponse.length, 0);
  assert.is(message.mic, undefined);
  assert.equal(message.version, { productMajorVersion: 5, productMinorVersion: 1, productBuild: 2600, ntlmRevisionCurrent: 15 });
});

test('NEGOTIATE_MESSAGE with OEM names round trips', () => {
  const bytes = encodeNegotiateMessage({ negotiateFlags: 0xe2088297, domainName: 'DOM', workstation: 'WS', version: undefined });
  const decoded = decodeNegotiateMessage(bytes);
  assert.is(decoded.domainName, 'DOM');
  assert.is(decoded.workstation, 'WS');
  assert.ok((decoded.negotiateFlags & 0x3000) === 0x3000);
});

test('an OEM CHALLENGE_MESSAGE round trips', () => {
  const message = { negotiateFlags: 0x00800206, targetName: 'SERVER', serverChallenge: new Uint8Array(8).fill(7), targetInfo: [textAvPair(AvId.MsvAvNbComputerName, 'S')], version: undefined };
  assert.equal(decodeChallengeMessage(encodeChallengeMessage(message)), message);
});

/** Deterministic pseudo-random bytes so failures reproduce. */
function* noise(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    yield x >>> 16;
  }
}

test('hostile NTLM messages: truncations, wild offsets and random bytes only ever raise InvalidTokenError', () => {
  // The MS-NLMP 4.2.4.3 CHALLENGE_MESSAGE.
  const challenge = new Uint8Array(Buffer.from('TlRMTVNTUAACAAAADAAMADgAAAAzgoriASNFZ4mrze8AAAAAAAAAACQAJABEAAAABgBwFwAAAA9TAGUAcgB2AGUAcgACAAwARABvAG0AYQBpAG4AAQAMAFMAZQByAHYAZQByAAAAAAA=', 'base64'));
  for (let cut = 0; cut < challenge.length; cut++) {
    try {
      decodeChallengeMessage(challenge.subarray(0, cut));
    } catch (error) {
      assert.instance(error, InvalidTokenError, `cut ${cut}`);
    }
  }
  const rng = noise(42);
  const decoders = [decodeNegotiateMessage, decodeChallengeMessage, decodeAuthenticateMessage];
  for (let round = 0; round < 3000; round++) {
    const mutated = challenge.slice();
    mutated[8] = 1 + (round % 3);
    for (let k = 0; k < 4; k++) mutated[12 + (rng.next().value! % (mutated.length - 12))] = rng.next().value! & 0xff;
    try {
      decoders[round % 3]!(mutated);
    } catch (error) {
      assert.instance(error, InvalidTokenError, `round ${round}: ${String(error)}`);
    }
  }
  assert.throws(() => decodeChallengeMessage(new Uint8Array(0x30000)), (e: unknown) => e instanceof InvalidTokenError);
  // Fields that claim a payload far past the end of a short message must not make the Version be read out of bounds.
  for (let length = 32; length < 40; length++) {
    const short = new Uint8Array(length);
    short.set(challenge.subarray(0, 8));
    short[8] = 1;
    new DataView(short.buffer).setUint32(12, 0x02000000, true); // VERSION only: names not announced
    short.set([5, 0, 5, 0, 0, 1, 0, 0, 5, 0, 5, 0, 0, 1, 0, 0], 16);
    try {
      decodeNegotiateMessage(short);
    } catch (error) {
      assert.instance(error, InvalidTokenError, `length ${length}`);
    }
  }
  assert.throws(() => parseAvPairs(new Uint8Array([1, 0, 0xff, 0xff, 0])), (e: unknown) => e instanceof InvalidTokenError);
  assert.throws(() => parseAvPairs(new Uint8Array([1, 0, 0, 0])), (e: unknown) => e instanceof InvalidTokenError);
});

test.run();
