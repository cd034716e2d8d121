import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { getMember, getStaticMember, invokeMethod, invokeStaticMethod, MethodException, MethodInvocationException, construct } from '../../../src/engine/dotnet/index.js';
import { convertTo } from '../../../src/engine/conversion/index.js';
import { resolveType } from '../../../src/engine/types/index.js';
import { Char, createEnumValue } from '../../../src/engine/values/index.js';
import { scriptContext } from './context.js';

const ctx = scriptContext();
const call = (target: unknown, name: string, ...args: unknown[]) => invokeMethod(target, name, args, ctx);
const stringType = { fullName: 'System.String' };
const c = (text: string) => Char.fromString(text);

function conversionError(value: unknown, typeName: string): string {
  try {
    convertTo(value, resolveType(typeName)!);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${String(value)} converts to ${typeName}`);
}

// [expression as written in pwsh, actual, pwsh 7's result]
const cases: [string, () => unknown, unknown][] = [
  ["'hello'.Length", () => getMember('hello', 'Length'), { found: true, value: 5 }],
  ["'hello'.Substring(1)", () => call('hello', 'Substring', 1), 'ello'],
  ["'hello'.Substring(1, 3)", () => call('hello', 'Substring', 1, 3), 'ell'],
  ["'hello'.Substring(5)", () => call('hello', 'Substring', 5), ''],
  ["'hello'.IndexOf('l')", () => call('hello', 'IndexOf', 'l'), 2],
  ["'hello'.IndexOf('l', 3)", () => call('hello', 'IndexOf', 'l', 3), 3],
  ["'hello'.IndexOf('L', 'OrdinalIgnoreCase')", () => call('hello', 'IndexOf', 'L', 'OrdinalIgnoreCase'), 2],
  ["'hello'.IndexOf([char]'o')", () => call('hello', 'IndexOf', c('o')), 4],
  ["'hello'.LastIndexOf('l')", () => call('hello', 'LastIndexOf', 'l'), 3],
  ["'hello'.LastIndexOf('l', 2)", () => call('hello', 'LastIndexOf', 'l', 2), 2],
  ["'hello'.Contains('ell')", () => call('hello', 'Contains', 'ell'), true],
  ["'hello'.Contains('ELL')", () => call('hello', 'Contains', 'ELL'), false],
  ["'hello'.Contains('ELL', 'OrdinalIgnoreCase')", () => call('hello', 'Contains', 'ELL', 'OrdinalIgnoreCase'), true],
  ["'hello'.StartsWith('he')", () => call('hello', 'StartsWith', 'he'), true],
  ["'hello'.StartsWith('HE')", () => call('hello', 'StartsWith', 'HE'), false],
  ["'hello'.StartsWith('HE', 'CurrentCultureIgnoreCase')", () => call('hello', 'StartsWith', 'HE', 'CurrentCultureIgnoreCase'), true],
  ["'hello'.EndsWith('lo')", () => call('hello', 'EndsWith', 'lo'), true],
  ["'a,b,,c'.Split(',')", () => call('a,b,,c', 'Split', ','), ['a', 'b', '', 'c']],
  ["'a,b;c'.Split(',;') (pwsh 7 splits on the whole string)", () => call('a,b;c', 'Split', ',;'), ['a,b;c']],
  ["'a,b;c'.Split([char[]]',;')", () => call('a,b;c', 'Split', [c(','), c(';')]), ['a', 'b', 'c']],
  ["'a,b,,c'.Split(',', 'RemoveEmptyEntries')", () => call('a,b,,c', 'Split', ',', 'RemoveEmptyEntries'), ['a', 'b', 'c']],
  ["'a,b,c'.Split(',', 2)", () => call('a,b,c', 'Split', ',', 2), ['a', 'b,c']],
  ["' a , b '.Split(',', 'TrimEntries')", () => call(' a , b ', 'Split', ',', 'TrimEntries'), ['a', 'b']],
  ["'a b  c'.Split()", () => call('a b  c', 'Split'), ['a', 'b', '', 'c']],
  ["'a--b--c'.Split('--')", () => call('a--b--c', 'Split', '--'), ['a', 'b', 'c']],
  ["'hello'.Replace('l', 'L')", () => call('hello', 'Replace', 'l', 'L'), 'heLLo'],
  ["'hello'.Replace('L', 'x', 'OrdinalIgnoreCase')", () => call('hello', 'Replace', 'L', 'x', 'OrdinalIgnoreCase'), 'hexxo'],
  ["'hello'.Replace('l', $null)", () => call('hello', 'Replace', 'l', null), 'heo'],
  ["'  hi  '.Trim()", () => call('  hi  ', 'Trim'), 'hi'],
  ["'xxhixx'.Trim('x')", () => call('xxhixx', 'Trim', c('x')), 'hi'],
  ["'  hi  '.TrimStart()", () => call('  hi  ', 'TrimStart'), 'hi  '],
  ["'  hi  '.TrimEnd()", () => call('  hi  ', 'TrimEnd'), '  hi'],
  ["\"hi`u{FEFF}\".Trim() keeps BOM (not white space in .NET)", () => call('hi\uFEFF', 'Trim'), 'hi\uFEFF'],
  ["'7'.PadLeft(3, '0')", () => call('7', 'PadLeft', 3, c('0')), '007'],
  ["'ab'.PadRight(4)", () => call('ab', 'PadRight', 4), 'ab  '],
  ["'ab'.PadLeft(1)", () => call('ab', 'PadLeft', 1), 'ab'],
  ["'straße'.ToUpper()", () => call('straße', 'ToUpper'), 'STRAßE'],
  ["'HeLLo'.ToLower()", () => call('HeLLo', 'ToLower'), 'hello'],
  ["'hello'.Insert(2, 'XX')", () => call('hello', 'Insert', 2, 'XX'), 'heXXllo'],
  ["'hello'.Remove(2)", () => call('hello', 'Remove', 2), 'he'],
  ["'hello'.Remove(1, 2)", () => call('hello', 'Remove', 1, 2), 'hlo'],
  ["'ab'.ToCharArray()", () => call('ab', 'ToCharArray'), [c('a'), c('b')]],
  ["'abc'.Equals('abc')", () => call('abc', 'Equals', 'abc'), true],
  ["'abc'.Equals('ABC', 'OrdinalIgnoreCase')", () => call('abc', 'Equals', 'ABC', 'OrdinalIgnoreCase'), true],
  ["'a'.CompareTo('B')", () => call('a', 'CompareTo', 'B'), -1],
  ["'b'.CompareTo('a')", () => call('b', 'CompareTo', 'a'), 1],
  ["[string]::IsNullOrEmpty('')", () => invokeStaticMethod(stringType, 'IsNullOrEmpty', [''], ctx), true],
  ["[string]::IsNullOrEmpty($null)", () => invokeStaticMethod(stringType, 'IsNullOrEmpty', [null], ctx), true],
  ["[string]::IsNullOrWhiteSpace(' `t')", () => invokeStaticMethod(stringType, 'IsNullOrWhiteSpace', [' \t'], ctx), true],
  ["[string]::IsNullOrWhiteSpace('x')", () => invokeStaticMethod(stringType, 'IsNullOrWhiteSpace', ['x'], ctx), false],
  ["[string]::Join(',', 'a', 'b', 'c')", () => invokeStaticMethod(stringType, 'Join', [',', 'a', 'b', 'c'], ctx), 'a,b,c'],
  ["[string]::Join('-', @('a', 'b'))", () => invokeStaticMethod(stringType, 'Join', ['-', ['a', 'b']], ctx), 'a-b'],
  ["[string]::Concat('a', 'b')", () => invokeStaticMethod(stringType, 'Concat', ['a', 'b'], ctx), 'ab'],
  ["[string]::Compare('a', 'B')", () => invokeStaticMethod(stringType, 'Compare', ['a', 'B'], ctx), -1],
  ["[string]::Compare('a', 'A', $true)", () => invokeStaticMethod(stringType, 'Compare', ['a', 'A', true], ctx), 0],
  ["[string]::CompareOrdinal('a', 'c')", () => invokeStaticMethod(stringType, 'CompareOrdinal', ['a', 'c'], ctx), -2],
  ["[string]::Empty", () => getStaticMember(stringType, 'Empty'), { found: true, value: '' }],
  ["[string]::new([char]'x', 3)", () => construct(stringType, [c('x'), 3], ctx), 'xxx'],
  ["[string]::new([char[]]@('a','b'))", () => construct(stringType, [[c('a'), c('b')]], ctx), 'ab'],
  ["'hello'.Split('l', [StringSplitOptions]::RemoveEmptyEntries)", () => call('hello', 'Split', 'l', createEnumValue('System.StringSplitOptions', 'RemoveEmptyEntries', 1)), ['he', 'o']],
];

