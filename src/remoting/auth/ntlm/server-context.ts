/**
 * The NTLM acceptor (MS-NLMP 3.2): consumes the NEGOTIATE_MESSAGE, produces a CHALLENGE_MESSAGE
 * with a fresh server challenge and TargetInfo, then checks the client's NTLMv2 response against
 * the user's secret and establishes session security. Looking the secret up is split from
 * reading the message (readAuthenticate / completeAuthenticate) so the caller may consult an
 * asynchronous store in between; `accept` does both for a synchronous store.
 */
import { randomBytes } from 'node:crypto';
import { accountNtHash, type AccountSecret, type CredentialLookup } from '../credential-store.js';
import { AuthPolicyError, ContextStateError, InvalidTokenError, LogonFailureError } from '../errors.js';
import { AvId, textAvPair, type AvPair } from './av-pairs.js';
import { decodeAuthenticateMessage } from './authenticate-message.js';
import { verifyAuthenticate, type VerificationPolicy } from './authenticate-verification.js';
import { encodeChallengeMessage } from './challenge-message.js';
import { PSH_NTLM_VERSION } from './client-context.js';
import { decodeNegotiateMessage } from './negotiate-message.js';
import { DEFAULT_CLIENT_FLAGS, NegotiateFlags, hasFlag } from './negotiate-flags.js';
import { fileTime } from './ntlmv2-response.js';
import { NtlmSessionSecurity } from './session-security.js';

export interface NtlmServerOptions {
  /** NetBIOS computer name (MsvAvNbComputerName); also the TargetName of a workgroup server. */
  nbComputerName: string;
  /** NetBIOS domain name (MsvAvNbDomainName); for a workgroup server, the computer name. */
  nbDomainName?: string;
  dnsComputerName?: string;
  dnsDomainName?: string;
  /** Whether TargetName is the domain (domain member) or the computer (workgroup). */
  domainJoined?: boolean;
  /** The server's unhashed channel bindings (HTTPS); a client sending different ones is refused. */
  channelBindings?: Uint8Array;
  /** Refuse clients that send no channel bindings (CbtHardeningLevel Strict). */
  requireChannelBindings?: boolean;
  /** Largest accepted difference between the client's timestamp and ours (MaxLifetime, default 36 h). */
  maxClockSkewMilliseconds?: number;
  random?: (length: number) => Uint8Array;
  now?: () => number;
}

export interface NtlmIdentity {
  userName: string;
  domainName: string;
  workstation: string;
}

export interface NtlmServerResult extends NtlmIdentity {
  sessionSecurity: NtlmSessionSecurity;
}

/** Flags the server always sets in its CHALLENGE_MESSAGE (MS-NLMP 3.2.5.1.1). */
const SERVER_ADDED_FLAGS =
  (NegotiateFlags.NTLMSSP_REQUEST_TARGET |
    NegotiateFlags.NTLMSSP_NEGOTIATE_NTLM |
    NegotiateFlags.NTLMSSP_NEGOTIATE_ALWAYS_SIGN |
    NegotiateFlags.NTLMSSP_NEGOTIATE_TARGET_INFO) >>> 0;

type State = 'Initial' | 'ChallengeSent' | 'AuthenticateRead' | 'Complete' | 'Failed';

export class NtlmServerContext {
  readonly #options: NtlmServerOptions;
  readonly #random: (length: number) => Uint8Array;
  readonly #now: () => number;
  #state: State = 'Initial';
  #negotiateMessage: Uint8Array = new Uint8Array(0);
  #challengeMessage: Uint8Array = new Uint8Array(0);
  #challengeFlags = 0;
  #serverChallenge: Uint8Array = new Uint8Array(0);
  #authenticateMessage: Uint8Array = new Uint8Array(0);

  constructor(options: NtlmServerOptions) {
    this.#options = options;
    this.#random = options.random ?? ((n) => new Uint8Array(randomBytes(n)));
    this.#now = options.now ?? Date.now;
  }

  get complete(): boolean {
    return this.#state === 'Complete';
  }

