/**
 * A canonical text form of an element tree for equivalence checks: prefixes and namespace declarations
 * are replaced by resolved namespace URIs, attributes are sorted, text is trimmed and whitespace-only
 * text between elements is dropped. Element order is kept (WS-Man schemas are sequences).
 */
import { isElement, type XmlElement } from './element.js';

export interface CanonicalOptions {
  /** Rewrites attribute values and text (e.g. to normalise GUIDs that differ per run). */
  readonly normaliseText?: (text: string) => string;
}

export function canonicalForm(el: XmlElement, options: CanonicalOptions = {}, indent = ''): string {
  const norm = options.normaliseText ?? ((t: string) => t);
  const attrs = el.attributes
    .map((a) => `{${a.ns}}${a.local}=${JSON.stringify(norm(a.value))}`)
    .sort()
    .join(' ');
  const lines = [`${indent}{${el.ns}}${el.local}${attrs ? ` [${attrs}]` : ''}`];
  for (const c of el.children) {
    if (isElement(c)) lines.push(canonicalForm(c, options, `${indent}  `));
    else if (c.trim() !== '') lines.push(`${indent}  ${JSON.stringify(norm(c.trim()))}`);
  }
  return lines.join('\n');
}
