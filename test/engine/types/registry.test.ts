import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { acceleratorNameOf, isTypeValue, parseTypeNameText, registerType, resolveType, typeOf, type PSTypeInfo } from '../../../src/engine/types/index.js';
import { Char, Hashtable, NumericValue, PSObject, ScriptBlock } from '../../../src/engine/values/index.js';

test('accelerators and names resolve case-insensitively, System. optional', () => {
  const table: [string, string][] = [
    ['int', 'System.Int32'],
    ['INT32', 'System.Int32'],
    ['System.Int32', 'System.Int32'],
    ['Int32', 'System.Int32'],
    ['long', 'System.Int64'],
    ['short', 'System.Int16'],
    ['ushort', 'System.UInt16'],
    ['uint', 'System.UInt32'],
    ['ulong', 'System.UInt64'],
    ['float', 'System.Single'],
    ['single', 'System.Single'],
    ['double', 'System.Double'],
    ['decimal', 'System.Decimal'],
    ['byte', 'System.Byte'],
    ['sbyte', 'System.SByte'],
    ['char', 'System.Char'],
    ['bool', 'System.Boolean'],
    ['string', 'System.String'],
    ['object', 'System.Object'],
    ['array', 'System.Array'],
    ['hashtable', 'System.Collections.Hashtable'],
    ['ordered', 'System.Collections.Specialized.OrderedDictionary'],
    ['pscustomobject', 'System.Management.Automation.PSObject'],
    ['psobject', 'System.Management.Automation.PSObject'],
    ['scriptblock', 'System.Management.Automation.ScriptBlock'],
    ['datetime', 'System.DateTime'],
    ['timespan', 'System.TimeSpan'],
    ['guid', 'System.Guid'],
    ['version', 'System.Version'],
    ['uri', 'System.Uri'],
    ['xml', 'System.Xml.XmlDocument'],
    ['type', 'System.Type'],
    ['switch', 'System.Management.Automation.SwitchParameter'],
    ['void', 'System.Void'],
    ['bigint', 'System.Numerics.BigInteger'],
    ['ref', 'System.Management.Automation.PSReference'],
    ['int[]', 'System.Int32[]'],
    ['string[][]', 'System.String[][]'],
    ['int[,]', 'System.Int32[,]'],
    [' System.Object [] ', 'System.Object[]'],
  ];
  for (const [name, fullName] of table) assert.is(resolveType(name)?.fullName, fullName, name);
  assert.is(resolveType('NoSuch.Type'), null);
  assert.is(resolveType('int['), null);
  assert.is(resolveType(''), null);
});

test('generic types are built from registered definitions, once', () => {
  const made: string[] = [];
  const definition: PSTypeInfo = {
    fullName: 'PshTest.Generic.Box`1',
    name: 'Box`1',
    baseTypeNames: ['System.Object'],
    genericParameterCount: 1,
    isInstance: () => false,
    makeGenericType: ([element]) => {
      made.push(element!.fullName);
      return { fullName: `PshTest.Generic.Box\`1[${element!.fullName}]`, name: 'Box`1', baseTypeNames: ['System.Object'], genericArguments: [element!], isInstance: () => false };
    },
  };
  registerType(definition);
  const listOfString = resolveType('PshTest.Generic.Box[string]');
  assert.is(listOfString?.fullName, 'PshTest.Generic.Box`1[System.String]');
  assert.is(resolveType('Box[string]', ['PshTest.Generic']), listOfString);
  assert.is(resolveType('Box[string]'), null);
  assert.is(resolveType('PshTest.Generic.Box[[System.String]]'), listOfString);
  assert.is(resolveType('PshTest.Generic.Box[string][]')?.fullName, 'PshTest.Generic.Box`1[System.String][]');
  assert.is(resolveType('PshTest.Generic.Box[string,int]'), null);
  assert.equal(made, ['System.String']);
  assert.ok(isTypeValue(listOfString));
});

