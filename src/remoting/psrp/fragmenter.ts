/**
 * Splits PSRP messages into fragments (MS-PSRP 2.2.4, 3.1.5.1.1). ObjectIds must be unique
 * within a RunspacePool and its pipelines, so one Fragmenter is shared by a pool and all of
 * its pipelines, on the client and on the server alike.
 */
import { encodeFragments, FRAGMENT_HEADER_LENGTH, type Fragment } from './fragment.js';

export class Fragmenter {
  private objectId: bigint;

  constructor(firstObjectId = 1n) {
    if (firstObjectId <= 0n) throw new RangeError('ObjectId must be greater than 0');
    this.objectId = firstObjectId;
  }

  /** The ObjectId the next message will get. */
  get nextObjectId(): bigint {
    return this.objectId;
  }

  /** Splits one message into fragments of at most `maxFragmentLength` bytes, header included. */
  fragment(message: Uint8Array, maxFragmentLength: number): Fragment[] {
    const maxBlob = maxBlobLength(maxFragmentLength);
    const objectId = this.objectId++;
    const fragments: Fragment[] = [];
    let offset = 0;
    let fragmentId = 0n;
    do {
      const blob = message.subarray(offset, offset + maxBlob);
      offset += blob.length;
      fragments.push({ objectId, fragmentId, start: fragmentId === 0n, end: offset >= message.length, blob });
      fragmentId++;
    } while (offset < message.length);
    return fragments;
  }

  /**
   * Fragments several messages and packs them into payloads of at most `maxPayloadLength`
   * bytes, each holding as many fragments as fit (3.1.5.1.1: "SHOULD include as many fragments
   * as possible"): a message starts in the room the previous one left when a header and at
   * least one byte fit there. Each payload is the content of one creationXml, Arguments or
   * Stream element.
   */
  pack(messages: readonly Uint8Array[], maxPayloadLength: number): Uint8Array[] {
    maxBlobLength(maxPayloadLength);
    const payloads: Fragment[][] = [];
    let current: Fragment[] = [];
    let room = maxPayloadLength;
    for (const message of messages) {
      const objectId = this.objectId++;
      let offset = 0;
      let fragmentId = 0n;
      do {
        if (room <= FRAGMENT_HEADER_LENGTH) {
          payloads.push(current);
          current = [];
          room = maxPayloadLength;
        }
        const blob = message.subarray(offset, offset + room - FRAGMENT_HEADER_LENGTH);
        offset += blob.length;
        current.push({ objectId, fragmentId, start: fragmentId === 0n, end: offset >= message.length, blob });
        room -= FRAGMENT_HEADER_LENGTH + blob.length;
        fragmentId++;
      } while (offset < message.length);
    }
    if (current.length > 0) payloads.push(current);
    return payloads.map(encodeFragments);
  }
}

function maxBlobLength(maxFragmentLength: number): number {
  if (!Number.isInteger(maxFragmentLength) || maxFragmentLength <= FRAGMENT_HEADER_LENGTH) {
    throw new RangeError(`A fragment needs more than ${FRAGMENT_HEADER_LENGTH} bytes, got ${maxFragmentLength}`);
  }
  return maxFragmentLength - FRAGMENT_HEADER_LENGTH;
}
