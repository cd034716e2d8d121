/**
 * A namespace-resolved XML element tree. Parsed documents and documents being built share this shape:
 * code reading a message matches on namespace URI + local name, never on the prefix the sender chose.
 */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

export interface XmlName {
  /** Namespace URI; '' when the name is in no namespace. */
  readonly ns: string;
  readonly local: string;
}

export interface XmlAttribute extends XmlName {
  /** Prefix used on the wire ('' for unprefixed attributes). */
  readonly prefix: string;
  readonly value: string;
}

export interface XmlElement extends XmlName {
  /** Prefix used (or to be used) on the wire; '' means the default namespace. */
  readonly prefix: string;
  /** Attributes other than namespace declarations, in document order. */
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
  /** Parsed elements: the prefix -> namespace bindings in scope (to resolve QName-valued text). */
  readonly namespaces?: NamespaceScope;
  /**
   * Built elements: bindings to declare on this element even when in scope already or unused by any
   * name (QName-valued text such as `s:Sender`, or to mirror a peer's redundant declarations).
   */
  readonly declarations?: ReadonlyMap<string, string>;
}

/**
 * Prefix bindings in scope at an element: its own declarations, then its ancestors'. Linked rather
 * than copied, so that a document declaring many namespaces cannot make parsing quadratic.
 */
export class NamespaceScope {
  constructor(
    private readonly own: ReadonlyMap<string, string>,
    private readonly parent?: NamespaceScope,
  ) {}

  get(prefix: string): string | undefined {
    for (let scope: NamespaceScope | undefined = this; scope; scope = scope.parent) {
      const ns = scope.own.get(prefix);
      if (ns !== undefined) return ns;
    }
    return undefined;
  }
}

/** Text content (entities already decoded) or a child element. */
export type XmlNode = XmlElement | string;

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

export interface ElementInit {
  attributes?: readonly XmlAttribute[];
  children?: readonly (XmlNode | undefined)[];
  declarations?: ReadonlyMap<string, string>;
}

/** Builds an element; `undefined` children are dropped so optional parts can be written inline. */
export function element(ns: string, prefix: string, local: string, init: ElementInit = {}): XmlElement {
  const children = (init.children ?? []).filter((c): c is XmlNode => c !== undefined);
  return { ns, prefix, local, attributes: init.attributes ?? [], children, ...(init.declarations ? { declarations: init.declarations } : {}) };
}

/** An unprefixed attribute (the usual case: `Name="..."`, `CommandId="..."`). */
export function attribute(local: string, value: string): XmlAttribute {
  return { ns: '', prefix: '', local, value };
}

export function elementChildren(el: XmlElement): XmlElement[] {
  return el.children.filter(isElement);
}

export function findChild(el: XmlElement, ns: string, local: string): XmlElement | undefined {
  for (const c of el.children) if (isElement(c) && c.ns === ns && c.local === local) return c;
  return undefined;
}

export function findChildren(el: XmlElement, ns: string, local: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && c.ns === ns && c.local === local);
}

/** Concatenated direct text children (mixed content keeps only the text parts). */
export function textOf(el: XmlElement): string {
  let text = '';
  for (const c of el.children) if (typeof c === 'string') text += c;
  return text;
}

export function attributeValue(el: XmlElement, local: string, ns = ''): string | undefined {
  for (const a of el.attributes) if (a.local === local && a.ns === ns) return a.value;
  return undefined;
}

/**
 * Resolves a QName written as text content (SOAP fault codes such as `s:Sender`) against the element's
 * in-scope namespaces. An unknown prefix resolves to namespace '' rather than failing: fault codes are
 * informative and must still reach the user.
 */
export function resolveQName(el: XmlElement, qname: string): XmlName {
  const trimmed = qname.trim();
  const colon = trimmed.indexOf(':');
  const prefix = colon < 0 ? '' : trimmed.slice(0, colon);
  const local = colon < 0 ? trimmed : trimmed.slice(colon + 1);
  return { ns: el.namespaces?.get(prefix) ?? '', local };
}
