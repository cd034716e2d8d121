/**
 * pwsh's ContentHelper and StreamHelper decisions about a response's Content-Type: whether the
 * body is text, JSON or XML, and how its bytes decode (the charset parameter, else a `<meta
 * charset>` in the text, else UTF-8, pwsh 7.4's default).
 */
import { TextDecoder } from 'node:util';

/** The media type alone, as .NET's MediaTypeHeaderValue.MediaType gives it. */
export function mediaType(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';')[0]!.trim();
  return type ? type : undefined;
}

const jsonTypes = new Set(['application/json', 'text/json', 'application/x-javascript', 'text/x-javascript', 'application/javascript', 'text/javascript']);
const xmlTypes = new Set(['application/xml', 'application/xml-external-parsed-entity', 'application/xml-dtd']);

export function isJson(type: string | undefined): boolean {
  return type !== undefined && jsonTypes.has(type.toLowerCase());
}

function isXml(type: string | undefined): boolean {
  return type !== undefined && (xmlTypes.has(type.toLowerCase()) || type.toLowerCase().endsWith('+xml'));
}

export function isText(type: string | undefined): boolean {
  return type !== undefined && (type.toLowerCase().startsWith('text/') || isXml(type) || isJson(type));
}

/** The Content-Type's charset parameter, as given. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/** The body's text and the charset it was decoded with. */
export interface DecodedBody {
  text: string;
  charset: string;
}

/** StreamHelper.DecodeStream: the header's charset, else one a `<meta>` tag names, else UTF-8. */
export function decodeBody(body: Uint8Array, contentType: string | undefined): DecodedBody {
  const declared = charsetOf(contentType);
  const declaredDecoder = decoderFor(declared);
  if (declaredDecoder) return { text: declaredDecoder.decode(body), charset: declared! };
  const text = new TextDecoder('utf-8').decode(body);
  const meta = /<meta\s[^>]*charset\s*=\s*["']?([\w-]+)/i.exec(text)?.[1];
  const metaDecoder = decoderFor(meta);
  return metaDecoder ? { text: metaDecoder.decode(body), charset: meta! } : { text, charset: 'utf-8' };
}
