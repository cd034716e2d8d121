/**
 * pwsh's WildcardPattern: `*` (any run of characters), `?` (any one character), `[abc]` and
 * `[a-z]` (one character of a set; `]` right after `[` is literal, there is no negation), and
 * the backtick escaping the next character. Matching is case-insensitive unless asked
 * otherwise, and runs in time proportional to pattern length times text length (no regex
 * backtracking), so hostile patterns cannot hang it.
 */
import { RuntimeException } from '../conversion/index.js';

const invalidPatternText = 'The specified wildcard character pattern is not valid: {0}';

export interface WildcardOptions {
  /** Case-sensitive matching (-clike); the default ignores case. */
  caseSensitive?: boolean;
}

type Element =
  | { kind: 'literal'; character: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'set'; characters: string; ranges: [string, string][] };

/** WildcardPatternException: a pattern with an unclosed `[` or a backwards range. */
export class WildcardPatternException extends RuntimeException {
  constructor(pattern: string) {
    super(invalidPatternText.replace('{0}', pattern), 'WildcardPattern_Invalid', 'InvalidArgument', 'System.Management.Automation.WildcardPatternException');
  }
}

export class WildcardPattern {
  private readonly elements: Element[];
  private readonly caseSensitive: boolean;

  /** Throws WildcardPatternException for a pattern pwsh rejects. */
  constructor(
    readonly pattern: string,
    options: WildcardOptions = {},
  ) {
    this.caseSensitive = options.caseSensitive ?? false;
    this.elements = parsePattern(pattern);
  }

  /** True when the whole text matches the pattern. */
  isMatch(text: string): boolean {
    const elements = this.elements;
    let textIndex = 0;
    let elementIndex = 0;
    // Where the last `*` was and how much text it has taken so far, for backing off.
    let starElement = -1;
    let starText = 0;
    while (textIndex < text.length) {
      const element = elements[elementIndex];
      if (element && element.kind === 'star') {
        starElement = elementIndex++;
        starText = textIndex;
      } else if (element && this.matchesOne(element, text[textIndex]!)) {
        elementIndex++;
        textIndex++;
      } else if (starElement >= 0) {
        elementIndex = starElement + 1;
        textIndex = ++starText;
      } else {
        return false;
      }
    }
    while (elements[elementIndex]?.kind === 'star') elementIndex++;
    return elementIndex === elements.length;
  }

  private matchesOne(element: Element, character: string): boolean {
    switch (element.kind) {
      case 'any':
        return true;
      case 'literal':
        return this.sameCharacter(element.character, character);
      case 'set':
        return this.variants(character).some(
          (variant) => element.characters.includes(variant) || element.ranges.some(([low, high]) => variant >= low && variant <= high),
        );
      default:
        return false;
    }
  }

  private sameCharacter(left: string, right: string): boolean {
    return left === right || (!this.caseSensitive && left.toLowerCase() === right.toLowerCase());
  }

  private variants(character: string): string[] {
    return this.caseSensitive ? [character] : [character, character.toLowerCase(), character.toUpperCase()];
  }
}

function parsePattern(pattern: string): Element[] {
  const elements: Element[] = [];
  let escaped = false;
  let setContents: string[] | undefined;
  let setOperators: boolean[] = [];
  let setJustStarted = false;
  // UTF-16 code units, as .NET strings are, so the matcher's indexes agree.
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index]!;
    if (setContents) {
      if (character === ']' && !setJustStarted && !escaped) {
        elements.push(bracketExpression(setContents, setOperators, pattern));
        setContents = undefined;
      } else if (character !== '`' || escaped) {
        setContents.push(character);
        setOperators.push(character === '-' && !escaped);
      }
      setJustStarted = false;
    } else if (character === '*' && !escaped) {
      // Consecutive stars match the same as one.
      if (elements.at(-1)?.kind !== 'star') elements.push({ kind: 'star' });
    } else if (character === '?' && !escaped) {
      elements.push({ kind: 'any' });
    } else if (character === '[' && !escaped) {
      setContents = [];
      setOperators = [];
      setJustStarted = true;
    } else if (character !== '`' || escaped) {
      elements.push({ kind: 'literal', character });
    }
    escaped = character === '`' && !escaped;
  }
  if (setContents) throw new WildcardPatternException(pattern);
  // A trailing lone backtick is literal, except that the pattern '`' alone means ''.
  if (escaped && pattern !== '`') elements.push({ kind: 'literal', character: '`' });
  return elements;
}

function bracketExpression(contents: string[], operators: boolean[], pattern: string): Element {
  let characters = '';
  const ranges: [string, string][] = [];
  for (let index = 0; index < contents.length; ) {
    if (index + 2 < contents.length && operators[index + 1]) {
      const low = contents[index]!;
      const high = contents[index + 2]!;
      if (low > high) throw new WildcardPatternException(pattern);
      ranges.push([low, high]);
      index += 3;
    } else {
      characters += contents[index++];
    }
  }
  return { kind: 'set', characters, ranges };
}

/** True when the text has a wildcard character (`*`, `?`, `[`) that is not escaped. */
export function containsWildcardCharacters(text: string): boolean {
  let escaped = false;
  for (const character of text) {
    if (!escaped && (character === '*' || character === '?' || character === '[')) return true;
    escaped = character === '`' && !escaped;
  }
  return false;
}

/**
 * WildcardPattern.Unescape: a backtick before a wildcard character (`*`, `?`, `[`, `]`) or a
 * backtick is dropped; one before any other character, or at the end, stays.
 */
export function unescapeWildcard(text: string): string {
  return text.replace(/`([*?[\]`])/g, '$1');
}

/** WildcardPattern.Escape: a backtick before each `*`, `?`, `[`, `]` and backtick. */
export function escapeWildcard(text: string): string {
  return text.replace(/[*?[\]`]/g, '`$&');
}
