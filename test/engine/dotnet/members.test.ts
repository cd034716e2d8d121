import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { getMember, invokeMethod, MethodException, RuntimeException, setMember } from '../../../src/engine/dotnet/index.js';
import { Hashtable, PSObject } from '../../../src/engine/values/index.js';
import { scriptContext } from './context.js';

const ctx = scriptContext();
const call = (target: unknown, name: string, ...args: unknown[]) => invokeMethod(target, name, args, ctx);
const value = (target: unknown, name: string) => {
  const result = getMember(target, name);
  return result.found ? result.value : 'NOT FOUND';
};

const person = () => PSObject.customObject({ Name: 'Ann', Age: 41 });

// [pwsh expression, actual, pwsh 7's result]
const cases: [string, () => unknown, unknown][] = [
  ['$p.Name', () => value(person(), 'Name'), 'Ann'],
  ['$p.name (case-insensitive)', () => value(person(), 'name'), 'Ann'],
  ['$p.Missing', () => value(person(), 'Missing'), 'NOT FOUND'],
  ['$p.Count (intrinsic)', () => value(person(), 'Count'), 1],
  ['(5).Count', () => value(5, 'Count'), 1],
  ['(5).Length', () => value(5, 'Length'), 1],
  ['$null.Count', () => value(null, 'Count'), 0],
  ["'abc'.Count (strings have no Count: intrinsic)", () => value('abc', 'Count'), 1],
  ['@(1,2,3).Count', () => value([1, 2, 3], 'Count'), 3],
  ['@(1,2,3).Length', () => value([1, 2, 3], 'Length'), 3],
  ['@{a=1}.a', () => value(Hashtable.from({ a: 1 }), 'a'), 1],
  ['@{a=1}.Count', () => value(Hashtable.from({ a: 1 }), 'Count'), 1],
  ['@{Count=5}.Count (a key wins over the property)', () => value(Hashtable.from({ Count: 5 }), 'Count'), 5],
  ['@{a=1}.b', () => value(Hashtable.from({ a: 1 }), 'b'), null],
  ['@{a=1;b=2}.Keys', () => value(Hashtable.from({ a: 1, b: 2 }), 'Keys'), ['a', 'b']],
  ['@{a=1;b=2}.Values', () => value(Hashtable.from({ a: 1, b: 2 }), 'Values'), [1, 2]],
  ['($p1, $p2).Name (member enumeration)', () => value([person(), PSObject.customObject({ Name: 'Bo' })], 'Name'), ['Ann', 'Bo']],
  ['@($p).Name (one result comes back alone)', () => value([person()], 'Name'), 'Ann'],
  ["('ab', 'cde').Length (the array's own property)", () => value(['ab', 'cde'], 'Length'), 2],
  ["(@('ab'), @('cde','f')).Name: nested collections are searched", () => value([[person()], [PSObject.customObject({ Name: 'Bo' })]], 'Name'), ['Ann', 'Bo']],
  ['($p, 5).Name skips elements without the member', () => value([person(), 5], 'Name'), 'Ann'],
  ['(5, 6).Name', () => value([5, 6], 'Name'), 'NOT FOUND'],
  ["('a', 'b').ToUpper()", () => call(['a', 'b'], 'ToUpper'), ['A', 'B']],
  ["('a,b', 'c').Split(',')", () => call(['a,b', 'c'], 'Split', ','), ['a', 'b', 'c']],
  ['$p.ToString() of a PSCustomObject', () => call(person(), 'ToString'), ''],
  ['@(1,2).ToString()', () => call([1, 2], 'ToString'), 'System.Object[]'],
  ['@{}.ToString()', () => call(new Hashtable(), 'ToString'), 'System.Collections.Hashtable'],
  ['$true.ToString()', () => call(true, 'ToString'), 'True'],
];

for (const [expression, actual, expected] of cases) {
  test(expression, () => {
    assert.equal(actual(), expected);
  });
}

test('member enumeration over a collection that contains itself ends', () => {
  const cyclic: unknown[] = [PSObject.customObject({ Name: 'a' })];
  cyclic.push(cyclic);
  assert.is(value(cyclic, 'Name'), 'a');
  const words: unknown[] = ['a'];
  words.push(words);
  assert.equal(call(words, 'ToUpper'), 'A');
});

test('runaway nesting fails with call depth overflow instead of overflowing the stack', () => {
  let nested: unknown[] = [1];
  for (let i = 0; i < 5000; i++) nested = [nested];
  assert.throws(
    () => value(nested, 'Name'),
    (error: unknown) => error instanceof RuntimeException && error.errorId === 'CallDepthOverflow' && error.message === 'The script failed due to call depth overflow.',
  );
});

test('setting a note property, a hashtable key, and failures', () => {
  const p = person();
  setMember(p, 'age', 42);
  assert.is(p.propertyValue('Age'), 42);
  const table = new Hashtable();
  setMember(table, 'New', 'x');
  assert.is(table.get('new'), 'x');
  assert.throws(
    () => setMember(p, 'Nope', 1),
    (error: unknown) =>
      error instanceof RuntimeException &&
      error.errorId === 'PropertyNotFound' &&
      error.message === "The property 'Nope' cannot be found on this object. Verify that the property exists and can be set.",
  );
  assert.throws(
    () => setMember('abc', 'Length', 1),
    (error: unknown) => error instanceof RuntimeException && error.message === "'Length' is a ReadOnly property." && error.errorId === 'PropertyAssignmentException',
  );
  assert.throws(
    () => setMember(null, 'x', 1),
    (error: unknown) => error instanceof RuntimeException && error.errorId === 'PropertyNotFound',
  );
});

