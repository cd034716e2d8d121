/**
 * GUIDs on the PSRP wire (RPID, PID) use the .NET `Guid.ToByteArray()` layout: the first three
 * groups little-endian, the last two as written. Strings are lower-case, as .NET prints them.
 */
import { PsrpError } from './errors.js';

export const NIL_GUID = '00000000-0000-0000-0000-000000000000';

const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Byte positions, in wire order, of the hex pairs of the canonical string (without dashes). */
const WIRE_ORDER = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15] as const;

export function isGuid(text: string): boolean {
  return GUID_PATTERN.test(text);
}

export function writeGuid(guid: string, target: Uint8Array, offset: number): void {
  if (!GUID_PATTERN.test(guid)) throw new TypeError(`Not a GUID: ${guid}`);
  const hex = guid.replace(/-/g, '');
  for (let i = 0; i < 16; i++) {
    target[offset + i] = parseInt(hex.slice(WIRE_ORDER[i]! * 2, WIRE_ORDER[i]! * 2 + 2), 16);
  }
}

export function readGuid(source: Uint8Array, offset: number): string {
  if (source.length < offset + 16) throw new PsrpError('NotEnoughHeaderForRemoteDataObject', [offset + 16]);
  const canonical: string[] = new Array<string>(16);
  for (let i = 0; i < 16; i++) canonical[WIRE_ORDER[i]!] = HEX[source[offset + i]!]!;
  const h = canonical.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
