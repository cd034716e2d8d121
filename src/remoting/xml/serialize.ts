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
 * Each element declares the bindings it needs that are not already in scope, after any bindings listed
 * in its `namespaces` (which is how a root declares namespaces for its whole document).
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
  const attrs: Record<string, string> = {};
  const need = (prefix: string, ns: string): void => {
    if (scope.get(prefix) === ns) return;
    if (scope === parentScope) scope = new Map(parentScope);
    (scope as Map<string, string>).set(prefix, ns);
    attrs[prefix === '' ? `${ATTR_PREFIX}xmlns` : `${ATTR_PREFIX}xmlns:${prefix}`] = ns;
  };
  for (const [prefix, ns] of el.namespaces ?? []) need(prefix, ns);
  need(el.prefix, el.ns);
  for (const a of el.attributes) {
    if (a.prefix !== '') need(a.prefix, a.ns);
    attrs[`${ATTR_PREFIX}${a.prefix === '' ? a.local : `${a.prefix}:${a.local}`}`] = a.value;
  }
  const children: RawNode[] = el.children.map((c) => (isElement(c) ? toRaw(c, scope) : { '#text': c }));
  const name = el.prefix === '' ? el.local : `${el.prefix}:${el.local}`;
  const raw: RawNode = { [name]: children };
  if (Object.keys(attrs).length > 0) raw[':@'] = attrs;
  return raw;
}
