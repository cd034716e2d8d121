/** Test helper: a real NTLM client and server session, established by a full handshake. */
import { NetworkCredential } from '../../../src/remoting/auth/credential.js';
import { NtlmClientContext } from '../../../src/remoting/auth/ntlm/client-context.js';
import { NtlmServerContext } from '../../../src/remoting/auth/ntlm/server-context.js';
import type { NtlmSessionSecurity } from '../../../src/remoting/auth/ntlm/session-security.js';

export function sessionPair(): { client: NtlmSessionSecurity; server: NtlmSessionSecurity } {
  const client = new NtlmClientContext({ credential: new NetworkCredential('user', 'secret') });
  const server = new NtlmServerContext({ nbComputerName: 'HOST' });
  const challenge = server.challenge(client.negotiate());
  const result = server.accept(client.authenticate(challenge), () => ({ password: 'secret' }));
  return { client: client.sessionSecurity, server: result.sessionSecurity };
}
