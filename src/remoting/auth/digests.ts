/** MD5 and HMAC-MD5 as MS-NLMP uses them; Node's crypto provides both. */
import { createHash, createHmac } from 'node:crypto';

export function md5(...parts: Uint8Array[]): Uint8Array {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
}

export function hmacMd5(key: Uint8Array, ...parts: Uint8Array[]): Uint8Array {
  const mac = createHmac('md5', key);
  for (const part of parts) mac.update(part);
  return new Uint8Array(mac.digest());
}
