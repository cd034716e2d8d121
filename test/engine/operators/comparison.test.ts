import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { convertTo, RuntimeException, toPSString } from '../../../src/engine/conversion/index.js';
import { defineEnum } from '../../../src/engine/dotnet/enums.js';
import { binaryOperation } from '../../../src/engine/operators/index.js';
import { resolveType, typeOf } from '../../../src/engine/types/index.js';
import { Char, DateTime, Hashtable, NumericValue, PSObject, Version } from '../../../src/engine/values/index.js';
import { testContext } from './context.js';

const context = testContext();

function shown(value: unknown): string {
  if (Array.isArray(value)) return `@(${value.map(shown).join(', ')})`;
  return `${typeOf(value)?.fullName ?? '$null'} ${toPSString(value)}`;
}

const date = (day: number) => DateTime.fromFields({ year: 2024, month: 1, day, hour: 0, minute: 0, second: 0, fractionTicks: 0 });

// [left, operator, right, pwsh 7's result]
const cases: [unknown, string, unknown, unknown][] = [
  ['10', '-eq', 10, true],
  [10, '-eq', '10', true],
  [10, '-eq', '10.0', true],
  [10, '-eq', '0xA', true],
  [10, '-eq', 'ten', false],
  [1000, '-eq', '1,000', true],
  ['10', '-eq', '10.0', false],
  ['abc', '-eq', 'ABC', true],
  ['abc', '-ceq', 'ABC', false],
  ['abc', '-ieq', 'ABC', true],
  [1, '-eq', 1.0, true],
  [1, '-eq', 5n - 4n, true],
  [0.1 + 0.2, '-eq', 0.3, false],
  [NumericValue.decimal('1.0'), '-eq', 1, true],
  [true, '-eq', 'false', true],
  [false, '-eq', '', true],
  [true, '-eq', 1, true],
  [new Char(97), '-eq', 'A', true],
  [new Char(97), '-ceq', 'A', false],
  [new Char(97), '-eq', 97, true],
  [null, '-eq', null, true],
  [null, '-eq', 0, false],
  [0, '-eq', null, false],
  ['', '-eq', null, false],
  [null, '-ne', 1, true],
  [1, '-ne', 2, true],
  [date(1), '-eq', date(1), true],
  [date(1), '-eq', '2024-01-01', true],
  [new Version(1, 2), '-eq', '1.2', true],
  [2, '-gt', 1, true],
  [2, '-lt', '10', true],
  ['2', '-lt', 10, false],
  ['a', '-lt', 'B', true],
  ['a', '-clt', 'A', true],
  ['B', '-gt', 'a', true],
  [1.5, '-ge', 1.5, true],
  [5n, '-gt', 4.5, true],
  [NumericValue.uint64(18446744073709551615n), '-gt', -1, true],
  [null, '-lt', 0, true],
  [null, '-lt', -1, false],
  [null, '-lt', 'a', true],
  [-1, '-lt', null, true],
  [0, '-le', null, true],
  [1, '-gt', null, true],
  ['a', '-gt', null, true],
  [date(1), '-lt', date(2), true],
  [new Version(1, 10), '-gt', new Version(1, 9), true],
  [true, '-gt', false, true],
  [[1, 2, 3], '-eq', 2, [2]],
  [[1, 2, 3], '-ne', 2, [1, 3]],
  [[1, 2, 3], '-gt', 1, [2, 3]],
  [['a', 'B', 'c'], '-like', '[ab]', ['a', 'B']],
  [['a', 'B', 'c'], '-clike', '[ab]', ['a']],
  [[1, null, 2], '-eq', null, [null]],
  [[], '-eq', 1, []],
  [[1, 2, 3], '-contains', 2, true],
  [[1, 2, 3], '-contains', '2', true],
  [['a'], '-contains', 'A', true],
  [['a'], '-ccontains', 'A', false],
  [[1, 2], '-notcontains', 3, true],
  ['abc', '-contains', 'b', false],
  ['abc', '-contains', 'ABC', true],
  [2, '-in', [1, 2], true],
  ['A', '-cin', ['a'], false],
  [3, '-notin', [1, 2], true],
  ['abc', '-like', 'a*', true],
  ['abc', '-notlike', 'a*', false],
  ['ABC', '-clike', 'a*', false],
  [5, '-like', '5', true],
  [5, '-is', resolveType('int'), true],
  [5, '-is', 'int', true],
  [5, '-is', resolveType('long'), false],
  [5, '-is', resolveType('ValueType'), true],
  [5, '-is', resolveType('IComparable'), true],
  ['s', '-is', resolveType('System.Collections.IEnumerable'), true],
  [[1], '-is', resolveType('System.Collections.IList'), true],
  [Hashtable.from({}), '-is', resolveType('System.Collections.IDictionary'), true],
  [5, '-is', resolveType('System.Collections.IList'), false],
  [5, '-isnot', resolveType('string'), true],
  [null, '-is', resolveType('object'), false],
  [[1], '-is', resolveType('array'), true],
  [PSObject.customObject({ a: 1 }), '-is', resolveType('pscustomobject'), true],
  [new PSObject(5), '-is', resolveType('int'), true],
  ['5', '-as', resolveType('int'), 5],
  ['x', '-as', resolveType('int'), null],
  ['1.5', '-as', 'double', 1.5],
  [true, '-and', 0, false],
  [true, '-or', 0, true],
  [true, '-xor', 1, false],
  [null, '??', 5, 5],
  [0, '??', 5, 0],
];

