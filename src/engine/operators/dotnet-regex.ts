/**
 * .NET regular expressions on JavaScript's engine: translating a .NET pattern (with its
 * RegexOptions) into an equivalent JS RegExp, numbering groups as .NET does (unnamed groups
 * first, then named ones), and applying .NET substitutions (`$1`, `${name}`, `$$`, `$&`,
 * `` $` ``, `$'`, `$+`, `$_`) to a match. Used by -match, -replace, -split, switch -regex and
 * the [regex] class.
 */
import { RuntimeException } from '../conversion/index.js';
import { formatMessage, parserStrings } from '../conversion/messages.js';

export interface RegexOptions {
  ignoreCase?: boolean;
  multiline?: boolean;
  singleline?: boolean;
  ignorePatternWhitespace?: boolean;
  explicitCapture?: boolean;
}

/** One capture group of the pattern, as .NET names it. */
export interface GroupInfo {
  /** The group's .NET name: its number as text for an unnamed group. */
  name: string;
  /** .NET's group number. */
  number: number;
  /** Index of the group in the JS match array. */
  jsIndex: number;
}

export interface DotNetRegex {
  readonly pattern: string;
  /** Global, so it can find successive matches; reset lastIndex before use. */
  readonly regExp: RegExp;
  /** The groups in .NET number order (group 0 not included). */
  readonly groups: readonly GroupInfo[];
}

