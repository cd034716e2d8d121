import { test } from 'uvu';
import { PSObject } from '../../../src/engine/values/index.js';
import * as assert from 'uvu/assert';
import { ClixmlError, deserializeClixml, importClixmlDocument, serializeClixml, type ClixmlErrorKind } from '../../../src/remoting/clixml/index.js';

function refused(input: string | Uint8Array, kind: ClixmlErrorKind, options = {}): void {
  try {
    deserializeClixml(input, options);
  } catch (error) {
    assert.instance(error, ClixmlError, `expected a ClixmlError, got ${String(error)}`);
    assert.is((error as ClixmlError).kind, kind, (error as Error).message);
    return;
  }
  assert.unreachable(`accepted: ${typeof input === 'string' ? input.slice(0, 80) : 'bytes'}`);
}

test('DOCTYPE and entity declarations are refused (billion laughs, external entities)', () => {
  refused('<!DOCTYPE S [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><S>&b;</S>', 'Doctype');
  refused('<!DOCTYPE S SYSTEM "file:///etc/passwd"><S>x</S>', 'Doctype');
  refused('<S>&unknown;</S><!ENTITY x "y">', 'Doctype');
});

test('10,000-deep nesting is refused without exhausting the stack', () => {
  refused('<Obj><LST>'.repeat(5000) + '</LST></Obj>'.repeat(5000), 'TooDeep');
  refused('<Obj RefId="0"><MS>' + '<Obj N="a"><MS>'.repeat(5000) + '</MS></Obj>'.repeat(5000) + '</MS></Obj>', 'TooDeep');
  refused('<Obj><LST>'.repeat(10), 'TooDeep', { maxDepth: 8 });
});

test('oversized documents are refused before parsing', () => {
  const huge = '<S>' + 'x'.repeat(1024 * 1024) + '</S>';
  refused(huge, 'TooLarge', { maxBytes: 1024 * 1024 });
  assert.is((deserializeClixml(huge) as string).length, 1024 * 1024, 'a 1 MB string is fine under the default limit');
  refused(new Uint8Array(70 * 1024 * 1024), 'TooLarge');
});

test('truncated and malformed XML is refused', () => {
  const whole = serializeClixml(['a', 1, null]);
  for (let cut = 1; cut < whole.length; cut += 7) refused(whole.slice(0, cut), 'Malformed');
  refused('<Obj><S>a</Obj>', 'Malformed');
  refused('<S a=1>x</S>', 'Malformed');
  refused('<S N="a" N="b">x</S>', 'Malformed');
  refused('<S>x</S><S>y</S>', 'Malformed');
  refused('', 'Malformed');
  refused(Uint8Array.of(0x3c, 0x53, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x53, 0x3e), 'Encoding');
});

test('well-formed XML that is not CLIXML is refused with a typed error', () => {
  refused('<Bogus/>', 'UnknownElement');
  refused('<Obj><Bogus/></Obj>', 'UnknownElement');
  refused('<Obj><S>a</S><S>b</S></Obj>', 'UnknownElement');
  refused('<Obj>text</Obj>', 'UnknownElement');
  refused('<S><S>nested</S></S>', 'UnknownElement');
  refused('<Obj><TN><X/></TN></Obj>', 'UnknownElement');
  refused('<S xmlns="urn:other">x</S>', 'UnknownElement');
  refused('<Obj RefId="0"><DCT><Bogus/></DCT></Obj>', 'UnknownElement');
  refused('<Objs><S>a</S></Objs>', 'UnknownElement');
  assert.throws(() => importClixmlDocument('<S>a</S>'), (error: unknown) => error instanceof ClixmlError && error.kind === 'UnknownElement');
});

