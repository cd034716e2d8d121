/**
 * Byte-level reading and writing shared by the three NTLM messages (MS-NLMP 2.2): the
 * "NTLMSSP\0" signature, the message type, little-endian integers, the (Len, MaxLen, Offset)
 * payload fields and the VERSION structure. Reading is bounds-checked throughout so that a
 * hostile token fails with InvalidTokenError instead of reading past its end.
 */
import { InvalidTokenError } from '../errors.js';

export const NTLMSSP_SIGNATURE = new Uint8Array([0x4e, 0x54, 0x4c, 0x4d, 0x53, 0x53, 0x50, 0x00]);

export const MessageType = { NtLmNegotiate: 1, NtLmChallenge: 2, NtLmAuthenticate: 3 } as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** NTLM payload fields have 16-bit lengths, so no valid message exceeds this by much. */
export const MAX_NTLM_TOKEN_LENGTH = 0x20000;

/** VERSION (MS-NLMP 2.2.2.10); informational only, never used for decisions. */
export interface NtlmVersion {
  productMajorVersion: number;
  productMinorVersion: number;
  productBuild: number;
  ntlmRevisionCurrent: number;
}

/** NTLMSSP_REVISION_W2K3, the only revision in use. */
export const NTLMSSP_REVISION_W2K3 = 0x0f;

export function isNtlmToken(token: Uint8Array): boolean {
  return token.length >= 8 && NTLMSSP_SIGNATURE.every((b, i) => token[i] === b);
}

export class MessageReader {
  readonly #bytes: Uint8Array;
  readonly #view: DataView;

  constructor(bytes: Uint8Array, type: MessageType, fixedLength: number) {
    if (bytes.length > MAX_NTLM_TOKEN_LENGTH) throw new InvalidTokenError('The NTLM message is too long.');
    if (bytes.length < fixedLength) throw new InvalidTokenError('The NTLM message is truncated.');
    if (!isNtlmToken(bytes)) throw new InvalidTokenError('The token is not an NTLM message.');
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const actual = this.u32(8);
    if (actual !== type) throw new InvalidTokenError(`Expected NTLM message type ${type} but received ${actual}.`);
  }

  get length(): number {
    return this.#bytes.length;
  }

  u32(offset: number): number {
    return this.#view.getUint32(offset, true);
  }

  bytes(offset: number, length: number): Uint8Array {
    if (offset + length > this.#bytes.length) throw new InvalidTokenError('The NTLM message is truncated.');
    return this.#bytes.slice(offset, offset + length);
  }

  /** A (Len, MaxLen, BufferOffset) field: the payload bytes it refers to. */
  field(fieldOffset: number): Uint8Array {
    const length = this.#view.getUint16(fieldOffset, true);
    const bufferOffset = this.u32(fieldOffset + 4);
    if (length === 0) return new Uint8Array(0);
    if (bufferOffset + length > this.#bytes.length) {
      throw new InvalidTokenError('An NTLM payload field points outside the message.');
    }
    return this.#bytes.slice(bufferOffset, bufferOffset + length);
  }

  /**
   * Where the payload begins: the lowest offset among the given non-empty fields, or the end of
   * the message. Optional header parts (Version, MIC) exist only before this point.
   */
  payloadStart(fieldOffsets: readonly number[]): number {
    let start = this.#bytes.length;
    for (const f of fieldOffsets) {
      if (this.#view.getUint16(f, true) !== 0) start = Math.min(start, this.u32(f + 4));
    }
    return start;
  }

  version(offset: number): NtlmVersion {
    return {
      productMajorVersion: this.#bytes[offset]!,
      productMinorVersion: this.#bytes[offset + 1]!,
      productBuild: this.#view.getUint16(offset + 2, true),
      ntlmRevisionCurrent: this.#bytes[offset + 7]!,
    };
  }
}

export class MessageWriter {
  readonly #header: Uint8Array;
  readonly #view: DataView;
  readonly #payload: Uint8Array[] = [];
  #payloadLength = 0;

  constructor(type: MessageType, headerLength: number) {
    this.#header = new Uint8Array(headerLength);
    this.#view = new DataView(this.#header.buffer);
    this.#header.set(NTLMSSP_SIGNATURE);
    this.u32(8, type);
  }

  u32(offset: number, value: number): void {
    this.#view.setUint32(offset, value >>> 0, true);
  }

  bytes(offset: number, value: Uint8Array): void {
    this.#header.set(value, offset);
  }

  version(offset: number, version: NtlmVersion | undefined): void {
    if (!version) return;
    this.#header[offset] = version.productMajorVersion;
    this.#header[offset + 1] = version.productMinorVersion;
    this.#view.setUint16(offset + 2, version.productBuild, true);
    this.#header[offset + 7] = version.ntlmRevisionCurrent;
  }

  /** Appends `data` to the payload and points the field at `fieldOffset` to it. */
  field(fieldOffset: number, data: Uint8Array): void {
    if (data.length > 0xffff) throw new RangeError('An NTLM payload field cannot exceed 65535 bytes');
    this.#view.setUint16(fieldOffset, data.length, true);
    this.#view.setUint16(fieldOffset + 2, data.length, true);
    this.u32(fieldOffset + 4, this.#header.length + this.#payloadLength);
    this.#payload.push(data);
    this.#payloadLength += data.length;
  }

  finish(): Uint8Array {
    const message = new Uint8Array(this.#header.length + this.#payloadLength);
    message.set(this.#header);
    let offset = this.#header.length;
    for (const part of this.#payload) {
      message.set(part, offset);
      offset += part.length;
    }
    return message;
  }
}

export function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

export function fromUtf16le(bytes: Uint8Array): string {
  if (bytes.length % 2 !== 0) throw new InvalidTokenError('A Unicode string in the NTLM message has an odd length.');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf16le');
}

/** OEM strings (NEGOTIATE_MESSAGE names, non-Unicode sessions): psh treats the OEM code page as Latin-1. */
export function oem(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

export function fromOem(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
