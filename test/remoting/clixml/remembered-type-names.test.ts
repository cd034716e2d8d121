import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PSObject } from '../../../src/engine/values/index.js';
import { ClixmlError, deserializeClixml } from '../../../src/remoting/clixml/index.js';

// Type name lists are remembered by their text from document to document (see
// ClixmlReader.recall): reading the same text again must give what reading it afresh gives.

function typeNamesOf(xml: string): string[] {
  const value = deserializeClixml(xml);
  assert.instance(value, PSObject);
  return (value as PSObject).typeNames;
}

function objectWith(typeNameContent: string, around = (obj: string) => obj): string {
  return around(`<Obj RefId="0"><TN RefId="0">${typeNameContent}</TN><MS><I32 N="X">1</I32></MS></Obj>`);
}

test('the same type name list read twice gives equal lists, each the object\'s own', () => {
  const xml = objectWith('<T>Psh.Test.Remembered</T>\n  <T>System.Object</T>');
  const first = typeNamesOf(xml);
  first.push('Changed');
  const second = typeNamesOf(xml);
  assert.equal(second, ['Deserialized.Psh.Test.Remembered', 'Deserialized.System.Object']);
  second.push('Changed');
  assert.equal(typeNamesOf(xml), ['Deserialized.Psh.Test.Remembered', 'Deserialized.System.Object']);
  assert.equal(typeNamesOf(objectWith('<T>Psh.Test.Remembered</T>\n  <T>System.Object</T>', (obj) => obj.replace('<Obj', '<Obj xmlns="http://schemas.microsoft.com/powershell/2004/04"'))), [
    'Deserialized.Psh.Test.Remembered',
    'Deserialized.System.Object',
  ]);
});

test('an end tag inside CDATA or a comment does not cut a list short', () => {
  for (const content of ['<T><![CDATA[a</TN>b]]></T><T>System.Object</T>', '<T>Psh.Test.Commented</T><!-- </TN> --><T>System.Object</T>']) {
    const expected = typeNamesOf(objectWith(content));
    assert.is(expected.length, 2, content);
    assert.equal(typeNamesOf(objectWith(content)), expected, content);
  }
});

test('a remembered list is still refused where it would nest too deep, and read in a prefixed <TN>', () => {
  const xml = objectWith('<T>Psh.Test.Deep</T>');
  typeNamesOf(xml);
  try {
    deserializeClixml(xml, { maxDepth: 2 });
    assert.unreachable('accepted');
  } catch (error) {
    assert.instance(error, ClixmlError);
    assert.is((error as ClixmlError).kind, 'TooDeep');
  }
  const prefixed = '<ps:Obj xmlns:ps="http://schemas.microsoft.com/powershell/2004/04" RefId="0"><ps:TN RefId="0"><T>Psh.Test.Deep</T></ps:TN></ps:Obj>';
  assert.equal(typeNamesOf(prefixed), ['Deserialized.Psh.Test.Deep']);
});

test.run();
