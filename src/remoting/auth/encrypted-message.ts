/**
 * WinRM message encryption over HTTP (MS-WSMV 2.2.9.1): the multipart/encrypted body that
 * carries a SOAP envelope sealed by the authentication context. Wrapping and unwrapping are
 * the same for client and server; each passes its own established session security.
 *
 * Layout of one encrypted part pair (the boundary is always "Encrypted Boundary"):
 *   --Encrypted Boundary\r\n
 *   \tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n
 *   \tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=<plaintext length>\r\n
 *   --Encrypted Boundary\r\n
 *   \tContent-Type: application/octet-stream\r\n
 *   <uint32 LE header length><header (NTLM: the 16-byte signature)><sealed data, Length bytes>
 * followed by "--Encrypted Boundary--\r\n". CredSSP (not implemented by psh) splits large
 * messages into 16 KiB pairs under multipart/x-multi-encrypted; the reader accepts several
 * pairs under either content type and concatenates them.
 */
import { concatBytes } from './bytes.js';
import { EncryptedMessageFormatError } from './errors.js';

export const ENCRYPTED_BOUNDARY = 'Encrypted Boundary';

export const SessionEncryptionProtocol = {
  Spnego: 'application/HTTP-SPNEGO-session-encrypted',
  Kerberos: 'application/HTTP-Kerberos-session-encrypted',
  CredSsp: 'application/HTTP-CredSSP-session-encrypted',
} as const;
export type SessionEncryptionProtocol = (typeof SessionEncryptionProtocol)[keyof typeof SessionEncryptionProtocol];

export const SOAP_CONTENT_TYPE = 'application/soap+xml;charset=UTF-8';

/** What an established authentication context provides (NtlmSessionSecurity satisfies it). */
export interface MessageSealer {
  wrap(message: Uint8Array): { signature: Uint8Array; sealed: Uint8Array };
  unwrap(signature: Uint8Array, sealed: Uint8Array): Uint8Array;
}

export interface EncryptedHttpBody {
  contentType: string;
  body: Uint8Array;
}

export interface UnwrapOptions {
  protocol?: SessionEncryptionProtocol;
  /** Largest body accepted, in bytes (default 64 MiB). */
  maxBodyLength?: number;
}

export interface DecryptedMessage {
  content: Uint8Array;
  /** The OriginalContent type, e.g. `application/soap+xml;charset=UTF-8` (Windows also allows UTF-16). */
  originalContentType: string;
}

const DEFAULT_MAX_BODY = 64 * 1024 * 1024;
/** Header (signature or Kerberos token) lengths are tiny; anything larger is hostile. */
const MAX_SEAL_HEADER = 4096;
/** Windows' examples put one space between the dashes and the boundary; allow a few. */
const MAX_BOUNDARY_SPACES = 8;
/** A metadata part is two short header lines. */
const MAX_PART_HEADERS = 1024;

const ascii = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

export function encryptedContentType(protocol: SessionEncryptionProtocol, multi = false): string {
  return `multipart/${multi ? 'x-multi-encrypted' : 'encrypted'};protocol="${protocol}";boundary="${ENCRYPTED_BOUNDARY}"`;
}

/** Seals `soap` and frames it as the HTTP body and Content-Type WinRM expects. */
export function wrapEncryptedMessage(
  sealer: MessageSealer,
  soap: Uint8Array,
  protocol: SessionEncryptionProtocol = SessionEncryptionProtocol.Spnego,
  originalContentType: string = SOAP_CONTENT_TYPE,
): EncryptedHttpBody {
  const { signature, sealed } = sealer.wrap(soap);
  const metadata = ascii(
    `--${ENCRYPTED_BOUNDARY}\r\n` +
      `\tContent-Type: ${protocol}\r\n` +
      `\tOriginalContent: type=${originalContentType};Length=${soap.length}\r\n` +
      `--${ENCRYPTED_BOUNDARY}\r\n` +
      `\tContent-Type: application/octet-stream\r\n`,
  );
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, signature.length, true);
  const trailer = ascii(`--${ENCRYPTED_BOUNDARY}--\r\n`);
  return {
    contentType: encryptedContentType(protocol),
    body: concatBytes(metadata, length, signature, sealed, trailer),
  };
}

interface MediaType {
  type: string;
  parameters: Map<string, string>;
}

/** Parses `type/subtype;name=value;name="quoted value"`; parameter names are case-insensitive. */
export function parseMediaType(value: string): MediaType {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const parameters = new Map<string, string>();
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    let v = part.slice(eq + 1).trim();
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
    parameters.set(part.slice(0, eq).trim().toLowerCase(), v);
  }
  return { type: parts[0]!.trim().toLowerCase(), parameters };
}

/** Whether a response or request Content-Type announces an encrypted WinRM body. */
export function isEncryptedContentType(contentType: string): boolean {
  const { type } = parseMediaType(contentType);
  return type === 'multipart/encrypted' || type === 'multipart/x-multi-encrypted';
}

