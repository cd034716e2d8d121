/**
 * Hardened XML parsing for untrusted wire input (WS-Man envelopes, CLIXML). Every document goes through
 * the same gate: size limit, no DTDs, nesting limit, strict well-formedness, then namespace resolution.
 * Failures are XmlError values, produced in time and memory bounded by the size limit.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { NamespaceScope, XML_NAMESPACE, type XmlAttribute, type XmlElement, type XmlNode } from './element.js';
import { XmlError } from './errors.js';

export interface XmlLimits {
  /** Largest accepted document, in bytes of its UTF-8 (or received) encoding. */
  readonly maxBytes: number;
  /** Deepest accepted element nesting; the root element is depth 1. */
  readonly maxDepth: number;
}

/** Hard ceilings no configuration can raise: they keep a misconfigured limit from becoming a DoS. */
export const ABSOLUTE_MAX_XML_BYTES = 64 * 1024 * 1024;
export const ABSOLUTE_MAX_XML_DEPTH = 1000;

/** WinRM's default MaxEnvelopeSizekb is 500; envelopes are shallow (a fault nests 9 deep). */
export const WSMAN_XML_LIMITS: XmlLimits = { maxBytes: 500 * 1024, maxDepth: 64 };

const parsers = new Map<number, XMLParser>();

function parserFor(maxDepth: number): XMLParser {
  let parser = parsers.get(maxDepth);
  if (!parser) {
    parser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      // An (empty) entity map keeps the five XML entities and enables numeric character references
      // without admitting any HTML named entity; the typings only declare the boolean form.
      htmlEntities: {} as unknown as boolean,
      // The parser renames names such as 'toString' to keep its objects safe; a silently renamed
      // element would be misread, so refuse the document instead (no WS-Man or CLIXML name is one).
      onDangerousProperty: (name: string) => {
        throw new XmlError('Malformed', `The name '${name}' is not accepted.`);
      },
      // One more than the limit so that the exact check below reports the depth, not the parser.
      maxNestedTags: maxDepth + 1,
      // No callbacks use paths; building path strings per tag would triple the parsing time.
      jPath: false,
    });
    parsers.set(maxDepth, parser);
  }
  return parser;
}

function decode(input: Uint8Array): string {
  try {
    if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(input);
    if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(input);
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new XmlError('Encoding', 'The XML document is not valid UTF-8 or UTF-16.');
  }
}

function effectiveLimits(limits: Partial<XmlLimits> | undefined): XmlLimits {
  return {
    maxBytes: Math.min(limits?.maxBytes ?? WSMAN_XML_LIMITS.maxBytes, ABSOLUTE_MAX_XML_BYTES),
    maxDepth: Math.min(limits?.maxDepth ?? WSMAN_XML_LIMITS.maxDepth, ABSOLUTE_MAX_XML_DEPTH),
  };
}

/** Parses one XML document and returns its root element; throws XmlError on any refusal. */
export function parseXml(input: string | Uint8Array, limits?: Partial<XmlLimits>): XmlElement {
  const { maxBytes, maxDepth } = effectiveLimits(limits);
  let text: string;
  if (typeof input === 'string') {
    // A string is at least as many bytes as characters: refuse huge inputs before measuring them.
    if (input.length > maxBytes || Buffer.byteLength(input, 'utf8') > maxBytes) throw tooLarge(maxBytes);
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    if (input.byteLength > maxBytes) throw tooLarge(maxBytes);
    text = decode(input);
  }
  // DTDs are the door to entity expansion and external entities; SOAP 1.2 forbids them outright.
  if (text.includes('<!DOCTYPE') || text.includes('<!ENTITY')) {
    throw new XmlError('Doctype', 'DOCTYPE and ENTITY declarations are not allowed.');
  }
  let nodes: unknown[];
  try {
    nodes = parserFor(maxDepth).parse(text) as unknown[];
  } catch (e) {
    if (e instanceof XmlError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    if (message.includes('Maximum nested tags')) throw tooDeep(maxDepth);
    throw new XmlError('Malformed', `The XML document is not well-formed: ${brief(message)}`);
  }
  // The parser is forgiving (it closes truncated documents); the validator is not.
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    throw new XmlError('Malformed', `The XML document is not well-formed: ${brief(valid.err.msg)} (line ${valid.err.line}, column ${valid.err.col})`);
  }
  const roots = nodes.filter((n) => !isTextNode(n));
  if (roots.length !== 1) throw new XmlError('Malformed', 'An XML document must have exactly one root element.');
  // The parser drops, and the validator misses, text after a self-closing root element.
  if (text.slice(text.lastIndexOf('>') + 1).trim() !== '' || nodes.some((n) => isTextNode(n) && String((n as RawElement)[TEXT]).trim() !== '')) {
    throw new XmlError('Malformed', 'Text is not allowed outside the root element.');
  }
  return convert(roots[0] as RawElement, ROOT_SCOPE, 1, maxDepth);
}