test('typeOf reports what GetType() does', () => {
  const table: [unknown, string][] = [
    [1, 'System.Int32'],
    [1.5, 'System.Double'],
    [2 ** 31, 'System.Double'],
    [5n, 'System.Int64'],
    ['s', 'System.String'],
    [true, 'System.Boolean'],
    [NumericValue.double(2), 'System.Double'],
    [NumericValue.decimal('1'), 'System.Decimal'],
    [new Char(65), 'System.Char'],
    [[1], 'System.Object[]'],
    [new Uint8Array(1), 'System.Byte[]'],
    [new Hashtable(), 'System.Collections.Hashtable'],
    [new Hashtable(true), 'System.Collections.Specialized.OrderedDictionary'],
    [PSObject.customObject({ a: 1 }), 'System.Management.Automation.PSCustomObject'],
    [new PSObject(5), 'System.Int32'],
    [new ScriptBlock('1'), 'System.Management.Automation.ScriptBlock'],
    [resolveType('int'), 'System.RuntimeType'],
  ];
  for (const [value, fullName] of table) assert.is(typeOf(value)?.fullName, fullName, fullName);
  assert.is(typeOf(null), null);
});

test('isInstance follows the type hierarchy', () => {
  const int = resolveType('int')!;
  assert.ok(int.isInstance(5));
  assert.not.ok(int.isInstance(5.5));
  assert.not.ok(int.isInstance('5'));
  assert.ok(resolveType('ValueType')!.isInstance(5));
  assert.ok(resolveType('object')!.isInstance('x'));
  assert.not.ok(resolveType('object')!.isInstance(null));
  assert.ok(resolveType('array')!.isInstance([]));
  assert.ok(resolveType('object[]')!.isInstance([1]));
  assert.not.ok(resolveType('int[]')!.isInstance([1]));
  assert.ok(resolveType('byte[]')!.isInstance(new Uint8Array(0)));
  assert.ok(resolveType('hashtable')!.isInstance(new Hashtable(true)));
  assert.not.ok(resolveType('ordered')!.isInstance(new Hashtable()));
  assert.ok(resolveType('type')!.isInstance(resolveType('int')));
});

test('types print as their accelerator', () => {
  assert.is(acceleratorNameOf(resolveType('System.Int32')!), 'int');
  assert.is(acceleratorNameOf(resolveType('System.Single')!), 'float');
  assert.is(acceleratorNameOf(resolveType('System.ValueType')!), undefined);
});

test('type name text parses nested generics and array ranks', () => {
  assert.equal(parseTypeNameText('a.b[c[d],e][][,]'), {
    name: 'a.b',
    genericArguments: [
      { name: 'c', genericArguments: [{ name: 'd', genericArguments: [], arrayRanks: [] }], arrayRanks: [] },
      { name: 'e', genericArguments: [], arrayRanks: [] },
    ],
    arrayRanks: [1, 2],
  });
  assert.is(parseTypeNameText('a['.repeat(100) + 'b' + ']'.repeat(100)), null);
  assert.is(parseTypeNameText('a]'), null);
});

test('a bracketed type argument may name its assembly, as a FullName does', () => {
  const int32 = { name: 'System.Int32', genericArguments: [], arrayRanks: [] };
  assert.equal(parseTypeNameText('L`1[[System.Int32, System.Private.CoreLib, Version=9.0.0.0]]'), { name: 'L`1', genericArguments: [int32], arrayRanks: [] });
  assert.equal(parseTypeNameText('L[[L[[System.Int32, A]], A], [System.Int32]][]'), {
    name: 'L',
    genericArguments: [{ name: 'L', genericArguments: [int32], arrayRanks: [] }, int32],
    arrayRanks: [1],
  });
  assert.is(parseTypeNameText('L[[System.Int32, A'), null);
  assert.is(resolveType('System.Collections.Generic.List[[System.Int32, System.Private.CoreLib]]')?.fullName, resolveType('System.Collections.Generic.List[int]')?.fullName);
});

test.run();
