/** SIGNKEY and SEALKEY (MS-NLMP 3.4.5.2, 3.4.5.3) for extended session security. */
import { md5 } from '../digests.js';
import { NegotiateFlags, hasFlag } from './negotiate-flags.js';

export type Mode = 'Client' | 'Server';

// The magic constants are null-terminated ASCII strings; the terminator is part of the hash input.
const magic = (text: string) => new Uint8Array(Buffer.from(`${text}\0`, 'ascii'));
const CLIENT_SIGNING = magic('session key to client-to-server signing key magic constant');
const SERVER_SIGNING = magic('session key to server-to-client signing key magic constant');
const CLIENT_SEALING = magic('session key to client-to-server sealing key magic constant');
const SERVER_SEALING = magic('session key to server-to-client sealing key magic constant');

export function signKey(exportedSessionKey: Uint8Array, mode: Mode): Uint8Array {
  return md5(exportedSessionKey, mode === 'Client' ? CLIENT_SIGNING : SERVER_SIGNING);
}

export function sealKey(negotiateFlags: number, exportedSessionKey: Uint8Array, mode: Mode): Uint8Array {
  const strength = hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_128)
    ? 16
    : hasFlag(negotiateFlags, NegotiateFlags.NTLMSSP_NEGOTIATE_56)
      ? 7
      : 5;
  return md5(exportedSessionKey.subarray(0, strength), mode === 'Client' ? CLIENT_SEALING : SERVER_SEALING);
}
