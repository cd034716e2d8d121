/**
 * PSRP packet fragments (MS-PSRP 2.2.4): ObjectId and FragmentId as big-endian unsigned 64-bit
 * integers, one flags byte (bit 0 = Start, bit 1 = End, the rest reserved), a big-endian 32-bit
 * BlobLength, then the blob.
 */
import { PsrpError } from './errors.js';

export const FRAGMENT_HEADER_LENGTH = 21;

const START_FLAG = 0x01;
const END_FLAG = 0x02;

/**
 * MS-PSRP caps BlobLength at 32768, but Windows accepts and pypsrp sends bigger blobs (114 KB
 * with the default 150 KB envelope), so the receive limit is a memory bound, not the spec's.
 */
export const DEFAULT_MAX_BLOB_LENGTH = 4 * 1024 * 1024;

export interface Fragment {
  readonly objectId: bigint;
  readonly fragmentId: bigint;
  readonly start: boolean;
  readonly end: boolean;
  /** A part of (or the whole of) one encoded PSRP message. */
  readonly blob: Uint8Array;
}

export interface FragmentLimits {
  /** Largest BlobLength accepted before any of the blob is buffered. */
  readonly maxBlobLength?: number;
}

export function encodedFragmentLength(fragment: Fragment): number {
  return FRAGMENT_HEADER_LENGTH + fragment.blob.length;
}

/** Writes one fragment at `offset` and returns the offset after it. */
export function writeFragment(fragment: Fragment, target: Uint8Array, offset: number): number {
  const view = new DataView(target.buffer, target.byteOffset, target.byteLength);
  view.setBigUint64(offset, fragment.objectId);
  view.setBigUint64(offset + 8, fragment.fragmentId);
  target[offset + 16] = (fragment.start ? START_FLAG : 0) | (fragment.end ? END_FLAG : 0);
  view.setUint32(offset + 17, fragment.blob.length);
  target.set(fragment.blob, offset + FRAGMENT_HEADER_LENGTH);
  return offset + FRAGMENT_HEADER_LENGTH + fragment.blob.length;
}

export function encodeFragments(fragments: readonly Fragment[]): Uint8Array {
  let length = 0;
  for (const fragment of fragments) length += encodedFragmentLength(fragment);
  const out = new Uint8Array(length);
  let offset = 0;
  for (const fragment of fragments) offset = writeFragment(fragment, out, offset);
  return out;
}

/**
 * Reads the fragments of a buffer that must hold whole fragments only, as one Stream element,
 * creationXml or Arguments does. The blobs are views into `bytes`.
 */
export function decodeFragments(bytes: Uint8Array, limits: FragmentLimits = {}): Fragment[] {
  const reader = new FragmentReader(limits);
  const fragments = reader.push(bytes);
  reader.finish();
  return fragments;
}

/**
 * Incremental fragment parser for byte streams in which a fragment may be split across
 * receives. Whole fragments in a pushed chunk are returned as views into it (no copy), so a
 * caller must not reuse a chunk's memory while it holds the fragments; the bytes of a fragment
 * still incomplete are copied into a buffer that grows by doubling, so feeding a large fragment
 * in small pieces costs linear time and no more memory than the fragment.
 */
export class FragmentReader {
  private readonly maxBlobLength: number;
  private buffer: Uint8Array = new Uint8Array(0);
  private buffered = 0;
  /** Bytes needed before parsing is worth trying again: a header, or the fragment it announced. */
  private needed = FRAGMENT_HEADER_LENGTH;

  constructor(limits: FragmentLimits = {}) {
    this.maxBlobLength = limits.maxBlobLength ?? DEFAULT_MAX_BLOB_LENGTH;
  }

  /** Bytes received that do not yet form a whole fragment. */
  get bufferedLength(): number {
    return this.buffered;
  }

  push(chunk: Uint8Array): Fragment[] {
    if (chunk.length === 0) return [];
    let bytes = chunk;
    if (this.buffered > 0) {
      this.append(chunk);
      if (this.buffered < this.needed) return [];
      bytes = this.buffer.subarray(0, this.buffered);
    }
    const fragments: Fragment[] = [];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let offset = 0;
    this.needed = FRAGMENT_HEADER_LENGTH;
    while (bytes.length - offset >= FRAGMENT_HEADER_LENGTH) {
      const end = offset + FRAGMENT_HEADER_LENGTH + this.blobLengthAt(view, offset);
      if (end > bytes.length) {
        this.needed = end - offset;
        break;
      }
      const flags = bytes[offset + 16]!;
      fragments.push({
        objectId: view.getBigUint64(offset),
        fragmentId: view.getBigUint64(offset + 8),
        start: (flags & START_FLAG) !== 0,
        end: (flags & END_FLAG) !== 0,
        blob: bytes.subarray(offset + FRAGMENT_HEADER_LENGTH, end),
      });
      offset = end;
    }
    if (offset === bytes.length) {
      this.buffer = new Uint8Array(0);
      this.buffered = 0;
    } else if (fragments.length > 0 || bytes === chunk) {
      // Returned blobs may view the old buffer (or the caller's chunk): keep the rest apart.
      const rest = bytes.subarray(offset);
      this.buffer = new Uint8Array(Math.max(64, rest.length * 2));
      this.buffer.set(rest);
      this.buffered = rest.length;
    }
    return fragments;
  }

  /** Declares the end of the stream: leftover bytes are a truncated fragment. */
  finish(): void {
    if (this.buffered === 0) return;
    const have = this.buffered;
    const need = have < FRAGMENT_HEADER_LENGTH ? FRAGMENT_HEADER_LENGTH : this.needed;
    this.reset();
    throw new PsrpError('NotEnoughHeaderForRemoteDataObject', [need], `truncated fragment: ${have} bytes received`);
  }

  private append(chunk: Uint8Array): void {
    const length = this.buffered + chunk.length;
    if (length > this.buffer.length) {
      const grown = new Uint8Array(Math.max(length, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.buffered));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.buffered);
    this.buffered = length;
  }

  private blobLengthAt(view: DataView, offset: number): number {
    const blobLength = view.getUint32(offset + 17);
    if (blobLength > this.maxBlobLength) {
      this.reset();
      throw new PsrpError('BlobLengthNotInRange', [blobLength]);
    }
    return blobLength;
  }

  private reset(): void {
    this.buffer = new Uint8Array(0);
    this.buffered = 0;
    this.needed = FRAGMENT_HEADER_LENGTH;
  }
}