for (const [expression, actual, expected] of cases) {
  test(expression, () => {
    assert.equal(actual(), expected);
  });
}

// [expression, pwsh's error type, FullyQualifiedErrorId, message]
const errors: [string, () => unknown, Function, string, string][] = [
  [
    "'hello'.Substring(6)",
    () => call('hello', 'Substring', 6),
    MethodInvocationException,
    'ArgumentOutOfRangeException',
    `Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter 'startIndex')"`,
  ],
  [
    "'hello'.Substring(2, 9)",
    () => call('hello', 'Substring', 2, 9),
    MethodInvocationException,
    'ArgumentOutOfRangeException',
    `Exception calling "Substring" with "2" argument(s): "Index and length must refer to a location within the string. (Parameter 'length')"`,
  ],
  ["'hello'.Substring()", () => call('hello', 'Substring'), MethodException, 'MethodCountCouldNotFindBest', 'Cannot find an overload for "Substring" and the argument count: "0".'],
  ["'hello'.Foo()", () => call('hello', 'Foo'), MethodException, 'MethodNotFound', "Method invocation failed because [System.String] does not contain a method named 'Foo'."],
  [
    "'hello'.Replace('', 'x')",
    () => call('hello', 'Replace', '', 'x'),
    MethodInvocationException,
    'ArgumentException',
    `Exception calling "Replace" with "2" argument(s): "The value cannot be an empty string. (Parameter 'oldValue')"`,
  ],
  [
    "'a'.Split(',', 'Bogus')",
    () => call('a', 'Split', ',', 'Bogus'),
    MethodException,
    'MethodArgumentConversionInvalidCastArgument',
    // The inner text is the conversion module's [System.StringSplitOptions]'Bogus' error.
    `Cannot convert argument "options", with value: "Bogus", for "Split" to type "System.StringSplitOptions": "${conversionError('Bogus', 'System.StringSplitOptions')}"`,
  ],
  ["[string]::Foo()", () => invokeStaticMethod(stringType, 'Foo', [], ctx), MethodException, 'MethodNotFound', "Method invocation failed because [System.String] does not contain a method named 'Foo'."],
];