test('comparison operators give pwsh\'s answers', () => {
  for (const [left, operator, right, expected] of cases) {
    const result = binaryOperation(operator, left, right, context);
    const label = `${shown(left)} ${operator} ${shown(right)}`;
    if (Array.isArray(expected)) assert.equal(result, expected, label);
    else assert.is(result, expected, label);
  }
});

test('ordering values that do not compare is pwsh\'s error', () => {
  assert.throws(
    () => binaryOperation('-lt', 5, 'abc', context),
    (error: Error) => error.message === 'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."',
  );
  assert.throws(
    () => binaryOperation('-lt', date(1), 'abc', context),
    (error: Error) =>
      (error as RuntimeException).errorId === 'ComparisonFailure' &&
      error.message ===
        'Could not compare "01/01/2024 00:00:00" to "abc". Error: "Cannot convert value "abc" to type "System.DateTime". Error: "String \'abc\' was not recognized as a valid DateTime.""',
  );
  assert.throws(() => binaryOperation('-gt', Hashtable.from({}), Hashtable.from({}), context), (error: Error) => error.message === 'Cannot compare "System.Collections.Hashtable" because it is not IComparable.');
  assert.throws(() => binaryOperation('-is', 5, 'NoSuchType', context), (error: Error) => error.message === "The right operand of '-is' must be a type.");
  assert.throws(() => binaryOperation('-as', 5, 7, context), (error: Error) => error.message === "The right operand of '-as' must be a type.");
});

test('an enum on the left converts the right operand to the enum', () => {
  const dayType = defineEnum('PshTest.Day', { Sunday: 0, Monday: 1, Tuesday: 2 });
  const monday = convertTo('Monday', dayType);
  assert.is(binaryOperation('-eq', monday, 'monday', context), true);
  assert.is(binaryOperation('-eq', monday, 1, context), true);
  assert.is(binaryOperation('-eq', monday, 'Tuesday', context), false);
  assert.is(binaryOperation('-lt', monday, 'Tuesday', context), true);
  assert.is(toPSString(binaryOperation('+', monday, 1, context)), 'Tuesday');
  assert.is(toPSString(binaryOperation('+', monday, 5, context)), '6');
  assert.equal(binaryOperation('-contains', [monday], 'Monday', context), true);
  // a string on the left compares with the enum's name
  assert.is(binaryOperation('-eq', 'monday', monday, context), true);
  assert.is(binaryOperation('-ceq', 'monday', monday, context), false);
  assert.is(binaryOperation('-eq', '1', monday, context), false);
  assert.is(binaryOperation('-gt', 'Tuesday', monday, context), true);
  assert.equal(binaryOperation('-in', 'Monday', [monday], context), true);
});

test.run();
