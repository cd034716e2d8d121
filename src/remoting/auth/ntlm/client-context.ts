/**
 * The NTLM initiator (MS-NLMP 3.1): produces the NEGOTIATE_MESSAGE, consumes the server's
 * CHALLENGE_MESSAGE and produces the AUTHENTICATE_MESSAGE, after which its session security
 * seals and unseals WinRM messages. Pure: randomness and the clock are injectable.
 */
import { randomBytes } from 'node:crypto';
import { AuthPolicyError, ContextStateError, InvalidTokenError } from '../errors.js';
import type { NetworkCredential } from '../credential.js';
import { hmacMd5 } from '../digests.js';
import { rc4k } from '../rc4.js';
import { AvId, MsvAvFlag, avPairFlags, encodeAvPairs, findAvPair, u32AvPair, withAvPair, textAvPair } from './av-pairs.js';
import { encodeAuthenticateMessage, MIC_LENGTH, MIC_OFFSET } from './authenticate-message.js';
import { decodeChallengeMessage } from './challenge-message.js';
import { channelBindingsHash } from './channel-bindings.js';
import { encodeNegotiateMessage } from './negotiate-message.js';
import { DEFAULT_CLIENT_FLAGS, NegotiateFlags, hasFlag } from './negotiate-flags.js';
import { computeNtlmV2Proof, fileTime, ntHash, ntlmV2ClientChallenge, ntowfv2 } from './ntlmv2-response.js';
import { NtlmSessionSecurity } from './session-security.js';
import { NTLMSSP_REVISION_W2K3, type NtlmVersion } from './wire.js';

/** psh reports itself as a Windows 10-era NTLM implementation; the field is informational only. */
export const PSH_NTLM_VERSION: NtlmVersion = {
  productMajorVersion: 10,
  productMinorVersion: 0,
  productBuild: 0,
  ntlmRevisionCurrent: NTLMSSP_REVISION_W2K3,
};

export interface NtlmClientOptions {
  credential: NetworkCredential;
  /** The NetBIOS name of this machine, sent as Workstation. */
  workstation?: string;
  /** The service principal name, e.g. `WSMAN/server.example.com`, sent as MsvAvTargetName. */
  targetSpn?: string;
  /** Unhashed gss_channel_bindings_struct (see channel-bindings.ts), for HTTPS. */
  channelBindings?: Uint8Array;
  /** Flags to offer; defaults to NTLMv2 with 128-bit signing and sealing. */
  negotiateFlags?: number;
  /** Fail unless the server grants sealing (WinRM over HTTP cannot work without it). */
  requireConfidentiality?: boolean;
  random?: (length: number) => Uint8Array;
  now?: () => number;
}

type State = 'Initial' | 'NegotiateSent' | 'Complete';

export class NtlmClientContext {
  readonly #options: NtlmClientOptions;
  readonly #random: (length: number) => Uint8Array;
  readonly #now: () => number;
  #state: State = 'Initial';
  #negotiateMessage: Uint8Array | undefined;
  #sessionSecurity: NtlmSessionSecurity | undefined;

  constructor(options: NtlmClientOptions) {
    this.#options = options;
    this.#random = options.random ?? ((n) => new Uint8Array(randomBytes(n)));
    this.#now = options.now ?? Date.now;
  }

  get complete(): boolean {
    return this.#state === 'Complete';
  }

  /** Sealing and signing for the established session. */
  get sessionSecurity(): NtlmSessionSecurity {
    if (!this.#sessionSecurity) throw new ContextStateError('The NTLM context is not yet established.');
    return this.#sessionSecurity;
  }

  /** The first token: NEGOTIATE_MESSAGE. */
  negotiate(): Uint8Array {
    if (this.#state !== 'Initial') throw new ContextStateError('The NTLM NEGOTIATE_MESSAGE has already been produced.');
    this.#negotiateMessage = encodeNegotiateMessage({
      negotiateFlags: this.#offeredFlags(),
      domainName: '',
      workstation: '',
      version: PSH_NTLM_VERSION,
    });
    this.#state = 'NegotiateSent';
    return this.#negotiateMessage;
  }

