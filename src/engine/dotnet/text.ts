/** .NET's per-character text rules that JS does not share, and the bound on text psh builds. */
import { DotNetException } from './errors.js';

/**
 * The longest string a member builds. .NET allows about 2^30 characters; psh stops at 2^28 so a
 * script cannot make it allocate gigabytes, failing as .NET does when memory runs out.
 */
const maxStringLength = 1 << 28;

export function outOfMemory(): DotNetException {
  return new DotNetException('System.OutOfMemoryException', "Exception of type 'System.OutOfMemoryException' was thrown.");
}

export function checkLength(length: number): void {
  if (length > maxStringLength) throw outOfMemory();
}

/** Char.IsWhiteSpace: Unicode White_Space (JS's trim also strips U+FEFF, which .NET keeps). */
export function isWhiteSpace(unit: string): boolean {
  return /^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u.test(unit);
}

/**
 * ToUpperInvariant/ToLowerInvariant: .NET maps each character to one character, so 'ß' stays
 * 'ß' where JS would write 'SS'.
 */
export function mapCase(text: string, upper: boolean): string {
  let result = '';
  for (const ch of text) {
    const mapped = upper ? ch.toUpperCase() : ch.toLowerCase();
    result += mapped.length === ch.length ? mapped : ch;
  }
  return result;
}

/** String.CompareOrdinal: the difference of the first differing UTF-16 code units, else of the lengths. */
export function compareOrdinal(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
