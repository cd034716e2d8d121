/**
 * MD4 (RFC 1320). NTLM derives every key from MD4(UTF-16LE(password)), and the OpenSSL 3
 * that ships with Node no longer offers MD4 outside its legacy provider, so it lives here.
 */

const S1 = [3, 7, 11, 19] as const;
const S2 = [3, 5, 9, 13] as const;
const S3 = [3, 9, 11, 15] as const;
/** Word order of the third round (RFC 1320 3.4, round 3). */
const ROUND3_ORDER = [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15] as const;

function rotl(x: number, s: number): number {
  return (x << s) | (x >>> (32 - s));
}

export function md4(message: Uint8Array): Uint8Array {
  // Pad: 0x80, zeros to 56 mod 64, then the bit length as a 64-bit little-endian integer.
  const paddedLength = (((message.length + 8) >>> 6) + 1) << 6;
  const padded = new Uint8Array(paddedLength);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bitLength = message.length * 8;
  view.setUint32(paddedLength - 8, bitLength >>> 0, true);
  view.setUint32(paddedLength - 4, Math.floor(bitLength / 0x1_0000_0000), true);

  let a = 0x67452301;
  let b = 0xefcdab89;
  let c = 0x98badcfe;
  let d = 0x10325476;
  const x = new Array<number>(16);

  for (let block = 0; block < paddedLength; block += 64) {
    for (let i = 0; i < 16; i++) x[i] = view.getUint32(block + i * 4, true);
    const aa = a, bb = b, cc = c, dd = d;

    for (let i = 0; i < 16; i++) {
      const f = (b & c) | (~b & d);
      const t = rotl((a + f + x[i]!) | 0, S1[i % 4]!);
      a = d; d = c; c = b; b = t;
    }
    for (let i = 0; i < 16; i++) {
      const g = (b & c) | (b & d) | (c & d);
      const k = (i % 4) * 4 + (i >>> 2);
      const t = rotl((a + g + x[k]! + 0x5a827999) | 0, S2[i % 4]!);
      a = d; d = c; c = b; b = t;
    }
    for (let i = 0; i < 16; i++) {
      const h = b ^ c ^ d;
      const t = rotl((a + h + x[ROUND3_ORDER[i]!]! + 0x6ed9eba1) | 0, S3[i % 4]!);
      a = d; d = c; c = b; b = t;
    }

    a = (a + aa) | 0;
    b = (b + bb) | 0;
    c = (c + cc) | 0;
    d = (d + dd) | 0;
  }

  const digest = new Uint8Array(16);
  const out = new DataView(digest.buffer);
  out.setUint32(0, a >>> 0, true);
  out.setUint32(4, b >>> 0, true);
  out.setUint32(8, c >>> 0, true);
  out.setUint32(12, d >>> 0, true);
  return digest;
}
