import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeBase64Token, parseAuthorization, parseWwwAuthenticate } from '../../../src/remoting/auth/auth-header.js';
import { InvalidTokenError } from '../../../src/remoting/auth/errors.js';

test('WinRM\'s initial 401 offers several schemes, one header or many', () => {
  const one = parseWwwAuthenticate('Negotiate, Kerberos, Basic realm="WSMAN", CredSSP');
  assert.equal(one.map((c) => c.scheme), ['Negotiate', 'Kerberos', 'Basic', 'CredSSP']);
  assert.is(one[2]!.params.get('realm'), 'WSMAN');
  const many = parseWwwAuthenticate(['Negotiate', 'Basic realm="WSMAN"']);
  assert.equal(many.map((c) => c.scheme), ['Negotiate', 'Basic']);
});

test('a Negotiate challenge carries a token68, padding included', () => {
  const [challenge] = parseWwwAuthenticate('Negotiate TlRMTVNTUAACAAAAAAAAADgAAAA1gonioQ==');
  assert.is(challenge!.token, 'TlRMTVNTUAACAAAAAAAAADgAAAA1gonioQ==');
});

test('auth-params with commas inside quotes and several params', () => {
  const [c] = parseWwwAuthenticate('Basic realm="a, b", charset="UTF-8"');
  assert.is(c!.params.get('realm'), 'a, b');
  assert.is(c!.params.get('charset'), 'UTF-8');
});

test('Authorization values', () => {
  assert.equal(parseAuthorization('Negotiate TlRMTVNTUAABAAAA'), { scheme: 'Negotiate', token: 'TlRMTVNTUAABAAAA' });
  assert.equal(parseAuthorization('Basic'), { scheme: 'Basic', token: '' });
});

test('hostile header values are InvalidTokenError', () => {
  const bad = [
    () => parseWwwAuthenticate('realm="x"'),
    () => parseWwwAuthenticate('Neg(otiate'),
    () => parseWwwAuthenticate('Negotiate ' + 'A'.repeat(70000)),
    () => parseAuthorization('Negotiate not a token'),
    () => parseAuthorization('Negotiate ' + 'A'.repeat(70000)),
    () => decodeBase64Token('TlRM*TVNT'),
    () => decodeBase64Token('A'),
  ];
  for (const f of bad) assert.throws(f, (e: unknown) => e instanceof InvalidTokenError);
});

test.run();
