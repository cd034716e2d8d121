/** System.String's members. Searches are ordinal unless a StringComparison says otherwise. */
import { Char, ordinalIgnoreCaseKey, type PSObject } from '../../values/index.js';
import { enumNumber } from '../enums.js';
import { formatComposite } from '../../conversion/index.js';
import { argumentException, asDotNetException } from '../errors.js';
import { defineType } from '../member-table.js';
import { cultureFormatsOf } from './culture-info.js';
import { compareStrings } from '../../operators/comparison.js';
import { checkLength, compareOrdinal, isWhiteSpace, mapCase } from '../text.js';

type Comparison = PSObject | undefined;

/** How a StringComparison compares: culture comparisons differ from ordinal only in order, not in equality of plain text. */
function ignoresCase(comparison: Comparison): boolean {
  return comparison !== undefined && enumNumber(comparison) % 2 === 1;
}

function fold(text: string, ignoreCase: boolean): string {
  return ignoreCase ? ordinalIgnoreCaseKey(text) : text;
}

function indexOf(text: string, value: string, startIndex: number, comparison: Comparison): number {
  checkStartIndex(text, startIndex);
  return fold(text, ignoresCase(comparison)).indexOf(fold(value, ignoresCase(comparison)), startIndex);
}

function lastIndexOf(text: string, value: string, startIndex: number | undefined, comparison: Comparison): number {
  if (startIndex !== undefined && (startIndex < 0 || startIndex >= Math.max(text.length, 1))) {
    throw argumentException('System.ArgumentOutOfRangeException', 'Index was out of range. Must be non-negative and less than the size of the collection.', 'startIndex');
  }
  // .NET's startIndex is where the search starts backwards: a match must end at or before it.
  const end = startIndex === undefined ? text.length : startIndex + 1;
  const found = fold(text.slice(0, end), ignoresCase(comparison)).lastIndexOf(fold(value, ignoresCase(comparison)));
  return found;
}

function checkStartIndex(text: string, startIndex: number): void {
  if (startIndex < 0 || startIndex > text.length) {
    throw argumentException('System.ArgumentOutOfRangeException', 'Index was out of range. Must be non-negative and less than or equal to the size of the collection.', 'startIndex');
  }
}

