/**
 * Why an XML document was refused. Wire input is untrusted, so every refusal is typed: a server turns
 * it into a WS-Man fault, a client into a protocol error, and neither has to parse error messages.
 */
export type XmlErrorKind =
  | 'TooLarge' // the document is bigger than the configured limit
  | 'TooDeep' // elements nest deeper than the configured limit
  | 'Doctype' // DOCTYPE or ENTITY declarations (entity expansion attacks) are never accepted
  | 'Encoding' // the bytes are not valid UTF-8 / UTF-16
  | 'Malformed' // not well-formed XML (truncated, mismatched tags, several roots, ...)
  | 'UnboundPrefix'; // a prefix was used without a namespace declaration

export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    readonly kind: XmlErrorKind,
    message: string,
  ) {
    super(message);
  }
}
