/**
 * The undici connector for WS-Man endpoints: plain TCP for http, TLS with psh's certificate
 * policy for https (see auth/tls-policy.ts), with certificate failures reported as WinRM does.
 */
import { buildConnector } from 'undici';
import type { TLSSocket } from 'node:tls';
import { certificateError, checkPeer, tlsHandshakeOptions, type CertificateCheckOptions } from '../auth/tls-policy.js';

export interface ConnectorOptions extends CertificateCheckOptions {
  /** Extra trusted authorities (PEM), besides the system's. */
  ca?: string | string[];
  timeoutMs?: number;
}

export function createConnector(options: ConnectorOptions = {}): buildConnector.connector {
  const base = buildConnector({ ...tlsHandshakeOptions(options), ca: options.ca, timeout: options.timeoutMs ?? 30_000 });
  return (connectOptions, callback) => {
    base(connectOptions, (error, socket) => {
      const host = connectOptions.hostname;
      const port = Number(connectOptions.port) || (connectOptions.protocol === 'https:' ? 5986 : 5985);
      if (error) {
        callback(certificateError(error, host, port) ?? error, null);
        return;
      }
      if (connectOptions.protocol === 'https:') {
        const problem = checkPeer(options, host, port, (socket as TLSSocket).getPeerCertificate());
        if (problem) {
          socket!.destroy();
          callback(problem, null);
          return;
        }
      }
      callback(null, socket!);
    });
  };
}
