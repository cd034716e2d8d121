import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PSObject } from '../../../src/engine/values/index.js';
import { ClixmlError, deserializeClixml } from '../../../src/remoting/clixml/index.js';
import { ClixmlReader, RememberedContents } from '../../../src/remoting/clixml/reader.js';

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

// Reads the root's first child's content through `contents`: recalled when remembered, else read
// afresh by `readContent` and remembered from where the content starts.
function readFirstChildRemembering<T>(xml: string, contents: RememberedContents<T>, readContent: (reader: ClixmlReader) => T): T {
  const reader = new ClixmlReader(xml, 100);
  reader.readRoot();
  assert.ok(reader.nextChild());
  const recalled = reader.recall(contents);
  if (recalled !== undefined) return recalled;
  const contentStart = reader.offset;
  const content = readContent(reader);
  reader.remember(contents, contentStart, () => content);
  return content;
}

test('the same type name list read twice gives equal lists, each the object\'s own', () => {
  const xml = objectWith('<T>Psh.Test.Remembered</T>\n  <T>System.Object</T>');
  const first = typeNamesOf(xml);
  first.push('Changed');
  const second = typeNamesOf(xml);
  assert.equal(second, ['Deserialized.Psh.Test.Remembered', 'Deserialized.System.Object']);
  second.push('Changed');
  assert.equal(typeNamesOf(xml), ['Deserialized.Psh.Test.Remembered', 'Deserialized.System.Object']);
});

// CLIXML reads unprefixed elements alike in no namespace and in PowerShell's, so the default
// namespace a remembered content depends on shows with the reader itself: here the same content
// means the namespace of its elements.
test('a content remembered in one default namespace is not recalled in another, where its elements are in another namespace', () => {
  const contents = new RememberedContents<readonly string[]>();
  const childNamespaces = (xml: string): readonly string[] =>
    readFirstChildRemembering(xml, contents, (reader) => {
      const namespaces: string[] = [];
      while (reader.nextChild()) {
        namespaces.push(reader.ns);
        reader.skipElement();
      }
      return namespaces;
    });
  assert.equal(childNamespaces('<r xmlns="urn:a"><list><e/><e/></list></r>'), ['urn:a', 'urn:a']);
  assert.equal(childNamespaces('<r xmlns="urn:b"><list><e/><e/></list></r>'), ['urn:b', 'urn:b']);
  assert.equal(childNamespaces('<r><list><e/><e/></list></r>'), ['', '']);
  assert.equal(childNamespaces('<r xmlns="urn:a"><list><e/><e/></list></r>'), ['urn:a', 'urn:a']);
});

// Remembered contents are compared two code units at a time, from where the document's pairs
// start: a content is recalled only when every code unit matches, whichever position it starts at.
test('contents that differ only in their first or last code unit are told apart at even and odd positions', () => {
  const contents = new RememberedContents<string>();
  const listText = (xml: string): string =>
    readFirstChildRemembering(xml, contents, (reader) => {
      assert.not.ok(reader.nextChild());
      return reader.text;
    });
  const texts = ['abcde', 'abcdf', 'bbcde', 'abcd', 'abce', 'bbcd', 'a', 'b', 'ab', 'ac', 'bb'];
  for (let round = 0; round < 2; round++) {
    for (const padding of ['', ' ', '  ', '   ']) {
      for (const text of texts) assert.is(listText(`<r>${padding}<list>${text}</list></r>`), text, `${JSON.stringify(padding)} ${text}`);
    }
  }
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
