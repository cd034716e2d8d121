/** System.Char: the Unicode category tests and case mapping of [char]. */
import { Char } from '../../values/index.js';
import { argumentException, DotNetException } from '../errors.js';
import { defineType, type MethodImplementation } from '../member-table.js';
import { isWhiteSpace, mapCase } from '../text.js';

/** Char.IsX tests by Unicode general category, for a char or for `s[index]`. */
const categoryTests: Record<string, (unit: string) => boolean> = {
  IsDigit: (unit) => /\p{Nd}/u.test(unit),
  IsLetter: (unit) => /\p{L}/u.test(unit),
  IsLetterOrDigit: (unit) => /[\p{L}\p{Nd}]/u.test(unit),
  IsNumber: (unit) => /\p{N}/u.test(unit),
  IsUpper: (unit) => /\p{Lu}/u.test(unit),
  IsLower: (unit) => /\p{Ll}/u.test(unit),
  IsPunctuation: (unit) => /\p{P}/u.test(unit),
  IsSymbol: (unit) => /\p{S}/u.test(unit),
  IsSeparator: (unit) => /\p{Z}/u.test(unit),
  IsControl: (unit) => /\p{Cc}/u.test(unit),
  IsWhiteSpace: isWhiteSpace,
  IsSurrogate: (unit) => /[\ud800-\udfff]/.test(unit),
  IsHighSurrogate: (unit) => /[\ud800-\udbff]/.test(unit),
  IsLowSurrogate: (unit) => /[\udc00-\udfff]/.test(unit),
};

function unitAt(text: string | null, index: number): string {
  if (text === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 's');
  if (index < 0 || index >= text.length) throw argumentException('System.ArgumentOutOfRangeException', 'Index was out of range. Must be non-negative and less than the size of the collection.', 'index');
  return text[index]!;
}

const tests: (readonly [string, MethodImplementation])[] = Object.entries(categoryTests).flatMap(([name, test]) => [
  [`static bool ${name}(char c)`, (_type: unknown, [c]: [Char]) => test(c.toString())] as const,
  [`static bool ${name}(string s, int index)`, (_type: unknown, [text, index]: [string | null, number]) => test(unitAt(text, index))] as const,
]);

defineType({
  fullName: 'System.Char',
  staticProperties: {
    MaxValue: { type: 'char', get: () => new Char(0xffff) },
    MinValue: { type: 'char', get: () => new Char(0) },
  },
  methods: [
    ...tests,
    ['static char ToUpper(char c)', (_type, [c]: [Char]) => Char.fromString(mapCase(c.toString(), true))],
    ['static char ToLower(char c)', (_type, [c]: [Char]) => Char.fromString(mapCase(c.toString(), false))],
    ['static char ToUpperInvariant(char c)', (_type, [c]: [Char]) => Char.fromString(mapCase(c.toString(), true))],
    ['static char ToLowerInvariant(char c)', (_type, [c]: [Char]) => Char.fromString(mapCase(c.toString(), false))],
    ['static char Parse(string s)', (_type, [text]: [string | null]) => {
      if (text === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 's');
      if (text.length !== 1) throw new DotNetException('System.FormatException', 'String must be exactly one character long.');
      return Char.fromString(text);
    }],
    ['static string ConvertFromUtf32(int utf32)', (_type, [codePoint]: [number]) => {
      if (codePoint < 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
        throw argumentException('System.ArgumentOutOfRangeException', 'A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).', 'utf32');
      }
      return String.fromCodePoint(codePoint);
    }],
    ['static int ConvertToUtf32(string s, int index)', (_type, [text, index]: [string | null, number]) => {
      unitAt(text, index);
      return text!.codePointAt(index)!;
    }],
    ['int CompareTo(char value)', (c: Char, [other]: [Char]) => c.code - other.code],
    ['bool Equals(char obj)', (c: Char, [other]: [Char]) => c.code === other.code],
    ['string ToString()', (c: Char) => c.toString()],
  ],
});