test('bad primitive text is refused', () => {
  const bad: [string, string][] = [
    ['I32', '2147483648'],
    ['I32', '1.5'],
    ['I32', ''],
    ['By', '256'],
    ['SB', '-129'],
    ['U16', '-1'],
    ['U32', '4294967296'],
    ['U64', '-1'],
    ['I64', '9223372036854775808'],
    ['I64', '9'.repeat(10_000)],
    ['C', '65536'],
    ['B', 'yes'],
    ['Db', '1,5'],
    ['Sg', 'one'],
    ...['.', '+', '-.', 'e5', '.e5', '1e', '1e+', '1..2', '--1', '1 e5', '0x10', '1_000'].map((text): [string, string] => ['Db', text]),
    ['D', '1.2.3'],
    ['D', '1e5'],
    ['D', '1' + '0'.repeat(40)],
    ['DT', '2010-13-01T00:00:00'],
    ['DT', '2010-02-29T00:00:00Z'],
    ['DT', 'yesterday'],
    ['DT', '2010-10-11T12:13:14+14:01'],
    ['TS', 'P'],
    ['TS', 'PT'],
    ['TS', 'P99999999999999D'],
    ['G', 'not-a-guid'],
    ['Version', '1'],
    ['Version', '1.2.3.4.5'],
    ['BA', 'A===='],
    ['SS', '*'],
  ];
  for (const [tag, text] of bad) refused(`<${tag}>${text}</${tag}>`, 'InvalidValue');
});

test('a quarter megabyte of digits in a number is refused without quadratic work', () => {
  const digits = '1'.repeat(256 * 1024);
  for (const tag of ['I32', 'I64', 'U64', 'Db', 'Sg', 'D', 'TS', 'C', 'Version', 'DT']) {
    refused(`<${tag}>${digits}x</${tag}>`, 'InvalidValue');
  }
  refused(`<TS>P${digits}D</TS>`, 'InvalidValue');
  refused(`<D>${digits}</D>`, 'InvalidValue');
  refused(`<I64>${digits}</I64>`, 'InvalidValue');
});

test('references must point backwards to something defined', () => {
  refused('<Ref RefId="0"/>', 'UnknownReference');
  refused('<Obj RefId="0"><LST><Ref RefId="1"/></LST></Obj>', 'UnknownReference');
  refused('<Obj RefId="0"><TNRef RefId="0"/></Obj>', 'UnknownReference');
  refused('<Ref/>', 'MissingName');
});

test('properties and dictionary entries need their names', () => {
  refused('<Obj RefId="0"><MS><S>no name</S></MS></Obj>', 'MissingName');
  refused('<Obj RefId="0"><Props><S>no name</S></Props></Obj>', 'MissingName');
  refused('<Obj RefId="0"><DCT><En><S N="Key">k</S></En></DCT></Obj>', 'MissingName');
  refused('<Obj RefId="0"><DCT><En><S N="Key">k</S><S N="Key">k</S><S N="Value">v</S></En></DCT></Obj>', 'MissingName');
  refused('<Obj RefId="0"><DCT><En><Nil N="Key"/><S N="Value">v</S></En></DCT></Obj>', 'InvalidValue');
});

test('many references to one large object do not multiply memory', () => {
  const big = 'x'.repeat(100_000);
  const xml = `<Obj RefId="0"><LST><Obj RefId="1"><LST><S>${big}</S></LST></Obj>${'<Ref RefId="1"/>'.repeat(50_000)}</LST></Obj>`;
  const value = (deserializeClixml(xml) as PSObject).baseObject as unknown[];
  assert.is(value.length, 50_001);
  assert.ok(value[0] === value[50_000]);
});

test('values psh has no CLIXML form for are refused when writing', () => {
  for (const value of [new Map(), Symbol('s'), () => 1, 1n << 64n]) {
    assert.throws(() => serializeClixml(value), (error: unknown) => error instanceof ClixmlError && error.kind === 'Unserializable');
  }
});

test("values nested more than 50 levels deep are cut there with pwsh's DeserializationTooDeep text, as pwsh's serializer does", () => {
  let deep: unknown[] = [];
  const root = deep;
  for (let i = 0; i < 5000; i++) deep.push((deep = []));
  const xml = serializeClixml(root);
  assert.is(xml.split('<LST>').length - 1, 49);
  assert.ok(xml.includes('<LST><S>Serialized XML is nested too deeply.</S></LST>'));
  let level = deserializeClixml(xml) as unknown;
  for (let i = 0; i < 49; i++) level = (level as unknown[])[0];
  assert.is(level, 'Serialized XML is nested too deeply.');
});

test.run();
