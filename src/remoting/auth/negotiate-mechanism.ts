/**
 * What travels under the HTTP `Negotiate` scheme: either bare NTLM messages (what pypsrp sends,
 * and what Windows' own WinRM client sends in the MS-WSMV examples) or SPNEGO tokens wrapping
 * NTLM (what SSPI and gss-ntlmssp clients send). Both sides pick the framing here; the HTTP
 * state machines only move tokens.
 */
import type { CredentialLookup } from './credential-store.js';
import { ContextStateError, InvalidTokenError } from './errors.js';
import { NtlmClientContext, type NtlmClientOptions } from './ntlm/client-context.js';
import { NtlmServerContext, type NtlmServerOptions, type NtlmServerResult } from './ntlm/server-context.js';
import type { NtlmSessionSecurity } from './ntlm/session-security.js';
import { MessageType, isNtlmToken } from './ntlm/wire.js';
import { SpnegoAcceptor } from './spnego/acceptor.js';
import { SpnegoInitiator } from './spnego/initiator.js';
import { isSpnegoToken } from './spnego/neg-token.js';

export interface NegotiateInitiator {
  readonly complete: boolean;
  readonly sessionSecurity: NtlmSessionSecurity;
  initialToken(): Uint8Array;
  /** Consumes a server token; returns the next token to send, or undefined when none is due. */
  step(token: Uint8Array): Uint8Array | undefined;
}

export interface AcceptorStep {
  /** The token for the client: in the 401 while incomplete, in the final response otherwise. */
  token?: Uint8Array;
  /** Set once the client is authenticated. */
  result?: NtlmServerResult;
}

export interface NegotiateAcceptor {
  step(token: Uint8Array, lookup: CredentialLookup): AcceptorStep;
}

/** Bare NTLM under Negotiate: NEGOTIATE out, CHALLENGE in, AUTHENTICATE out, done. */
class NtlmInitiator implements NegotiateInitiator {
  readonly #ntlm: NtlmClientContext;

  constructor(options: NtlmClientOptions) {
    this.#ntlm = new NtlmClientContext(options);
  }

  get complete(): boolean {
    return this.#ntlm.complete;
  }

  get sessionSecurity(): NtlmSessionSecurity {
    return this.#ntlm.sessionSecurity;
  }

  initialToken(): Uint8Array {
    return this.#ntlm.negotiate();
  }

  step(token: Uint8Array): Uint8Array | undefined {
    if (this.#ntlm.complete) throw new ContextStateError('The NTLM exchange is already complete.');
    return this.#ntlm.authenticate(token);
  }
}

class NtlmAcceptor implements NegotiateAcceptor {
  readonly #ntlm: NtlmServerContext;
  #challenged = false;

  constructor(options: NtlmServerOptions) {
    this.#ntlm = new NtlmServerContext(options);
  }

  step(token: Uint8Array, lookup: CredentialLookup): AcceptorStep {
    if (!this.#challenged) {
      this.#challenged = true;
      return { token: this.#ntlm.challenge(token) };
    }
    return { result: this.#ntlm.accept(token, lookup) };
  }
}

export function createNegotiateInitiator(options: NtlmClientOptions, spnego: boolean): NegotiateInitiator {
  return spnego ? new SpnegoInitiator(options) : new NtlmInitiator(options);
}

/**
 * An acceptor for a client's first Negotiate token, chosen by its framing; undefined when the
 * token cannot start an exchange (e.g. an AUTHENTICATE_MESSAGE out of the blue).
 */
export function createNegotiateAcceptor(firstToken: Uint8Array, options: NtlmServerOptions): NegotiateAcceptor {
  if (isNtlmToken(firstToken)) {
    if (firstToken.length < 12 || new DataView(firstToken.buffer, firstToken.byteOffset, 12).getUint32(8, true) !== MessageType.NtLmNegotiate) {
      throw new InvalidTokenError('An NTLM exchange must start with a NEGOTIATE_MESSAGE.');
    }
    return new NtlmAcceptor(options);
  }
  if (isSpnegoToken(firstToken)) return new SpnegoAcceptor(options);
  throw new InvalidTokenError('The Negotiate token is neither NTLM nor SPNEGO.');
}
