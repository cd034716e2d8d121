/**
 * [regex] (System.Text.RegularExpressions.Regex) and the Match, Group and collection objects
 * it returns, on the operators' translation of .NET patterns to JS.
 */
import { convertTo, toPSString } from '../../conversion/index.js';
import { dotNetRegex, regexEscape, substitute, type DotNetRegex, type GroupInfo, type RegexOptions } from '../../operators/dotnet-regex.js';
import { RuntimeException } from '../../conversion/index.js';
import { noConversion, type PSTypeInfo } from '../../types/index.js';
import { psTypeNames, type ScriptBlock } from '../../values/index.js';
import type { DotNetContext } from '../context.js';
import { defineEnum, enumNumber } from '../enums.js';
import { argumentException, DotNetException } from '../errors.js';
import { checkIndex } from '../collection-errors.js';
import { defineType } from '../member-table.js';
import { NativeCollection } from '../native-collection.js';
import { registerNativeType } from '../type-registration.js';

const regexOptionFlags = {
  None: 0,
  IgnoreCase: 1,
  Multiline: 2,
  ExplicitCapture: 4,
  Compiled: 8,
  Singleline: 16,
  IgnorePatternWhitespace: 32,
  RightToLeft: 64,
  ECMAScript: 256,
  CultureInvariant: 512,
  NonBacktracking: 1024,
};
const regexOptionsType: PSTypeInfo = defineEnum('System.Text.RegularExpressions.RegexOptions', regexOptionFlags, true);

export class Regex {
  readonly [psTypeNames] = ['System.Text.RegularExpressions.Regex', 'System.Object'];
  readonly compiled: DotNetRegex;

  constructor(
    readonly pattern: string,
    readonly options = 0,
  ) {
    if (options & regexOptionFlags.RightToLeft) throw argumentException('System.ArgumentOutOfRangeException', 'RightToLeft matching is not supported.', 'options');
    try {
      this.compiled = dotNetRegex(pattern, translateOptions(options));
    } catch (error) {
      if (error instanceof RuntimeException) throw argumentException('System.ArgumentException', `Invalid pattern '${pattern}'.`);
      throw error;
    }
  }

  toString(): string {
    return this.pattern;
  }

  /** Matches from `start` on, in order; an empty match moves the next search on by one. */
  *matches(input: string, start = 0): Generator<RegexMatch> {
    const search = new RegExp(this.compiled.regExp.source, this.compiled.regExp.flags.replace('d', '') + 'd');
    search.lastIndex = start;
    let found: RegExpExecArray | null;
    while ((found = search.exec(input)) !== null) {
      yield new RegexMatch(this, input, found);
      if (found[0].length === 0) {
        if (search.lastIndex >= input.length) return;
        search.lastIndex++;
      }
    }
  }

  match(input: string, start = 0): RegexMatch {
    checkStart(input, start);
    return this.matches(input, start).next().value ?? RegexMatch.failed(this, input);
  }

  replace(input: string, replace: (match: RegexMatch) => string, count = -1): string {
    let result = '';
    let position = 0;
    let replaced = 0;
    for (const match of this.matches(input)) {
      if (count >= 0 && replaced >= count) break;
      result += input.slice(position, match.index) + replace(match);
      position = match.index + match.length;
      replaced++;
    }
    return result + input.slice(position);
  }

  /** Regex.Split: the pieces between matches, with each match's captured groups in between. */
  split(input: string, count = 0): string[] {
    if (count < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Count cannot be less than -1.', 'count');
    if (count === 1) return [input];
    const pieces: string[] = [];
    let position = 0;
    for (const match of this.matches(input)) {
      pieces.push(input.slice(position, match.index));
      for (const group of match.groups.items.slice(1)) if (group.success) pieces.push(group.value);
      position = match.index + match.length;
      if (count > 0 && pieces.length >= count - 1) break;
    }
    pieces.push(input.slice(position));
    return pieces;
  }
}

function checkStart(input: string, start: number): void {
  if (start < 0 || start > input.length) throw argumentException('System.ArgumentOutOfRangeException', 'Specified argument was out of the range of valid values.', 'startat');
}

function translateOptions(options: number): RegexOptions {
  return {
    ignoreCase: (options & regexOptionFlags.IgnoreCase) !== 0,
    multiline: (options & regexOptionFlags.Multiline) !== 0,
    singleline: (options & regexOptionFlags.Singleline) !== 0,
    ignorePatternWhitespace: (options & regexOptionFlags.IgnorePatternWhitespace) !== 0,
    explicitCapture: (options & regexOptionFlags.ExplicitCapture) !== 0,
  };
}

/** System.Text.RegularExpressions.Group: one group's capture (the last, as .NET's Value is). */
export class RegexGroup {
  readonly [psTypeNames]: readonly string[] = ['System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object'];