/** Reads the framing, unseals every part and returns the concatenated plaintext. */
export function unwrapEncryptedMessage(
  sealer: MessageSealer,
  body: Uint8Array,
  contentType: string,
  options: UnwrapOptions = {},
): DecryptedMessage {
  const protocol = options.protocol ?? SessionEncryptionProtocol.Spnego;
  if (body.length > (options.maxBodyLength ?? DEFAULT_MAX_BODY)) {
    throw new EncryptedMessageFormatError('The encrypted message is larger than the allowed maximum.');
  }
  const media = parseMediaType(contentType);
  if (!isEncryptedContentType(contentType)) throw new EncryptedMessageFormatError(`Unexpected content type "${media.type}" for an encrypted message.`);
  if (media.parameters.get('protocol')?.toLowerCase() !== protocol.toLowerCase()) {
    throw new EncryptedMessageFormatError(`The encrypted message does not use the protocol "${protocol}".`);
  }
  const boundary = media.parameters.get('boundary');
  if (!boundary) throw new EncryptedMessageFormatError('The encrypted message content type has no boundary.');

  const reader = new BodyReader(body, boundary);
  const contents: Uint8Array[] = [];
  let originalContentType = '';
  reader.expectBoundary();
  do {
    const metadata = reader.headersUntilBoundary();
    if (metadata.get('content-type')?.toLowerCase() !== protocol.toLowerCase()) {
      throw new EncryptedMessageFormatError('The encrypted message metadata names a different protocol.');
    }
    // OriginalContent is all parameters (type=...;charset=...;Length=...), with no leading media type.
    const original = parseMediaType(`;${metadata.get('originalcontent') ?? ''}`);
    const lengthText = original.parameters.get('length') ?? '';
    if (!/^\d{1,10}$/.test(lengthText)) throw new EncryptedMessageFormatError('The encrypted message has no valid OriginalContent Length.');
    originalContentType = `${original.parameters.get('type') ?? ''};charset=${original.parameters.get('charset') ?? ''}`;
    reader.expectBoundary();
    reader.expectLine('content-type', 'application/octet-stream');
    const headerLength = reader.uint32();
    if (headerLength > MAX_SEAL_HEADER) throw new EncryptedMessageFormatError('The encrypted message header length is invalid.');
    const signature = reader.take(headerLength);
    const sealed = reader.take(Number(lengthText));
    const content = sealer.unwrap(signature, sealed);
    if (content.length !== Number(lengthText)) throw new EncryptedMessageFormatError('The decrypted length does not match OriginalContent Length.');
    contents.push(content);
  } while (!reader.expectBoundaryOrEnd());

  return { content: concatBytes(...contents), originalContentType };
}

class BodyReader {
  readonly #body: Uint8Array;
  readonly #boundary: string;
  #offset = 0;

  constructor(body: Uint8Array, boundary: string) {
    this.#body = body;
    this.#boundary = boundary;
  }

  /** A line `--<boundary>` (Windows examples show a space after the dashes, so whitespace is allowed). */
  #boundaryAt(offset: number): { end: number; final: boolean } | undefined {
    const body = this.#body;
    if (body[offset] !== 0x2d || body[offset + 1] !== 0x2d) return undefined;
    let i = offset + 2;
    while ((body[i] === 0x20 || body[i] === 0x09) && i < offset + 2 + MAX_BOUNDARY_SPACES) i++;
    if (text(body.subarray(i, i + this.#boundary.length)) !== this.#boundary) return undefined;
    i += this.#boundary.length;
    let final = false;
    if (body[i] === 0x2d && body[i + 1] === 0x2d) {
      final = true;
      i += 2;
    }
    if (body[i] === 0x0d && body[i + 1] === 0x0a) i += 2;
    else if (!(final && i === body.length)) return undefined;
    return { end: i, final };
  }

  expectBoundary(): void {
    const found = this.#boundaryAt(this.#offset);
    if (!found || found.final) throw new EncryptedMessageFormatError('The encrypted message is missing a boundary.');
    this.#offset = found.end;
  }

  /** After a part's data: true at the closing boundary (which must end the body), false before another part. */
  expectBoundaryOrEnd(): boolean {
    const found = this.#boundaryAt(this.#offset);
    if (!found) throw new EncryptedMessageFormatError('The encrypted data is not followed by a boundary.');
    this.#offset = found.end;
    if (found.final && this.#offset !== this.#body.length) throw new EncryptedMessageFormatError('Unexpected data after the closing boundary.');
    return found.final;
  }

  /** Header lines (`\tName: value\r\n`) up to, not including, the next boundary line. */
  headersUntilBoundary(): Map<string, string> {
    const headers = new Map<string, string>();
    const limit = Math.min(this.#body.length, this.#offset + MAX_PART_HEADERS);
    while (!this.#boundaryAt(this.#offset)) {
      const [name, value] = this.#line(limit);
      headers.set(name, value);
    }
    return headers;
  }

  expectLine(name: string, value: string): void {
    const [actualName, actualValue] = this.#line(Math.min(this.#body.length, this.#offset + MAX_PART_HEADERS));
    if (actualName !== name || actualValue.toLowerCase() !== value) {
      throw new EncryptedMessageFormatError(`The encrypted data part does not start with "${value}".`);
    }
  }

  #line(limit: number): [string, string] {
    const body = this.#body;
    let end = this.#offset;
    while (end + 1 < limit && !(body[end] === 0x0d && body[end + 1] === 0x0a)) end++;
    if (end + 1 >= limit) throw new EncryptedMessageFormatError('The encrypted message has a malformed or truncated header.');
    const line = text(body.subarray(this.#offset, end)).trim();
    this.#offset = end + 2;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new EncryptedMessageFormatError('The encrypted message has a malformed header line.');
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
  }

  uint32(): number {
    const bytes = this.take(4);
    return new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  }

  take(length: number): Uint8Array {
    if (this.#offset + length > this.#body.length) throw new EncryptedMessageFormatError('The encrypted message is truncated.');
    const slice = this.#body.slice(this.#offset, this.#offset + length);
    this.#offset += length;
    return slice;
  }
}
