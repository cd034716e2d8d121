/**
 * SPNEGO acceptor with NTLM as the only mechanism (RFC 4178, MS-SPNG): what Windows and
 * gss-ntlmssp clients send under the HTTP Negotiate scheme. Kerberos and NegoEx offers are
 * answered by selecting NTLM; the exchange ends with mechListMIC in both directions.
 */
import type { CredentialLookup } from '../credential-store.js';
import { AuthPolicyError, ContextStateError, InvalidTokenError, LogonFailureError, MessageAlteredError } from '../errors.js';
import { NtlmServerContext, type NtlmServerOptions } from '../ntlm/server-context.js';
import type { AcceptorStep, NegotiateAcceptor } from '../negotiate-mechanism.js';
import { MechType, NegState, decodeNegotiationToken, encodeNegTokenResp } from './neg-token.js';

type State = 'Initial' | 'AwaitingNegotiate' | 'AwaitingAuthenticate' | 'Done';

export class SpnegoAcceptor implements NegotiateAcceptor {
  readonly #ntlm: NtlmServerContext;
  #state: State = 'Initial';
  #mechTypes: Uint8Array = new Uint8Array(0);
  #micRequired = false;

  constructor(options: NtlmServerOptions) {
    this.#ntlm = new NtlmServerContext(options);
  }

  step(token: Uint8Array, lookup: CredentialLookup): AcceptorStep {
    const message = decodeNegotiationToken(token);
    switch (this.#state) {
      case 'Initial': {
        if (message.kind !== 'NegTokenInit') throw new InvalidTokenError('The SPNEGO exchange must start with NegTokenInit.');
        if (!message.mechTypes.includes(MechType.Ntlm)) throw new AuthPolicyError('The client offers no authentication mechanism this server supports.');
        this.#mechTypes = message.mechTypesEncoded;
        if (message.mechTypes[0] === MechType.Ntlm && message.mechToken) {
          this.#state = 'AwaitingAuthenticate';
          return { token: encodeNegTokenResp({ negState: NegState.AcceptIncomplete, supportedMech: MechType.Ntlm, responseToken: this.#ntlm.challenge(message.mechToken) }) };
        }
        // The optimistic token (Kerberos, NegoEx) is for a mechanism not chosen: select NTLM
        // and, as RFC 4178 requires when the first mechanism is not chosen, demand a mechListMIC.
        this.#micRequired = true;
        this.#state = 'AwaitingNegotiate';
        return { token: encodeNegTokenResp({ negState: NegState.RequestMic, supportedMech: MechType.Ntlm }) };
      }
      case 'AwaitingNegotiate': {
        if (message.kind !== 'NegTokenResp' || !message.responseToken) throw new InvalidTokenError('Expected an NTLM NEGOTIATE_MESSAGE in NegTokenResp.');
        this.#state = 'AwaitingAuthenticate';
        return { token: encodeNegTokenResp({ negState: NegState.AcceptIncomplete, responseToken: this.#ntlm.challenge(message.responseToken) }) };
      }
      case 'AwaitingAuthenticate': {
        if (message.kind !== 'NegTokenResp' || !message.responseToken) throw new InvalidTokenError('Expected an NTLM AUTHENTICATE_MESSAGE in NegTokenResp.');
        this.#state = 'Done';
        const result = this.#ntlm.accept(message.responseToken, lookup);
        if (!message.mechListMic) {
          if (this.#micRequired) throw new LogonFailureError();
          return { token: encodeNegTokenResp({ negState: NegState.AcceptCompleted }), result };
        }
        try {
          result.sessionSecurity.verifyMechListMic(this.#mechTypes, message.mechListMic);
        } catch (error) {
          // A mechanism list altered in transit is a downgrade attempt: refuse the logon.
          if (error instanceof MessageAlteredError) throw new LogonFailureError();
          throw error;
        }
        const mechListMic = result.sessionSecurity.signMechListMic(this.#mechTypes);
        return { token: encodeNegTokenResp({ negState: NegState.AcceptCompleted, mechListMic }), result };
      }
      case 'Done':
        throw new ContextStateError('The SPNEGO exchange is already complete.');
    }
  }
}
