import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Hashtable, PSObject } from '../../../src/engine/values/index.js';
import { ClixmlError, deserializeClixml, type ClixmlErrorKind } from '../../../src/remoting/clixml/index.js';

// Properties and dictionary entries written plainly (`<S N="a">text</S>`) are read in one step
// (ClixmlReader.nextPlainChild); everything near that shape must read as the general way reads it.

function members(inner: string): string {
  return `<Obj RefId="0"><MS>${inner}</MS></Obj>`;
}

function property(xml: string, name: string): unknown {
  const value = deserializeClixml(xml);
  assert.instance(value, PSObject);
  return (value as PSObject).propertyValue(name);
}

function refused(xml: string, kind: ClixmlErrorKind, options = {}): void {
  try {
    deserializeClixml(xml, options);
  } catch (error) {
    assert.instance(error, ClixmlError, `expected a ClixmlError, got ${String(error)}`);
    assert.is((error as ClixmlError).kind, kind, `${xml}: ${(error as Error).message}`);
    return;
  }
  assert.unreachable(`accepted: ${xml}`);
}

test('near-plain properties read as written: references, line ends, other quotes, spacing, long text', () => {
  const long = 'x'.repeat(64);
  const cases: [string, string, unknown][] = [
    ['<S N="a">x &amp; y</S>', 'a', 'x & y'],
    ['<S N="a&lt;b">x</S>', 'a<b', 'x'],
    ['<S N="a">x\r\ny</S>', 'a', 'x\ny'],
    ["<S N='a'>x</S>", 'a', 'x'],
    ['<S  N="a" >x</S >', 'a', 'x'],
    ['<S N="a"/>', 'a', ''],
    ['<S N="a"></S>', 'a', ''],
    [`<S N="a">${long}</S>`, 'a', long],
    [`<S N="${long}">y</S>`, long, 'y'],
    ['<S N="a">x<!-- c -->y</S>', 'a', 'xy'],
    ['<S N="a_x0041_">é_x000A_</S>', 'aA', 'é\n'],
    ['<S N="_x0041_b_">_x0042_</S>', 'Ab_', 'B'],
    ['<S N="a_b_">_c_d</S>', 'a_b_', '_c_d'],
    ['<I32 N="a"> 7 </I32>', 'a', 7],
  ];
  for (const [inner, name, expected] of cases) assert.equal(property(members(inner), name), expected, inner);
});

test('near-plain entries of a dictionary read as written', () => {
  const table = deserializeClixml(
    '<Obj RefId="0"><TN RefId="0"><T>System.Collections.Hashtable</T><T>System.Object</T></TN><DCT>' +
      '<En><S N="Key">a</S><I32 N="Value">1</I32></En><En><S N="Key">b &amp; c</S><S N="Value"/></En></DCT></Obj>',
  );
  assert.instance(table, Hashtable);
  assert.equal([...(table as Hashtable)], [['a', 1], ['b & c', '']]);
});

test("an object's ToString and primitive content read as written, plain or not", () => {
  for (const [toString, content, expectedText, expectedBase] of [
    ['Blue', '9', 'Blue', 9],
    ['B&amp;lue', ' 9 ', 'B&lue', 9],
    ['Bl_x0041_ue', '<![CDATA[9]]>', 'BlAue', 9],
  ] as const) {
    const value = deserializeClixml(`<Obj RefId="0"><ToString>${toString}</ToString><I32>${content}</I32></Obj>`);
    assert.instance(value, PSObject);
    assert.is((value as PSObject).toStringText, expectedText);
    assert.is((value as PSObject).baseObject, expectedBase);
  }
  refused('<Obj RefId="0"><I32>9</I32><I32>9</I32></Obj>', 'UnknownElement');
  refused('<Obj RefId="0"><I32>9</I32><ToString>x</ToStrin></Obj>', 'Malformed');
});

// 64-bit integers up to 30 digits are read as two exact halves rather than by BigInt(text).
test('64-bit integers read exactly whatever their digits, sign and leading zeros', () => {
  for (const text of ['0', '-0', '+7', '999999999999999', '1000000000000000', '-1000000000000001', '9007199254740993', '-9223372036854775808', '+9223372036854775807', '000000000000000000000000000042', '-0000000000000000000000000000000000009']) {
    assert.is(deserializeClixml(`<I64>${text}</I64>`), BigInt(text), text);
  }
  assert.is((deserializeClixml('<U64>18446744073709551615</U64>') as { value: bigint }).value, 18446744073709551615n);
  refused('<I64>-9223372036854775809</I64>', 'InvalidValue');
  refused('<U64>18446744073709551616</U64>', 'InvalidValue');
});

test('broken or misplaced plain-looking properties are refused as the general way refuses them', () => {
  refused(members('<S N="a">x</Sx>'), 'Malformed');
  refused(members('<S N="a">x</s>'), 'Malformed');
  refused(members('<S N="a">x</S'), 'Malformed');
  refused(members('<S N="a">x]]></S>'), 'Malformed');
  refused(members('<S N="a">x\u0001</S>'), 'Malformed');
  refused(members('<S N="a>x</S>'), 'Malformed');
  refused(members('<S N="a">x</S>'), 'TooDeep', { maxDepth: 2 });
  refused(members('<S>x</S>'), 'MissingName');
  refused(members('<I32 N="a">x</I32>'), 'InvalidValue');
  refused(members('<Q N="a">x</Q>'), 'UnknownElement');
  refused(`<Obj RefId="0" xmlns="urn:other"><MS><S N="a">x</S></MS></Obj>`, 'UnknownElement');
  refused(`<ps:Obj RefId="0" xmlns:ps="http://schemas.microsoft.com/powershell/2004/04" xmlns="urn:other"><ps:MS><S N="a">x</S></ps:MS></ps:Obj>`, 'UnknownElement');
});

test.run();
