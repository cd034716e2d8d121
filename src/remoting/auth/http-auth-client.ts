/**
 * The client side of WinRM's HTTP authentication handshake as a state machine: it says which
 * `Authorization` header to send and, given each response's status and `WWW-Authenticate`
 * values, whether to resend or whether the connection is authenticated. No I/O happens here.
 *
 * Negotiate: psh sends bare NTLM tokens under the Negotiate scheme by default, as Windows' own
 * WinRM client does in the MS-WSMV examples (SPNEGO framing is an option). Over HTTP the NTLM
 * session then seals every message (MS-WSMV 2.2.9.1), so the caller should authenticate with an
 * empty body first and send the real envelope only once `authenticated` is true. The context is
 * bound to the TCP connection: a new connection needs a new HttpAuthClient.
 */
import { encodeBase64Token, decodeBase64Token, parseWwwAuthenticate, sameScheme, type AuthChallenge } from './auth-header.js';
import { assertBasicAllowed, encodeBasicToken, type TransportSecurity } from './basic.js';
import type { NetworkCredential } from './credential.js';
import { AuthPolicyError, ContextStateError, InvalidTokenError, LogonFailureError } from './errors.js';
import { createNegotiateInitiator, type NegotiateInitiator } from './negotiate-mechanism.js';
import type { NtlmClientOptions } from './ntlm/client-context.js';
import type { NtlmSessionSecurity } from './ntlm/session-security.js';

export type AuthenticationMechanism = 'Negotiate' | 'Basic';

export interface HttpAuthClientOptions {
  mechanism: AuthenticationMechanism;
  credential: NetworkCredential;
  transport: TransportSecurity;
  /** NTLM details beyond the credential (workstation, SPN, channel bindings for HTTPS...). */
  ntlm?: Omit<NtlmClientOptions, 'credential'>;
  /** Wrap NTLM in SPNEGO instead of sending bare NTLM tokens (both work with Windows). */
  spnego?: boolean;
}

export type ClientAuthStep =
  /** Send the request (again) with this Authorization header value. */
  | { kind: 'Send'; authorization: string }
  /** The handshake is over; this response is the answer to the request. */
  | { kind: 'Authenticated' };

type State = 'Initial' | 'TokenSent' | 'FinalSent' | 'Authenticated';

export class HttpAuthClient {
  readonly mechanism: AuthenticationMechanism;
  readonly #options: HttpAuthClientOptions;
  #negotiator: NegotiateInitiator | undefined;
  #state: State = 'Initial';

  constructor(options: HttpAuthClientOptions) {
    this.mechanism = options.mechanism;
    this.#options = options;
    if (options.mechanism === 'Basic') assertBasicAllowed(options.transport);
  }

  /** Whether messages must be sealed in multipart/encrypted bodies (Negotiate without TLS). */
  get encryptsMessages(): boolean {
    return this.mechanism === 'Negotiate' && !this.#options.transport.https;
  }

  get authenticated(): boolean {
    return this.#state === 'Authenticated';
  }

  /** The established NTLM session (Negotiate only), used to seal and unseal bodies. */
  get sessionSecurity(): NtlmSessionSecurity {
    if (!this.#negotiator || this.#state !== 'Authenticated') throw new ContextStateError('The Negotiate context is not established.');
    return this.#negotiator.sessionSecurity;
  }

  /** The Authorization header for the first request (authentication is always pre-emptive). */
  initialAuthorization(): string {
    if (this.#state !== 'Initial') throw new ContextStateError('The authentication handshake has already started.');
    if (this.mechanism === 'Basic') {
      this.#state = 'FinalSent';
      return `Basic ${encodeBasicToken(this.#options.credential)}`;
    }
    this.#negotiator = createNegotiateInitiator({ ...this.#options.ntlm, credential: this.#options.credential }, this.#options.spnego ?? false);
    this.#state = 'TokenSent';
    return `Negotiate ${encodeBase64Token(this.#negotiator.initialToken())}`;
  }

  /**
   * Consumes a response to a request sent with this context's Authorization header (or, once
   * authenticated, any later response on the connection).
   */
  onResponse(status: number, wwwAuthenticate: string | readonly string[] | undefined): ClientAuthStep {
    const challenges = parseWwwAuthenticate(wwwAuthenticate);
    switch (this.#state) {
      case 'Initial':
        throw new ContextStateError('No request has been sent yet.');
      case 'TokenSent': {
        if (status !== 401) throw new InvalidTokenError(`The server answered the NTLM negotiation with HTTP status ${status}.`);
        const offered = this.#offered(challenges);
        if (!offered) throw this.#notOffered(challenges);
        if (!offered.token) throw new LogonFailureError();
        const next = this.#negotiator!.step(decodeBase64Token(offered.token));
        if (!next) throw new InvalidTokenError('The Negotiate exchange ended before the client authenticated.');
        this.#state = 'FinalSent';
        return { kind: 'Send', authorization: `Negotiate ${encodeBase64Token(next)}` };
      }
      case 'FinalSent':
        if (status === 401) {
          if (challenges.length > 0 && !this.#offered(challenges)) throw this.#notOffered(challenges);
          throw new LogonFailureError();
        }
        if (this.#negotiator && !this.#negotiator.complete) {
          // SPNEGO: the final response carries the server's mechListMIC, which must verify.
          const token = this.#offered(challenges)?.token;
          if (!token) throw new InvalidTokenError('The server did not complete the SPNEGO exchange.');
          if (this.#negotiator.step(decodeBase64Token(token)) !== undefined || !this.#negotiator.complete) {
            throw new InvalidTokenError('The server did not complete the SPNEGO exchange.');
          }
        }
        this.#state = 'Authenticated';
        return { kind: 'Authenticated' };
      case 'Authenticated':
        if (status === 401) throw new LogonFailureError();
        return { kind: 'Authenticated' };
    }
  }

  #offered(challenges: AuthChallenge[]): AuthChallenge | undefined {
    return challenges.find((c) => sameScheme(c.scheme, this.mechanism));
  }

  #notOffered(challenges: AuthChallenge[]): AuthPolicyError {
    return new AuthPolicyError(
      `The server does not accept ${this.mechanism} authentication; it offers: ${challenges.map((c) => c.scheme).join(', ')}.`,
    );
  }
}