  /** Consumes the CHALLENGE_MESSAGE and returns the AUTHENTICATE_MESSAGE. */
  authenticate(challengeToken: Uint8Array): Uint8Array {
    if (this.#state !== 'NegotiateSent' || !this.#negotiateMessage) {
      throw new ContextStateError('The NTLM context is not waiting for a CHALLENGE_MESSAGE.');
    }
    const challenge = decodeChallengeMessage(challengeToken);
    const offered = this.#offeredFlags();
    let flags = (challenge.negotiateFlags & offered) >>> 0;
    if (hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_UNICODE)) flags = (flags & ~NegotiateFlags.NTLM_NEGOTIATE_OEM) >>> 0;
    this.#checkPolicy(flags);

    const protects = hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_SIGN) || hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_SEAL);
    const serverTargetInfo = challenge.targetInfo;
    if (
      protects &&
      (!findAvPair(serverTargetInfo, AvId.MsvAvNbComputerName) || !findAvPair(serverTargetInfo, AvId.MsvAvNbDomainName))
    ) {
      throw new InvalidTokenError('The NTLM challenge lacks the server NetBIOS names.');
    }

    const serverTime = findAvPair(serverTargetInfo, AvId.MsvAvTimestamp);
    if (serverTime !== undefined && serverTime.length !== 8) throw new InvalidTokenError('The NTLM challenge has a malformed timestamp.');
    const time = serverTime ?? fileTime(this.#now());
    const sendMic = serverTime !== undefined;

    let targetInfo = serverTargetInfo;
    if (sendMic) targetInfo = withAvPair(targetInfo, u32AvPair(AvId.MsvAvFlags, avPairFlags(targetInfo) | MsvAvFlag.MicProvided));
    // Only with real bindings: pyspnego found that sending the "absent" Z(16) value is not safe with every server.
    if (this.#options.channelBindings) {
      targetInfo = withAvPair(targetInfo, { id: AvId.MsvAvChannelBindings, value: channelBindingsHash(this.#options.channelBindings) });
    }
    targetInfo = withAvPair(targetInfo, textAvPair(AvId.MsvAvTargetName, this.#options.targetSpn ?? ''));

    const { credential } = this.#options;
    const responseKeyNT = ntowfv2(ntHash(credential.revealPassword()), credential.userName, credential.domain);
    const clientChallenge = this.#random(8);
    const temp = ntlmV2ClientChallenge(time, clientChallenge, encodeAvPairs(targetInfo));
    const proof = computeNtlmV2Proof(responseKeyNT, challenge.serverChallenge, clientChallenge, temp);

    // NTLMv2 uses the SessionBaseKey as KeyExchangeKey (MS-NLMP 3.4.5.1).
    const keyExchangeKey = proof.sessionBaseKey;
    let exportedSessionKey = keyExchangeKey;
    let encryptedRandomSessionKey: Uint8Array = new Uint8Array(0);
    if (hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_KEY_EXCH) && protects) {
      exportedSessionKey = this.#random(16);
      encryptedRandomSessionKey = rc4k(keyExchangeKey, exportedSessionKey);
    }

    const authenticate = encodeAuthenticateMessage({
      // With a server timestamp the LMv2 response is replaced by Z(24) (MS-NLMP 3.1.5.1.2).
      lmChallengeResponse: sendMic ? new Uint8Array(24) : proof.lmChallengeResponse,
      ntChallengeResponse: proof.ntChallengeResponse,
      domainName: credential.domain,
      userName: credential.userName,
      workstation: this.#options.workstation ?? '',
      encryptedRandomSessionKey,
      negotiateFlags: flags,
      version: PSH_NTLM_VERSION,
      mic: new Uint8Array(MIC_LENGTH),
    });
    if (sendMic) {
      authenticate.set(hmacMd5(exportedSessionKey, this.#negotiateMessage, challengeToken, authenticate), MIC_OFFSET);
    }

    this.#sessionSecurity = new NtlmSessionSecurity(flags, exportedSessionKey, 'Client');
    this.#state = 'Complete';
    return authenticate;
  }

  #offeredFlags(): number {
    return (this.#options.negotiateFlags ?? DEFAULT_CLIENT_FLAGS) >>> 0;
  }

  #checkPolicy(flags: number): void {
    if (!hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY)) {
      throw new AuthPolicyError('The server did not accept NTLMv2 extended session security.');
    }
    if (this.#options.requireConfidentiality ?? true) {
      if (!hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_SEAL) || !hasFlag(flags, NegotiateFlags.NTLMSSP_NEGOTIATE_128)) {
        throw new AuthPolicyError('The server did not accept 128-bit NTLM message encryption.');
      }
    }
  }
}
