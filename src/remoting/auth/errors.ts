/**
 * Typed failures of the authentication layer. Each carries the SSPI status Windows reports for
 * the same condition (`hresult`), so the client can show and the server can log the cause that
 * pwsh users know. Messages never include credentials or key material.
 */
export abstract class AuthError extends Error {
  abstract readonly hresult: number;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A token or header that is malformed, truncated, oversized or of the wrong type (SEC_E_INVALID_TOKEN). */
export class InvalidTokenError extends AuthError {
  readonly hresult = 0x80090308;
}

/** The peer's proof does not match the credentials (SEC_E_LOGON_DENIED). */
export class LogonFailureError extends AuthError {
  readonly hresult = 0x8009030c;
  constructor(message = 'Access is denied.') {
    super(message);
  }
}

/** A signed or sealed message whose signature does not verify (SEC_E_MESSAGE_ALTERED). */
export class MessageAlteredError extends AuthError {
  readonly hresult = 0x8009030f;
}

/** A signed or sealed message that carries an unexpected sequence number (SEC_E_OUT_OF_SEQUENCE). */
export class OutOfSequenceError extends AuthError {
  readonly hresult = 0x80090310;
}

/** An operation that the context cannot perform in its current state (SEC_E_INVALID_HANDLE). */
export class ContextStateError extends AuthError {
  readonly hresult = 0x80090301;
}

/** The peer asked for something local policy refuses, e.g. Basic over HTTP (SEC_E_UNSUPPORTED_FUNCTION). */
export class AuthPolicyError extends AuthError {
  readonly hresult = 0x80090302;
}

/** A multipart/encrypted WinRM body that does not follow MS-WSMV 2.2.9.1 framing. */
export class EncryptedMessageFormatError extends AuthError {
  readonly hresult = 0x80090308;
}
