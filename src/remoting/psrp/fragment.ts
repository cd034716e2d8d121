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
 * receives. Blobs are views into the pushed chunks (or into a private copy when a fragment
 * straddles two chunks), so callers must not reuse chunk buffers while holding fragments.
 */
export class FragmentReader {
  private readonly maxBlobLength: number;
  /** Chunks not yet parsed; kept apart so a big fragment arriving in small pieces is copied once. */
  private chunks: Uint8Array[] = [];
  private chunksLength = 0;
  /** Bytes needed before parsing is worth trying again. */
  private needed = FRAGMENT_HEADER_LENGTH;

  constructor(limits: FragmentLimits = {}) {
    this.maxBlobLength = limits.maxBlobLength ?? DEFAULT_MAX_BLOB_LENGTH;
  }

  /** Bytes received that do not yet form a whole fragment. */
  get bufferedLength(): number {
    return this.chunksLength;
  }

  push(chunk: Uint8Array): Fragment[] {
    if (chunk.length === 0) return [];
    this.chunks.push(chunk);
    this.chunksLength += chunk.length;
    if (this.chunksLength < this.needed) {
      if (this.chunksLength >= FRAGMENT_HEADER_LENGTH && this.needed === FRAGMENT_HEADER_LENGTH) {
        this.needed = FRAGMENT_HEADER_LENGTH + this.blobLengthAt(this.joinPrefix(FRAGMENT_HEADER_LENGTH), 0);
      }
      if (this.chunksLength < this.needed) return [];
    }
    const bytes = this.chunks.length === 1 ? this.chunks[0]! : this.joinPrefix(this.chunksLength);
    const fragments: Fragment[] = [];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let offset = 0;
    this.needed = FRAGMENT_HEADER_LENGTH;
    while (bytes.length - offset >= FRAGMENT_HEADER_LENGTH) {
      const end = offset + FRAGMENT_HEADER_LENGTH + this.blobLengthAt(bytes, offset);
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
    const rest = bytes.subarray(offset);
    this.chunks = rest.length === 0 ? [] : [rest];
    this.chunksLength = rest.length;
    return fragments;
  }

  /** Declares the end of the stream: leftover bytes are a truncated fragment. */
  finish(): void {
    if (this.chunksLength === 0) return;
    const have = this.chunksLength;
    const need =
      have < FRAGMENT_HEADER_LENGTH
        ? FRAGMENT_HEADER_LENGTH
        : FRAGMENT_HEADER_LENGTH + this.blobLengthAt(this.joinPrefix(FRAGMENT_HEADER_LENGTH), 0);
    this.chunks = [];
    this.chunksLength = 0;
    this.needed = FRAGMENT_HEADER_LENGTH;
    throw new PsrpError('NotEnoughHeaderForRemoteDataObject', [need], `truncated fragment: ${have} bytes received`);
  }

  private blobLengthAt(bytes: Uint8Array, offset: number): number {
    const blobLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset + 17);
    if (blobLength > this.maxBlobLength) {
      this.chunks = [];
      this.chunksLength = 0;
      this.needed = FRAGMENT_HEADER_LENGTH;
      throw new PsrpError('BlobLengthNotInRange', [blobLength]);
    }
    return blobLength;
  }

  /** The first `length` buffered bytes as one array. */
  private joinPrefix(length: number): Uint8Array {
    const out = new Uint8Array(length);
    let offset = 0;
    for (const chunk of this.chunks) {
      if (offset >= length) break;
      const part = chunk.subarray(0, length - offset);
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
}
