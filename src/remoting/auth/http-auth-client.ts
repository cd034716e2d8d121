/**
 * The client side of WinRM's HTTP authentication handshake as a state machine: it says which
 * `Authorization` header to send and, given each response's status and `WWW-Authenticate`
 * values, whether to resend or whether the connection is authenticated. No I/O happens here.
 *
 * Negotiate: psh sends raw NTLM tokens under the Negotiate scheme, which Windows accepts (as
 * pypsrp/pyspnego do). Over HTTP the resulting NTLM session seals every message
 * (MS-WSMV 2.2.9.1), so the caller should authenticate with an empty body first and send the
 * real envelope only once `authenticated` is true. The context is bound to the TCP connection.
 */
import { encodeBase64Token, decodeBase64Token, parseWwwAuthenticate, sameScheme, type AuthChallenge } from './auth-header.js';
import { assertBasicAllowed, encodeBasicToken, type TransportSecurity } from './basic.js';
import type { NetworkCredential } from './credential.js';
import { AuthPolicyError, ContextStateError, InvalidTokenError, LogonFailureError } from './errors.js';
import { NtlmClientContext, type NtlmClientOptions } from './ntlm/client-context.js';
import type { NtlmSessionSecurity } from './ntlm/session-security.js';

export type AuthenticationMechanism = 'Negotiate' | 'Basic';

export interface HttpAuthClientOptions {
  mechanism: AuthenticationMechanism;
  credential: NetworkCredential;
  transport: TransportSecurity;
  /** NTLM details beyond the credential (workstation, SPN, channel bindings for HTTPS...). */
  ntlm?: Omit<NtlmClientOptions, 'credential'>;
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
  #ntlm: NtlmClientContext | undefined;
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
    if (!this.#ntlm || this.#state !== 'Authenticated') throw new ContextStateError('The Negotiate context is not established.');
    return this.#ntlm.sessionSecurity;
  }

  /** The Authorization header for the first request (authentication is always pre-emptive). */
  initialAuthorization(): string {
    if (this.#state !== 'Initial') throw new ContextStateError('The authentication handshake has already started.');
    if (this.mechanism === 'Basic') {
      this.#state = 'FinalSent';
      return `Basic ${encodeBasicToken(this.#options.credential)}`;
    }
    this.#ntlm = new NtlmClientContext({ ...this.#options.ntlm, credential: this.#options.credential });
    this.#state = 'TokenSent';
    return `Negotiate ${encodeBase64Token(this.#ntlm.negotiate())}`;
  }

  /** Consumes a response to a request that carried this context's Authorization header. */
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
        const token = offered.token;
        const authenticate = this.#ntlm!.authenticate(decodeBase64Token(token));
        this.#state = 'FinalSent';
        return { kind: 'Send', authorization: `Negotiate ${encodeBase64Token(authenticate)}` };
      }
      case 'FinalSent':
        if (status === 401) {
          if (challenges.length > 0 && !this.#offered(challenges)) throw this.#notOffered(challenges);
          throw new LogonFailureError();
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
