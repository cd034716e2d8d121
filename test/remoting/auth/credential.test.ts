import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { inspect } from 'node:util';
import { NetworkCredential } from '../../../src/remoting/auth/credential.js';
import { encodeBasicToken } from '../../../src/remoting/auth/basic.js';
import { HttpAuthClient } from '../../../src/remoting/auth/http-auth-client.js';
import { HttpAuthServer } from '../../../src/remoting/auth/http-auth-server.js';
import { AuthError } from '../../../src/remoting/auth/errors.js';
import { NtlmClientContext } from '../../../src/remoting/auth/ntlm/client-context.js';

const SECRET = 'S3cr3t-Pa55word!';

test('util.inspect, JSON.stringify, String and template literals never show the password', () => {
  const credential = new NetworkCredential('alice', SECRET, 'CONTOSO');
  for (const rendered of [
    inspect(credential),
    inspect({ nested: { credential } }, { depth: 10, showHidden: true }),
    JSON.stringify(credential),
    JSON.stringify({ credential }),
    String(credential),
    `${credential}`,
    inspect([credential]),
  ]) {
    assert.not.ok(rendered.includes(SECRET), rendered);
  }
  assert.ok(inspect(credential).includes('alice'));
  assert.ok(JSON.stringify(credential).includes('********'));
  assert.is(credential.revealPassword(), SECRET);
  assert.equal(Object.keys(credential).sort(), ['domain', 'userName']);
});

test('contexts and state machines holding a credential do not reveal it either', () => {
  const credential = new NetworkCredential('alice', SECRET);
  const objects = [
    new HttpAuthClient({ mechanism: 'Negotiate', credential, transport: { https: false } }),
    new HttpAuthClient({ mechanism: 'Basic', credential, transport: { https: true } }),
    new NtlmClientContext({ credential }),
  ];
  for (const object of objects) {
    const rendered = inspect(object, { depth: 10, showHidden: true }) + JSON.stringify(object);
    assert.not.ok(rendered.includes(SECRET), rendered);
  }
});

test('DOMAIN\\user is split; a UPN stays whole', () => {
  const c = NetworkCredential.fromUserName('CONTOSO\\alice', SECRET);
  assert.is(c.domain, 'CONTOSO');
  assert.is(c.userName, 'alice');
  assert.is(c.qualifiedUserName, 'CONTOSO\\alice');
  const upn = NetworkCredential.fromUserName('alice@contoso.com', SECRET);
  assert.is(upn.userName, 'alice@contoso.com');
  assert.is(upn.domain, '');
});

test('authentication errors do not carry the password', () => {
  const messages: string[] = [];
  const server = new HttpAuthServer({
    mechanisms: ['Negotiate', 'Basic'],
    transport: { https: true },
    lookup: () => ({ password: 'other' }),
    ntlm: { nbComputerName: 'HOST' },
  });
  const basic = server.onRequest(`Basic ${encodeBasicToken(new NetworkCredential('alice', SECRET))}`);
  if (basic.kind === 'Challenge' && basic.error) messages.push(basic.error.message, inspect(basic.error), String(basic.error.stack));

  const client = new HttpAuthClient({ mechanism: 'Negotiate', credential: new NetworkCredential('alice', SECRET), transport: { https: false } });
  let step = server.onRequest(client.initialAuthorization());
  assert.is(step.kind, 'Challenge');
  const next = client.onResponse(401, step.kind === 'Challenge' ? step.wwwAuthenticate : []);
  step = server.onRequest(next.kind === 'Send' ? next.authorization : undefined);
  if (step.kind === 'Challenge' && step.error) messages.push(step.error.message, inspect(step.error));
  try {
    client.onResponse(401, step.kind === 'Challenge' ? step.wwwAuthenticate : []);
  } catch (error) {
    assert.instance(error, AuthError);
    messages.push((error as Error).message, inspect(error));
  }
  assert.ok(messages.length >= 4);
  for (const m of messages) assert.not.ok(m.includes(SECRET), m);
});

test.run();
