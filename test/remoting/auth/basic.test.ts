import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NetworkCredential } from '../../../src/remoting/auth/credential.js';
import {
  BASIC_AUTH_OVER_HTTP_NOT_SUPPORTED,
  assertBasicAllowed,
  decodeBasicToken,
  encodeBasicToken,
  isBasicAllowed,
} from '../../../src/remoting/auth/basic.js';
import { AuthPolicyError, InvalidTokenError } from '../../../src/remoting/auth/errors.js';
import { HttpAuthClient } from '../../../src/remoting/auth/http-auth-client.js';

test('RFC 7617 example: Aladdin / open sesame', () => {
  assert.is(encodeBasicToken(new NetworkCredential('Aladdin', 'open sesame')), 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  const decoded = decodeBasicToken('QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  assert.is(decoded.userName, 'Aladdin');
  assert.is(decoded.revealPassword(), 'open sesame');
});

test('domain, non-ASCII and colon-bearing passwords round trip', () => {
  const token = encodeBasicToken(new NetworkCredential('jürgen', 'pa:ss:wörd', 'CONTOSO'));
  const decoded = decodeBasicToken(token);
  assert.is(decoded.domain, 'CONTOSO');
  assert.is(decoded.userName, 'jürgen');
  assert.is(decoded.revealPassword(), 'pa:ss:wörd');
});

test('malformed Basic tokens are InvalidTokenError', () => {
  for (const bad of ['not base64!', 'Zm9v', 'A', 'x'.repeat(20000), 'Zm9v====']) {
    assert.throws(() => decodeBasicToken(bad), (e: unknown) => e instanceof InvalidTokenError, bad);
  }
});

test('policy: Basic only over HTTPS unless AllowUnencrypted is set', () => {
  assert.ok(isBasicAllowed({ https: true }));
  assert.not.ok(isBasicAllowed({ https: false }));
  assert.not.ok(isBasicAllowed({ https: false, allowUnencrypted: false }));
  assert.ok(isBasicAllowed({ https: false, allowUnencrypted: true }));
  assert.throws(() => assertBasicAllowed({ https: false }), (e: unknown) => e instanceof AuthPolicyError && e.message === BASIC_AUTH_OVER_HTTP_NOT_SUPPORTED);
  assert.throws(
    () => new HttpAuthClient({ mechanism: 'Basic', credential: new NetworkCredential('a', 'b'), transport: { https: false } }),
    (e: unknown) => e instanceof AuthPolicyError,
  );
});

test.run();
