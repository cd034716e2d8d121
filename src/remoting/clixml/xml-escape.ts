/**
 * The XML escaping of CLIXML text and attribute values: & < > " ' as entities, in text and
 * attributes alike, which is the spelling psh has always written. (CLIXML's own _xHHHH_ escaping
 * of characters XML cannot carry is string-encoding.ts; it runs first.)
 */
const specialCharacters = /[&<>"']/;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return specialCharacters.test(text) ? text.replace(/[&<>"']/g, (character) => entities[character]!) : text;
}
