/**
 * The server side of WinRM's HTTP authentication as a state machine, one per TCP connection
 * (NTLM authenticates the connection, and later requests on it carry no Authorization). Given a
 * request's `Authorization` value it answers with a 401 and the challenges to send, or accepts
 * with the user's name and, for Negotiate, the session that seals messages on HTTP.
 */
import { decodeBase64Token, encodeBase64Token, parseAuthorization, sameScheme } from './auth-header.js';
import { decodeBasicToken, isBasicAllowed, type TransportSecurity } from './basic.js';
import { passwordMatches, type CredentialLookup } from './credential-store.js';
import { AuthError, AuthPolicyError, LogonFailureError } from './errors.js';
import type { AuthenticationMechanism } from './http-auth-client.js';
import { createNegotiateAcceptor, type NegotiateAcceptor } from './negotiate-mechanism.js';
import type { NtlmServerOptions } from './ntlm/server-context.js';
import type { NtlmSessionSecurity } from './ntlm/session-security.js';
import { MessageType, isNtlmToken } from './ntlm/wire.js';
import { Tag } from './spnego/der.js';

export interface HttpAuthServerOptions {
  /** Mechanisms to offer, in order of preference. */
  mechanisms: readonly AuthenticationMechanism[];
  transport: TransportSecurity;
  lookup: CredentialLookup;
  ntlm: NtlmServerOptions;
  /** The Basic realm WinRM announces. */
  realm?: string;
}

export interface AuthenticatedUser {
  mechanism: AuthenticationMechanism;
  userName: string;
  domainName: string;
  /** Present for Negotiate: seals and unseals bodies when the transport is HTTP. */
  sessionSecurity?: NtlmSessionSecurity;
}

export type ServerAuthStep =
  /** Respond 401 with these WWW-Authenticate values; `error` says why (for logs, never for the client). */
  | { kind: 'Challenge'; status: 401; wwwAuthenticate: string[]; error?: AuthError }
  /** Process the request as this user; send `wwwAuthenticate` (SPNEGO's final token) with the response if set. */
  | { kind: 'Accepted'; user: AuthenticatedUser; wwwAuthenticate?: string };

export class HttpAuthServer {
  readonly #options: HttpAuthServerOptions;
  #acceptor: NegotiateAcceptor | undefined;
  #user: AuthenticatedUser | undefined;

  constructor(options: HttpAuthServerOptions) {
    this.#options = options;
  }

  /** Whether bodies on this connection must be multipart/encrypted (Negotiate over HTTP). */
  get encryptsMessages(): boolean {
    return this.#user?.mechanism === 'Negotiate' && !this.#options.transport.https;
  }

  get user(): AuthenticatedUser | undefined {
    return this.#user;
  }

  /** The challenges offered to an unauthenticated request: Basic only where policy allows it. */
  offeredChallenges(): string[] {
    return this.#options.mechanisms
      .filter((m) => m !== 'Basic' || isBasicAllowed(this.#options.transport))
      .map((m) => (m === 'Basic' ? `Basic realm="${this.#options.realm ?? 'WSMAN'}"` : m));
  }

  onRequest(authorization: string | undefined): ServerAuthStep {
    if (authorization === undefined) {
      if (this.#user) return { kind: 'Accepted', user: this.#user };
      return this.#challenge();
    }
    // A new Authorization header restarts authentication, even on an authenticated connection.
    this.#user = undefined;
    try {
      const { scheme, token } = parseAuthorization(authorization);
      const mechanism = this.#options.mechanisms.find((m) => sameScheme(m, scheme));
      if (!mechanism) throw new AuthPolicyError(`The ${scheme} authentication scheme is not enabled.`);
      return mechanism === 'Basic' ? this.#basic(token) : this.#negotiate(decodeBase64Token(token));
    } catch (error) {
      this.#acceptor = undefined;
      if (error instanceof AuthError) return this.#challenge(error);
      throw error;
    }
  }

  #challenge(error?: AuthError): ServerAuthStep {
    return error ? { kind: 'Challenge', status: 401, wwwAuthenticate: this.offeredChallenges(), error } : { kind: 'Challenge', status: 401, wwwAuthenticate: this.offeredChallenges() };
  }

  #basic(token: string): ServerAuthStep {
    if (!isBasicAllowed(this.#options.transport)) throw new AuthPolicyError('Basic authentication is not allowed over HTTP.');
    const credential = decodeBasicToken(token);
    const secret = this.#options.lookup(credential.userName, credential.domain);
    if (!secret || !passwordMatches(secret, credential.revealPassword())) throw new LogonFailureError();
    this.#user = { mechanism: 'Basic', userName: credential.userName, domainName: credential.domain };
    return { kind: 'Accepted', user: this.#user };
  }

  #negotiate(token: Uint8Array): ServerAuthStep {
    // A NEGOTIATE_MESSAGE or a NegTokenInit (re)starts the exchange; anything else continues it.
    const starts = isNtlmToken(token)
      ? token.length >= 12 && new DataView(token.buffer, token.byteOffset, 12).getUint32(8, true) === MessageType.NtLmNegotiate
      : token[0] === Tag.Application0;
    if (starts || !this.#acceptor) this.#acceptor = createNegotiateAcceptor(token, this.#options.ntlm);
    const step = this.#acceptor.step(token, this.#options.lookup);
    const header = step.token ? `Negotiate ${encodeBase64Token(step.token)}` : undefined;
    if (!step.result) return { kind: 'Challenge', status: 401, wwwAuthenticate: header ? [header] : this.offeredChallenges() };
    this.#acceptor = undefined;
    const { userName, domainName, sessionSecurity } = step.result;
    this.#user = { mechanism: 'Negotiate', userName, domainName, sessionSecurity };
    return header ? { kind: 'Accepted', user: this.#user, wwwAuthenticate: header } : { kind: 'Accepted', user: this.#user };
  }
}
