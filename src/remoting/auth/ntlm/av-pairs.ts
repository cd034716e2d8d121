/**
 * AV_PAIR sequences (MS-NLMP 2.2.2.1): the server's TargetInfo in the CHALLENGE_MESSAGE and
 * the copy the client returns, amended, inside its NTLMv2 response.
 */
import { InvalidTokenError } from '../errors.js';
import { fromUtf16le, utf16le } from './wire.js';

export const AvId = {
  MsvAvEOL: 0x0000,
  MsvAvNbComputerName: 0x0001,
  MsvAvNbDomainName: 0x0002,
  MsvAvDnsComputerName: 0x0003,
  MsvAvDnsDomainName: 0x0004,
  MsvAvDnsTreeName: 0x0005,
  MsvAvFlags: 0x0006,
  MsvAvTimestamp: 0x0007,
  MsvAvSingleHost: 0x0008,
  MsvAvTargetName: 0x0009,
  MsvAvChannelBindings: 0x000a,
} as const;

/** Bits of the MsvAvFlags value. */
export const MsvAvFlag = {
  AccountAuthenticationConstrained: 0x1,
  MicProvided: 0x2,
  UntrustedSpnSource: 0x4,
} as const;

export interface AvPair {
  readonly id: number;
  readonly value: Uint8Array;
}

/** Parses pairs up to and excluding MsvAvEOL; bytes after the terminator are ignored. */
export function parseAvPairs(bytes: Uint8Array): AvPair[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pairs: AvPair[] = [];
  let offset = 0;
  while (offset + 4 <= bytes.length) {
    const id = view.getUint16(offset, true);
    const length = view.getUint16(offset + 2, true);
    if (id === AvId.MsvAvEOL) return pairs;
    if (offset + 4 + length > bytes.length) throw new InvalidTokenError('An NTLM AV_PAIR runs past the end of its list.');
    pairs.push({ id, value: bytes.slice(offset + 4, offset + 4 + length) });
    offset += 4 + length;
  }
  throw new InvalidTokenError('The NTLM AV_PAIR list has no MsvAvEOL terminator.');
}

/** Encodes pairs in order and appends MsvAvEOL. */
export function encodeAvPairs(pairs: readonly AvPair[]): Uint8Array {
  const length = pairs.reduce((n, p) => n + 4 + p.value.length, 4);
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const pair of pairs) {
    view.setUint16(offset, pair.id, true);
    view.setUint16(offset + 2, pair.value.length, true);
    out.set(pair.value, offset + 4);
    offset += 4 + pair.value.length;
  }
  return out;
}

export function findAvPair(pairs: readonly AvPair[], id: number): Uint8Array | undefined {
  return pairs.find((p) => p.id === id)?.value;
}

export function textAvPair(id: number, text: string): AvPair {
  return { id, value: utf16le(text) };
}

export function avPairText(pairs: readonly AvPair[], id: number): string | undefined {
  const value = findAvPair(pairs, id);
  return value === undefined ? undefined : fromUtf16le(value);
}

export function u32AvPair(id: number, value: number): AvPair {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value >>> 0, true);
  return { id, value: bytes };
}

export function avPairFlags(pairs: readonly AvPair[]): number {
  const value = findAvPair(pairs, AvId.MsvAvFlags);
  if (value === undefined) return 0;
  if (value.length !== 4) throw new InvalidTokenError('The NTLM MsvAvFlags value is not 4 bytes long.');
  return new DataView(value.buffer, value.byteOffset, 4).getUint32(0, true);
}

/** Returns `pairs` with the value of `id` replaced, or appended when absent. */
export function withAvPair(pairs: readonly AvPair[], pair: AvPair): AvPair[] {
  const index = pairs.findIndex((p) => p.id === pair.id);
  if (index < 0) return [...pairs, pair];
  return pairs.map((p, i) => (i === index ? pair : p));
}
