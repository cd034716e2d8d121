/**
 * MS-NLMP 4.2.4 "NTLMv2 Authentication": every value of the worked example reproduced byte for
 * byte. All expected bytes below are transcribed from the specification.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AvId, encodeAvPairs, textAvPair } from '../../../../src/remoting/auth/ntlm/av-pairs.js';
import { decodeAuthenticateMessage, encodeAuthenticateMessage } from '../../../../src/remoting/auth/ntlm/authenticate-message.js';
import { decodeChallengeMessage, encodeChallengeMessage } from '../../../../src/remoting/auth/ntlm/challenge-message.js';
import { computeNtlmV2Proof, ntHash, ntlmV2ClientChallenge, ntowfv2 } from '../../../../src/remoting/auth/ntlm/ntlmv2-response.js';
import { sealKey, signKey } from '../../../../src/remoting/auth/ntlm/session-keys.js';
import { NtlmSessionSecurity } from '../../../../src/remoting/auth/ntlm/session-security.js';
import { rc4k } from '../../../../src/remoting/auth/rc4.js';
import { hex, toHex } from '../hex.js';

// 4.2.1 Common Values
const user = 'User';
const userDom = 'Domain';
const passwd = 'Password';
const randomSessionKey = new Uint8Array(16).fill(0x55);
const time = new Uint8Array(8);
const clientChallenge = new Uint8Array(8).fill(0xaa);
const serverChallenge = hex('01 23 45 67 89 ab cd ef');
// 4.2.4 Challenge Flags
const challengeFlags = 0xe28a8233;

// 4.2.4.3 CHALLENGE_MESSAGE
const CHALLENGE_MESSAGE = hex(`
  4e 54 4c 4d 53 53 50 00 02 00 00 00 0c 00 0c 00
  38 00 00 00 33 82 8a e2 01 23 45 67 89 ab cd ef
  00 00 00 00 00 00 00 00 24 00 24 00 44 00 00 00
  06 00 70 17 00 00 00 0f 53 00 65 00 72 00 76 00
  65 00 72 00 02 00 0c 00 44 00 6f 00 6d 00 61 00
  69 00 6e 00 01 00 0c 00 53 00 65 00 72 00 76 00
  65 00 72 00 00 00 00 00`);

// 4.2.4.3 AUTHENTICATE_MESSAGE
const AUTHENTICATE_MESSAGE = hex(`
  4e 54 4c 4d 53 53 50 00 03 00 00 00 18 00 18 00
  6c 00 00 00 54 00 54 00 84 00 00 00 0c 00 0c 00
  48 00 00 00 08 00 08 00 54 00 00 00 10 00 10 00
  5c 00 00 00 10 00 10 00 d8 00 00 00 35 82 88 e2
  05 01 28 0a 00 00 00 0f 44 00 6f 00 6d 00 61 00
  69 00 6e 00 55 00 73 00 65 00 72 00 43 00 4f 00
  4d 00 50 00 55 00 54 00 45 00 52 00 86 c3 50 97
  ac 9c ec 10 25 54 76 4a 57 cc cc 19 aa aa aa aa
  aa aa aa aa 68 cd 0a b8 51 e5 1c 96 aa bc 92 7b
  eb ef 6a 1c 01 01 00 00 00 00 00 00 00 00 00 00
  00 00 00 00 aa aa aa aa aa aa aa aa 00 00 00 00
  02 00 0c 00 44 00 6f 00 6d 00 61 00 69 00 6e 00
  01 00 0c 00 53 00 65 00 72 00 76 00 65 00 72 00
  00 00 00 00 00 00 00 00 c5 da d2 54 4f c9 79 90
  94 ce 1c e9 0b c9 d0 3e`);

const targetInfo = [textAvPair(AvId.MsvAvNbDomainName, 'Domain'), textAvPair(AvId.MsvAvNbComputerName, 'Server')];

function proof() {
  const responseKeyNT = ntowfv2(ntHash(passwd), user, userDom);
  const temp = ntlmV2ClientChallenge(time, clientChallenge, encodeAvPairs(targetInfo));
  return { responseKeyNT, temp, ...computeNtlmV2Proof(responseKeyNT, serverChallenge, clientChallenge, temp) };
}

test('4.2.4.1.1 NTOWFv2("Password", "User", "Domain")', () => {
  assert.is(toHex(proof().responseKeyNT), '0c868a403bfd7a93a3001ef22ef02e3f');
});

test('4.2.4.1.2 Session Base Key', () => {
  assert.is(toHex(proof().sessionBaseKey), '8de40ccadbc14a82f15cb0ad0de95ca3');
});

test('4.2.4.1.3 temp', () => {
  assert.equal(proof().temp, AUTHENTICATE_MESSAGE.slice(0x94, 0xd8));
});

test('4.2.4.2.1 LMv2 Response', () => {
  assert.is(toHex(proof().lmChallengeResponse), '86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa');
});

test('4.2.4.2.2 NTLMv2 Response (NTProofStr)', () => {
  assert.is(toHex(proof().ntProofStr), '68cd0ab851e51c96aabc927bebef6a1c');
});

test('4.2.4.2.3 Encrypted Session Key', () => {
  assert.is(toHex(rc4k(proof().sessionBaseKey, randomSessionKey)), 'c5dad2544fc9799094ce1ce90bc9d03e');
});

test('4.2.4.3 CHALLENGE_MESSAGE decodes and re-encodes byte for byte', () => {
  const message = decodeChallengeMessage(CHALLENGE_MESSAGE);
  assert.is(message.negotiateFlags, challengeFlags);
  assert.is(message.targetName, 'Server');
  assert.equal(message.serverChallenge, serverChallenge);
  assert.equal(message.targetInfo, targetInfo);
  assert.equal(message.version, { productMajorVersion: 6, productMinorVersion: 0, productBuild: 6000, ntlmRevisionCurrent: 15 });
  assert.equal(encodeChallengeMessage(message), CHALLENGE_MESSAGE);
});

test('4.2.4.3 AUTHENTICATE_MESSAGE built from the computed values matches byte for byte', () => {
  const p = proof();
  const built = encodeAuthenticateMessage({
    lmChallengeResponse: p.lmChallengeResponse,
    ntChallengeResponse: p.ntChallengeResponse,
    domainName: 'Domain',
    userName: 'User',
    workstation: 'COMPUTER',
    encryptedRandomSessionKey: rc4k(p.sessionBaseKey, randomSessionKey),
    negotiateFlags: 0xe2888235,
    version: { productMajorVersion: 5, productMinorVersion: 1, productBuild: 2600, ntlmRevisionCurrent: 15 },
  });
  assert.is(toHex(built), toHex(AUTHENTICATE_MESSAGE));
});

test('4.2.4.3 AUTHENTICATE_MESSAGE decodes (no MIC field in this older layout)', () => {
  const message = decodeAuthenticateMessage(AUTHENTICATE_MESSAGE);
  assert.is(message.userName, 'User');
  assert.is(message.domainName, 'Domain');
  assert.is(message.workstation, 'COMPUTER');
  assert.is(message.mic, undefined);
  assert.is(toHex(message.encryptedRandomSessionKey), 'c5dad2544fc9799094ce1ce90bc9d03e');
  assert.is(toHex(message.ntChallengeResponse.subarray(0, 16)), '68cd0ab851e51c96aabc927bebef6a1c');
});

test('4.2.4.4 SEALKEY and SIGNKEY (client-to-server)', () => {
  assert.is(toHex(sealKey(challengeFlags, randomSessionKey, 'Client')), '59f600973cc4960a25480a7c196e4c58');
  assert.is(toHex(signKey(randomSessionKey, 'Client')), '4788dc861b4782f35d43fd98fe1a2d39');
});

const PLAINTEXT = hex('50 00 6c 00 61 00 69 00 6e 00 74 00 65 00 78 00 74 00');

test('4.2.4.4 GSS_WrapEx of "Plaintext": sealed data and signature', () => {
  const client = new NtlmSessionSecurity(challengeFlags, randomSessionKey, 'Client');
  const { sealed, signature } = client.wrap(PLAINTEXT);
  assert.is(toHex(sealed), '54e50165bf1936dc996020c1811b0f06fb5f');
  assert.is(toHex(signature), '010000007fb38ec5c55d497600000000');
});

test('4.2.4.4 the server unwraps the example message back to "Plaintext"', () => {
  const server = new NtlmSessionSecurity(challengeFlags, randomSessionKey, 'Server');
  const message = server.unwrap(hex('010000007fb38ec5c55d497600000000'), hex('54e50165bf1936dc996020c1811b0f06fb5f'));
  assert.equal(message, PLAINTEXT);
});

test.run();