/** Parser messages quote the offending input, which can be most of a hostile document. */
function brief(message: string): string {
  return message.length > 200 ? `${message.slice(0, 200)}...` : message;
}

function tooLarge(maxBytes: number): XmlError {
  return new XmlError('TooLarge', `The XML document is larger than the limit of ${maxBytes} bytes.`);
}

function tooDeep(maxDepth: number): XmlError {
  return new XmlError('TooDeep', `The XML document nests elements deeper than the limit of ${maxDepth}.`);
}

/** fast-xml-parser's preserveOrder shape: { tagName: children, ':@': attributes } or { '#text': text }. */
type RawElement = Record<string, unknown>;
const TEXT = '#text';
const ATTRS = ':@';

const ROOT_SCOPE = new NamespaceScope(new Map([['xml', XML_NAMESPACE]]));

function isTextNode(node: unknown): boolean {
  return typeof node === 'object' && node !== null && TEXT in node;
}

function tagNameOf(raw: RawElement): string {
  for (const key of Object.keys(raw)) if (key !== ATTRS) return key;
  throw new XmlError('Malformed', 'Element without a name.');
}

function split(qname: string): [prefix: string, local: string] {
  const colon = qname.indexOf(':');
  return colon < 0 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

function convert(raw: RawElement, parentScope: NamespaceScope, depth: number, maxDepth: number): XmlElement {
  if (depth > maxDepth) throw tooDeep(maxDepth);
  const tag = tagNameOf(raw);
  const rawAttributes = (raw[ATTRS] ?? {}) as Record<string, string>;
  let declared: Map<string, string> | undefined;
  const plain: [string, string][] = [];
  for (const [name, value] of Object.entries(rawAttributes)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      declared ??= new Map();
      declared.set(name === 'xmlns' ? '' : name.slice(6), value);
    } else {
      plain.push([name, value]);
    }
  }
  const scope = declared ? new NamespaceScope(declared, parentScope) : parentScope;
  const [prefix, local] = split(tag);
  const ns = resolve(scope, prefix, tag, true);
  const attributes: XmlAttribute[] = plain.map(([name, value]) => {
    const [p, l] = split(name);
    // Unprefixed attributes are in no namespace, whatever the default namespace is.
    return { ns: p === '' ? '' : resolve(scope, p, name, false), prefix: p, local: l, value: String(value) };
  });
  const children: XmlNode[] = [];
  for (const child of (raw[tag] ?? []) as RawElement[]) {
    if (isTextNode(child)) {
      const text = String(child[TEXT]);
      const last = children.length - 1;
      // CDATA sections and entity boundaries can split text: keep one string per run.
      if (last >= 0 && typeof children[last] === 'string') children[last] = (children[last] as string) + text;
      else children.push(text);
    } else {
      children.push(convert(child, scope, depth + 1, maxDepth));
    }
  }
  return { ns, prefix, local, attributes, children, namespaces: scope };
}

function resolve(scope: NamespaceScope, prefix: string, name: string, isElement: boolean): string {
  const ns = scope.get(prefix);
  if (ns !== undefined) return ns;
  if (prefix === '' && isElement) return '';
  throw new XmlError('UnboundPrefix', `The prefix of '${name}' is not bound to a namespace.`);
}
