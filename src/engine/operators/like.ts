/** -like / -notlike (and their -i/-c forms): wildcard matching of the left operand's string form. */
import { toPSString } from '../conversion/index.js';
import { WildcardPattern } from '../wildcard/index.js';

export function like(left: unknown, pattern: unknown, caseSensitive: boolean): boolean {
  return new WildcardPattern(toPSString(pattern), { caseSensitive }).isMatch(toPSString(left));
}
