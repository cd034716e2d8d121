import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { convertTo, PSInvalidCastException, toPSCustomObject, tryConvertTo } from '../../../src/engine/conversion/index.js';
import { toPSString } from '../../../src/engine/conversion/index.js';
import { defineEnum } from '../../../src/engine/dotnet/enums.js';
import { resolveType, typeOf } from '../../../src/engine/types/index.js';
import { Char, Hashtable, NumericValue, PSObject, PSReference } from '../../../src/engine/values/index.js';

function type(name: string) {
  const resolved = resolveType(name);
  if (!resolved) throw new Error(`type ${name} does not resolve`);
  return resolved;
}

/** What pwsh shows for a value: its type's full name and its string form. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(shown).join(', ')}]`;
  return `${typeOf(value)?.fullName ?? '$null'} ${toPSString(value)}`;
}

// [value, target type, what pwsh gives], from pwsh 7: `[type]value` and `($r).GetType().FullName`.
const conversions: [unknown, string, string][] = [
  [2.5, 'int', 'System.Int32 2'],
  [3.5, 'int', 'System.Int32 4'],
  [-2.5, 'int', 'System.Int32 -2'],
  ['0x1F', 'int', 'System.Int32 31'],
  ['1e3', 'double', 'System.Double 1000'],
  ['1e3', 'int', 'System.Int32 1000'],
  ['  42  ', 'int', 'System.Int32 42'],
  ['', 'int', 'System.Int32 0'],
  ['   ', 'int', 'System.Int32 0'],
  ['1kb', 'long', 'System.Int64 1024'],
  ['-5', 'int', 'System.Int32 -5'],
  ['1,234', 'int', 'System.Int32 1234'],
  ['2.5', 'int', 'System.Int32 2'],
  ['10l', 'int', 'System.Int32 10'],
  ['12.50', 'decimal', 'System.Decimal 12.5'],
  [0.1, 'decimal', 'System.Decimal 0.1'],
  [1 / 3, 'decimal', 'System.Decimal 0.333333333333333'],
  ['Infinity', 'double', 'System.Double Infinity'],
  [255, 'byte', 'System.Byte 255'],
  [true, 'int', 'System.Int32 1'],
  [65, 'char', 'System.Char A'],
  ['A', 'char', 'System.Char A'],
  [new Char(97), 'int', 'System.Int32 97'],
  [5, 'long', 'System.Int64 5'],
  [5, 'double', 'System.Double 5'],
  [5, 'string', 'System.String 5'],
  [1.5, 'string', 'System.String 1.5'],
  [[1, 2, 3], 'string', 'System.String 1 2 3'],
  ['False', 'bool', 'System.Boolean True'],
  ['', 'bool', 'System.Boolean False'],
  [0, 'bool', 'System.Boolean False'],
  [[], 'bool', 'System.Boolean False'],
  [[0], 'bool', 'System.Boolean False'],
  [[0, 0], 'bool', 'System.Boolean True'],
  [[[]], 'bool', 'System.Boolean False'],
  [null, 'int', 'System.Int32 0'],
  [null, 'string', 'System.String '],
  [null, 'bool', 'System.Boolean False'],
  [null, 'object', '$null '],
  [null, 'hashtable', '$null '],
  [5, 'int[]', '[System.Int32 5]'],
  [['1', '2'], 'int[]', '[System.Int32 1, System.Int32 2]'],
  ['ab', 'char[]', '[System.Char a, System.Char b]'],
  [5, 'array', '[System.Int32 5]'],
  ['System.Int32', 'type', 'System.RuntimeType int'],
  ['2024-01-31', 'datetime', 'System.DateTime 01/31/2024 00:00:00'],
  ['01/31/2024 13:14:15', 'datetime', 'System.DateTime 01/31/2024 13:14:15'],
  ['1.02:03:04.5', 'timespan', 'System.TimeSpan 1.02:03:04.5000000'],
  ['01:30', 'timespan', 'System.TimeSpan 01:30:00'],
  ['00:10:00', 'timespan', 'System.TimeSpan 00:10:00'],
  ['1:02:03:04', 'timespan', 'System.TimeSpan 1.02:03:04'],
  ['1.2.3', 'version', 'System.Version 1.2.3'],
  ['{0F8FAD5B-D9CB-469F-A165-70867728950E}', 'guid', 'System.Guid 0f8fad5b-d9cb-469f-a165-70867728950e'],
  [5, 'psobject', 'System.Int32 5'],
  [5, 'void', '$null '],
];

test('convertTo gives pwsh\'s value and type', () => {
  for (const [value, target, expected] of conversions) {
    assert.is(shown(convertTo(value, type(target))), expected, `[${target}]${JSON.stringify(value)}`);
  }
});

// [value, target type, pwsh's message, pwsh's FullyQualifiedErrorId]
const failures: [unknown, string, string, string][] = [
  ['abc', 'int', 'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."', 'InvalidCastFromStringToInteger'],
  ['12abc', 'long', 'Cannot convert value "12abc" to type "System.Int64". Error: "The input string \'12abc\' was not in a correct format."', 'InvalidCastFromStringToInteger'],
  ['3000000000', 'int', 'Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."', 'InvalidCastFromStringToInteger'],
  ['abc', 'double', 'Cannot convert value "abc" to type "System.Double". Error: "The input string \'abc\' was not in a correct format."', 'InvalidCastFromStringToDoubleOrSingle'],
  ['abc', 'decimal', 'Cannot convert value "abc" to type "System.Decimal". Error: "The input string \'abc\' was not in a correct format."', 'InvalidCastFromStringToDecimal'],
  [300, 'byte', 'Cannot convert value "300" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."', 'InvalidCastIConvertible'],
  [-1, 'uint32', 'Cannot convert value "-1" to type "System.UInt32". Error: "Value was either too large or too small for a UInt32."', 'InvalidCastIConvertible'],
  ['ab', 'char', 'Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."', 'InvalidCastIConvertible'],
  [[1, 2], 'int', 'Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".', 'ConvertToFinalInvalidCastException'],
  [null, 'datetime', 'Cannot convert null to type "System.DateTime".', 'InvalidCastFromNull'],
  ['NoSuchType', 'type', 'Cannot convert value "NoSuchType" to type "System.Type". Error: "Unable to find type [NoSuchType]."', 'InvalidCastFromStringToType'],
  ['not a date', 'datetime', 'Cannot convert value "not a date" to type "System.DateTime". Error: "String \'not a date\' was not recognized as a valid DateTime."', 'InvalidCastParseTargetInvocationWithFormatProvider'],
  [Hashtable.from({ a: 1 }), 'int', 'Cannot convert the "System.Collections.Hashtable" value of type "System.Collections.Hashtable" to type "System.Int32".', 'ConvertToFinalInvalidCastException'],
];

test('values that do not convert throw PSInvalidCastException with pwsh\'s text and id', () => {
  for (const [value, target, message, errorId] of failures) {
    try {
      convertTo(value, type(target));
      assert.unreachable(`[${target}]${JSON.stringify(value)} should fail`);
    } catch (error) {
      assert.instance(error, PSInvalidCastException, `[${target}]${JSON.stringify(value)}`);
      assert.is((error as PSInvalidCastException).message, message);
      assert.is((error as PSInvalidCastException).errorId, errorId);
      assert.is((error as PSInvalidCastException).category, 'InvalidArgument');
    }
  }
});

test('hostile number texts fail fast', () => {
  const long = '9'.repeat(200_000);
  assert.throws(() => convertTo(long, type('int')), (error: Error) => error instanceof PSInvalidCastException);
  // Too long to parse digit by digit; read through a double, as pwsh's last resort does.
  assert.is(toPSString(convertTo('1.' + long, type('decimal'))), '2');
  assert.throws(() => convertTo('x'.repeat(100_000), type('double')), (error: Error) => error instanceof PSInvalidCastException);
});

test('-as gives $null where a cast fails', () => {
  assert.is(tryConvertTo('abc', type('int')), null);
  assert.is(tryConvertTo('5', type('int')), 5);
});

test('conversions keep what pwsh keeps', () => {
  const table = Hashtable.from({ a: 1 });
  assert.is(convertTo(table, type('hashtable')), table);
  assert.is(convertTo(table, type('object')), table);
  const wrapped = new PSObject(7);
  assert.is(convertTo(wrapped, type('int')), 7);
  assert.is(convertTo(wrapped, type('psobject')), wrapped);
  const bytes = convertTo([1, 2, 255], type('byte[]'));
  assert.instance(bytes, Uint8Array);
  assert.equal([...(bytes as Uint8Array)], [1, 2, 255]);
  const single = convertTo(1.1, type('float')) as NumericValue;
  assert.is(single.typeName, 'System.Single');
  assert.is(toPSString(single), '1.1');
});

test('typed arrays know their element type', () => {
  const numbers = convertTo(['1', 2], type('int[]'));
  assert.is(typeOf(numbers)?.fullName, 'System.Int32[]');
  assert.ok(type('int[]').isInstance(numbers));
  assert.not.ok(type('object[]').isInstance(numbers));
  assert.is(convertTo(numbers, type('int[]')), numbers);
  const objects = [1, 2];
  assert.is(convertTo(objects, type('object[]')), objects);
  assert.is(typeOf(convertTo(numbers, type('object[]')))?.fullName, 'System.Object[]');
  assert.equal(Object.keys(numbers as object), ['0', '1']);
});

test('[ref] wraps a value in a PSReference, and keeps one', () => {
  const reference = convertTo(5, type('ref')) as PSReference;
  assert.instance(reference, PSReference);
  assert.is(reference.value, 5);
  assert.is(convertTo(reference, type('ref')), reference);
  assert.is((convertTo(null, type('ref')) as PSReference).value, null);
});

test('[pscustomobject] of a hashtable has its keys as properties, in order', () => {
  const object = toPSCustomObject(Hashtable.from([['b', 1], ['a', 2]], true));
  assert.is(toPSString(object), '@{b=1; a=2}');
  assert.is(typeOf(object)?.fullName, 'System.Management.Automation.PSCustomObject');
});

test('enum types convert names and values and reject others with pwsh\'s text', () => {
  const dayOfWeek = defineEnum('Test.Day', { Sunday: 0, Monday: 1, Saturday: 6 });
  assert.is(toPSString(convertTo('monday', dayOfWeek)), 'Monday');
  assert.is(toPSString(convertTo(0, dayOfWeek)), 'Sunday');
  // pwsh's ConvertStringToEnum: Enum.Parse (names or numbers, comma parts OR-ed), then a unique prefix.
  assert.is(toPSString(convertTo('Mon', dayOfWeek)), 'Monday');
  assert.is(toPSString(convertTo('6', dayOfWeek)), 'Saturday');
  assert.is(toPSString(convertTo('Sunday,Monday', dayOfWeek)), 'Monday');
  const fails = (text: string, message: string) => assert.throws(() => convertTo(text, dayOfWeek), (error: Error) => error.message === message);
  fails('Funday', 'Cannot convert value "Funday" to type "Test.Day". Error: "Unable to match the identifier name Funday to a valid enumerator name. Specify one of the following enumerator names and try again:\nSunday, Monday, Saturday"');
  fails('S', 'Cannot convert value "S" to type "Test.Day". Error: "The identifier name S cannot be processed because it is either too similar or identical to the following enumerator names: Sunday, Saturday. Use a more specific identifier name."');
  fails('7', 'Cannot convert value "7" to type "Test.Day" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "Sunday, Monday, Saturday".');
});

test('a flags enum converts from an array or a comma list, and its value reads back as pwsh writes it', () => {
  // pwsh 7: [System.IO.FileAttributes]('ReadOnly','Hidden'), [System.IO.FileAttributes]'ReadOnly, Hidden'...
  const access = defineEnum('Test.Access', { None: 0, Read: 1, Write: 2, Execute: 4 }, true);
  const cases: [unknown, string][] = [
    [['Read', 'Write'], 'Read, Write'],
    ['Read, Write', 'Read, Write'],
    ['write,READ', 'Read, Write'],
    [[1, 'Execute'], 'Read, Execute'],
    [[convertTo('Write', access), 4], 'Write, Execute'],
    [['Read'], 'Read'],
  ];
  for (const [value, text] of cases) assert.is(shown(convertTo(value, access)), `Test.Access ${text}`, JSON.stringify(value));
  assert.throws(
    () => convertTo(['Read', 'Bogus'], access),
    (error: Error) => error.message === 'Cannot convert value "Read,Bogus" to type "Test.Access". Error: "Unable to match the identifier name Read,Bogus to a valid enumerator name. Specify one of the following enumerator names and try again:\nNone, Read, Write, Execute"',
  );
});

test.run();
