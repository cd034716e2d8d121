/**
 * A WS-Man message that is well-formed XML but not a usable WS-Man message (no SOAP envelope, a missing
 * header, a body that does not match the action). The server turns it into a fault with faultFor().
 */
export type WsmanMessageErrorKind =
  | 'NotSoapEnvelope'
  | 'MissingHeader'
  | 'InvalidHeader'
  | 'InvalidBody'
  | 'UnexpectedAction';

export class WsmanMessageError extends Error {
  override readonly name = 'WsmanMessageError';
  constructor(
    readonly kind: WsmanMessageErrorKind,
    message: string,
  ) {
    super(message);
  }
}
