/**
 * HTTP Basic authentication (RFC 7617) as WinRM uses it, and the transport policy around it:
 * Basic sends the password in the clear, so, as Windows does, it is allowed only over HTTPS
 * unless AllowUnencrypted is set explicitly.
 */
import { decodeBase64Token } from './auth-header.js';
import { NetworkCredential } from './credential.js';
import { AuthPolicyError, InvalidTokenError } from './errors.js';

/** The credentials of an Authorization header are far shorter than this. */
const MAX_BASIC_TOKEN_LENGTH = 16 * 1024;

export interface TransportSecurity {
  /** The connection is TLS (WinRM port 5986). */
  https: boolean;
  /** The WinRM AllowUnencrypted setting (client or service), false by default. */
  allowUnencrypted?: boolean;
}

/** pwsh's text for this refusal (RemotingErrorIdStrings.BasicAuthOverHttpNotSupported). */
export const BASIC_AUTH_OVER_HTTP_NOT_SUPPORTED = 'Basic authentication is not supported over HTTP on Unix.';

export function isBasicAllowed(transport: TransportSecurity): boolean {
  return transport.https || transport.allowUnencrypted === true;
}

export function assertBasicAllowed(transport: TransportSecurity): void {
  if (!isBasicAllowed(transport)) throw new AuthPolicyError(BASIC_AUTH_OVER_HTTP_NOT_SUPPORTED);
}

/** The user-pass of RFC 7617, UTF-8 encoded; a domain is sent as `DOMAIN\user`. */
export function encodeBasicToken(credential: NetworkCredential): string {
  if (credential.userName.includes(':')) throw new InvalidTokenError('A Basic user name cannot contain a colon.');
  return Buffer.from(`${credential.qualifiedUserName}:${credential.revealPassword()}`, 'utf8').toString('base64');
}

/** Decodes the token after `Basic `; the password is only ever held by the returned credential. */
export function decodeBasicToken(token: string): NetworkCredential {
  if (token.length > MAX_BASIC_TOKEN_LENGTH) throw new InvalidTokenError('The Basic credentials are too long.');
  const decoded = Buffer.from(decodeBase64Token(token)).toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new InvalidTokenError('The Basic credentials have no user-pass separator.');
  return NetworkCredential.fromUserName(decoded.slice(0, colon), decoded.slice(colon + 1));
}
