import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  SessionEncryptionProtocol,
  encryptedContentType,
  isEncryptedContentType,
  unwrapEncryptedMessage,
  wrapEncryptedMessage,
} from '../../../src/remoting/auth/encrypted-message.js';
import { AuthError, EncryptedMessageFormatError } from '../../../src/remoting/auth/errors.js';
import { sessionPair } from './session-pair.js';

const CONTENT_TYPE = 'multipart/encrypted;protocol="application/HTTP-SPNEGO-session-encrypted";boundary="Encrypted Boundary"';
const soap = new Uint8Array(Buffer.from('<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body/></s:Envelope>'));
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

test('wrap produces the MS-WSMV 2.2.9.1.1 framing byte for byte', () => {
  const { client } = sessionPair();
  const { contentType, body } = wrapEncryptedMessage(client, soap);
  assert.is(contentType, CONTENT_TYPE);
  const head =
    '--Encrypted Boundary\r\n' +
    '\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n' +
    `\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=${soap.length}\r\n` +
    '--Encrypted Boundary\r\n' +
    '\tContent-Type: application/octet-stream\r\n';
  assert.is(latin1(body.subarray(0, head.length)), head);
  assert.equal([...body.subarray(head.length, head.length + 4)], [16, 0, 0, 0]);
  assert.equal([...body.subarray(head.length + 4, head.length + 8)], [1, 0, 0, 0], 'NTLM signature version');
  const tail = '--Encrypted Boundary--\r\n';
  assert.is(body.length, head.length + 4 + 16 + soap.length + tail.length);
  assert.is(latin1(body.subarray(body.length - tail.length)), tail);
  assert.not.ok(latin1(body).includes('<s:Envelope'), 'payload is sealed');
});

test('round trip both ways over many messages', () => {
  const { client, server } = sessionPair();
  for (let i = 0; i < 20; i++) {
    const request = new Uint8Array(Buffer.from(`<s:Envelope>${'x'.repeat(i * 97)}</s:Envelope>`));
    const wrapped = wrapEncryptedMessage(client, request);
    const unwrapped = unwrapEncryptedMessage(server, wrapped.body, wrapped.contentType);
    assert.equal(unwrapped.content, request);
    assert.is(unwrapped.originalContentType, 'application/soap+xml;charset=UTF-8');
    const reply = wrapEncryptedMessage(server, request.subarray(0, i));
    assert.equal(unwrapEncryptedMessage(client, reply.body, reply.contentType).content, request.subarray(0, i));
  }
});

test('accepts the spacing Windows shows in MS-WSMV examples ("-- Encrypted Boundary") and unquoted parameters', () => {
  const { client, server } = sessionPair();
  const wrapped = wrapEncryptedMessage(client, soap);
  const spaced = Buffer.from(latin1(wrapped.body).replaceAll('--Encrypted Boundary', '-- Encrypted Boundary'), 'latin1');
  const contentType = 'multipart/encrypted; protocol=application/HTTP-SPNEGO-session-encrypted; boundary="Encrypted Boundary"';
  assert.equal(unwrapEncryptedMessage(server, new Uint8Array(spaced), contentType).content, soap);
});

test('several encrypted part pairs (multipart/x-multi-encrypted) are concatenated', () => {
  const { client, server } = sessionPair();
  const first = wrapEncryptedMessage(client, soap.subarray(0, 40)).body;
  const second = wrapEncryptedMessage(client, soap.subarray(40)).body;
  const closing = Buffer.byteLength('--Encrypted Boundary--\r\n');
  const body = Buffer.concat([first.subarray(0, first.length - closing), second]);
  const contentType = encryptedContentType(SessionEncryptionProtocol.Spnego, true);
  assert.ok(contentType.startsWith('multipart/x-multi-encrypted;'));
  assert.equal(unwrapEncryptedMessage(server, new Uint8Array(body), contentType).content, soap);
});

