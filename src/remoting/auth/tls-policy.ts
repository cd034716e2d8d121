/**
 * Server certificate checks for WS-Man over HTTPS, as PSSessionOption sets them: the chain to
 * a trusted authority (skipped only with -SkipCACheck) and the name in the certificate against
 * the host connected to (skipped only with -SkipCNCheck). Both are on unless asked.
 *
 * Node checks the host name only when the chain verified, so skipping the CA check alone needs
 * the name checked after the handshake: `checkPeer` does that part.
 */
import { checkServerIdentity, type PeerCertificate } from 'node:tls';

export interface CertificateCheckOptions {
  skipCACheck?: boolean;
  skipCNCheck?: boolean;
}

export type CertificateProblem = 'UnknownAuthority' | 'NameMismatch' | 'Expired' | 'Invalid';

const problemText: Record<CertificateProblem, string> = {
  UnknownAuthority: 'The SSL certificate is signed by an unknown certificate authority.',
  NameMismatch: 'The SSL certificate contains a common name (CN) that does not match the hostname.',
  Expired: 'The SSL certificate is expired.',
  Invalid: 'The SSL certificate is invalid.',
};

/** The WinRM client's error for a refused server certificate. */
export class CertificateVerificationError extends Error {
  constructor(readonly target: string, readonly problems: CertificateProblem[]) {
    super(`The server certificate on the destination computer (${target}) has the following errors:\n${problems.map((p) => problemText[p]).join('\n')}`);
    this.name = 'CertificateVerificationError';
  }
}

/** Options for Node's TLS handshake that enforce what can be enforced during it. */
export function tlsHandshakeOptions(options: CertificateCheckOptions): {
  rejectUnauthorized: boolean;
  checkServerIdentity: (host: string, cert: PeerCertificate) => Error | undefined;
} {
  return {
    rejectUnauthorized: !options.skipCACheck,
    checkServerIdentity: options.skipCNCheck ? () => undefined : checkServerIdentity,
  };
}

/** After the handshake: the name check that Node leaves out when the chain was not verified. */
export function checkPeer(options: CertificateCheckOptions, host: string, port: number, cert: PeerCertificate): CertificateVerificationError | undefined {
  if (options.skipCNCheck || !options.skipCACheck) return undefined;
  return checkServerIdentity(host, cert) ? new CertificateVerificationError(`${host}:${port}`, ['NameMismatch']) : undefined;
}

/** Turns Node's handshake failure into the WinRM error, or returns null if it is not a certificate problem. */
export function certificateError(error: unknown, host: string, port: number): CertificateVerificationError | null {
  const code = (error as { code?: string } | null)?.code ?? '';
  const target = `${host}:${port}`;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return new CertificateVerificationError(target, ['NameMismatch']);
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') return new CertificateVerificationError(target, ['Expired']);
  if (['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_UNTRUSTED'].includes(code)) {
    return new CertificateVerificationError(target, ['UnknownAuthority']);
  }
  if (code.startsWith('CERT_') || code.startsWith('ERR_TLS_CERT')) return new CertificateVerificationError(target, ['Invalid']);
  return null;
}