/** Regex.Escape: the metacharacters, '#' and white space, backslash-escaped. */
export function regexEscape(text: string): string {
  return text.replace(/[\\*+?|{[()^$.# \t\n\r\f\v]/g, (character) => {
    switch (character) {
      case '\t':
        return '\\t';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\f':
        return '\\f';
      case '\v':
        return '\\v';
      default:
        return '\\' + character;
    }
  });
}

/** A pattern .NET would reject (or one this translation cannot express). */
export function invalidRegex(pattern: string): RuntimeException {
  return new RuntimeException(formatMessage(parserStrings.InvalidRegularExpression, pattern), 'InvalidRegularExpression', 'InvalidOperation');
}

const cache = new Map<string, DotNetRegex>();
const quantifierPattern = /\{\d+(?:,\d*)?\}/y;
const maxCacheSize = 256;

/** The translated regex for a .NET pattern and options; throws `invalidRegex` when it does not compile. */
export function dotNetRegex(pattern: string, options: RegexOptions = {}): DotNetRegex {
  const key = `${options.ignoreCase ? 'i' : ''}${options.multiline ? 'm' : ''}${options.singleline ? 's' : ''}${options.ignorePatternWhitespace ? 'x' : ''}${options.explicitCapture ? 'n' : ''}\0${pattern}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const compiled = translate(pattern, { ...options });
  if (cache.size >= maxCacheSize) cache.delete(cache.keys().next().value!);
  cache.set(key, compiled);
  return compiled;
}

interface CaptureOrder {
  jsIndex: number;
  name: string | undefined;
}

function translate(pattern: string, options: RegexOptions): DotNetRegex {
  // Leading inline options such as (?i) or (?im) set options for the whole pattern.
  let source = pattern;
  const leading = /^\(\?([imsnx]*)(?:-([imsnx]*))?\)/.exec(source);
  if (leading && leading[0] !== '(?)') {
    for (const letter of leading[1]!) setOption(options, letter, true);
    for (const letter of leading[2] ?? '') setOption(options, letter, false);
    source = source.slice(leading[0].length);
  }
  const captures: CaptureOrder[] = [];
  const backreferences: { outputIndex: number; number: number }[] = [];
  let output = '';
  let inClass = false;
  let index = 0;
  // \p{...} classes need JS's unicode mode.
  let unicodeProperties = false;
  const fail = (): never => {
    throw invalidRegex(pattern);
  };
  while (index < source.length) {
    const character = source[index]!;
    if (character === '\\') {
      const next = source[index + 1];
      if (next === undefined) fail();
      if (!inClass && next === 'A') output += '(?<![\\s\\S])';
      else if (!inClass && next === 'z') output += '(?![\\s\\S])';
      else if (!inClass && next === 'Z') output += '(?=\\n?(?![\\s\\S]))';
      else if (!inClass && next === 'G') fail();
      else if (!inClass && /[1-9]/.test(next!)) {
        let end = index + 1;
        while (/[0-9]/.test(source[end] ?? '')) end++;
        backreferences.push({ outputIndex: output.length, number: Number(source.slice(index + 1, end)) });
        index = end;
        continue;
      } else if (next === 'k' && source[index + 2] === "'") {
        const end = source.indexOf("'", index + 3);
        if (end < 0) fail();
        output += `\\k<${source.slice(index + 3, end)}>`;
        index = end + 1;
        continue;
      } else if (!/[A-Za-z0-9]/.test(next!)) {
        // .NET lets any symbol be escaped; a \uXXXX escape is valid in every JS mode.
        output += unicodeEscape(next!);
      } else if (next === 'e') output += '\\u001B';
      else if (next === 'a') output += '\\u0007';
      else if ((next === 'p' || next === 'P') && source[index + 2] === '{') {
        const end = source.indexOf('}', index + 3);
        if (end < 0) fail();
        unicodeProperties = true;
        output += source.slice(index, end + 1);
        index = end + 1;
        continue;
      } else output += character + next;
      index += 2;
      continue;
    }
    if (inClass) {
      if (character === ']') inClass = false;
      output += character === '[' ? '\\[' : character;
      index++;
      continue;
    }
    if (options.ignorePatternWhitespace && /\s/.test(character)) {
      index++;
      continue;
    }
    if (options.ignorePatternWhitespace && character === '#') {
      while (index < source.length && source[index] !== '\n') index++;
      continue;
    }
    switch (character) {
      case '[':
        inClass = true;
        output += character;
        if (source[index + 1] === '^') output += source[++index];
        // A ']' first in a class is literal in .NET.
        if (source[index + 1] === ']') {
          output += '\\]';
          index++;
        }
        break;
      case '.':
        output += options.singleline ? '[\\s\\S]' : '[^\\n]';
        break;
      case '^':
        output += options.multiline ? '(?:(?<![\\s\\S])|(?<=\\n))' : '(?<![\\s\\S])';
        break;
      case '$':
        output += options.multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
        break;
      case '(':
        index = translateGroup(source, index, options, captures, (text) => (output += text), fail);
        continue;
      case '{': {
        // A brace that does not start a {n}, {n,} or {n,m} quantifier is a literal in .NET.
        quantifierPattern.lastIndex = index;
        const quantifier = quantifierPattern.exec(source);
        output += quantifier ? quantifier[0] : '\\{';
        index += quantifier ? quantifier[0].length : 1;
        continue;
      }
      case '}':
      case ']':
        output += '\\' + character;
        break;
      default:
        output += character;
    }
    index++;
  }
  if (inClass) fail();

  // .NET numbers unnamed groups first, then named groups, each in order of their '('.
  const unnamed = captures.filter((capture) => capture.name === undefined);
  const named = captures.filter((capture) => capture.name !== undefined);
  const groups: GroupInfo[] = [];
  unnamed.forEach((capture, position) => groups.push({ name: String(position + 1), number: position + 1, jsIndex: capture.jsIndex }));
  const namedNumbers = new Map<string, GroupInfo>();
  for (const capture of named) {
    const existing = namedNumbers.get(capture.name!);
    if (existing) continue;
    const numeric = /^\d+$/.test(capture.name!) ? Number(capture.name) : groups.length + 1;
    const info = { name: capture.name!, number: numeric, jsIndex: capture.jsIndex };
    namedNumbers.set(capture.name!, info);
    groups.push(info);
  }

  // Numbered backreferences refer to .NET numbers; JS counts groups in order of '('.
  for (const reference of backreferences.reverse()) {
    const group = groups.find((candidate) => candidate.number === reference.number);
    if (!group) fail();
    output = `${output.slice(0, reference.outputIndex)}\\${group!.jsIndex}(?:)${output.slice(reference.outputIndex)}`;
  }

  let regExp: RegExp;
  try {
    regExp = new RegExp(output, (options.ignoreCase ? 'gi' : 'g') + (unicodeProperties ? 'u' : ''));
  } catch {
    return fail();
  }
  return { pattern, regExp, groups: groups.sort((left, right) => left.number - right.number) };
}

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function setOption(options: RegexOptions, letter: string, on: boolean): void {
  const names: Record<string, keyof RegexOptions> = {
    i: 'ignoreCase',
    m: 'multiline',
    s: 'singleline',
    x: 'ignorePatternWhitespace',
    n: 'explicitCapture',
  };
  options[names[letter]!] = on;
}

/** Translates the group opening at `start`; returns the index after its opening syntax. */
function translateGroup(
  source: string,
  start: number,
  options: RegexOptions,
  captures: CaptureOrder[],
  emit: (text: string) => void,
  fail: () => never,
): number {
  if (source[start + 1] !== '?') {
    if (options.explicitCapture) {
      emit('(?:');
    } else {
      captures.push({ jsIndex: captures.length + 1, name: undefined });
      emit('(');
    }
    return start + 1;
  }
  const rest = source.slice(start + 2);
  const named = /^(?:<([A-Za-z_]\w*|\d+)>|'([A-Za-z_]\w*|\d+)'|P<([A-Za-z_]\w*)>)/.exec(rest);
  if (named) {
    const name = named[1] ?? named[2] ?? named[3]!;
    captures.push({ jsIndex: captures.length + 1, name });
    // JS group names must be identifiers; numbered names get a private spelling.
    emit(`(?<${/^\d/.test(name) ? `_${name}` : name}>`);
    return start + 2 + named[0].length;
  }
  if (/^(?:[:=!]|<=|<!)/.test(rest)) {
    const syntax = rest.startsWith('<') ? rest.slice(0, 2) : rest[0]!;
    emit(`(?${syntax}`);
    return start + 2 + syntax.length;
  }
  if (rest.startsWith('>')) {
    // Atomic groups have no JS form; a plain group matches the same texts in almost all uses.
    emit('(?:');
    return start + 3;
  }
  if (rest.startsWith('#')) {
    const end = source.indexOf(')', start);
    if (end < 0) fail();
    return end + 1;
  }
  const inline = /^([imsnx]*)(?:-([imsnx]*))?(:|\))/.exec(rest);
  if (inline) {
    // Inline options apply to the rest of the pattern here (JS has no scoped flags).
    for (const letter of inline[1]!) setOption(options, letter, true);
    for (const letter of inline[2] ?? '') setOption(options, letter, false);
    if (inline[3] === ':') emit('(?:');
    return start + 2 + inline[0].length;
  }
  return fail();
}

/** The value of each group of a JS match, by .NET group; undefined for a group that did not take part. */
export function groupValue(match: RegExpExecArray, group: GroupInfo): string | undefined {
  return match[group.jsIndex];
}

/** Applies a .NET replacement pattern to one match. */
export function substitute(replacement: string, match: RegExpExecArray, regex: DotNetRegex, input: string): string {
  let result = '';
  for (let index = 0; index < replacement.length; index++) {
    const character = replacement[index]!;
    if (character !== '$' || index + 1 >= replacement.length) {
      result += character;
      continue;
    }
    const next = replacement[index + 1]!;
    if (next === '$') {
      result += '$';
      index++;
    } else if (next === '&') {
      result += match[0];
      index++;
    } else if (next === '`') {
      result += input.slice(0, match.index);
      index++;
    } else if (next === "'") {
      result += input.slice(match.index + match[0].length);
      index++;
    } else if (next === '_') {
      result += input;
      index++;
    } else if (next === '+') {
      const last = regex.groups.at(-1);
      result += last ? (groupValue(match, last) ?? '') : '';
      index++;
    } else if (next === '{') {
      const end = replacement.indexOf('}', index + 2);
      const name = end < 0 ? undefined : replacement.slice(index + 2, end);
      const group = name === undefined ? undefined : findGroup(regex, name);
      if (name === '0') {
        result += match[0];
        index = end;
      } else if (group) {
        result += groupValue(match, group) ?? '';
        index = end;
      } else {
        result += character;
      }
    } else if (/\d/.test(next)) {
      let end = index + 1;
      while (/\d/.test(replacement[end] ?? '')) end++;
      // The longest run of digits that names a group (as .NET reads `$10` with one group as `$1` then '0').
      let digits = replacement.slice(index + 1, end);
      while (digits.length > 1 && digits !== '0' && !findGroup(regex, String(Number(digits)))) digits = digits.slice(0, -1);
      const group = findGroup(regex, String(Number(digits)));
      if (Number(digits) === 0) {
        result += match[0];
        index += digits.length;
      } else if (group) {
        result += groupValue(match, group) ?? '';
        index += digits.length;
      } else {
        result += character;
      }
    } else {
      result += character;
    }
  }
  return result;
}

function findGroup(regex: DotNetRegex, name: string): GroupInfo | undefined {
  return regex.groups.find((group) => group.name === name || (/^\d+$/.test(name) && group.number === Number(name)));
}

/** Every match of the regex in the input, in order (an empty match advances one character). */
export function* matchAll(regex: DotNetRegex, input: string): Generator<RegExpExecArray> {
  const regExp = new RegExp(regex.regExp.source, regex.regExp.flags);
  let match: RegExpExecArray | null;
  while ((match = regExp.exec(input)) !== null) {
    yield match;
    if (match[0].length === 0) regExp.lastIndex++;
  }
}

/** The first match, or null. */
export function firstMatch(regex: DotNetRegex, input: string): RegExpExecArray | null {
  regex.regExp.lastIndex = 0;
  const match = regex.regExp.exec(input);
  regex.regExp.lastIndex = 0;
  return match;
}
