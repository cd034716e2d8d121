/**
 * How Pester 5 shows values in failure messages (its Format-Nicely and Format-Because), and its
 * string comparison message with the difference marker.
 */
import { toPSString } from '../../engine/conversion/index.js';
import type { Frame } from '../../engine/runtime/frame.js';
import { snippetValue } from './script-helpers.js';

/** Pester cuts collections after this many items. */
const collectionLimit = 10;

const valueKind = `if ($null -eq $a) {'null'} elseif ($a -is [bool]) {'bool'} elseif ($a -is [string]) {'string'}
  elseif ($a -is [datetime]) {'date'} elseif ($a -is [type]) {'type'} elseif ($a -is [scriptblock]) {'scriptblock'}
  elseif ($a -is [System.Collections.IDictionary]) {'dictionary'} elseif ($a -is [System.Collections.IEnumerable]) {'collection'} else {'other'}`;

export function formatNicely(frame: Frame, value: unknown): string {
  switch (snippetValue(frame, valueKind, value)) {
    case 'null':
      return '$null';
    case 'bool':
      return '$' + toPSString(value).toLowerCase();
    case 'string': {
      const text = toPSString(value);
      return text === '' ? '<empty>' : `'${text}'`;
    }
    case 'date':
      return toPSString(snippetValue(frame, "$a.ToString('o')", value));
    case 'type':
      return `[${toPSString(value)}]`;
    case 'scriptblock':
      return `{${toPSString(value)}}`;
    case 'collection': {
      const items = snippetValue(frame, '@($a)', value);
      const list = Array.isArray(items) ? items : [items];
      const shown = list.slice(0, collectionLimit).map((item) => formatNicely(frame, item));
      const more = list.length > collectionLimit ? `, ...${list.length - collectionLimit} more` : '';
      return `@(${shown.join(', ')}${more})`;
    }
    default:
      return toPSString(value);
  }
}

/** `-Because 'reason'` as Pester puts it into a message: " because reason," (empty when not given). */
export function formatBecause(because: string | undefined): string {
  const text = (because ?? '').trim();
  return text === '' ? '' : ` because ${text.replace(/because\s/i, '')},`;
}

/** Pester's Join-With: items joined by ', ', the last by ' and ' once there are `threshold` of them. */
export function joinAnd(items: readonly string[], threshold = 2): string {
  return items.length < threshold ? items.join(', ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Control characters shown the way Pester's formatter escapes them in string diffs. */
function expandSpecialCharacters(text: string): string {
  return text.replace(/[\0\x07\b\t\n\v\f\r\x1b]/g, (c) => ({ '\0': '\\0', '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r', '\x1b': '\\e' })[c] ?? c);
}

/** Pester assumes this console width when it cuts long strings down to an excerpt around the difference. */
const maximumLineLength = 120;

function excerpt(text: string, differenceIndex: number, lineLength: number, contextLength: number): { line: string; differenceIndex: number } {
  const marker = '...';
  const minimum = contextLength + marker.length + 1 + marker.length + contextLength;
  if (lineLength < minimum || text.length <= lineLength) return { line: text, differenceIndex };
  const shift = Math.max(0, differenceIndex - (lineLength - 1 - contextLength - marker.length));
  let line = text.slice(shift);
  if (line.length < text.length) line = marker + line.slice(marker.length);
  if (line.length > lineLength) line = line.slice(0, lineLength - marker.length) + marker;
  return { line, differenceIndex: differenceIndex - shift };
}

/**
 * Pester's message for two different strings: lengths, the first differing index, both strings
 * and a marker under the difference. `depth` is how many blocks and tests deep the test is.
 */
export function compareStringMessage(expected: string, actual: string, caseSensitive: boolean, because: string | undefined, depth: number): string {
  const same = (a: string | undefined, b: string | undefined) => (caseSensitive ? a === b : a?.toLowerCase() === b?.toLowerCase());
  const length = Math.max(expected.length, actual.length);
  let differenceIndex = -1;
  for (let i = 0; i < length && differenceIndex < 0; i++) if (!same(expected[i], actual[i])) differenceIndex = i;
  if (differenceIndex < 0) return '';
  const lines = [`Expected strings to be the same,${formatBecause(because)} but they were different.`];
  if (expected.length !== actual.length) lines.push(`Expected length: ${expected.length}`, `Actual length:   ${actual.length}`);
  else lines.push(`String lengths are both ${expected.length}.`);
  lines.push(`Strings differ at index ${differenceIndex}.`);
  const surroundLength = "Expected: ''".length;
  const available = maximumLineLength - surroundLength - (depth + 3);
  const contextLength = Math.round(maximumLineLength / 7);
  const expectedExcerpt = excerpt(expandSpecialCharacters(expected), differenceIndex, available, contextLength);
  const actualExcerpt = excerpt(expandSpecialCharacters(actual), differenceIndex, available, contextLength);
  lines.push(`Expected: '${expectedExcerpt.line}'`, `But was:  '${actualExcerpt.line}'`, ' '.repeat(surroundLength - 1) + '-'.repeat(actualExcerpt.differenceIndex) + '^');
  return lines.join('\n');
}

/** Pester's Get-HumanTime: whole milliseconds under a second, else seconds to two places. */
export function humanTime(milliseconds: number): string {
  return milliseconds < 1000 ? `${Math.round(milliseconds)}ms` : `${Math.round(milliseconds / 10) / 100}s`;
}
