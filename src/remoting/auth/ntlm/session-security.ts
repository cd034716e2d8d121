/**
 * NTLM session security with extended session security (MS-NLMP 3.4): sealing (GSS_Wrap),
 * signing (GSS_GetMIC) and their inverses. One object serves either end: `mode` says whose
 * keys protect outgoing messages, and the peer's keys check incoming ones. Each direction keeps
 * its own sequence number and RC4 state; sealing and the signature checksum advance the same
 * RC4 state, in that order, as Windows does.
 */
import { ContextStateError, MessageAlteredError, OutOfSequenceError } from '../errors.js';
import { hmacMd5 } from '../digests.js';
import { Rc4 } from '../rc4.js';
import { NegotiateFlags, hasFlag } from './negotiate-flags.js';
import { sealKey, signKey, type Mode } from './session-keys.js';
import { bytesEqual } from '../bytes.js';

export const SIGNATURE_LENGTH = 16;
const SIGNATURE_VERSION = 1;

interface Direction {
  readonly signingKey: Uint8Array;
  readonly sealingHandle: Rc4;
  sequenceNumber: number;
}

function direction(flags: number, exportedSessionKey: Uint8Array, mode: Mode): Direction {
  return { signingKey: signKey(exportedSessionKey, mode), sealingHandle: new Rc4(sealKey(flags, exportedSessionKey, mode)), sequenceNumber: 0 };
}

export interface WrappedMessage {
  /** NTLMSSP_MESSAGE_SIGNATURE, 16 bytes. */
  signature: Uint8Array;
  sealed: Uint8Array;
}

export class NtlmSessionSecurity {
  readonly negotiateFlags: number;
  readonly #outgoing: Direction;
  readonly #incoming: Direction;
  readonly #keyExchange: boolean;
  #broken = false;

  constructor(negotiateFlags: number, exportedSessionKey: Uint8Array, mode: Mode) {
    if (!hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY)) {
      throw new ContextStateError('NTLM session security without extended session security is not supported.');
    }
    this.negotiateFlags = negotiateFlags;
    this.#keyExchange = hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_KEY_EXCH);
    this.#outgoing = direction(negotiateFlags, exportedSessionKey, mode);
    this.#incoming = direction(negotiateFlags, exportedSessionKey, mode === 'Client' ? 'Server' : 'Client');
  }

  /** GSS_Wrap: encrypts `message` and signs its plaintext. */
  wrap(message: Uint8Array): WrappedMessage {
    this.#usable(true);
    const sealed = this.#outgoing.sealingHandle.update(message);
    return { signature: this.#mac(this.#outgoing, message), sealed };
  }

  /** GSS_Unwrap: decrypts and verifies, throwing MessageAlteredError or OutOfSequenceError. */
  unwrap(signature: Uint8Array, sealed: Uint8Array): Uint8Array {
    this.#usable(true);
    const message = this.#incoming.sealingHandle.update(sealed);
    this.#check(message, signature);
    return message;
  }

  /** GSS_GetMIC: a signature over `message`, sent in the clear. */
  sign(message: Uint8Array): Uint8Array {
    this.#usable(false);
    return this.#mac(this.#outgoing, message);
  }

  /** GSS_VerifyMIC. */
  verify(message: Uint8Array, signature: Uint8Array): void {
    this.#usable(false);
    this.#check(message, signature);
  }

  /**
   * GSS_GetMIC over SPNEGO's mechanism list. Windows leaves the RC4 state as it was before
   * (MS-SPNG 3.3.5.1), so the first application message uses the same key stream; the
   * sequence number does advance.
   */
  signMechListMic(mechTypes: Uint8Array): Uint8Array {
    const saved = this.#outgoing.sealingHandle.clone();
    const signature = this.sign(mechTypes);
    this.#outgoing.sealingHandle.restore(saved);
    return signature;
  }

  /** GSS_VerifyMIC over SPNEGO's mechanism list, restoring the RC4 state likewise (MS-SPNG 3.2.5.1). */
  verifyMechListMic(mechTypes: Uint8Array, signature: Uint8Array): void {
    const saved = this.#incoming.sealingHandle.clone();
    this.verify(mechTypes, signature);
    this.#incoming.sealingHandle.restore(saved);
  }

  #usable(sealing: boolean): void {
    if (this.#broken) throw new ContextStateError('The NTLM session can no longer be used after a message failed verification.');
    if (sealing && !hasFlag(this.negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_SEAL)) {
      throw new ContextStateError('Message confidentiality was not negotiated for this NTLM session.');
    }
  }

  #mac(dir: Direction, message: Uint8Array): Uint8Array {
    const signature = new Uint8Array(SIGNATURE_LENGTH);
    const view = new DataView(signature.buffer);
    view.setUint32(0, SIGNATURE_VERSION, true);
    view.setUint32(12, dir.sequenceNumber, true);
    const checksum = hmacMd5(dir.signingKey, signature.subarray(12, 16), message).subarray(0, 8);
    signature.set(this.#keyExchange ? dir.sealingHandle.update(checksum) : checksum, 4);
    dir.sequenceNumber = (dir.sequenceNumber + 1) >>> 0;
    return signature;
  }

  #check(message: Uint8Array, signature: Uint8Array): void {
    const expected = this.#incoming.sequenceNumber;
    const computed = this.#mac(this.#incoming, message);
    if (signature.length !== SIGNATURE_LENGTH) {
      this.#broken = true;
      throw new MessageAlteredError('The message signature has the wrong length.');
    }
    const view = new DataView(signature.buffer, signature.byteOffset, SIGNATURE_LENGTH);
    if (view.getUint32(12, true) !== expected) {
      this.#broken = true;
      throw new OutOfSequenceError('The message was received out of sequence.');
    }
    if (!bytesEqual(computed, signature)) {
      this.#broken = true;
      throw new MessageAlteredError('The message or signature supplied for verification has been altered.');
    }
  }
}
