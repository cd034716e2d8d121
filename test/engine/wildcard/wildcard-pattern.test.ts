import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { containsWildcardCharacters, escapeWildcard, unescapeWildcard, WildcardPattern, WildcardPatternException } from '../../../src/engine/wildcard/index.js';

// [pattern, text, case-insensitive result, case-sensitive result], as pwsh's -like / -clike answer.
const cases: [string, string, boolean, boolean][] = [
  ['a*', 'abc', true, true],
  ['A*', 'abc', true, false],
  ['*c', 'abc', true, true],
  ['a?c', 'abc', true, true],
  ['a?c', 'ac', false, false],
  ['a[bc]*', 'abz', true, true],
  ['a[bc]*', 'adz', false, false],
  ['[a-c]x', 'bx', true, true],
  ['[a-c]x', 'Bx', true, false],
  ['[]]', ']', true, true],
  ['a`*', 'a*', true, true],
  ['a`*', 'ab', false, false],
  ['a`[b', 'a[b', true, true],
  ['`', '', true, true],
  ['a`', 'a`', true, true],
  ['', '', true, true],
  ['', 'a', false, false],
  ['*', '', true, true],
  ['**a**', 'bab', true, true],
  ['*a*b*c*', 'xaybzc', true, true],
  ['*a*b*c*', 'xaybz', false, false],
];

test('matches as pwsh WildcardPattern does, case-insensitive by default', () => {
  for (const [pattern, text, ignoringCase, withCase] of cases) {
    assert.is(new WildcardPattern(pattern).isMatch(text), ignoringCase, `'${text}' -like '${pattern}'`);
    assert.is(new WildcardPattern(pattern, { caseSensitive: true }).isMatch(text), withCase, `'${text}' -clike '${pattern}'`);
  }
});

test('an unclosed [ or a backwards range is WildcardPattern_Invalid with pwsh\'s text', () => {
  for (const pattern of ['[abc', 'a[', '[z-a]']) {
    try {
      new WildcardPattern(pattern);
      assert.unreachable(`'${pattern}' should be rejected`);
    } catch (error) {
      assert.instance(error, WildcardPatternException);
      assert.is((error as WildcardPatternException).message, `The specified wildcard character pattern is not valid: ${pattern}`);
      assert.is((error as WildcardPatternException).errorId, 'WildcardPattern_Invalid');
    }
  }
});

test('hostile patterns match in bounded time', () => {
  const pattern = new WildcardPattern('*a'.repeat(200) + 'b');
  assert.is(pattern.isMatch('a'.repeat(5000)), false);
});

test('escape and wildcard detection', () => {
  assert.is(escapeWildcard('a*b?[c]`'), 'a`*b`?`[c`]``');
  assert.ok(new WildcardPattern(escapeWildcard('a*b?[c]')).isMatch('a*b?[c]'));
  assert.ok(containsWildcardCharacters('a*'));
  assert.not.ok(containsWildcardCharacters('a`*'));
  assert.not.ok(containsWildcardCharacters('abc'));
});

// [WildcardPattern]::Unescape's answers in pwsh 7.
const unescapes: [string, string][] = [
  ['a`*b`?`[c`]', 'a*b?[c]'],
  ['a``b', 'a`b'],
  ['a`b', 'a`b'],
  ['dir`name`.txt', 'dir`name`.txt'],
  ['a```b', 'a``b'],
  ['a`', 'a`'],
];

for (const [pattern, text] of unescapes) {
  test(`Unescape(${pattern}) is ${text}`, () => assert.is(unescapeWildcard(pattern), text));
}

test.run();
