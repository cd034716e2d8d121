/** -like / -notlike (and their -i/-c forms): wildcard matching of the left operand's string form. */
import { toPSString } from '../conversion/index.js';
import { WildcardPattern } from '../wildcard/index.js';

/** Recently used patterns, so filtering a collection parses its pattern once. */
const cache = new Map<string, WildcardPattern>();
const maxCacheSize = 256;

export function like(left: unknown, pattern: unknown, caseSensitive: boolean): boolean {
  const text = toPSString(pattern);
  const key = (caseSensitive ? 'c' : 'i') + text;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = new WildcardPattern(text, { caseSensitive });
    if (cache.size >= maxCacheSize) cache.delete(cache.keys().next().value!);
    cache.set(key, compiled);
  }
  return compiled.isMatch(toPSString(left));
}
