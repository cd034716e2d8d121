import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { convertTo, RuntimeException, toPSString } from '../../../src/engine/conversion/index.js';
import { defineEnum } from '../../../src/engine/dotnet/enums.js';
import { binaryOperation, unaryOperation } from '../../../src/engine/operators/index.js';
import { typeOf } from '../../../src/engine/types/index.js';
import { Char, Hashtable, NumericValue } from '../../../src/engine/values/index.js';
import { testContext } from './context.js';

const context = testContext();

/** pwsh's view of a result: `$r.GetType().FullName` and "$r" (arrays element by element). */
function shown(value: unknown): string {
  if (Array.isArray(value)) return `@(${value.map(shown).join(', ')})`;
  return `${typeOf(value)?.fullName ?? '$null'} ${toPSString(value)}`;
}

const int16 = (value: number) => NumericValue.integer('System.Int16', value);
const uint32 = (value: number) => NumericValue.integer('System.UInt32', value);
const decimal = (text: string) => NumericValue.decimal(text);

// [left, operator, right, pwsh 7's result]
const cases: [unknown, string, unknown, string][] = [
  [2147483647, '+', 1, 'System.Double 2147483648'],
  [-2147483648, '-', 1, 'System.Double -2147483649'],
  [65536, '*', 65536, 'System.Double 4294967296'],
  [5n, '+', 1, 'System.Int64 6'],
  [9223372036854775807n, '+', 1, 'System.Double 9.223372036854776E+18'],
  [5, '/', 2, 'System.Double 2.5'],
  [4, '/', 2, 'System.Int32 2'],
  [-7, '%', 3, 'System.Int32 -1'],
  [0, '*', -1, 'System.Int32 0'],
  [-4, '%', 2, 'System.Int32 0'],
  [0, '/', -5, 'System.Int32 0'],
  [-2147483648, '/', -1, 'System.Double 2147483648'],
  [-2147483648, '%', -1, 'System.Int32 0'],
  [46341, '*', 46341, 'System.Double 2147488281'],
  [2147483648, '-', 1, 'System.Double 2147483647'],
  [1.5, '+', 1.5, 'System.Double 3'],
  [1e300, '*', 1e300, 'System.Double Infinity'],
  [7.5, '%', 2, 'System.Double 1.5'],
  [1, '+', 1.5, 'System.Double 2.5'],
  [0.5, '+', 0.5, 'System.Double 1'],
  [int16(1), '+', int16(2), 'System.Int32 3'],
  [uint32(1), '+', 1, 'System.UInt32 2'],
  [uint32(1), '-', -1, 'System.Int64 2'],
  [uint32(0), '-', 1, 'System.Double -1'],
  [decimal('1.10'), '+', 1, 'System.Decimal 2.10'],
  [decimal('1'), '/', 3, 'System.Decimal 0.3333333333333333333333333333'],
  [decimal('10.00'), '/', decimal('4'), 'System.Decimal 2.50'],
  [decimal('2.5'), '*', decimal('1.5'), 'System.Decimal 3.75'],
  [1, '+', decimal('0.5'), 'System.Decimal 1.5'],
  [true, '+', 1, 'System.Int32 2'],
  [1, '+', new Char(97), 'System.Int32 98'],
  [1, '+', '2', 'System.Int32 3'],
  [1, '+', '0x10', 'System.Int32 17'],
  [1, '+', '1.5', 'System.Double 2.5'],
  ['1', '+', 2, 'System.String 12'],
  ['a', '+', [1, 2], 'System.String a1 2'],
  ['a', '+', null, 'System.String a'],
  [new Char(97), '+', 1, 'System.String a1'],
  ['10', '-', 3, 'System.Int32 7'],
  ['10', '/', '4', 'System.Double 2.5'],
  ['', '-', '', 'System.Int32 0'],
  [null, '+', 5, 'System.Int32 5'],
  [null, '+', 'x', 'System.String x'],
  [null, '-', 5, 'System.Int32 -5'],
  [null, '*', 5, '$null '],
  ['ab', '*', 3, 'System.String ababab'],
  ['ab', '*', '2', 'System.String abab'],
  ['ab', '*', 0, 'System.String '],
  [[1], '*', 3, '@(System.Int32 1, System.Int32 1, System.Int32 1)'],
  [[1, 2], '+', 3, '@(System.Int32 1, System.Int32 2, System.Int32 3)'],
  [[1], '+', [2, 3], '@(System.Int32 1, System.Int32 2, System.Int32 3)'],
  [[], '+', null, '@($null )'],
];

test('arithmetic gives pwsh\'s values and types', () => {
  for (const [left, operator, right, expected] of cases) {
    assert.is(shown(binaryOperation(operator, left, right, context)), expected, `${shown(left)} ${operator} ${shown(right)}`);
  }
});

