import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  Char,
  DateTime,
  Guid,
  Hashtable,
  NumericValue,
  PSMemberSet,
  PSNoteProperty,
  PSObject,
  ScriptBlock,
  SecureString,
  TimeSpan,
  Uri,
  Version,
  XmlDocument,
  createEnumValue,
  isEnumValue,
} from '../../../src/engine/values/index.js';
import {
  deserializeClixml,
  exportClixmlDocument,
  importClixmlDocument,
  powerShellNamespace,
  serializeClixml,
} from '../../../src/remoting/clixml/index.js';
import { canonicalClixml } from './clixml-canonical.js';
import { valuesEqual } from './values-equal.js';

const primitives: [string, unknown, string][] = [
  ['string', 'text', '<S>text</S>'],
  ['empty string', '', '<S/>'],
  ['boolean', false, '<B>false</B>'],
  ['Int32', -2147483648, '<I32>-2147483648</I32>'],
  ['Double', 0.1, '<Db>0.1</Db>'],
  ['integral Double', NumericValue.double(2), '<Db>2</Db>'],
  ['Double beyond Int32', 4294967296, '<Db>4294967296</Db>'],
  ['large Double', 1e21, '<Db>1E+21</Db>'],
  ['small Double', 1e-7, '<Db>1E-07</Db>'],
  ['negative zero', -0, '<Db>-0</Db>'],
  ['infinity', -Infinity, '<Db>-INF</Db>'],
  ['NaN', NaN, '<Db>NaN</Db>'],
  ['Int64', -9223372036854775808n, '<I64>-9223372036854775808</I64>'],
  ['UInt64', NumericValue.uint64(18446744073709551615n), '<U64>18446744073709551615</U64>'],
  ['Byte', NumericValue.integer('System.Byte', 254), '<By>254</By>'],
  ['SByte', NumericValue.integer('System.SByte', -127), '<SB>-127</SB>'],
  ['Int16', NumericValue.integer('System.Int16', -32767), '<I16>-32767</I16>'],
  ['UInt16', NumericValue.integer('System.UInt16', 65535), '<U16>65535</U16>'],
  ['UInt32', NumericValue.integer('System.UInt32', 4294967295), '<U32>4294967295</U32>'],
  ['Single', NumericValue.single(12.34), '<Sg>12.34</Sg>'],
  ['Decimal', NumericValue.decimal('79228162514264337593543950335'), '<D>79228162514264337593543950335</D>'],
  ['Decimal with scale', NumericValue.decimal('-0.1000'), '<D>-0.1000</D>'],
  ['Char', new Char(0xd800), '<C>55296</C>'],
  ['DateTime local', DateTime.parseRoundtrip('2010-10-11T12:13:14.1234567+02:00'), '<DT>2010-10-11T12:13:14.1234567+02:00</DT>'],
  ['DateTime UTC', DateTime.parseRoundtrip('0001-01-01T00:00:00Z'), '<DT>0001-01-01T00:00:00Z</DT>'],
  ['DateTime unspecified', DateTime.parseRoundtrip('9999-12-31T23:59:59.9999999'), '<DT>9999-12-31T23:59:59.9999999</DT>'],
  ['TimeSpan', new TimeSpan(-(86_400n * 10_000_000n + 5n)), '<TS>-P1DT0.0000005S</TS>'],
  ['Guid', new Guid('792E5B37-4505-47EF-B7D2-8711BB7AFFA8'), '<G>792e5b37-4505-47ef-b7d2-8711bb7affa8</G>'],
  ['Uri', new Uri('http://x/_x0041_'), '<URI>http://x/_x005F_x0041_</URI>'],
  ['Version', new Version(6, 2, 1), '<Version>6.2.1</Version>'],
  ['XmlDocument', new XmlDocument('<a>b</a>'), '<XD>&lt;a&gt;b&lt;/a&gt;</XD>'],
  ['ScriptBlock', new ScriptBlock('get-command\n-type cmdlet'), '<SBK>get-command_x000A_-type cmdlet</SBK>'],
  ['SecureString', new SecureString(Uint8Array.of(1, 2, 3)), '<SS>AQID</SS>'],
  ['byte[]', Uint8Array.of(1, 2, 3, 4), '<BA>AQIDBA==</BA>'],
  ['null', null, '<Nil/>'],
];

for (const [label, value, xml] of primitives) {
  test(`${label} is written as ${xml} and read back`, () => {
    assert.is(serializeClixml(value), xml);
    assert.ok(valuesEqual(deserializeClixml(xml), value), `read ${String(deserializeClixml(xml))}`);
  });
}

test('a Double that looks integral stays a Double; an Int32 stays an Int32', () => {
  const back = deserializeClixml('<Obj RefId="0"><LST><Db>2</Db><I32>2</I32><Db>2.5</Db></LST></Obj>') as PSObject;
  const [double, int, fraction] = back.baseObject as unknown[];
  assert.instance(double, NumericValue);
  assert.is((double as NumericValue).typeName, 'System.Double');
  assert.is(int, 2);
  assert.is(fraction, 2.5);
});

