/**
 * Equivalence of CLIXML documents for tests: canonicalForm of the XML layer (whitespace between
 * elements, attribute order, prefixes) plus what MS-PSRP 2.2.5.2 leaves to the writer:
 * the spelling of RefIds (any unique string; an unreferenced object's RefId is optional)
 * and the order of an <Obj>'s subelements (2.2.5.2.2: "in any order").
 */
import { attributeValue, canonicalForm, isElement, parseXml, type XmlElement, type XmlNode } from '../../../src/remoting/xml/index.js';

const subelementRank: Record<string, number> = { TN: 0, TNRef: 0, ToString: 1, Props: 3, MS: 4 };

export function canonicalClixml(xml: string): string {
  const root = parseXml(xml, { maxBytes: 64 * 1024 * 1024, maxDepth: 1000 });
  const referenced = new Set<string>();
  collectReferences(root, referenced);
  const objectIds = new Map<string, string>();
  const typeIds = new Map<string, string>();
  return canonicalForm(normalise(root, referenced, objectIds, typeIds));
}

function collectReferences(el: XmlElement, into: Set<string>): void {
  if (el.local === 'Ref') into.add(attributeValue(el, 'RefId') ?? '');
  for (const child of el.children) if (isElement(child)) collectReferences(child, into);
}

function renumber(ids: Map<string, string>, id: string): string {
  let renamed = ids.get(id);
  if (renamed === undefined) ids.set(id, (renamed = `#${ids.size}`));
  return renamed;
}

function normalise(el: XmlElement, referenced: Set<string>, objectIds: Map<string, string>, typeIds: Map<string, string>): XmlElement {
  const attributes = el.attributes.flatMap((a) => {
    if (a.local !== 'RefId') return [a];
    if (el.local === 'Obj') return referenced.has(a.value) ? [{ ...a, value: renumber(objectIds, a.value) }] : [];
    return [{ ...a, value: renumber(el.local === 'Ref' ? objectIds : typeIds, a.value) }];
  });
  let children: XmlNode[] = el.children.map((child) => (isElement(child) ? normalise(child, referenced, objectIds, typeIds) : child));
  if (el.local === 'Obj') {
    const rank = (node: XmlNode) => (isElement(node) ? (subelementRank[node.local] ?? 2) : 2);
    children = children.map((node, index) => [node, index] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([node]) => node);
  }
  return { ...el, attributes, children };
}
