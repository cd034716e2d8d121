/**
 * Reassembles PSRP messages from fragments (MS-PSRP 3.1.5.1.2 / 3.2.5.1.2). One Defragmenter
 * serves one receiving stream (a RunspacePool or a pipeline, per direction): like the spec's
 * LastObjectId / LastFragmentId / PartiallyDefragmentedPsrpMessage data, it holds at most one
 * partial message, and fragments must arrive in ascending FragmentId order.
 */
import { PsrpError } from './errors.js';
import { FragmentReader, type Fragment, type FragmentLimits } from './fragment.js';

/** pwsh refuses messages whose reassembled size would pass Int32.MaxValue; psh bounds memory far lower. */
export const DEFAULT_MAX_MESSAGE_LENGTH = 64 * 1024 * 1024;

export interface DefragmenterLimits extends FragmentLimits {
  readonly maxMessageLength?: number;
}

interface PartialMessage {
  readonly objectId: bigint;
  lastFragmentId: bigint;
  readonly parts: Uint8Array[];
  length: number;
}

export class Defragmenter {
  private readonly maxMessageLength: number;
  private readonly reader: FragmentReader;
  private partial: PartialMessage | undefined;

  constructor(limits: DefragmenterLimits = {}) {
    this.maxMessageLength = limits.maxMessageLength ?? DEFAULT_MAX_MESSAGE_LENGTH;
    this.reader = new FragmentReader(limits);
  }

  /** True while a message has started but its End fragment has not arrived. */
  get inProgress(): boolean {
    return this.partial !== undefined || this.reader.bufferedLength > 0;
  }

  /**
   * Adds one fragment; returns the whole message's bytes when this was its End fragment.
   * A single-fragment message is returned as the fragment's own blob, without copying.
   */
  push(fragment: Fragment): Uint8Array | undefined {
    try {
      return this.accept(fragment);
    } catch (error) {
      // A broken sequence poisons only the message it belongs to; the stream can go on.
      this.partial = undefined;
      throw error;
    }
  }

  /** Adds raw stream bytes (whole or partial fragments); returns every message they complete. */
  pushBytes(bytes: Uint8Array): Uint8Array[] {
    const messages: Uint8Array[] = [];
    for (const fragment of this.reader.push(bytes)) {
      const message = this.push(fragment);
      if (message !== undefined) messages.push(message);
    }
    return messages;
  }

  /** Declares the end of the stream: a partial fragment or message left over is an error. */
  finish(): void {
    this.reader.finish();
    if (this.partial !== undefined) {
      const { objectId } = this.partial;
      this.partial = undefined;
      throw new PsrpError('MissingIsEndFragment', [], `ObjectId ${objectId}`);
    }
  }

  private accept(fragment: Fragment): Uint8Array | undefined {
    const { objectId, fragmentId } = fragment;
    if (objectId <= 0n) throw new PsrpError('ObjectIdCannotBeLessThanZero');
    const partial = this.partial;
    if (partial === undefined) {
      if (!fragment.start) throw new PsrpError('MissingIsStartFragment', [], `ObjectId ${objectId} FragmentId ${fragmentId}`);
      if (fragmentId !== 0n) throw new PsrpError('FragmentIdsNotInSequence', [], `ObjectId ${objectId} starts at FragmentId ${fragmentId}`);
      this.checkLength(fragment.blob.length);
      if (fragment.end) return fragment.blob;
      this.partial = { objectId, lastFragmentId: 0n, parts: [fragment.blob], length: fragment.blob.length };
      return undefined;
    }
    if (objectId !== partial.objectId) {
      throw new PsrpError('ObjectIdsNotMatching', [], `expected ObjectId ${partial.objectId}, got ${objectId}`);
    }
    if (fragment.start || fragmentId !== partial.lastFragmentId + 1n) {
      throw new PsrpError('FragmentIdsNotInSequence', [], `ObjectId ${objectId}: FragmentId ${fragmentId} after ${partial.lastFragmentId}`);
    }
    partial.length += fragment.blob.length;
    this.checkLength(partial.length);
    partial.parts.push(fragment.blob);
    partial.lastFragmentId = fragmentId;
    if (!fragment.end) return undefined;
    this.partial = undefined;
    const message = new Uint8Array(partial.length);
    let offset = 0;
    for (const part of partial.parts) {
      message.set(part, offset);
      offset += part.length;
    }
    return message;
  }

  private checkLength(length: number): void {
    if (length > this.maxMessageLength) throw new PsrpError('ObjectIsTooBig', [], `${length} > ${this.maxMessageLength} bytes`);
  }
}