  constructor(
    readonly name: string,
    readonly success: boolean,
    readonly value: string,
    readonly index: number,
  ) {}

  get length(): number {
    return this.value.length;
  }

  toString(): string {
    return this.value;
  }
}

/**
 * The groups of a match, enumerated in number order. Not a NativeCollection: `$m.Groups['name']`
 * must reach get_Item(string), not list indexing.
 */
export class GroupCollection implements Iterable<RegexGroup> {
  readonly [psTypeNames] = ['System.Text.RegularExpressions.GroupCollection', 'System.Object'];

  constructor(readonly items: RegexGroup[]) {}

  [Symbol.iterator](): Iterator<RegexGroup> {
    return this.items[Symbol.iterator]();
  }

  byName(name: string): RegexGroup | undefined {
    return this.items.find((group) => group.name === name);
  }
}

export class RegexMatch extends RegexGroup {
  override readonly [psTypeNames] = ['System.Text.RegularExpressions.Match', 'System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object'];
  readonly groups: GroupCollection;

  constructor(
    readonly regex: Regex,
    readonly input: string,
    readonly found: RegExpExecArray | undefined,
  ) {
    super('0', found !== undefined, found?.[0] ?? '', found?.index ?? 0);
    const groups = [this as RegexGroup];
    for (const info of regex.compiled.groups) groups.push(groupOf(info, found));
    this.groups = new GroupCollection(groups);
  }

  static failed(regex: Regex, input: string): RegexMatch {
    return new RegexMatch(regex, input, undefined);
  }

  /** The next match after this one (one character further on after an empty match). */
  nextMatch(): RegexMatch {
    if (!this.success) return this;
    const start = this.index + this.length + (this.length === 0 ? 1 : 0);
    if (start > this.input.length) return RegexMatch.failed(this.regex, this.input);
    return this.regex.matches(this.input, start).next().value ?? RegexMatch.failed(this.regex, this.input);
  }
}

function groupOf(info: GroupInfo, found: RegExpExecArray | undefined): RegexGroup {
  const value = found?.[info.jsIndex];
  const index = found?.indices?.[info.jsIndex]?.[0] ?? 0;
  return new RegexGroup(info.name, value !== undefined, value ?? '', index);
}

/** System.Text.RegularExpressions.MatchCollection. */
export class MatchCollection extends NativeCollection {
  readonly [psTypeNames] = ['System.Text.RegularExpressions.MatchCollection', 'System.Object'];
}

/** Regex.Unescape: `\t`, `\xHH`, `\uHHHH` and the like become their characters; any other escaped character stands for itself. */
export function regexUnescape(text: string): string {
  const controls: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', a: '\x07', e: '\x1b' };
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, escaped: string) => {
    if (escaped.length > 1) return String.fromCharCode(parseInt(escaped.slice(1), 16));
    return controls[escaped] ?? escaped;
  });
}

function evaluatorReplacement(evaluator: ScriptBlock, ctx: DotNetContext): (match: RegexMatch) => string {
  return (match) => {
    const output = ctx.invokeScriptBlock(evaluator, [match]);
    return toPSString(output.length === 1 ? output[0] : output);
  };
}

function patternReplacement(regex: Regex, input: string, replacement: string | null): (match: RegexMatch) => string {
  return (match) => substitute(replacement ?? '', match.found!, regex.compiled, input);
}

const options = (value: unknown) => (value === undefined ? 0 : enumNumber(value));
const regexOf = (pattern: string | null, flags?: unknown) => {
  if (pattern === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'pattern');
  return new Regex(pattern, options(flags));
};
const inputOf = (input: string | null) => {
  if (input === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'input');
  return input;
};

