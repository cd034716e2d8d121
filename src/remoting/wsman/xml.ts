/** Small helpers to build and read elements in the WS-Man namespaces with Windows' prefixes. */
import { element, findChild, textOf, type ElementInit, type XmlAttribute, type XmlElement } from '../xml/index.js';
import { WsmanMessageError } from './errors.js';
import { NS, PREFIX, type NamespaceKey } from './namespaces.js';

/** An element in a WS-Man namespace; a string argument becomes its text content. */
export function wsElement(key: NamespaceKey, local: string, init?: ElementInit | string): XmlElement {
  const content = typeof init === 'string' ? { children: [init] } : init;
  return element(NS[key], PREFIX[key], local, content);
}

export function soapAttribute(local: string, value: string): XmlAttribute {
  return { ns: NS.soap, prefix: PREFIX.soap, local, value };
}

export function mustUnderstand(value: boolean): XmlAttribute {
  return soapAttribute('mustUnderstand', String(value));
}

/** Trimmed text of a child element, or undefined when the child is absent. */
export function childText(parent: XmlElement, key: NamespaceKey, local: string): string | undefined {
  const child = findChild(parent, NS[key], local);
  return child === undefined ? undefined : textOf(child).trim();
}

export function requireChild(parent: XmlElement, key: NamespaceKey, local: string): XmlElement {
  const child = findChild(parent, NS[key], local);
  if (!child) throw new WsmanMessageError('InvalidBody', `${parent.local} has no ${local} element.`);
  return child;
}

/** xs:boolean as Windows and pypsrp write it ('true', 'True', 'TRUE', '1'). */
export function parseBoolean(text: string | undefined): boolean | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().toLowerCase();
  if (t === 'true' || t === '1') return true;
  if (t === 'false' || t === '0') return false;
  return undefined;
}

/** Base64 text (whitespace allowed, as in the MS-WSMV examples) to bytes; refuses anything else. */
export function decodeBase64(text: string, what: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw new WsmanMessageError('InvalidBody', `${what} is not valid base64.`);
  }
  const buffer = Buffer.from(compact, 'base64');
  // A plain Uint8Array view (no copy), so values compare equal to the Uint8Arrays callers build.
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function encodeBase64(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
}

/** A whitespace-separated token list (rsp:InputStreams, rsp:DesiredStream). */
export function tokens(text: string | undefined): string[] {
  return text === undefined ? [] : text.split(/\s+/).filter((t) => t !== '');
}
