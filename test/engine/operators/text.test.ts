import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RuntimeException, toPSString } from '../../../src/engine/conversion/index.js';
import { binaryOperation, dotNetRegex, firstMatch, substitute, unaryOperation } from '../../../src/engine/operators/index.js';
import { typeOf } from '../../../src/engine/types/index.js';
import { Regex, RegexMatch } from '../../../src/engine/dotnet/types/regex.js';
import { Char, Hashtable, ScriptBlock } from '../../../src/engine/values/index.js';
import { testContext } from './context.js';

function entries(table: Hashtable | undefined): [unknown, unknown][] {
  return table ? [...table] : [];
}

test('-match sets $Matches with numbered (integer) and named (string) groups that took part', () => {
  const context = testContext();
  assert.is(binaryOperation('-match', 'x', '(?<n>x)', context), true);
  assert.equal(entries(context.matches), [['n', 'x'], [0, 'x']]);
  assert.is(binaryOperation('-match', 'key=value', '^(\\w+)=(?<v>\\w*)(z)?$', context), true);
  assert.equal(entries(context.matches), [['v', 'value'], [1, 'key'], [0, 'key=value']]);
  assert.is(binaryOperation('-match', 'ABC', 'b', context), true);
  assert.is(binaryOperation('-cmatch', 'ABC', 'b', context), false);
  // A failed match leaves $Matches as it was.
  assert.equal(entries(context.matches), [[0, 'B']]);
  assert.is(binaryOperation('-notmatch', 'abc', 'z', context), true);
});

test('a [regex] operand keeps its own options', () => {
  const context = testContext();
  const caseSensitive = new Regex('b');
  assert.is(binaryOperation('-match', 'ABC', caseSensitive, context), false);
  assert.is(binaryOperation('-match', 'ABC', new Regex('b', 1), context), true);
  assert.is(binaryOperation('-replace', 'aBb', [caseSensitive, 'x'], context), 'aBx');
  assert.equal(binaryOperation('-split', 'aBb', caseSensitive, context), ['aB', '']);
});

test('-match on a collection filters it and leaves $Matches alone', () => {
  const context = testContext();
  assert.equal(binaryOperation('-match', ['apple', 'banana', 'cherry'], 'an', context), ['banana']);
  assert.equal(binaryOperation('-notmatch', ['apple', 'banana'], 'an', context), ['apple']);
  assert.is(context.matches, undefined);
});

test('.NET pattern features translate: numbering, anchors, dot, inline options', () => {
  const numbered = dotNetRegex('(?<name>a)(b)');
  assert.equal(numbered.groups.map((group) => [group.name, group.number]), [['1', 1], ['name', 2]]);
  assert.is(substitute('$1$2${name}', firstMatch(numbered, 'ab')!, numbered, 'ab'), 'baa');
  const context = testContext();
  const cases: [string, string, boolean][] = [
    ['a\n', 'a$', true],
    ['a\n', 'a\\z', false],
    ['a\n', 'a\\Z', true],
    ['x\nab', '^ab', false],
    ['x\nab', '(?m)^ab', true],
    ['a\nb', 'a.b', false],
    ['a\nb', '(?s)a.b', true],
    ['a\rb', 'a.b', true],
    ['ABC', '(?-i)abc', false],
    ['ABC', '(?i)abc', true],
    ['abab', '(ab)\\1', true],
    ['baa', '(?<x>b)(a)\\1', true],
    ['bab', '(?<x>b)(a)\\1', false],
    ['a b', '(?x) a \\s b # comment', true],
    ['aXb', "(?'mid'X)", true],
    ['[x]', '[]x]+', true],
    ['ab', '\\Aab\\z', true],
    ['É', '^\\p{Lu}$', true],
    ['é', '(?-i)^\\p{Lu}$', false],
    ['a{', 'a{', true],
    ['a{1', 'a{1', true],
    ['aa', '^a{2}$', true],
    ['a}', 'a}', true],
    ['#1', '\\#\\d', true],
    ['a.c', 'a\\.c', true],
    ['abc', 'a\\.c', false],
    ['[', '[a[]', true],
    [']', '\\]', true],
    ['\u001b', '\\e', true],
  ];
  for (const [input, pattern, expected] of cases) assert.is(binaryOperation('-match', input, pattern, context), expected, `${JSON.stringify(input)} -match '${pattern}'`);
});

