/**
 * The XML escaping of CLIXML text and attribute values: & < > " ' as entities, in text and
 * attributes alike, which is the spelling psh has always written. (CLIXML's own _xHHHH_ escaping
 * of characters XML cannot carry is string-encoding.ts; it runs first.)
 */
import { encodeClixmlString } from './string-encoding.js';

const specialCharacters = /[&<>"']/g;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(specialCharacters, (character) => entities[character]!);
}

/** Any character that CLIXML encoding or XML escaping may change; most strings have none. */
const mayChange = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff_&<>"']/;

/** A string, property name or type name as CLIXML writes it inside XML: CLIXML-encoded, then escaped. */
export function clixmlStringText(text: string): string {
  return mayChange.test(text) ? escapeXml(encodeClixmlString(text)) : text;
}
