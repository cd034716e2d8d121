/**
 * Channel binding tokens for NTLM over HTTPS (MS-NLMP MsvAvChannelBindings, RFC 5929
 * tls-server-end-point): the MD5 of a gss_channel_bindings_struct whose only content is the
 * application data "tls-server-end-point:" + hash of the server certificate.
 */
import { createHash } from 'node:crypto';
import { md5 } from '../digests.js';
import { concatBytes } from '../bytes.js';

/**
 * The unhashed gss_channel_bindings_struct: zero initiator and acceptor address types and
 * lengths, then the application data length (32-bit little-endian) and the data itself.
 */
export function gssChannelBindings(applicationData: Uint8Array): Uint8Array {
  const header = new Uint8Array(20);
  new DataView(header.buffer).setUint32(16, applicationData.length, true);
  return concatBytes(header, applicationData);
}

/**
 * tls-server-end-point application data for a DER certificate. RFC 5929 hashes with the
 * certificate's own signature hash, replaced by SHA-256 when that is MD5 or SHA-1.
 */
export function tlsServerEndPoint(certificateDer: Uint8Array, signatureHash = 'sha256'): Uint8Array {
  const algorithm = ['md5', 'sha1'].includes(signatureHash.toLowerCase()) ? 'sha256' : signatureHash;
  const hash = createHash(algorithm).update(certificateDer).digest();
  return concatBytes(new Uint8Array(Buffer.from('tls-server-end-point:', 'ascii')), new Uint8Array(hash));
}

/** The MsvAvChannelBindings value: MD5 of the bindings, or Z(16) when there are none. */
export function channelBindingsHash(bindings: Uint8Array | undefined): Uint8Array {
  return bindings ? md5(bindings) : new Uint8Array(16);
}
