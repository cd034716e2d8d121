import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { construct, getMember, invokeMethod, invokeStaticMethod, MethodInvocationException, Regex } from '../../../src/engine/dotnet/index.js';
import { objectToString } from '../../../src/engine/conversion/index.js';
import { resolveType } from '../../../src/engine/types/index.js';
import { typeNamesOf } from '../../../src/engine/values/index.js';
import { scriptContext } from './context.js';

const ctx = scriptContext();
const regexType = resolveType('regex')!;
const stat = (name: string, ...args: unknown[]) => invokeStaticMethod(regexType, name, args, ctx);
const call = (target: unknown, name: string, ...args: unknown[]) => invokeMethod(target, name, args, ctx);
const value = (target: unknown, name: string) => {
  const result = getMember(target, name);
  return result.found ? result.value : 'NOT FOUND';
};

test('[regex]::Match: Success, Value, Index, Length and Groups by number and name', () => {
  const match = stat('Match', 'order 42 of 7', '(?<n>\\d+) of (\\d+)');
  assert.equal(typeNamesOf(match)[0], 'System.Text.RegularExpressions.Match');
  assert.is(value(match, 'Success'), true);
  assert.is(value(match, 'Value'), '42 of 7');
  assert.is(value(match, 'Index'), 6);
  assert.is(value(match, 'Length'), 7);
  const groups = value(match, 'Groups');
  assert.is(value(groups, 'Count'), 3);
  // .NET numbers unnamed groups first: (\d+) is group 1, (?<n>...) group 2.
  assert.is(value(call(groups, 'get_Item', 1), 'Value'), '7');
  assert.is(value(call(groups, 'get_Item', 'n'), 'Value'), '42');
  assert.is(value(call(groups, 'get_Item', 'n'), 'Index'), 6);
  assert.is(value(call(groups, 'get_Item', 1), 'Index'), 12);
  assert.equal(value(groups, 'Keys'), ['0', '1', 'n']);
  assert.is(call(match, 'ToString'), '42 of 7');
});

test('a failed match', () => {
  const match = stat('Match', 'abc', '\\d');
  assert.is(value(match, 'Success'), false);
  assert.is(value(match, 'Value'), '');
});

test('[regex]::Matches and NextMatch', () => {
  const matches = stat('Matches', 'a1b22c333', '\\d+');
  assert.is(value(matches, 'Count'), 3);
  assert.equal(value(matches, 'Value'), ['1', '22', '333']);
  assert.equal(value(matches, 'Index'), [1, 3, 6]);
  const first = stat('Match', 'a1b22c333', '\\d+');
  const second = call(first, 'NextMatch');
  assert.is(value(second, 'Value'), '22');
  assert.is(value(call(call(second, 'NextMatch'), 'NextMatch'), 'Success'), false);
  assert.equal(value(stat('Matches', 'abc', 'x*'), 'Count'), 4);
});

// [pwsh expression, actual, pwsh 7's result]
const cases: [string, () => unknown, unknown][] = [
  ["[regex]::IsMatch('abc', 'B')", () => stat('IsMatch', 'abc', 'B'), false],
  ["[regex]::IsMatch('abc', 'B', 'IgnoreCase')", () => stat('IsMatch', 'abc', 'B', 'IgnoreCase'), true],
  ["[regex]::Replace('a1b2', '\\d', '#')", () => stat('Replace', 'a1b2', '\\d', '#'), 'a#b#'],
  ["[regex]::Replace('John Smith', '(\\w+) (\\w+)', '$2, $1')", () => stat('Replace', 'John Smith', '(\\w+) (\\w+)', '$2, $1'), 'Smith, John'],
  ["[regex]::Replace('2024-01-31', '(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)', '${d}.${m}.${y}')", () => stat('Replace', '2024-01-31', '(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)', '${d}.${m}.${y}'), '31.01.2024'],
  ["[regex]::Split('a1b22c', '\\d+')", () => stat('Split', 'a1b22c', '\\d+'), ['a', 'b', 'c']],
  ["[regex]::Split('a-b', '(-)') keeps captures", () => stat('Split', 'a-b', '(-)'), ['a', '-', 'b']],
  ["[regex]::Split('abc', '')", () => stat('Split', 'abc', ''), ['', 'a', 'b', 'c', '']],
  ["[regex]::Escape('a.b*c [x] #1')", () => stat('Escape', 'a.b*c [x] #1'), 'a\\.b\\*c\\ \\[x]\\ \\#1'],
  ["[regex]::Escape(\"tab`there\")", () => stat('Escape', 'tab\there'), 'tab\\there'],
  ["[regex]::Unescape('a\\.b\\t')", () => stat('Unescape', 'a\\.b\\t'), 'a.b\t'],
  ["[regex]::new('\\d').Replace('a1b2c3', 'X', 2)", () => call(construct(regexType, ['\\d'], ctx), 'Replace', 'a1b2c3', 'X', 2), 'aXbXc3'],
  ["[regex]::new('b', 'IgnoreCase').IsMatch('ABC')", () => call(construct(regexType, ['b', 'IgnoreCase'], ctx), 'IsMatch', 'ABC'), true],
  ["[regex]::new('x').ToString()", () => call(construct(regexType, ['x'], ctx), 'ToString'), 'x'],
  ["[regex]::new('(a)(?<b>b)').GetGroupNames()", () => call(construct(regexType, ['(a)(?<b>b)'], ctx), 'GetGroupNames'), ['0', '1', 'b']],
];

for (const [expression, actual, expected] of cases) {
  test(expression, () => {
    assert.equal(actual(), expected);
  });
}

test('[regex]::Replace with a script block evaluator gets the Match', () => {
  const twice = ctx.block('[int]$args[0].Value * 2', (_, args) => [Number(value(args[0], 'Value')) * 2]);
  assert.is(stat('Replace', 'a1b20', '\\d+', twice), 'a2b40');
});

test('the regex type converts from a string and reports its options', () => {
  const regex = construct(regexType, ['x', 'IgnoreCase, Multiline'], ctx) as Regex;
  assert.is(objectToString(value(regex, 'Options')), 'IgnoreCase, Multiline');
  assert.ok(regexType.isInstance(regex));
});

test('an invalid pattern fails when the regex is built', () => {
  assert.throws(() => stat('Match', 'x', '('), (error: unknown) => error instanceof MethodInvocationException && error.errorId === 'ArgumentException');
});

test.run();
