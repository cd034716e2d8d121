import type { XmlErrorKind } from '../xml/index.js';

/**
 * Why CLIXML could not be read or written. The XML-level refusals keep the kind the hardened XML
 * layer reported ('TooLarge', 'TooDeep', 'Doctype', 'Encoding', 'Malformed'); the rest are CLIXML's own.
 */
export type ClixmlErrorKind =
  | Exclude<XmlErrorKind, 'UnboundPrefix'>
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