for (const [expression, action, type, errorId, message] of errors) {
  test(`${expression} fails as in pwsh`, () => {
    try {
      action();
      assert.unreachable('should have thrown');
    } catch (error) {
      assert.instance(error, type);
      assert.is((error as { errorId: string }).errorId, errorId);
      assert.is((error as Error).message, message);
    }
  });
}

test('hostile sizes fail fast with OutOfMemoryException instead of allocating', () => {
  for (const action of [() => call('x', 'PadLeft', 2147483647), () => construct(stringType, [c('x'), 2000000000], ctx)]) {
    try {
      action();
      assert.unreachable('should have thrown');
    } catch (error) {
      assert.instance(error, MethodInvocationException);
      assert.is((error as MethodInvocationException).errorId, 'OutOfMemoryException');
      assert.ok((error as Error).message.endsWith(`"Exception of type 'System.OutOfMemoryException' was thrown."`));
    }
  }
});

test("'hello'.Substring without parentheses lists the overloads", () => {
  const result = getMember('hello', 'Substring');
  assert.ok(result.found);
  assert.is(String((result as { value: unknown }).value), 'string Substring(int startIndex), string Substring(int startIndex, int length)');
  assert.is(call((result as { value: unknown }).value, 'Invoke', 2), 'llo');
});

test.run();
