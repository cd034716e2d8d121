/**
 * Serializes an XmlElement tree with fast-xml-parser's builder. Namespace declarations are derived from
 * the names in the tree, so callers never write xmlns attributes by hand and can't forget one.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { XML_NAMESPACE, isElement, type XmlElement } from './element.js';

const ATTR_PREFIX = '@_';
const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR_PREFIX,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  processEntities: true,
  format: false,
});

type RawNode = Record<string, unknown>;

/**
 * Each element declares the bindings listed in its `declarations`, then any binding its own name or
 * attributes need that is not in scope. Attributes in the xml namespace are written before the
 * declarations and the others after them, which is the order Windows writes (`xml:lang` first on
 * s:Envelope, `xmlns:f` before Code on f:WSManFault).
 */
export function serializeXml(root: XmlElement): string {
  const initial = new Map([
    ['xml', XML_NAMESPACE],
    ['', ''],
  ]);
  return builder.build([toRaw(root, initial)]) as string;
}

function toRaw(el: XmlElement, parentScope: ReadonlyMap<string, string>): RawNode {
  let scope = parentScope;
  const declarations: Record<string, string> = {};
  const declare = (prefix: string, ns: string): void => {
    if (scope === parentScope) scope = new Map(parentScope);
    (scope as Map<string, string>).set(prefix, ns);
    declarations[prefix === '' ? `${ATTR_PREFIX}xmlns` : `${ATTR_PREFIX}xmlns:${prefix}`] = ns;
  };
  const need = (prefix: string, ns: string): void => {
    if (scope.get(prefix) !== ns) declare(prefix, ns);
  };
  for (const [prefix, ns] of el.declarations ?? []) if (prefix !== 'xml') declare(prefix, ns);
  need(el.prefix, el.ns);
  const xmlAttributes: Record<string, string> = {};
  const attributes: Record<string, string> = {};
  for (const a of el.attributes) {
    if (a.prefix === 'xml') {
      xmlAttributes[`${ATTR_PREFIX}xml:${a.local}`] = a.value;
      continue;
    }
    if (a.prefix !== '') need(a.prefix, a.ns);
    attributes[`${ATTR_PREFIX}${a.prefix === '' ? a.local : `${a.prefix}:${a.local}`}`] = a.value;
  }
  const children: RawNode[] = el.children.map((c) => (isElement(c) ? toRaw(c, scope) : { '#text': c }));
  const name = el.prefix === '' ? el.local : `${el.prefix}:${el.local}`;
  const raw: RawNode = { [name]: children };
  const all = { ...xmlAttributes, ...declarations, ...attributes };
  if (Object.keys(all).length > 0) raw[':@'] = all;
  return raw;
}
