/**
 * -match / -notmatch: a .NET regex match of the left operand's string form. A successful scalar
 * match fills $Matches with group 0, the numbered groups (integer keys) and the named groups
 * (string keys) that took part.
 */
import { Hashtable } from '../values/index.js';
import { toPSString } from '../conversion/index.js';
import type { OperatorContext } from './context.js';
import { firstMatch, groupValue } from './dotnet-regex.js';
import { patternRegex } from './pattern-operand.js';

/** Whether the text matches; when `context` is given, a match sets $Matches. */
export function regexMatch(left: unknown, pattern: unknown, caseSensitive: boolean, context?: OperatorContext): boolean {
  const regex = patternRegex(pattern, { ignoreCase: !caseSensitive });
  const match = firstMatch(regex, toPSString(left));
  if (!match) return false;
  if (context) {
    const matches = new Hashtable();
    for (const group of [...regex.groups].reverse()) {
      const value = groupValue(match, group);
      if (value !== undefined) matches.set(/^\d+$/.test(group.name) ? group.number : group.name, value);
    }
    matches.set(0, match[0]);
    context.setMatches(matches);
  }
  return true;
}