const regexBases = ['System.Object', 'System.Runtime.Serialization.ISerializable'];
registerNativeType('System.Text.RegularExpressions.Regex', regexBases, { isInstance: (value) => value instanceof Regex, convertFrom: (value) => (typeof value === 'string' ? new Regex(value) : noConversion) }, 'regex');
registerNativeType('System.Text.RegularExpressions.Match', ['System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object']);
registerNativeType('System.Text.RegularExpressions.Group', ['System.Text.RegularExpressions.Capture', 'System.Object']);
registerNativeType('System.Text.RegularExpressions.GroupCollection', ['System.Object']);
registerNativeType('System.Text.RegularExpressions.MatchCollection', ['System.Object']);

defineType({
  fullName: 'System.Text.RegularExpressions.Regex',
  properties: {
    Options: { type: 'System.Text.RegularExpressions.RegexOptions', get: (regex: Regex) => convertTo(regex.options, regexOptionsType) },
    RightToLeft: { type: 'bool', get: () => false },
  },
  constructors: [
    ['regex new(string pattern)', (_type, [pattern]: [string | null]) => regexOf(pattern)],
    ['regex new(string pattern, System.Text.RegularExpressions.RegexOptions options)', (_type, [pattern, flags]: [string | null, unknown]) => regexOf(pattern, flags)],
  ],
  methods: [
    ['bool IsMatch(string input)', (regex: Regex, [input]: [string | null]) => regex.match(inputOf(input)).success],
    ['System.Text.RegularExpressions.Match Match(string input)', (regex: Regex, [input]: [string | null]) => regex.match(inputOf(input))],
    ['System.Text.RegularExpressions.Match Match(string input, int startat)', (regex: Regex, [input, start]: [string | null, number]) => regex.match(inputOf(input), start)],
    ['System.Text.RegularExpressions.MatchCollection Matches(string input)', (regex: Regex, [input]: [string | null]) => new MatchCollection([...regex.matches(inputOf(input))])],
    ['string Replace(string input, string replacement)', (regex: Regex, [input, replacement]: [string | null, string | null]) =>
      regex.replace(inputOf(input), patternReplacement(regex, inputOf(input), replacement))],
    ['string Replace(string input, string replacement, int count)', (regex: Regex, [input, replacement, count]: [string | null, string | null, number]) =>
      regex.replace(inputOf(input), patternReplacement(regex, inputOf(input), replacement), count)],
    ['string Replace(string input, System.Text.RegularExpressions.MatchEvaluator evaluator)', (regex: Regex, [input, evaluator]: [string | null, ScriptBlock], ctx) =>
      regex.replace(inputOf(input), evaluatorReplacement(evaluator, ctx))],
    ['string[] Split(string input)', (regex: Regex, [input]: [string | null]) => regex.split(inputOf(input))],
    ['string[] Split(string input, int count)', (regex: Regex, [input, count]: [string | null, number]) => regex.split(inputOf(input), count)],
    ['string[] GetGroupNames()', (regex: Regex) => ['0', ...regex.compiled.groups.map((group) => group.name)]],
    ['int[] GetGroupNumbers()', (regex: Regex) => [0, ...regex.compiled.groups.map((group) => group.number)]],
    ['string ToString()', (regex: Regex) => regex.pattern],
    ['static bool IsMatch(string input, string pattern)', (_type, [input, pattern]: [string | null, string | null]) => regexOf(pattern).match(inputOf(input)).success],
    ['static bool IsMatch(string input, string pattern, System.Text.RegularExpressions.RegexOptions options)', (_type, [input, pattern, flags]: [string | null, string | null, unknown]) =>
      regexOf(pattern, flags).match(inputOf(input)).success],
    ['static System.Text.RegularExpressions.Match Match(string input, string pattern)', (_type, [input, pattern]: [string | null, string | null]) => regexOf(pattern).match(inputOf(input))],
    ['static System.Text.RegularExpressions.Match Match(string input, string pattern, System.Text.RegularExpressions.RegexOptions options)', (_type, [input, pattern, flags]: [string | null, string | null, unknown]) =>
      regexOf(pattern, flags).match(inputOf(input))],
    ['static System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern)', (_type, [input, pattern]: [string | null, string | null]) =>
      new MatchCollection([...regexOf(pattern).matches(inputOf(input))])],
    ['static System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern, System.Text.RegularExpressions.RegexOptions options)', (_type, [input, pattern, flags]: [string | null, string | null, unknown]) =>
      new MatchCollection([...regexOf(pattern, flags).matches(inputOf(input))])],
    ['static string Replace(string input, string pattern, string replacement)', (_type, [input, pattern, replacement]: [string | null, string | null, string | null]) => {
      const regex = regexOf(pattern);
      return regex.replace(inputOf(input), patternReplacement(regex, inputOf(input), replacement));
    }],
    ['static string Replace(string input, string pattern, string replacement, System.Text.RegularExpressions.RegexOptions options)', (_type, [input, pattern, replacement, flags]: [string | null, string | null, string | null, unknown]) => {
      const regex = regexOf(pattern, flags);
      return regex.replace(inputOf(input), patternReplacement(regex, inputOf(input), replacement));
    }],
    ['static string Replace(string input, string pattern, System.Text.RegularExpressions.MatchEvaluator evaluator)', (_type, [input, pattern, evaluator]: [string | null, string | null, ScriptBlock], ctx) =>
      regexOf(pattern).replace(inputOf(input), evaluatorReplacement(evaluator, ctx))],
    ['static string[] Split(string input, string pattern)', (_type, [input, pattern]: [string | null, string | null]) => regexOf(pattern).split(inputOf(input))],
    ['static string[] Split(string input, string pattern, System.Text.RegularExpressions.RegexOptions options)', (_type, [input, pattern, flags]: [string | null, string | null, unknown]) =>
      regexOf(pattern, flags).split(inputOf(input))],
    ['static string Escape(string str)', (_type, [text]: [string | null]) => {
      if (text === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'str');
      return regexEscape(text);
    }],
    ['static string Unescape(string str)', (_type, [text]: [string | null]) => {
      if (text === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'str');
      return regexUnescape(text);
    }],
  ],
});

