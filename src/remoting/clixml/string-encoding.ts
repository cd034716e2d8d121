/**
 * MS-PSRP 2.2.5.3.2: strings, property names and type names escape the characters XML cannot
 * carry (control characters, surrogates) as _xHHHH_, upper-case hex. An underscore that starts
 * "_x" is itself escaped (_x005F_) so that decoding is unambiguous, as PowerShell does.
 */
export function encodeClixmlString(text: string): string {
  // Most text needs nothing; the native search says so faster than the loop below.
  if (!mayNeedEncoding.test(text)) return text;
  let start = 0;
  let encoded = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (needsEncoding(code, text.charCodeAt(i + 1))) {
      encoded += text.slice(start, i) + '_x' + code.toString(16).toUpperCase().padStart(4, '0') + '_';
      start = i + 1;
    }
  }
  return start === 0 ? text : encoded + text.slice(start);
}

/** A superset of what needsEncoding matches: any character it may escape. */
const mayNeedEncoding = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff_]/;

function needsEncoding(code: number, next: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0xfffe ||
    code === 0xffff ||
    (code === 0x5f /* _ */ && (next === 0x78 /* x */ || next === 0x58) /* X */)
  );
}

/**
 * Reverses encodeClixmlString. Like XmlConvert.DecodeName it accepts _xHHHH_ and _xHHHHHHHH_ in
 * either case; anything else that merely looks similar stays literal.
 */
export function decodeClixmlString(text: string): string {
  let decoded = '';
  let copied = 0;
  for (let i = text.indexOf('_'); i >= 0; i = text.indexOf('_', i + 1)) {
    if (text[i + 1] !== 'x' && text[i + 1] !== 'X') continue;
    const digits = hexRun(text, i + 2);
    let end: number;
    if (digits === 8 && text.charCodeAt(i + 10) === 0x5f) end = i + 10;
    else if (digits >= 4 && text.charCodeAt(i + 6) === 0x5f) end = i + 6;
    else continue;
    const code = parseInt(text.slice(i + 2, end), 16);
    if (code > 0x10ffff) continue;
    decoded += text.slice(copied, i) + String.fromCodePoint(code);
    copied = end + 1;
    i = end;
  }
  return copied === 0 ? text : decoded + text.slice(copied);
}

function hexRun(text: string, from: number): number {
  let count = 0;
  while (count < 8 && isHexDigit(text.charCodeAt(from + count))) count++;
  return count;
}

function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}