test('content type recognition', () => {
  assert.ok(isEncryptedContentType(CONTENT_TYPE));
  assert.ok(isEncryptedContentType('Multipart/Encrypted;boundary=x'));
  assert.not.ok(isEncryptedContentType('application/soap+xml;charset=UTF-8'));
});

function rejects(mutate: (body: string) => string, contentType = CONTENT_TYPE, maxBodyLength?: number) {
  const { client, server } = sessionPair();
  const { body } = wrapEncryptedMessage(client, soap);
  const bad = new Uint8Array(Buffer.from(mutate(latin1(body)), 'latin1'));
  assert.throws(
    () => unwrapEncryptedMessage(server, bad, contentType, maxBodyLength === undefined ? {} : { maxBodyLength }),
    (e: unknown) => e instanceof AuthError,
  );
}

test('every truncation of a valid body fails with a typed error', () => {
  const { client } = sessionPair();
  const { body } = wrapEncryptedMessage(client, soap);
  for (let cut = 0; cut < body.length; cut++) {
    const { server } = sessionPair();
    try {
      unwrapEncryptedMessage(server, body.subarray(0, cut), CONTENT_TYPE);
      assert.unreachable(`truncation at ${cut} was accepted`);
    } catch (error) {
      assert.instance(error, AuthError, `truncation at ${cut}: ${String(error)}`);
    }
  }
});

test('hostile framing: wrong length fields', () => {
  rejects((b) => b.replace(/Length=\d+/, 'Length=99999999'));
  rejects((b) => b.replace(/Length=\d+/, 'Length=3'));
  rejects((b) => b.replace(/Length=\d+/, 'Length=-1'));
  rejects((b) => b.replace(/Length=\d+/, 'Length=12345678901234567890'));
  rejects((b) => b.replace(/Length=\d+/, ''));
  rejects((b) => b.replace('application/octet-stream\r\n\x10\x00\x00\x00', 'application/octet-stream\r\n\xff\xff\xff\xff'));
  rejects((b) => b.replace('application/octet-stream\r\n\x10\x00\x00\x00', 'application/octet-stream\r\n\x0f\x00\x00\x00'));
});

test('hostile framing: missing or damaged boundaries, headers and trailers', () => {
  rejects((b) => b.slice('--Encrypted Boundary\r\n'.length));
  rejects((b) => b.replace('--Encrypted Boundary--\r\n', ''));
  rejects((b) => b.replace('--Encrypted Boundary--\r\n', '--Encrypted Boundary--\r\ntrailing junk'));
  rejects((b) => b.replace('--Encrypted Boundary\r\n\tContent-Type: application/octet', '--Other Boundary\r\n\tContent-Type: application/octet'));
  rejects((b) => b.replace('application/octet-stream', 'text/plain'));
  rejects((b) => b.replace('\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n', '\tContent-Type: application/HTTP-Kerberos-session-encrypted\r\n'));
  rejects((b) => b.replace('\tOriginalContent:', `\tX: ${'a'.repeat(5000)}\r\n\tOriginalContent:`));
  rejects((b) => b.replace(/\r\n/g, '\n'));
  rejects((b) => b, 'multipart/encrypted;protocol="application/HTTP-SPNEGO-session-encrypted"');
  rejects((b) => b, 'application/soap+xml;charset=UTF-8');
  rejects((b) => b, 'multipart/encrypted;protocol="application/HTTP-CredSSP-session-encrypted";boundary="Encrypted Boundary"');
  rejects((b) => b, CONTENT_TYPE, 64);
});

test('a tampered ciphertext inside valid framing is a typed integrity error', () => {
  const { client, server } = sessionPair();
  const { body } = wrapEncryptedMessage(client, soap);
  body[body.length - 30]! ^= 0x20;
  assert.throws(() => unwrapEncryptedMessage(server, body, CONTENT_TYPE), (e: unknown) => e instanceof AuthError && !(e instanceof EncryptedMessageFormatError));
});

test.run();