const groupProperties = {
  Success: { type: 'bool', get: (group: RegexGroup) => group.success },
  Value: { type: 'string', get: (group: RegexGroup) => group.value },
  Index: { type: 'int', get: (group: RegexGroup) => group.index },
  Length: { type: 'int', get: (group: RegexGroup) => group.length },
  Name: { type: 'string', get: (group: RegexGroup) => group.name },
};

defineType({ fullName: 'System.Text.RegularExpressions.Group', properties: groupProperties, methods: [['string ToString()', (group: RegexGroup) => group.value]] });

defineType({
  fullName: 'System.Text.RegularExpressions.Match',
  properties: {
    ...groupProperties,
    Groups: { type: 'System.Text.RegularExpressions.GroupCollection', get: (match: RegexMatch) => match.groups },
  },
  methods: [
    ['System.Text.RegularExpressions.Match NextMatch()', (match: RegexMatch) => match.nextMatch()],
    ['string Result(string replacement)', (match: RegexMatch, [replacement]: [string | null]) => {
      if (!match.success) throw new DotNetException('System.NotSupportedException', 'Result cannot be called on a failed Match.');
      return substitute(replacement ?? '', match.found!, match.regex.compiled, match.input);
    }],
  ],
});

defineType({
  fullName: 'System.Text.RegularExpressions.GroupCollection',
  properties: {
    Count: { type: 'int', get: (groups: GroupCollection) => groups.items.length },
    Keys: { type: 'System.Collections.Generic.IEnumerable[string]', get: (groups: GroupCollection) => groups.items.map((group) => group.name) },
  },
  methods: [
    ['System.Text.RegularExpressions.Group get_Item(int groupnum)', (groups: GroupCollection, [index]: [number]) => groups.items[index] ?? new RegexGroup('', false, '', 0)],
    ['System.Text.RegularExpressions.Group get_Item(string groupname)', (groups: GroupCollection, [name]: [string]) => groups.byName(name) ?? new RegexGroup('', false, '', 0)],
    ['bool ContainsKey(string key)', (groups: GroupCollection, [name]: [string]) => groups.byName(name) !== undefined],
  ],
});

defineType({
  fullName: 'System.Text.RegularExpressions.MatchCollection',
  properties: {
    Count: { type: 'int', get: (matches: MatchCollection) => matches.items.length },
  },
  methods: [
    ['System.Text.RegularExpressions.Match get_Item(int i)', (matches: MatchCollection, [index]: [number]) => {
      checkIndex(matches.items, index, 'i');
      return matches.items[index];
    }],
  ],
});