test('calling a method on $null, and a missing method on an array or an empty array', () => {
  assert.throws(
    () => call(null, 'Foo'),
    (error: unknown) => error instanceof RuntimeException && error.errorId === 'InvokeMethodOnNull' && error.message === 'You cannot call a method on a null-valued expression.',
  );
  assert.throws(
    () => call([], 'Foo'),
    (error: unknown) => error instanceof MethodException && error.message === "Method invocation failed because [System.Object[]] does not contain a method named 'Foo'.",
  );
  assert.throws(
    () => call([1, 2], 'Foo'),
    (error: unknown) => error instanceof MethodException && error.message === "Method invocation failed because [System.Int32] does not contain a method named 'Foo'.",
  );
});

// .ForEach() and .Where(), with script blocks run through the evaluator's callback.
const double = ctx.block('$_ * 2', (item) => [(item as number) * 2]);
const even = ctx.block('$_ % 2 -eq 0', (item) => [(item as number) % 2 === 0]);
const big = ctx.block('$_ -gt 3', (item) => [(item as number) > 3]);
const withArgs = ctx.block('$_ + $args[0]', (item, args) => [(item as number) + (args[0] as number)]);
const nothing = ctx.block('', () => []);

const intrinsic: [string, () => unknown, unknown][] = [
  ['(1..3).ForEach({$_ * 2})', () => call([1, 2, 3], 'ForEach', double), [2, 4, 6]],
  ['(5).ForEach({$_ * 2})', () => call(5, 'ForEach', double), [10]],
  ['(1,2).ForEach({$_ + $args[0]}, 10)', () => call([1, 2], 'ForEach', withArgs, 10), [11, 12]],
  ["($p1,$p2).ForEach('Name')", () => call([person(), PSObject.customObject({ Name: 'Bo' })], 'ForEach', 'Name'), ['Ann', 'Bo']],
  ["('a','b').ForEach('ToUpper')", () => call(['a', 'b'], 'ForEach', 'ToUpper'), ['A', 'B']],
  ["('a,b','c').ForEach('Split', ',')", () => call(['a,b', 'c'], 'ForEach', 'Split', ','), [['a', 'b'], ['c']]],
  ['(1..6).Where({$_ % 2 -eq 0})', () => call([1, 2, 3, 4, 5, 6], 'Where', even), [2, 4, 6]],
  ["(1..6).Where({$_ % 2 -eq 0}, 'First')", () => call([1, 2, 3, 4, 5, 6], 'Where', even, 'First'), [2]],
  ["(1..6).Where({$_ % 2 -eq 0}, 'First', 2)", () => call([1, 2, 3, 4, 5, 6], 'Where', even, 'First', 2), [2, 4]],
  ["(1..6).Where({$_ % 2 -eq 0}, 'Last')", () => call([1, 2, 3, 4, 5, 6], 'Where', even, 'Last'), [6]],
  ["(1..6).Where({$_ % 2 -eq 0}, 'Last', 2)", () => call([1, 2, 3, 4, 5, 6], 'Where', even, 'Last', 2), [4, 6]],
  ["(1..6).Where({$_ -gt 3}, 'SkipUntil')", () => call([1, 2, 3, 4, 5, 6], 'Where', big, 'SkipUntil'), [4, 5, 6]],
  ["(1..6).Where({$_ -gt 3}, 'Until')", () => call([1, 2, 3, 4, 5, 6], 'Where', big, 'Until'), [1, 2, 3]],
  ["(1..6).Where({$_ -gt 3}, 'Split')", () => call([1, 2, 3, 4, 5, 6], 'Where', big, 'Split'), [[4, 5, 6], [1, 2, 3]]],
  ["(1..6).Where({$_ -gt 3}, 'Split', 1)", () => call([1, 2, 3, 4, 5, 6], 'Where', big, 'Split', 1), [[4], [1, 2, 3, 5, 6]]],
  ['(1..3).Where({})', () => call([1, 2, 3], 'Where', nothing), []],
  ["(1..5).Where($null, 'Last', 2)", () => call([1, 2, 3, 4, 5], 'Where', null, 'Last', 2), [4, 5]],
];

for (const [expression, actual, expected] of intrinsic) {
  test(expression, () => {
    assert.equal(actual(), expected);
  });
}

test(".Where() with a mode that does not exist fails with pwsh's conversion error", () => {
  assert.throws(
    () => call([1], 'Where', even, 'Sometimes'),
    (error: unknown) =>
      error instanceof MethodException &&
      error.errorId === 'MethodArgumentConversionInvalidCastArgument' &&
      error.message.startsWith(
        'Cannot convert argument "mode", with value: "Sometimes", for "Where" to type "System.Management.Automation.WhereOperatorSelectionMode": "Cannot convert value "Sometimes" to type "System.Management.Automation.WhereOperatorSelectionMode"',
      ),
  );
});

test.run();
