import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PSObject } from '../../../src/engine/values/index.js';
import { decodeClixmlString, deserializeClixml, encodeClixmlString, serializeClixml } from '../../../src/remoting/clixml/index.js';

test('MS-PSRP 2.2.5.3.2 examples', () => {
  assert.is(encodeClixmlString('Order\nDetails'), 'Order_x000A_Details');
  assert.is(encodeClixmlString('Order_Details'), 'Order_Details');
  assert.is(encodeClixmlString('Order_x0020_'), 'Order_x005F_x0020_');
  assert.is(decodeClixmlString('Order_x005f_x0020_'), 'Order_x0020_', 'the spec writes lower-case hex');
});

test('control characters, C1 controls and non-characters are escaped; ordinary text is not', () => {
  assert.is(encodeClixmlString('\0\t\r\n\x1f'), '_x0000__x0009__x000D__x000A__x001F_');
  assert.is(encodeClixmlString('\x7f\x85\x9f'), '_x007F__x0085__x009F_');
  assert.is(encodeClixmlString('\ufffe\uffff'), '_xFFFE__xFFFF_');
  const plain = 'plain <text> & "quotes", \u00e9\u4e2d \ud7ff\ue000';
  assert.is(encodeClixmlString(plain), plain);
});

test('surrogates are escaped one UTF-16 unit at a time, paired or not', () => {
  assert.is(encodeClixmlString('\u{1F600}'), '_xD83D__xDE00_');
  assert.is(encodeClixmlString('a\ud800b\udc00'), 'a_xD800_b_xDC00_');
  assert.is(decodeClixmlString('_xD83D__xDE00_'), '\u{1F600}');
  assert.is(decodeClixmlString('_x0001F600_'), '\u{1F600}', 'the eight-digit form of XmlConvert');
});

test('an underscore before x or X is escaped; other underscores are not', () => {
  assert.is(encodeClixmlString('_x'), '_x005F_x');
  assert.is(encodeClixmlString('a_Xyz'), 'a_x005F_Xyz');
  assert.is(encodeClixmlString('__init__'), '__init__');
  assert.is(encodeClixmlString('_'), '_');
});

test('near-misses of the escape syntax decode literally', () => {
  for (const text of ['_x41_', '_x004_', '_x00411', '_xZZZZ_', '_x', '__', '_x0041', 'a_x_b', '_x110000_']) {
    assert.is(decodeClixmlString(text), text, text);
  }
  assert.is(decodeClixmlString('_x0041__x0042_'), 'AB');
  assert.is(decodeClixmlString('_X0041_'), 'A');
});

test('every UTF-16 code unit survives encode then decode', () => {
  let all = '';
  for (let code = 0; code <= 0xffff; code++) all += String.fromCharCode(code);
  const tricky = all + '_x0041_' + '_' + '_x' + '_X1234_';
  assert.is(decodeClixmlString(encodeClixmlString(tricky)), tricky);
});

test('strings, property names and type names round-trip through CLIXML', () => {
  const name = 'we\u0301ird_x0041_\nname\u{1F600}';
  const object = new PSObject(undefined, ['My_x0020_Type\t1', 'System.Object']);
  object.addNoteProperty(name, 'value_x000A_\r\n\u0000');
  object.toStringText = '\u0007bell';
  const xml = serializeClixml(object);
  assert.not.match(xml, /[\u0000-\u0008\r\n]/);
  const back = deserializeClixml(xml, { markDeserialized: false }) as PSObject;
  assert.equal(back.typeNames, ['My_x0020_Type\t1', 'System.Object']);
  assert.is(back.members.get(name)?.name, name);
  assert.is(back.propertyValue(name), 'value_x000A_\r\n\u0000');
  assert.is(back.toStringText, '\u0007bell');
});

test('XML special characters are escaped by the XML layer, not by CLIXML', () => {
  const xml = serializeClixml('<a href="x">&amp;</a>');
  assert.is(deserializeClixml(xml), '<a href="x">&amp;</a>');
  assert.is(deserializeClixml('<S>&#x41;&#66;&lt;&amp;&gt;&quot;&apos;</S>'), 'AB<&>"\'');
});

test.run();
