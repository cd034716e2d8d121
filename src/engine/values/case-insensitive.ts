/**
 * PowerShell compares member names and hashtable string keys with
 * StringComparer.OrdinalIgnoreCase: each UTF-16 code unit is upper-cased on its own, so
 * 'ß' never matches 'SS'. `String.prototype.toUpperCase` applies full case mapping, which
 * changes the length when it expands a character; only then do we fall back to per-unit mapping.
 */
export function ordinalIgnoreCaseKey(text: string): string {
  const upper = text.toUpperCase();
  if (upper.length === text.length) return upper;
  let key = '';
  for (const unit of text) {
    const mapped = unit.toUpperCase();
    key += mapped.length === unit.length ? mapped : unit;
  }
  return key;
}
