/** The public surface, used the way psh's HTTP client and server layers are expected to use it. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as auth from '../../../src/remoting/auth/index.js';

test('client and server over HTTP on port 5985: authenticate with an empty body, then exchange sealed envelopes', () => {
  const client = new auth.HttpAuthClient({
    mechanism: 'Negotiate',
    credential: auth.NetworkCredential.fromUserName('PSH\\alice', 'pw'),
    transport: { https: false },
    ntlm: { workstation: 'CLIENT', targetSpn: 'WSMAN/psh' },
  });
  const server = new auth.HttpAuthServer({
    mechanisms: ['Negotiate', 'Basic'],
    transport: { https: false },
    lookup: (user, domain) => (user === 'alice' && domain === 'PSH' ? { ntHash: auth.ntHash('pw') } : undefined),
    ntlm: { nbComputerName: 'PSH' },
  });

  // Round trip 1 and 2 carry Content-Length: 0; the body can only be sealed once the context exists.
  let authorization: string | undefined = client.initialAuthorization();
  let accepted: auth.AuthenticatedUser | undefined;
  while (!accepted) {
    const step = server.onRequest(authorization);
    if (step.kind === 'Accepted') {
      accepted = step.user;
      assert.is(client.onResponse(200, step.wwwAuthenticate).kind, 'Authenticated');
    } else {
      const next = client.onResponse(step.status, step.wwwAuthenticate);
      assert.is(next.kind, 'Send');
      authorization = next.kind === 'Send' ? next.authorization : undefined;
    }
  }
  assert.is(accepted.userName, 'alice');
  assert.ok(client.encryptsMessages && server.encryptsMessages);

  const envelope = new Uint8Array(Buffer.from('<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"/>'));
  const request = auth.wrapEncryptedMessage(client.sessionSecurity, envelope);
  assert.ok(auth.isEncryptedContentType(request.contentType));
  assert.equal(server.onRequest(undefined), { kind: 'Accepted', user: accepted });
  const received = auth.unwrapEncryptedMessage(accepted.sessionSecurity!, request.body, request.contentType);
  assert.equal(received.content, envelope);
  const reply = auth.wrapEncryptedMessage(accepted.sessionSecurity!, envelope);
  assert.equal(auth.unwrapEncryptedMessage(client.sessionSecurity, reply.body, reply.contentType).content, envelope);
});

test.run();
