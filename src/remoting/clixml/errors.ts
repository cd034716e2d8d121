/**
 * Why CLIXML could not be read or written. The XML-level refusals of the reader use the kinds
 * the general XML layer uses for the same refusals; the rest are CLIXML's own.
 */
export type ClixmlErrorKind =
  | 'TooLarge' // the document is bigger than the configured limit
  | 'TooDeep' // elements nest deeper than the reader's limit
  | 'Doctype' // DOCTYPE or ENTITY declarations are never accepted
  | 'Encoding' // the bytes are not valid UTF-8 / UTF-16
  | 'Malformed' // not well-formed XML (truncated, mismatched tags, several roots, unbound prefix, ...)
  | 'UnknownElement' // an element CLIXML does not define, or one in the wrong place
  | 'InvalidValue' // a primitive's text is not valid for its type (e.g. <I32>x</I32>)
  | 'UnknownReference' // <Ref> or <TNRef> to an id not defined earlier in the document
  | 'MissingName' // a property or dictionary entry without its N attribute
  | 'Unserializable'; // a JS value psh's value model has no CLIXML form for

export class ClixmlError extends Error {
  override readonly name = 'ClixmlError';

  constructor(
    readonly kind: ClixmlErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