test('numbers are read in every form XmlConvert accepts, not only as written', () => {
  const read: [string, number][] = [
    ['<Db>1.</Db>', 1],
    ['<Db>.5</Db>', 0.5],
    ['<Db> +1.5e-3 </Db>', 0.0015],
    ['<Db>1.E5</Db>', 100000],
    ['<Db>-2.5E+2</Db>', -250],
    ['<Sg>0.25</Sg>', 0.25],
  ];
  for (const [xml, expected] of read) {
    const value = deserializeClixml(xml);
    assert.is(value instanceof NumericValue ? value.value : value, expected, xml);
  }
  assert.is((deserializeClixml('<D>+.50</D>') as NumericValue).value, '0.50');
});

test('repeated objects become <Ref>, repeated type names <TNRef>, numbered as Windows does', () => {
  const shared = PSObject.customObject({ X: 1 });
  const list = [shared, shared, PSObject.customObject({ Y: 2 })];
  const xml = serializeClixml(list);
  assert.is(
    xml,
    '<Obj RefId="0"><TN RefId="0"><T>System.Object[]</T><T>System.Array</T><T>System.Object</T></TN><LST>' +
      '<Obj RefId="1"><TN RefId="1"><T>System.Management.Automation.PSCustomObject</T><T>System.Object</T></TN><MS><I32 N="X">1</I32></MS></Obj>' +
      '<Ref RefId="1"/>' +
      '<Obj RefId="2"><TNRef RefId="1"/><MS><I32 N="Y">2</I32></MS></Obj>' +
      '</LST></Obj>',
  );
  const back = deserializeClixml(xml) as unknown[];
  assert.ok(back[0] === back[1], 'the shared object is one object again');
  assert.ok(back[0] !== back[2]);
});

test('cycles survive: an object containing itself, a list containing itself, a hashtable containing itself', () => {
  const object = PSObject.customObject({ Name: 'loop' });
  object.addNoteProperty('Self', object);
  const list: unknown[] = [1];
  list.push(list);
  const table = new Hashtable();
  table.set('me', table);
  for (const value of [object, list, table]) {
    const back = deserializeClixml(serializeClixml(value), { markDeserialized: false });
    assert.ok(valuesEqual(back, value));
  }
  const back = deserializeClixml(serializeClixml(object)) as PSObject;
  assert.ok(back.propertyValue('Self') === back);
});

test('a list that contains itself and carries a note (its shape known only after its items) refers to itself', () => {
  const list: unknown[] = [1];
  const object = new PSObject(list, ['System.Object[]', 'System.Array', 'System.Object']);
  object.addNoteProperty('Note', 'x');
  list.push(object);
  const xml = serializeClixml(object);
  assert.match(xml, /<LST><I32>1<\/I32><Ref RefId="0"\/><\/LST><MS>/);
  const back = deserializeClixml(xml) as PSObject;
  assert.instance(back, PSObject);
  assert.ok((back.baseObject as unknown[])[1] === back, 'the reference inside is the object itself');
  assert.is(back.propertyValue('Note'), 'x');
  // Type names after the content: the same list is bare, and its reference to itself too.
  const bare = deserializeClixml('<Obj RefId="0"><LST><Ref RefId="0"/></LST><TN RefId="0"><T>System.Object[]</T></TN></Obj>') as unknown[];
  assert.ok(Array.isArray(bare) && bare[0] === bare);
});

test('containers: hashtables keep order and key types, ordered dictionaries stay ordered, stacks and queues keep their element', () => {
  const table = Hashtable.from([['b', 1], [2, 'two'], [2n, 'long'], ['B', 'replaced']]);
  assert.is(table.size, 3);
  const ordered = Hashtable.from({ z: 1, a: 2 }, true);
  const stack = new PSObject([3, 2, 1], ['System.Collections.Stack', 'System.Object']);
  const queue = new PSObject([1, 2, 3], ['System.Collections.Generic.Queue`1[[System.Int32]]', 'System.Object']);
  const value = [table, ordered, stack, queue];
  const xml = serializeClixml(value);
  assert.match(xml, /<STK><I32>3<\/I32>/);
  assert.match(xml, /<QUE><I32>1<\/I32>/);
  assert.match(xml, /<T>System.Collections.Specialized.OrderedDictionary<\/T>/);
  const back = deserializeClixml(xml) as unknown[];
  assert.ok(valuesEqual(back[0], table));
  assert.ok(valuesEqual(back[1], ordered));
  assert.equal((back[2] as PSObject).typeNames, ['Deserialized.System.Collections.Stack', 'Deserialized.System.Object']);
  assert.equal((back[2] as PSObject).baseObject, [3, 2, 1]);
  assert.match(serializeClixml(back), /<STK>/);
});

