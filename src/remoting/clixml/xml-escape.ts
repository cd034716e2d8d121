/**
 * Writing CLIXML's XML: elements, and the escaping of text and attribute values (& < > " ' as
 * entities, in text and attributes alike, which is the spelling psh has always written). CLIXML's
 * own _xHHHH_ escaping of characters XML cannot carry is string-encoding.ts; it runs first.
 */
import { encodeClixmlString } from './string-encoding.js';

const specialCharacters = /[&<>"']/g;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(specialCharacters, (character) => entities[character]!);
}

/** Any character that CLIXML encoding or XML escaping may change; most strings have none. */
const mayChange = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff_&<>"']/;

/** The ASCII characters of mayChange, by code. */
const asciiMayChange = new Uint8Array(128);
for (let code = 0; code < 128; code++) asciiMayChange[code] = mayChange.test(String.fromCharCode(code)) ? 1 : 0;

/** A string, property name or type name as CLIXML writes it inside XML: CLIXML-encoded, then escaped. */
export function clixmlStringText(text: string): string {
  return mayNeedChange(text) ? escapeXml(encodeClixmlString(text)) : text;
}

/** mayChange.test(text); names and short values (most strings written) are checked faster in a loop. */
function mayNeedChange(text: string): boolean {
  if (text.length > 64) return mayChange.test(text);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 ? asciiMayChange[code] === 1 : code <= 0x9f || (code >= 0xd800 && code <= 0xdfff) || code >= 0xfffe) return true;
  }
  return false;
}

/** An element name with the fixed text of its tags, joined once rather than for every element written. */
export class ElementName {
  /** `<name`, for a start tag with attributes. */
  readonly open: string;
  /** `<name>` */
  readonly start: string;
  /** `</name>` */
  readonly end: string;
  /** `<name/>` */
  readonly empty: string;

  constructor(readonly name: string) {
    this.open = '<' + name;
    this.start = '<' + name + '>';
    this.end = '</' + name + '>';
    this.empty = '<' + name + '/>';
  }
}

/** The CLIXML elements the writer writes with `element`. */
export const elementNames = namesOf(
  ...['S', 'B', 'I32', 'Db', 'I64', 'C', 'DT', 'TS', 'G', 'URI', 'Version', 'XD', 'SBK', 'SS', 'BA'],
  ...['By', 'SB', 'I16', 'U16', 'U32', 'U64', 'Sg', 'D'],
  ...['Obj', 'T', 'ToString', 'Props', 'MS', 'LST', 'STK', 'QUE', 'DCT'],
);

function namesOf<const Name extends string>(...names: Name[]): Record<Name, ElementName> {
  return Object.fromEntries(names.map((name) => [name, new ElementName(name)])) as Record<Name, ElementName>;
}

/** An element with its attributes as written and its content as written; empty content is written `<X/>`. */
export function element(tag: ElementName, attributes: string, content: string): string {
  if (attributes === '') return content === '' ? tag.empty : tag.start + content + tag.end;
  return content === '' ? tag.open + attributes + '/>' : tag.open + attributes + '>' + content + tag.end;
}
