/**
 * SPNEGO initiator offering NTLM only (RFC 4178, MS-SPNG), for servers that insist on SPNEGO
 * framing. Windows WinRM also accepts raw NTLM under Negotiate, which psh uses by default.
 */
import { ContextStateError, InvalidTokenError, LogonFailureError } from '../errors.js';
import { NtlmClientContext, type NtlmClientOptions } from '../ntlm/client-context.js';
import type { NtlmSessionSecurity } from '../ntlm/session-security.js';
import type { NegotiateInitiator } from '../negotiate-mechanism.js';
import { MechType, NegState, decodeNegotiationToken, encodeNegTokenInit, encodeNegTokenResp } from './neg-token.js';

type State = 'Initial' | 'InitSent' | 'AuthenticateSent' | 'Complete';

export class SpnegoInitiator implements NegotiateInitiator {
  readonly #ntlm: NtlmClientContext;
  #state: State = 'Initial';
  #mechTypes: Uint8Array = new Uint8Array(0);

  constructor(options: NtlmClientOptions) {
    this.#ntlm = new NtlmClientContext(options);
  }

  get complete(): boolean {
    return this.#state === 'Complete';
  }

  get sessionSecurity(): NtlmSessionSecurity {
    if (this.#state !== 'Complete') throw new ContextStateError('The SPNEGO exchange is not complete.');
    return this.#ntlm.sessionSecurity;
  }

  initialToken(): Uint8Array {
    if (this.#state !== 'Initial') throw new ContextStateError('The SPNEGO exchange has already started.');
    const { token, mechTypesEncoded } = encodeNegTokenInit([MechType.Ntlm], this.#ntlm.negotiate());
    this.#mechTypes = mechTypesEncoded;
    this.#state = 'InitSent';
    return token;
  }

  /** Consumes a server token; returns the next token to send, or undefined when none is due. */
  step(token: Uint8Array): Uint8Array | undefined {
    const message = decodeNegotiationToken(token);
    if (message.kind !== 'NegTokenResp') throw new InvalidTokenError('Expected an SPNEGO NegTokenResp from the server.');
    if (message.negState === NegState.Reject) throw new LogonFailureError();
    switch (this.#state) {
      case 'InitSent': {
        if (message.supportedMech !== undefined && message.supportedMech !== MechType.Ntlm) {
          throw new InvalidTokenError('The server selected a mechanism that was not offered.');
        }
        if (!message.responseToken) throw new InvalidTokenError('The SPNEGO response carries no NTLM challenge.');
        const authenticate = this.#ntlm.authenticate(message.responseToken);
        this.#state = 'AuthenticateSent';
        return encodeNegTokenResp({ responseToken: authenticate, mechListMic: this.#ntlm.sessionSecurity.signMechListMic(this.#mechTypes) });
      }
      case 'AuthenticateSent':
        if (message.negState !== NegState.AcceptCompleted) throw new LogonFailureError();
        // The server proves it holds the session key (and saw our mechanism list) with its own MIC.
        if (!message.mechListMic) throw new LogonFailureError();
        this.#ntlm.sessionSecurity.verifyMechListMic(this.#mechTypes, message.mechListMic);
        this.#state = 'Complete';
        return undefined;
      default:
        throw new ContextStateError('The SPNEGO exchange is not waiting for a server token.');
    }
  }
}