test('an invalid pattern is pwsh\'s InvalidRegularExpression', () => {
  for (const pattern of ['[', '(', 'a)', '\\']) {
    assert.throws(
      () => binaryOperation('-match', 'a', pattern, testContext()),
      (error: Error) => error instanceof RuntimeException && error.message === `The regular expression pattern ${pattern} is not valid.`,
      pattern,
    );
  }
});

test('-replace with .NET substitutions, case rules and collections', () => {
  const context = testContext();
  const cases: [unknown, unknown, string | string[]][] = [
    ['abc', ['(b)', '[$1]'], 'a[b]c'],
    ['abc', ['B', 'x'], 'axc'],
    ['abc', 'b', 'ac'],
    ['abc', ['(?<l>b)', '${l}${l}'], 'abbc'],
    ['abc', ['b', '$$'], 'a$c'],
    ['abc', ['b', '[$&]'], 'a[b]c'],
    ['abc', ['b', "$`|$'"], 'aa|cc'],
    ['abc', ['b', '$2'], 'a$2c'],
    ['abc', ['(b)', '$10'], 'ab0c'],
    ['aaa', ['a*', '-'], '--'],
    [['ab', 'cb'], ['b', 'x'], ['ax', 'cx']],
    [5, ['5', 'five'], 'five'],
  ];
  for (const [left, right, expected] of cases) {
    assert.equal(binaryOperation('-replace', left, right, context), expected, `${JSON.stringify(left)} -replace ${JSON.stringify(right)}`);
  }
  assert.is(binaryOperation('-creplace', 'aA', ['a', 'x'], context), 'xA');
  assert.throws(
    () => binaryOperation('-replace', 'a', ['a', 'b', 'c'], context),
    (error: Error) => error.message === 'The -replace operator allows only two elements to follow it, not 3.',
  );
});

test('-replace with a script block gets each Match as $_', () => {
  const seen: unknown[] = [];
  const context = testContext({
    upper: (match) => {
      seen.push(match);
      return [(match as RegexMatch).value.toUpperCase()];
    },
  });
  assert.is(binaryOperation('-replace', 'a1b22', ['\\d+', new ScriptBlock('upper')], context), 'a1b22');
  assert.is(binaryOperation('-replace', 'ab-cd', ['[a-z]+', new ScriptBlock('upper')], context), 'AB-CD');
  const first = seen[2] as RegexMatch;
  assert.instance(first, RegexMatch);
  assert.is(first.index, 0);
  assert.is(typeOf(first)?.fullName, 'System.Text.RegularExpressions.Match');
  assert.is(toPSString(first), 'ab');
});

test('-split: regex, count (from the right when negative), options, captures, predicates', () => {
  const context = testContext({ isComma: (character) => [toPSString(character) === ','] });
  const cases: [unknown, unknown, string[]][] = [
    ['a,b,c', ',', ['a', 'b', 'c']],
    ['a,b,c', [',', 2], ['a', 'b,c']],
    ['a,b,c', [',', -2], ['a,b', 'c']],
    ['a,b,c', [',', 0], ['a', 'b', 'c']],
    ['a.b', '.', ['', '', '', '']],
    ['a.b', ['.', 0, 'SimpleMatch'], ['a', 'b']],
    ['aXbxc', 'x', ['a', 'b', 'c']],
    ['aXbxc', ['x', 0, 'IgnoreCase'], ['a', 'b', 'c']],
    ['a1b2c', '(\\d)', ['a', '1', 'b', '2', 'c']],
    ['abc', '', ['', 'a', 'b', 'c', '']],
    [['a-b', 'c-d'], '-', ['a', 'b', 'c', 'd']],
    ['a,b;c', new ScriptBlock('isComma'), ['a', 'b;c']],
  ];
  for (const [left, right, expected] of cases) {
    assert.equal(binaryOperation('-split', left, right, context), expected, `${JSON.stringify(left)} -split ${JSON.stringify(right)}`);
  }
  assert.equal(binaryOperation('-csplit', 'aXbxc', 'x', context), ['aXb', 'c']);
  assert.equal(unaryOperation('-split', 'a b  c', context), ['a', 'b', 'c']);
  assert.throws(() => binaryOperation('-split', 'a', ['a', 0, 'SimpleMatch,Multiline'], context), (error: Error) => error.message === 'The combination of options with the -split operator is not valid.');
  assert.throws(
    () => binaryOperation('-split', 'a', ['a', 0, 'Bogus'], context),
    (error: Error) =>
      error.message ===
      'Cannot convert value "Bogus" to type "System.Management.Automation.SplitOptions". Error: "Unable to match the identifier name Bogus to a valid enumerator name. Specify one of the following enumerator names and try again:\nSimpleMatch, RegexMatch, CultureInvariant, IgnorePatternWhitespace, Multiline, Singleline, IgnoreCase, ExplicitCapture"',
  );
});

