/**
 * Authentication and transport security for WS-Man (sans-I/O): credentials, HTTP Basic and
 * Negotiate handshakes as state machines, NTLMv2 client and server contexts with session
 * security, and WinRM's multipart/encrypted message framing.
 */
export { NetworkCredential } from './credential.js';
export { type AccountSecret, type CredentialLookup, accountNtHash, passwordMatches } from './credential-store.js';
export {
  AuthError,
  AuthPolicyError,
  ContextStateError,
  EncryptedMessageFormatError,
  InvalidTokenError,
  LogonFailureError,
  MessageAlteredError,
  OutOfSequenceError,
} from './errors.js';
export {
  type AuthChallenge,
  decodeBase64Token,
  encodeBase64Token,
  parseAuthorization,
  parseWwwAuthenticate,
  sameScheme,
} from './auth-header.js';
export {
  BASIC_AUTH_OVER_HTTP_NOT_SUPPORTED,
  type TransportSecurity,
  assertBasicAllowed,
  decodeBasicToken,
  encodeBasicToken,
  isBasicAllowed,
} from './basic.js';
export { type AuthenticationMechanism, type ClientAuthStep, HttpAuthClient, type HttpAuthClientOptions } from './http-auth-client.js';
export { type AuthenticatedUser, HttpAuthServer, type HttpAuthServerOptions, type ServerAuthStep } from './http-auth-server.js';
export {
  type DecryptedMessage,
  ENCRYPTED_BOUNDARY,
  type EncryptedHttpBody,
  type MessageSealer,
  SOAP_CONTENT_TYPE,
  SessionEncryptionProtocol,
  type UnwrapOptions,
  encryptedContentType,
  isEncryptedContentType,
  parseMediaType,
  unwrapEncryptedMessage,
  wrapEncryptedMessage,
} from './encrypted-message.js';
export { NtlmClientContext, type NtlmClientOptions } from './ntlm/client-context.js';
export { NtlmServerContext, type NtlmIdentity, type NtlmServerOptions, type NtlmServerResult } from './ntlm/server-context.js';
export { NtlmSessionSecurity, type WrappedMessage } from './ntlm/session-security.js';
export { NegotiateFlags } from './ntlm/negotiate-flags.js';
export { gssChannelBindings, tlsServerEndPoint } from './ntlm/channel-bindings.js';
export { ntHash } from './ntlm/ntlmv2-response.js';
export {
  type AcceptorStep,
  type NegotiateAcceptor,
  type NegotiateInitiator,
  createNegotiateAcceptor,
  createNegotiateInitiator,
} from './negotiate-mechanism.js';
export { SpnegoAcceptor } from './spnego/acceptor.js';
export { SpnegoInitiator } from './spnego/initiator.js';
export { MechType, NegState, decodeNegotiationToken, encodeNegTokenInit, encodeNegTokenResp } from './spnego/neg-token.js';
export {
  type CertificateCheckOptions,
  type CertificateProblem,
  CertificateVerificationError,
  certificateError,
  checkPeer,
  tlsHandshakeOptions,
} from './tls-policy.js';