test('enums are written as Windows writes them and read back as enum values', () => {
  const color = createEnumValue('System.ConsoleColor', 'Blue', 9);
  const xml = serializeClixml(color);
  assert.is(
    canonicalClixml(xml),
    canonicalClixml(
      '<Obj RefId="0"><TN RefId="0"><T>System.ConsoleColor</T><T>System.Enum</T><T>System.ValueType</T><T>System.Object</T></TN><ToString>Blue</ToString><I32>9</I32></Obj>',
    ),
  );
  const back = deserializeClixml(xml) as PSObject;
  assert.ok(isEnumValue(back));
  assert.is(back.baseObject, 9);
  assert.is(back.toStringText, 'Blue');
  assert.is(back.typeNames[0], 'Deserialized.System.ConsoleColor');
});

test('adapted properties, extended properties and member sets stay apart', () => {
  const point = new PSObject(undefined, ['System.Drawing.Point', 'System.ValueType', 'System.Object']);
  point.adaptedProperties.add(new PSNoteProperty('X', 1));
  point.addNoteProperty('Label', 'here');
  const set = new PSMemberSet('PSStandardMembers');
  set.members.add(new PSMemberSet('Inner'));
  point.members.add(set);
  const xml = serializeClixml(point);
  assert.match(xml, /<Props><I32 N="X">1<\/I32><\/Props>/);
  assert.match(xml, /<MS><S N="Label">here<\/S><MS N="PSStandardMembers"><MS N="Inner"\/><\/MS><\/MS>/);
  const back = deserializeClixml(xml, { markDeserialized: false }) as PSObject;
  assert.is(back.members.get('psstandardmembers')?.memberType, 'MemberSet');
  assert.is(back.property('label')?.value, 'here');
  assert.is(back.adaptedProperties.get('x')?.value, 1);
  assert.not.ok(back.members.has('X'));
});

test('depth as pwsh counts it: note properties and container items stay at their owner\'s depth, adapted properties go one deeper', () => {
  const inner = PSObject.customObject({ C: 1 });
  inner.toStringText = 'inner!';
  const middle = PSObject.customObject({ B: inner, Table: Hashtable.from({ k: inner }), Color: createEnumValue('System.ConsoleColor', 'Red', 12) });
  const outer = PSObject.customObject({ A: middle });
  // Note properties are the object's own (instance) members: a tree of custom objects is written
  // whole at depth 1, as pwsh's serializer does.
  const one = deserializeClixml(serializeClixml(outer, { depth: 1 }), { markDeserialized: false });
  assert.ok(valuesEqual(one, outer));
  // Out of depth, an object is its ToString text; a list or dictionary is still written, its items at the same depth.
  const atZero = deserializeClixml(serializeClixml([inner, Hashtable.from({ k: inner })], { depth: 0 })) as unknown[];
  assert.is(atZero[0], 'inner!');
  assert.is((atZero[1] as Hashtable).get('k'), 'inner!');
  // Adapted properties (read back from another serializer's <Props>) go one level deeper.
  const adapted = deserializeClixml(
    '<Obj RefId="0"><TN RefId="0"><T>Some.Type</T></TN><ToString>outer</ToString><Props><Obj N="P" RefId="1"><ToString>nested</ToString><MS><I32 N="X">1</I32></MS></Obj></Props></Obj>',
  );
  const again = deserializeClixml(serializeClixml(adapted, { depth: 1 })) as PSObject;
  assert.is(again.adaptedProperties.get('P')?.value, 'nested');
  const all = deserializeClixml(serializeClixml(outer), { markDeserialized: false });
  assert.ok(valuesEqual(all, outer));
});

test('an extended primitive keeps its value, notes and absence of type names', () => {
  const xml = '<Obj RefId="0"><S>This is a string</S><MS><S N="Note1">My note</S></MS></Obj>';
  const back = deserializeClixml(xml) as PSObject;
  assert.is(back.baseObject, 'This is a string');
  assert.equal(back.typeNames, []);
  assert.is(back.propertyValue('note1'), 'My note');
  assert.is(canonicalClixml(serializeClixml(back)), canonicalClixml(xml));
});

test('Export-Clixml documents: <Objs> root in the PowerShell namespace, RefIds shared across values', () => {
  const shared = PSObject.customObject({ N: 1 });
  const text = exportClixmlDocument([shared, 'two', shared]);
  assert.match(text, /^<Objs /);
  assert.match(text, new RegExp(`xmlns="${powerShellNamespace}"`));
  assert.match(text, /Version="1.1.0.1"/);
  const values = importClixmlDocument(text);
  assert.is(values.length, 3);
  assert.is(values[1], 'two');
  assert.ok(values[0] === values[2]);
  const windows =
    '\ufeff<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">\r\n' +
    '  <Obj RefId="0">\r\n    <TN RefId="0">\r\n      <T>System.Management.Automation.PSCustomObject</T>\r\n      <T>System.Object</T>\r\n    </TN>\r\n' +
    '    <MS>\r\n      <S N="a">1</S>\r\n    </MS>\r\n  </Obj>\r\n  <I32>5</I32>\r\n</Objs>';
  const [object, five] = importClixmlDocument(Buffer.from(windows, 'utf8'));
  assert.is((object as PSObject).propertyValue('a'), '1');
  assert.is(five, 5);
  assert.equal(importClixmlDocument(Buffer.from(windows, 'utf16le')).length, 2);
});

test.run();
