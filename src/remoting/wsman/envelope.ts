/**
 * SOAP 1.2 envelopes: headers + body in, bytes out, and back. Parsing goes through the hardened XML gate
 * and resolves namespaces, so any prefixes a peer chooses are accepted.
 */
import { XML_NAMESPACE, findChild, parseXml, serializeXml, type XmlElement, type XmlLimits } from '../xml/index.js';
import { WsmanMessageError } from './errors.js';
import { headerElements, parseHeaders, type MessageRole, type WsmanHeaders } from './headers.js';
import { NS, PREFIX, type NamespaceKey } from './namespaces.js';
import { wsElement } from './xml.js';

export interface ParsedEnvelope {
  readonly headers: WsmanHeaders;
  /** The s:Body element. */
  readonly body: XmlElement;
  /** xml:lang of the envelope (Windows sets it on responses). */
  readonly lang?: string;
}

export interface EnvelopeOptions {
  /** Namespaces to declare on s:Envelope even if unused (Windows declares x, e, n on faults). */
  readonly declare?: readonly NamespaceKey[];
  /**
   * Declare exactly `declare` on s:Envelope (as Windows does per response type); namespaces used but
   * not listed are declared where first used.
   */
  readonly declareOnly?: boolean;
  /** xml:lang on s:Envelope, as Windows writes on every response. */
  readonly lang?: string;
}

/** Windows' declaration order on s:Envelope. */
const DECLARATION_ORDER: readonly NamespaceKey[] = ['soap', 'addressing', 'transfer', 'eventing', 'enumeration', 'wsman', 'shell', 'wsmv'];

/** `headers` undefined writes an empty s:Header (Identify). */
export function buildEnvelope(
  role: MessageRole,
  headers: WsmanHeaders | undefined,
  body: readonly XmlElement[],
  options: EnvelopeOptions = {},
): string {
  const header = wsElement('soap', 'Header', { children: headers ? headerElements(headers, role) : [] });
  const bodyEl = wsElement('soap', 'Body', { children: body });
  const used = new Set<string>(options.declare?.map((k) => NS[k]));
  if (!options.declareOnly) {
    collectNamespaces(header, used);
    collectNamespaces(bodyEl, used);
  }
  const declarations = new Map<string, string>();
  for (const key of DECLARATION_ORDER) if (used.has(NS[key])) declarations.set(PREFIX[key], NS[key]);
  const envelope = wsElement('soap', 'Envelope', {
    attributes: options.lang === undefined ? [] : [{ ns: XML_NAMESPACE, prefix: 'xml', local: 'lang', value: options.lang }],
    declarations,
    children: [header, bodyEl],
  });
  return serializeXml(envelope);
}

function collectNamespaces(el: XmlElement, into: Set<string>): void {
  if (el.prefix !== '') into.add(el.ns);
  for (const a of el.attributes) if (a.prefix !== '' && a.prefix !== 'xml') into.add(a.ns);
  for (const c of el.children) if (typeof c !== 'string') collectNamespaces(c, into);
}

export function parseEnvelope(input: string | Uint8Array, limits?: Partial<XmlLimits>): ParsedEnvelope {
  const root = parseXml(input, limits);
  if (root.ns !== NS.soap || root.local !== 'Envelope') {
    throw new WsmanMessageError('NotSoapEnvelope', `Expected a SOAP 1.2 Envelope, found {${root.ns}}${root.local}.`);
  }
  const body = findChild(root, NS.soap, 'Body');
  if (!body) throw new WsmanMessageError('InvalidBody', 'The SOAP envelope has no Body.');
  const lang = root.attributes.find((a) => a.ns === XML_NAMESPACE && a.local === 'lang')?.value;
  return { headers: parseHeaders(findChild(root, NS.soap, 'Header')), body, ...(lang === undefined ? {} : { lang }) };
}
