/**
 * Parsing of the `WWW-Authenticate` and `Authorization` header values (RFC 9110 11.6), just
 * as far as WinRM needs: scheme names, a token68 (Negotiate/Kerberos/CredSSP/Basic data) and
 * auth-params such as `realm="WSMAN"`. Header values are untrusted and bounded in size.
 */
import { InvalidTokenError } from './errors.js';

export interface AuthChallenge {
  /** The scheme as sent; compare with `sameScheme`. */
  scheme: string;
  token?: string;
  params: Map<string, string>;
}

/** Tokens carried in these headers are a few KiB at most. */
export const MAX_AUTH_HEADER_LENGTH = 64 * 1024;

const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;
const SCHEME = /^[!#$%&'*+\-.^_`|~A-Za-z0-9]+$/;

export function sameScheme(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function splitOutsideQuotes(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && quoted && i + 1 < value.length) {
      current += ch + value[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1).replace(/\\(.)/g, '$1');
  return value;
}

function addParam(challenge: AuthChallenge, text: string): void {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new InvalidTokenError('Malformed authentication parameter.');
  challenge.params.set(text.slice(0, eq).trim().toLowerCase(), unquote(text.slice(eq + 1).trim()));
}

/** All challenges of one or more WWW-Authenticate header values, in order. */
export function parseWwwAuthenticate(values: string | readonly string[] | undefined): AuthChallenge[] {
  const list = values === undefined ? [] : typeof values === 'string' ? [values] : values;
  if (list.reduce((n, v) => n + v.length, 0) > MAX_AUTH_HEADER_LENGTH) throw new InvalidTokenError('The WWW-Authenticate header is too long.');
  const challenges: AuthChallenge[] = [];
  for (const element of list.flatMap(splitOutsideQuotes)) {
    const space = element.search(/\s/);
    const first = space < 0 ? element : element.slice(0, space);
    if (first.includes('=')) {
      // An auth-param continuing the previous challenge.
      const last = challenges.at(-1);
      if (!last) throw new InvalidTokenError('An authentication parameter precedes any scheme.');
      addParam(last, element);
      continue;
    }
    if (!SCHEME.test(first)) throw new InvalidTokenError('Malformed authentication scheme.');
    const challenge: AuthChallenge = { scheme: first, params: new Map() };
    const rest = space < 0 ? '' : element.slice(space).trim();
    if (rest && TOKEN68.test(rest)) challenge.token = rest;
    else if (rest) addParam(challenge, rest);
    challenges.push(challenge);
  }
  return challenges;
}

/** The scheme and token68 of an `Authorization` header value. */
export function parseAuthorization(value: string): { scheme: string; token: string } {
  if (value.length > MAX_AUTH_HEADER_LENGTH) throw new InvalidTokenError('The Authorization header is too long.');
  const trimmed = value.trim();
  const space = trimmed.search(/\s/);
  const scheme = space < 0 ? trimmed : trimmed.slice(0, space);
  const token = space < 0 ? '' : trimmed.slice(space).trim();
  if (!SCHEME.test(scheme) || (token !== '' && !TOKEN68.test(token))) throw new InvalidTokenError('Malformed Authorization header.');
  return { scheme, token };
}

/** Strict base64 decoding of a token68 (Node's decoder silently skips invalid characters). */
export function decodeBase64Token(token: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(token) || token.length % 4 === 1) throw new InvalidTokenError('The authentication token is not valid base64.');
  return new Uint8Array(Buffer.from(token, 'base64'));
}

export function encodeBase64Token(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