function substring(text: string, startIndex: number, length?: number): string {
  if (startIndex < 0) throw argumentException('System.ArgumentOutOfRangeException', 'StartIndex cannot be less than zero.', 'startIndex');
  if (startIndex > text.length) throw argumentException('System.ArgumentOutOfRangeException', 'startIndex cannot be larger than length of string.', 'startIndex');
  if (length === undefined) return text.slice(startIndex);
  if (length < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Length cannot be less than zero.', 'length');
  if (startIndex + length > text.length) throw argumentException('System.ArgumentOutOfRangeException', 'Index and length must refer to a location within the string.', 'length');
  return text.slice(startIndex, startIndex + length);
}

function remove(text: string, startIndex: number, count?: number): string {
  if (startIndex < 0) throw argumentException('System.ArgumentOutOfRangeException', 'StartIndex cannot be less than zero.', 'startIndex');
  if (count === undefined) {
    if (startIndex >= text.length) throw argumentException('System.ArgumentOutOfRangeException', 'startIndex must be less than length of string.', 'startIndex');
    return text.slice(0, startIndex);
  }
  if (count < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Count cannot be less than zero.', 'count');
  if (startIndex + count > text.length) throw argumentException('System.ArgumentOutOfRangeException', 'Index and count must refer to a location within the string.', 'count');
  return text.slice(0, startIndex) + text.slice(startIndex + count);
}

function replace(text: string, oldValue: string, newValue: string | null, comparison: Comparison): string {
  if (oldValue === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'oldValue');
  if (oldValue.length === 0) throw argumentException('System.ArgumentException', 'The value cannot be an empty string.', 'oldValue');
  const replacement = newValue ?? '';
  if (!ignoresCase(comparison)) return text.split(oldValue).join(replacement);
  const folded = fold(text, true);
  const target = fold(oldValue, true);
  let result = '';
  let position = 0;
  for (let found = folded.indexOf(target); found >= 0; found = folded.indexOf(target, position)) {
    result += text.slice(position, found) + replacement;
    position = found + oldValue.length;
  }
  return result + text.slice(position);
}

type SplitOptions = PSObject | undefined;

/** String.Split with string or char separators; no separators (or only empty ones) means white space. */
function split(text: string, separators: readonly string[], count: number | undefined, options: SplitOptions): string[] {
  if (count !== undefined && count < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Count cannot be less than zero.', 'count');
  const flags = options === undefined ? 0 : enumNumber(options);
  const removeEmpty = (flags & 1) !== 0;
  const trim = (flags & 2) !== 0;
  const limit = count ?? Number.MAX_SAFE_INTEGER;
  if (limit === 0) return [];
  const active = separators.filter((separator) => separator.length > 0);
  const parts: string[] = [];
  let start = 0;
  let i = 0;
  const push = (part: string) => {
    const value = trim ? trimWith(part, undefined, true, true) : part;
    if (!(removeEmpty && value.length === 0)) parts.push(value);
  };
  while (i < text.length && parts.length < limit - 1) {
    const matched = active.length === 0 ? (isWhiteSpace(text[i]!) ? 1 : 0) : (active.find((separator) => text.startsWith(separator, i))?.length ?? 0);
    if (matched > 0) {
      push(text.slice(start, i));
      i += matched;
      start = i;
    } else {
      i++;
    }
  }
  const last = text.slice(start);
  const lastValue = trim ? trimWith(last, undefined, true, true) : last;
  if (!(removeEmpty && lastValue.length === 0)) parts.push(lastValue);
  return parts;
}

function trimWith(text: string, chars: readonly string[] | undefined, start: boolean, end: boolean): string {
  const trims = (unit: string) => (chars === undefined || chars.length === 0 ? isWhiteSpace(unit) : chars.includes(unit));
  let from = 0;
  let to = text.length;
  if (start) while (from < to && trims(text[from]!)) from++;
  if (end) while (to > from && trims(text[to - 1]!)) to--;
  return text.slice(from, to);
}

function pad(text: string, totalWidth: number, padding: Char | undefined, left: boolean): string {
  if (totalWidth < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Non-negative number required.', 'totalWidth');
  checkLength(totalWidth);
  const fill = padding === undefined ? ' ' : padding.toString();
  return left ? text.padStart(totalWidth, fill) : text.padEnd(totalWidth, fill);
}

function chars(values: readonly Char[] | undefined): string[] | undefined {
  return values?.map((value) => value.toString());
}

function equalsWith(a: string | null, b: string | null, comparison: Comparison): boolean {
  if (a === null || b === null) return a === b;
  return fold(a, ignoresCase(comparison)) === fold(b, ignoresCase(comparison));
}

/** String.Compare with a StringComparison: culture order unless ordinal (4, 5). */
function compareWith(a: string | null, b: string | null, comparison: Comparison): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const kind = comparison === undefined ? 0 : enumNumber(comparison);
  if (kind >= 4) return compareOrdinal(fold(a, kind === 5), fold(b, kind === 5));
  return compareStrings(a, b, kind % 2 === 1);
}

function toCharArray(text: string, startIndex = 0, length = text.length - startIndex): Char[] {
  if (startIndex < 0 || startIndex > text.length || startIndex > text.length - length) {
    throw argumentException('System.ArgumentOutOfRangeException', 'Index was out of range. Must be non-negative and less than the size of the collection.', 'startIndex');
  }
  if (length < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Length cannot be less than zero.', 'length');
  return Array.from(text.slice(startIndex, startIndex + length), (unit) => Char.fromString(unit));
}

function insert(text: string, startIndex: number, value: string): string {
  if (startIndex < 0 || startIndex > text.length) {
    throw argumentException('System.ArgumentOutOfRangeException', 'Index was out of range. Must be non-negative and less than or equal to the size of the collection.', 'startIndex');
  }
  return text.slice(0, startIndex) + value + text.slice(startIndex);
}

function joinValues(separator: string | null, values: readonly unknown[], toText: (value: unknown) => string): string {
  return values.map((value) => (value === null || value === undefined ? '' : toText(value))).join(separator ?? '');
}

/** String.Format with the conversion module's composite formatting, in the current culture unless a provider says. */
export function composite(format: string | null, args: readonly unknown[], provider?: unknown): string {
  if (format === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'format');
  return asDotNetException(() => formatComposite(format, args, cultureFormatsOf(provider)));
}

const splitOptionsDefault = ' = System.StringSplitOptions.None';

defineType({
  fullName: 'System.String',
  properties: {
    Length: { type: 'int', get: (text: string) => text.length },
  },
  staticProperties: {
    Empty: { type: 'string', get: () => '' },
  },
  constructors: [
    ['string new(char c, int count)', (_type, [c, count]: [Char, number]) => {
      if (count < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Non-negative number required.', 'count');
      checkLength(count);
      return c.toString().repeat(count);
    }],
    ['string new(char[] value)', (_type, [value]: [Char[] | null]) => (value ?? []).map(String).join('')],
    ['string new(char[] value, int startIndex, int length)', (_type, [value, startIndex, length]: [Char[], number, number]) => value.slice(startIndex, startIndex + length).map(String).join('')],
  ],
  methods: [
    ['string Substring(int startIndex)', (text: string, [startIndex]: [number]) => substring(text, startIndex)],
    ['string Substring(int startIndex, int length)', (text: string, [startIndex, length]: [number, number]) => substring(text, startIndex, length)],
    ['int IndexOf(char value)', (text: string, [value]: [Char]) => text.indexOf(value.toString())],
    ['int IndexOf(char value, int startIndex)', (text: string, [value, startIndex]: [Char, number]) => indexOf(text, value.toString(), startIndex, undefined)],
    ['int IndexOf(char value, System.StringComparison comparisonType)', (text: string, [value, comparison]: [Char, PSObject]) => indexOf(text, value.toString(), 0, comparison)],
    ['int IndexOf(string value)', (text: string, [value]: [string]) => indexOf(text, value, 0, undefined)],
    ['int IndexOf(string value, int startIndex)', (text: string, [value, startIndex]: [string, number]) => indexOf(text, value, startIndex, undefined)],
    ['int IndexOf(string value, System.StringComparison comparisonType)', (text: string, [value, comparison]: [string, PSObject]) => indexOf(text, value, 0, comparison)],
    ['int IndexOf(string value, int startIndex, System.StringComparison comparisonType)', (text: string, [value, startIndex, comparison]: [string, number, PSObject]) => indexOf(text, value, startIndex, comparison)],
    ['int IndexOfAny(char[] anyOf)', (text: string, [anyOf]: [Char[]]) => {
      const set = chars(anyOf)!;
      return [...text].findIndex((unit) => set.includes(unit));
    }],
    ['int LastIndexOf(char value)', (text: string, [value]: [Char]) => text.lastIndexOf(value.toString())],
    ['int LastIndexOf(string value)', (text: string, [value]: [string]) => lastIndexOf(text, value, undefined, undefined)],
    ['int LastIndexOf(string value, int startIndex)', (text: string, [value, startIndex]: [string, number]) => lastIndexOf(text, value, startIndex, undefined)],
    ['int LastIndexOf(string value, System.StringComparison comparisonType)', (text: string, [value, comparison]: [string, PSObject]) => lastIndexOf(text, value, undefined, comparison)],
    ['int LastIndexOfAny(char[] anyOf)', (text: string, [anyOf]: [Char[]]) => {
      const set = chars(anyOf)!;
      for (let i = text.length - 1; i >= 0; i--) if (set.includes(text[i]!)) return i;
      return -1;
    }],
    ['bool Contains(string value)', (text: string, [value]: [string]) => text.includes(value)],
    ['bool Contains(string value, System.StringComparison comparisonType)', (text: string, [value, comparison]: [string, PSObject]) => indexOf(text, value, 0, comparison) >= 0],
    ['bool Contains(char value)', (text: string, [value]: [Char]) => text.includes(value.toString())],
    ['bool StartsWith(string value)', (text: string, [value]: [string]) => text.startsWith(value)],
    ['bool StartsWith(string value, System.StringComparison comparisonType)', (text: string, [value, comparison]: [string, PSObject]) =>
      fold(text, ignoresCase(comparison)).startsWith(fold(value, ignoresCase(comparison)))],
    ['bool StartsWith(char value)', (text: string, [value]: [Char]) => text.startsWith(value.toString())],
    ['bool EndsWith(string value)', (text: string, [value]: [string]) => text.endsWith(value)],
    ['bool EndsWith(string value, System.StringComparison comparisonType)', (text: string, [value, comparison]: [string, PSObject]) =>
      fold(text, ignoresCase(comparison)).endsWith(fold(value, ignoresCase(comparison)))],
    ['bool EndsWith(char value)', (text: string, [value]: [Char]) => text.endsWith(value.toString())],
    ['string Replace(string oldValue, string newValue)', (text: string, [oldValue, newValue]: [string, string | null]) => replace(text, oldValue, newValue, undefined)],
    ['string Replace(string oldValue, string newValue, System.StringComparison comparisonType)', (text: string, [oldValue, newValue, comparison]: [string, string | null, PSObject]) =>
      replace(text, oldValue, newValue, comparison)],
    ['string Replace(char oldChar, char newChar)', (text: string, [oldChar, newChar]: [Char, Char]) => text.split(oldChar.toString()).join(newChar.toString())],
    ['string[] Split(char separator, System.StringSplitOptions options' + splitOptionsDefault + ')', (text: string, [separator, options]: [Char, SplitOptions]) =>
      split(text, [separator.toString()], undefined, options)],
    ['string[] Split(char separator, int count, System.StringSplitOptions options' + splitOptionsDefault + ')', (text: string, [separator, count, options]: [Char, number, SplitOptions]) =>
      split(text, [separator.toString()], count, options)],
    ['string[] Split(Params char[] separator)', (text: string, [separator]: [Char[]]) => split(text, chars(separator)!, undefined, undefined)],
    ['string[] Split(char[] separator, int count)', (text: string, [separator, count]: [Char[], number]) => split(text, chars(separator) ?? [], count, undefined)],
    ['string[] Split(char[] separator, System.StringSplitOptions options)', (text: string, [separator, options]: [Char[], SplitOptions]) =>
      split(text, chars(separator) ?? [], undefined, options)],
    ['string[] Split(char[] separator, int count, System.StringSplitOptions options)', (text: string, [separator, count, options]: [Char[], number, SplitOptions]) =>
      split(text, chars(separator) ?? [], count, options)],
    ['string[] Split(string separator, System.StringSplitOptions options' + splitOptionsDefault + ')', (text: string, [separator, options]: [string | null, SplitOptions]) =>
      splitByString(text, separator, undefined, options)],
    ['string[] Split(string separator, int count, System.StringSplitOptions options' + splitOptionsDefault + ')', (text: string, [separator, count, options]: [string | null, number, SplitOptions]) =>
      splitByString(text, separator, count, options)],
    ['string[] Split(string[] separator, System.StringSplitOptions options)', (text: string, [separator, options]: [string[] | null, SplitOptions]) =>
      split(text, separator ?? [], undefined, options)],
    ['string[] Split(string[] separator, int count, System.StringSplitOptions options)', (text: string, [separator, count, options]: [string[] | null, number, SplitOptions]) =>
      split(text, separator ?? [], count, options)],
    ['string Trim()', (text: string) => trimWith(text, undefined, true, true)],
    ['string Trim(char trimChar)', (text: string, [trimChar]: [Char]) => trimWith(text, [trimChar.toString()], true, true)],
    ['string Trim(Params char[] trimChars)', (text: string, [trimChars]: [Char[]]) => trimWith(text, chars(trimChars), true, true)],
    ['string TrimStart()', (text: string) => trimWith(text, undefined, true, false)],
    ['string TrimStart(char trimChar)', (text: string, [trimChar]: [Char]) => trimWith(text, [trimChar.toString()], true, false)],
    ['string TrimStart(Params char[] trimChars)', (text: string, [trimChars]: [Char[]]) => trimWith(text, chars(trimChars), true, false)],
    ['string TrimEnd()', (text: string) => trimWith(text, undefined, false, true)],
    ['string TrimEnd(char trimChar)', (text: string, [trimChar]: [Char]) => trimWith(text, [trimChar.toString()], false, true)],
    ['string TrimEnd(Params char[] trimChars)', (text: string, [trimChars]: [Char[]]) => trimWith(text, chars(trimChars), false, true)],
    ['string PadLeft(int totalWidth)', (text: string, [totalWidth]: [number]) => pad(text, totalWidth, undefined, true)],
    ['string PadLeft(int totalWidth, char paddingChar)', (text: string, [totalWidth, paddingChar]: [number, Char]) => pad(text, totalWidth, paddingChar, true)],
    ['string PadRight(int totalWidth)', (text: string, [totalWidth]: [number]) => pad(text, totalWidth, undefined, false)],
    ['string PadRight(int totalWidth, char paddingChar)', (text: string, [totalWidth, paddingChar]: [number, Char]) => pad(text, totalWidth, paddingChar, false)],
    ['string ToUpper()', (text: string) => mapCase(text, true)],
    ['string ToLower()', (text: string) => mapCase(text, false)],
    ['string ToUpperInvariant()', (text: string) => mapCase(text, true)],
    ['string ToLowerInvariant()', (text: string) => mapCase(text, false)],
    ['string Insert(int startIndex, string value)', (text: string, [startIndex, value]: [number, string]) => insert(text, startIndex, value)],
    ['string Remove(int startIndex)', (text: string, [startIndex]: [number]) => remove(text, startIndex)],
    ['string Remove(int startIndex, int count)', (text: string, [startIndex, count]: [number, number]) => remove(text, startIndex, count)],
    ['char[] ToCharArray()', (text: string) => toCharArray(text)],
    ['char[] ToCharArray(int startIndex, int length)', (text: string, [startIndex, length]: [number, number]) => toCharArray(text, startIndex, length)],
    ['bool Equals(string value)', (text: string, [value]: [string | null]) => equalsWith(text, value, undefined)],
    ['bool Equals(string value, System.StringComparison comparisonType)', (text: string, [value, comparison]: [string | null, PSObject]) => equalsWith(text, value, comparison)],
    ['int CompareTo(string strB)', (text: string, [other]: [string | null]) => compareWith(text, other, undefined)],
    ['string ToString()', (text: string) => text],
    ['static string Format(string format, Params System.Object[] args)', (_type, [format, args]: [string | null, unknown[]]) => composite(format, args)],
    ['static string Format(System.IFormatProvider provider, string format, Params System.Object[] args)', (_type, [provider, format, args]: [unknown, string | null, unknown[]]) =>
      composite(format, args, provider)],
    ['static string Format(string format, System.Object arg0)', (_type, [format, arg]: [string | null, unknown]) => composite(format, [arg])],
    ['static string Format(string format, System.Object arg0, System.Object arg1)', (_type, [format, ...args]: [string | null, unknown, unknown]) => composite(format, args)],
    ['static string Format(string format, System.Object arg0, System.Object arg1, System.Object arg2)', (_type, [format, ...args]: [string | null, unknown, unknown, unknown]) =>
      composite(format, args)],
    ['static bool IsNullOrEmpty(string value)', (_type, [value]: [string | null]) => value === null || value.length === 0],
    ['static bool IsNullOrWhiteSpace(string value)', (_type, [value]: [string | null]) => value === null || [...value].every(isWhiteSpace)],
    ['static string Join(string separator, Params string[] value)', (_type, [separator, values]: [string | null, (string | null)[]]) => joinValues(separator, values, String)],
    ['static string Join(char separator, Params string[] value)', (_type, [separator, values]: [Char, (string | null)[]]) => joinValues(separator.toString(), values, String)],
    ['static string Concat(Params string[] values)', (_type, [values]: [(string | null)[]]) => joinValues('', values, String)],
    ['static int Compare(string strA, string strB)', (_type, [a, b]: [string | null, string | null]) => compareWith(a, b, undefined)],
    ['static int Compare(string strA, string strB, bool ignoreCase)', (_type, [a, b, ignoreCase]: [string | null, string | null, boolean]) =>
      a === null || b === null ? compareWith(a, b, undefined) : compareStrings(a, b, ignoreCase)],
    ['static int Compare(string strA, string strB, System.StringComparison comparisonType)', (_type, [a, b, comparison]: [string | null, string | null, PSObject]) =>
      compareWith(a, b, comparison)],
    ['static int CompareOrdinal(string strA, string strB)', (_type, [a, b]: [string | null, string | null]) => a === null || b === null ? compareWith(a, b, undefined) : compareOrdinal(a, b)],
    ['static bool Equals(string a, string b)', (_type, [a, b]: [string | null, string | null]) => equalsWith(a, b, undefined)],
    ['static bool Equals(string a, string b, System.StringComparison comparisonType)', (_type, [a, b, comparison]: [string | null, string | null, PSObject]) =>
      equalsWith(a, b, comparison)],
  ],
});

/** Split(string): a null or empty separator leaves the text whole (unlike Split(char[]), it does not mean white space). */
function splitByString(text: string, separator: string | null, count: number | undefined, options: SplitOptions): string[] {
  if (separator === null || separator.length === 0) return splitWhole(text, count, options);
  return split(text, [separator], count, options);
}

function splitWhole(text: string, count: number | undefined, options: SplitOptions): string[] {
  const flags = options === undefined ? 0 : enumNumber(options);
  const value = (flags & 2) !== 0 ? trimWith(text, undefined, true, true) : text;
  if (count === 0 || ((flags & 1) !== 0 && value.length === 0)) return [];
  return [value];
}