  /** Consumes the NEGOTIATE_MESSAGE and returns the CHALLENGE_MESSAGE. */
  challenge(negotiateToken: Uint8Array): Uint8Array {
    if (this.#state !== 'Initial') throw new ContextStateError('The NTLM context has already issued a challenge.');
    const negotiate = decodeNegotiateMessage(negotiateToken);
    const requested = negotiate.negotiateFlags;
    if (!hasFlag(requested, NegotiateFlags.NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY)) {
      this.#state = 'Failed';
      throw new AuthPolicyError('The client did not request NTLMv2 extended session security.');
    }
    let flags = ((requested & DEFAULT_CLIENT_FLAGS) | SERVER_ADDED_FLAGS) >>> 0;
    if (hasFlag(requested, NegotiateFlags.NTLMSSP_NEGOTIATE_UNICODE)) flags = (flags & ~NegotiateFlags.NTLM_NEGOTIATE_OEM) >>> 0;
    else if (!hasFlag(requested, NegotiateFlags.NTLM_NEGOTIATE_OEM)) {
      this.#state = 'Failed';
      throw new InvalidTokenError('The NTLM negotiation selects neither Unicode nor OEM strings.');
    }
    const opts = this.#options;
    const nbDomainName = opts.nbDomainName ?? opts.nbComputerName;
    flags |= opts.domainJoined ? NegotiateFlags.NTLMSSP_TARGET_TYPE_DOMAIN : NegotiateFlags.NTLMSSP_TARGET_TYPE_SERVER;

    const targetInfo: AvPair[] = [
      textAvPair(AvId.MsvAvNbDomainName, nbDomainName),
      textAvPair(AvId.MsvAvNbComputerName, opts.nbComputerName),
    ];
    if (opts.dnsDomainName) targetInfo.push(textAvPair(AvId.MsvAvDnsDomainName, opts.dnsDomainName));
    if (opts.dnsComputerName) targetInfo.push(textAvPair(AvId.MsvAvDnsComputerName, opts.dnsComputerName));
    // A timestamp makes clients send a MIC over all three messages (MS-NLMP 3.1.5.1.2).
    targetInfo.push({ id: AvId.MsvAvTimestamp, value: fileTime(this.#now()) });

    this.#serverChallenge = this.#random(8);
    this.#challengeFlags = flags >>> 0;
    this.#negotiateMessage = negotiateToken.slice();
    this.#challengeMessage = encodeChallengeMessage({
      negotiateFlags: this.#challengeFlags,
      targetName: opts.domainJoined ? nbDomainName : opts.nbComputerName,
      serverChallenge: this.#serverChallenge,
      targetInfo,
      version: PSH_NTLM_VERSION,
    });
    this.#state = 'ChallengeSent';
    return this.#challengeMessage;
  }

  /** Reads the AUTHENTICATE_MESSAGE and says who claims to be logging on. */
  readAuthenticate(authenticateToken: Uint8Array): NtlmIdentity {
    if (this.#state !== 'ChallengeSent') throw new ContextStateError('The NTLM context is not waiting for an AUTHENTICATE_MESSAGE.');
    try {
      const message = decodeAuthenticateMessage(authenticateToken);
      this.#authenticateMessage = authenticateToken.slice();
      this.#state = 'AuthenticateRead';
      return { userName: message.userName, domainName: message.domainName, workstation: message.workstation };
    } catch (error) {
      this.#state = 'Failed';
      throw error;
    }
  }

  /**
   * Verifies the response with the user's secret (undefined: no such user) and establishes
   * the session. Any mismatch is a LogonFailureError that does not say which part failed.
   */
  completeAuthenticate(secret: AccountSecret | undefined): NtlmServerResult {
    if (this.#state !== 'AuthenticateRead') throw new ContextStateError('The NTLM context has no AUTHENTICATE_MESSAGE to verify.');
    this.#state = 'Failed';
    if (!secret) throw new LogonFailureError();
    const opts = this.#options;
    const policy: VerificationPolicy = { now: this.#now(), requireChannelBindings: opts.requireChannelBindings ?? false };
    if (opts.maxClockSkewMilliseconds !== undefined) policy.maxClockSkewMilliseconds = opts.maxClockSkewMilliseconds;
    if (opts.channelBindings) policy.channelBindings = opts.channelBindings;
    const verified = verifyAuthenticate(
      {
        negotiateMessage: this.#negotiateMessage,
        challengeMessage: this.#challengeMessage,
        authenticateMessage: this.#authenticateMessage,
        serverChallenge: this.#serverChallenge,
        challengeFlags: this.#challengeFlags,
      },
      accountNtHash(secret),
      policy,
    );
    this.#state = 'Complete';
    const { message } = verified;
    return {
      userName: message.userName,
      domainName: message.domainName,
      workstation: message.workstation,
      sessionSecurity: new NtlmSessionSecurity(verified.negotiateFlags, verified.exportedSessionKey, 'Server'),
    };
  }

  /** readAuthenticate and completeAuthenticate with a synchronous credential store. */
  accept(authenticateToken: Uint8Array, lookup: CredentialLookup): NtlmServerResult {
    const identity = this.readAuthenticate(authenticateToken);
    return this.completeAuthenticate(lookup(identity.userName, identity.domainName));
  }
}