test('-join and -f', () => {
  const context = testContext();
  assert.is(binaryOperation('-join', [1, null, 'a', 2.5], ',', context), '1,,a,2.5');
  assert.is(binaryOperation('-join', 5, ',', context), '5');
  assert.is(binaryOperation('-f', '{0,-10:N2}|', 3.14159, context), '3.14      |');
  assert.is(binaryOperation('-f', '{1:X4}', [0, 255], context), '00FF');
  assert.is(binaryOperation('-f', '{0}-{1}', ['a', 'b'], context), 'a-b');
  assert.is(binaryOperation('-f', '[{0}]', null, context), '[]');
  assert.throws(
    () => binaryOperation('-f', '{1}', [1], context),
    (error: Error) =>
      (error as RuntimeException).errorId === 'FormatError' &&
      error.message === 'Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..',
  );
  assert.throws(() => binaryOperation('-f', '{0', [1], context), (error: Error) => error.message === 'Error formatting a string: Input string was not in a correct format..');
});

test('ranges of numbers and characters', () => {
  const context = testContext();
  assert.equal(binaryOperation('..', 1, 5, context), [1, 2, 3, 4, 5]);
  assert.equal(binaryOperation('..', 5, 1, context), [5, 4, 3, 2, 1]);
  assert.equal(binaryOperation('..', '2', 3.6, context), [2, 3, 4]);
  const letters = binaryOperation('..', 'a', 'e', context) as Char[];
  assert.equal(letters.map(String), ['a', 'b', 'c', 'd', 'e']);
  assert.is(typeOf(letters[0])?.fullName, 'System.Char');
  assert.equal(binaryOperation('..', '1', '3', context), [1, 2, 3], 'one-digit strings count Int32s, as pwsh does');
  assert.throws(() => binaryOperation('..', 1, 'x', context), (error: Error) => error.message.startsWith('Cannot convert value "x" to type "System.Int32".'));
  assert.throws(() => binaryOperation('..', 0, 2147483647, context), (error: Error) => error.message === 'Array dimensions exceeded supported range.');
});

test('bitwise operators and shifts', () => {
  const context = testContext();
  const shown = (value: unknown) => `${typeOf(value)?.fullName} ${toPSString(value)}`;
  const cases: [unknown, string, unknown, string][] = [
    [5, '-band', 3, 'System.Int32 1'],
    [5, '-bor', 3, 'System.Int32 7'],
    [5, '-bxor', 3, 'System.Int32 6'],
    [5n, '-band', 3, 'System.Int64 1'],
    ['12', '-band', 4, 'System.Int32 4'],
    [5.6, '-band', 7, 'System.Int64 6'],
    [null, '-bor', null, 'System.Int32 0'],
    [1, '-shl', 31, 'System.Int32 -2147483648'],
    [1, '-shl', 32, 'System.Int32 1'],
    [1n, '-shl', 32, 'System.Int64 4294967296'],
    [-8, '-shr', 1, 'System.Int32 -4'],
    ['16', '-shr', '2', 'System.Int32 4'],
  ];
  for (const [left, operator, right, expected] of cases) assert.is(shown(binaryOperation(operator, left, right, context)), expected, `${shown(left)} ${operator} ${shown(right)}`);
  assert.throws(() => binaryOperation('-band', Hashtable.from({}), 1, context), (error: Error) => error.message === "Method invocation failed because [System.Collections.Hashtable] does not contain a method named 'op_BitwiseAnd'.");
});

test.run();