test('hashtables add into a new table; a shared key is .NET\'s duplicate-key error', () => {
  const left = Hashtable.from({ a: 1 });
  const sum = binaryOperation('+', left, Hashtable.from({ b: 2 }), context) as Hashtable;
  assert.equal([...sum.keys()], ['a', 'b']);
  assert.equal([...left.keys()], ['a']);
  assert.ok((binaryOperation('+', Hashtable.from({ a: 1 }, true), Hashtable.from({ b: 2 }), context) as Hashtable).ordered);
  assert.throws(
    () => binaryOperation('+', Hashtable.from({ a: 1 }), Hashtable.from({ A: 2 }), context),
    (error: Error) => error.message === "Item has already been added. Key in dictionary: 'a'  Key being added: 'A'",
  );
  assert.throws(
    () => binaryOperation('+', Hashtable.from({ a: 1 }), 1, context),
    (error: Error) => error.message === 'A hash table can only be added to another hash table.' && (error as RuntimeException).errorId === 'AddHashTableToNonHashTable',
  );
});

// [left, operator, right, message, error id]
const errors: [unknown, string, unknown, string, string][] = [
  [1, '/', 0, 'Attempted to divide by zero.', 'RuntimeException'],
  [1, '%', 0, 'Attempted to divide by zero.', 'RuntimeException'],
  [decimal('1'), '/', 0, 'Attempted to divide by zero.', 'RuntimeException'],
  [[1], '-', 1, "Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'.", 'MethodNotFound'],
  [Hashtable.from({}), '*', 2, "Method invocation failed because [System.Collections.Hashtable] does not contain a method named 'op_Multiply'.", 'MethodNotFound'],
  [1, '+', 'abc', 'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."', 'InvalidCastFromStringToInteger'],
  ['abc', '-', 1, 'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."', 'InvalidCastFromStringToInteger'],
];

test('failing arithmetic throws pwsh\'s errors', () => {
  for (const [left, operator, right, message, errorId] of errors) {
    try {
      binaryOperation(operator, left, right, context);
      assert.unreachable(`${shown(left)} ${operator} ${shown(right)} should fail`);
    } catch (error) {
      assert.instance(error, RuntimeException);
      assert.is((error as RuntimeException).message, message);
      assert.is((error as RuntimeException).errorId, errorId);
    }
  }
  assert.is(shown(binaryOperation('/', 1.5, 0, context)), 'System.Double Infinity');
});

test('huge repetitions fail instead of exhausting memory', () => {
  assert.throws(() => binaryOperation('*', 'abc', 2 ** 30, context), (error: Error) => error.message === "Exception of type 'System.OutOfMemoryException' was thrown.");
  assert.throws(() => binaryOperation('*', [1, 2], 2 ** 30, context), (error: Error) => error.message === "Exception of type 'System.OutOfMemoryException' was thrown.");
});

test('types with operator methods are asked for them', () => {
  const withOperators = testContext();
  withOperators.callOperatorMethod = (methodName, left, right) => ({ found: methodName === 'op_Addition', value: `${String(left)}|${String(right)}` });
  const date = { toString: () => 'date' };
  assert.is(binaryOperation('+', date, 1, withOperators), 'date|1');
});

test('unary operators', () => {
  const table: [string, unknown, string][] = [
    ['-', 5, 'System.Int32 -5'],
    ['-', -2147483648, 'System.Double 2147483648'],
    ['-', '5', 'System.Int32 -5'],
    ['-', 1.5, 'System.Double -1.5'],
    ['+', '5', 'System.Int32 5'],
    ['-not', 0, 'System.Boolean True'],
    ['!', 'x', 'System.Boolean False'],
    ['-bnot', 0, 'System.Int32 -1'],
    ['-bnot', 5n, 'System.Int64 -6'],
    ['++', 1, 'System.Int32 2'],
    ['postfix--', 1, 'System.Int32 0'],
    ['++', null, 'System.Int32 1'],
    [',', 1, '@(System.Int32 1)'],
    ['-join', [1, 2, 3], 'System.String 123'],
    ['-split', ' a b\t c ', '@(System.String a, System.String b, System.String c)'],
  ];
  for (const [operator, operand, expected] of table) assert.is(shown(unaryOperation(operator, operand, context)), expected, `${operator} ${shown(operand)}`);
});

test('bitwise operators on a flags enum give the enum, named as pwsh names it', () => {
  // pwsh 7: ([System.IO.FileAttributes]::ReadOnly -bor 'Hidden').GetType().FullName and .ToString()
  const access = defineEnum('PshTest.Access', { None: 0, Read: 1, Write: 2, Execute: 4 }, true);
  const read = convertTo('Read', access);
  const cases: [string, unknown, string][] = [
    ['-bor', convertTo('Write', access), 'PshTest.Access Read, Write'],
    ['-bor', 4, 'PshTest.Access Read, Execute'],
    ['-band', 3, 'PshTest.Access Read'],
    ['-bxor', 1, 'PshTest.Access None'],
  ];
  for (const [operator, right, expected] of cases) assert.is(shown(binaryOperation(operator, read, right, context)), expected, operator);
  assert.is(shown(unaryOperation('-bnot', convertTo(-8, access), context)), 'PshTest.Access Read, Write, Execute');
});

test.run();
