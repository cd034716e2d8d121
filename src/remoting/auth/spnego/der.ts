/**
 * The small subset of ASN.1 DER that SPNEGO tokens use (RFC 4178, X.690): tag-length-value
 * reading with strict bounds (definite lengths only, at most 4 length octets) and writing.
 */
import { concatBytes } from '../bytes.js';
import { InvalidTokenError } from '../errors.js';

export const Tag = {
  Enumerated: 0x0a,
  OctetString: 0x04,
  ObjectIdentifier: 0x06,
  BitString: 0x03,
  GeneralString: 0x1b,
  Sequence: 0x30,
  /** [APPLICATION 0] constructed: the GSS-API InitialContextToken framing. */
  Application0: 0x60,
} as const;

/** [n] context-specific constructed. */
export const contextTag = (n: number) => 0xa0 | n;

export interface Tlv {
  tag: number;
  value: Uint8Array;
  /** The whole element, tag and length included (mechListMIC covers encoded bytes). */
  encoded: Uint8Array;
}

export function readTlv(bytes: Uint8Array, offset: number): { tlv: Tlv; next: number } {
  if (offset + 2 > bytes.length) throw new InvalidTokenError('The SPNEGO token is truncated.');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new InvalidTokenError('The SPNEGO token uses an unsupported multi-byte tag.');
  let length = bytes[offset + 1]!;
  let header = 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    if (octets === 0 || octets > 4) throw new InvalidTokenError('The SPNEGO token has an unsupported length encoding.');
    if (offset + 2 + octets > bytes.length) throw new InvalidTokenError('The SPNEGO token is truncated.');
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + bytes[offset + 2 + i]!;
    header += octets;
  }
  const end = offset + header + length;
  if (end > bytes.length) throw new InvalidTokenError('The SPNEGO token is truncated.');
  return { tlv: { tag, value: bytes.subarray(offset + header, end), encoded: bytes.subarray(offset, end) }, next: end };
}

/** Reads one element that must span `bytes` exactly and carry `tag`. */
export function readOnly(bytes: Uint8Array, tag: number): Tlv {
  const { tlv, next } = readTlv(bytes, 0);
  if (tlv.tag !== tag) throw new InvalidTokenError(`Unexpected ASN.1 tag 0x${tlv.tag.toString(16)} in the SPNEGO token.`);
  if (next !== bytes.length) throw new InvalidTokenError('Unexpected data after the SPNEGO token.');
  return tlv;
}

/** The elements of a constructed value, in order. */
export function readChildren(value: Uint8Array): Tlv[] {
  const children: Tlv[] = [];
  let offset = 0;
  while (offset < value.length) {
    const { tlv, next } = readTlv(value, offset);
    children.push(tlv);
    offset = next;
  }
  return children;
}

export function encodeTlv(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const value = concatBytes(...contents);
  const n = value.length;
  const length =
    n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return concatBytes(new Uint8Array([tag, ...length]), value);
}

export function encodeOid(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map(Number);
  const bytes: number[] = [arcs[0]! * 40 + arcs[1]!];
  for (const arc of arcs.slice(2)) {
    const chunk: number[] = [arc & 0x7f];
    for (let rest = Math.floor(arc / 128); rest > 0; rest = Math.floor(rest / 128)) chunk.unshift((rest & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return encodeTlv(Tag.ObjectIdentifier, new Uint8Array(bytes));
}

export function decodeOid(value: Uint8Array): string {
  if (value.length === 0 || value.length > 64) throw new InvalidTokenError('The SPNEGO token has an invalid object identifier.');
  const arcs: number[] = [];
  let arc = 0;
  for (const byte of value) {
    arc = arc * 128 + (byte & 0x7f);
    if (arc > Number.MAX_SAFE_INTEGER / 128) throw new InvalidTokenError('The SPNEGO token has an invalid object identifier.');
    if (!(byte & 0x80)) {
      if (arcs.length === 0) arcs.push(arc < 80 ? Math.floor(arc / 40) : 2, arc < 80 ? arc % 40 : arc - 80);
      else arcs.push(arc);
      arc = 0;
    }
  }
  if (value[value.length - 1]! & 0x80) throw new InvalidTokenError('The SPNEGO token has a truncated object identifier.');
  return arcs.join('.');
}
