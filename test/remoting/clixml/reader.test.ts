import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ClixmlError, deserializeClixml, type ClixmlErrorKind } from '../../../src/remoting/clixml/index.js';
import { asDoctypeError, ClixmlReader, documentText, type ReadLimits } from '../../../src/remoting/clixml/reader.js';
import { canonicalForm, parseXml, type XmlElement, type XmlNode } from '../../../src/remoting/xml/index.js';
import { capturedClixml } from './captured-clixml.js';
import { readSpecExamples } from './spec-examples.js';

const limits: ReadLimits = { maxBytes: 64 * 1024 * 1024, maxDepth: 1000 };
const powerShellNamespace = 'http://schemas.microsoft.com/powershell/2004/04';

/** The element tree of a document as the reader sees it (the general XML layer's shape, to compare with it). */
function scan(input: string | Uint8Array, own: Partial<ReadLimits> = {}): XmlElement {
  const { maxBytes, maxDepth } = { ...limits, ...own };
  const text = documentText(input, maxBytes);
  const reader = new ClixmlReader(text, maxDepth);
  try {
    reader.readRoot();
    const root = readElement(reader);
    reader.end();
    return root;
  } catch (error) {
    throw asDoctypeError(error, text);
  }
}

function readElement(reader: ClixmlReader): XmlElement {
  const { ns, prefix, local } = reader;
  const attributes = reader.attributes();
  const children: XmlNode[] = [];
  while (reader.nextChild()) {
    if (reader.text !== '') children.push(reader.text);
    children.push(readElement(reader));
  }
  if (reader.text !== '') children.push(reader.text);
  return { ns, prefix, local, attributes, children };
}

function refused(input: string | Uint8Array, kind: ClixmlErrorKind, own: Partial<ReadLimits> = {}): void {
  try {
    scan(input, own);
  } catch (error) {
    assert.instance(error, ClixmlError, `expected a ClixmlError, got ${String(error)}`);
    assert.is((error as ClixmlError).kind, kind, `${JSON.stringify(typeof input === 'string' ? input.slice(0, 80) : 'bytes')}: ${(error as Error).message}`);
    return;
  }
  assert.unreachable(`accepted: ${typeof input === 'string' ? JSON.stringify(input.slice(0, 80)) : 'bytes'}`);
}

/** The tree the general XML layer (fast-xml-parser) builds, for comparison. */
function generalTree(xml: string): string {
  return canonicalForm(parseXml(xml, limits));
}

test('every captured Windows body and every spec example scans to the tree the general XML layer builds', () => {
  const bodies = capturedClixml();
  assert.ok(bodies.length > 500);
  for (const body of bodies) assert.is(canonicalForm(scan(body.xml)), generalTree(body.xml), body.where);
  for (const example of readSpecExamples()) {
    if (example.section === '2.2.2.31') continue; // printed broken in the spec (see spec-examples.test.ts)
    assert.is(canonicalForm(scan(example.xml)), generalTree(example.xml), example.section);
  }
});

test('text keeps its whitespace; CDATA, references and comments join one text run', () => {
  const root = scan('<S> a<!-- note --><![CDATA[<&>]]>&lt;&#65;&#x1F600;&amp;b </S>');
  assert.equal(root.children, [' a<&><A\u{1F600}&b ']);
  assert.equal(scan('<S>  </S>').children, ['  ']);
  assert.equal(scan('<S/>').children, []);
  assert.equal(scan('<S></S>').children, []);
});

test('line ends become \\n in text and CDATA; whitespace in attribute values becomes spaces (XML 1.0 2.11, 3.3.3)', () => {
  assert.equal(scan('<S>a\r\nb\rc\nd<![CDATA[e\r\nf]]></S>').children, ['a\nb\nc\nde\nf']);
  assert.is(scan('<S N="a\r\nb\tc\nd&#10;e"/>').attributes[0]!.value, 'a b c d\ne');
});

test('attributes: either quote, whitespace around =, quotes of the other kind inside', () => {
  const root = scan(`<Obj RefId = '0' N="it's"\n\tX='say "hi"'></Obj >`);
  assert.equal(
    root.attributes.map((a) => [a.local, a.value]),
    [
      ['RefId', '0'],
      ['N', "it's"],
      ['X', 'say "hi"'],
    ],
  );
});

test('XML declaration, byte-order marks, comments and whitespace around the root', () => {
  const xml = '<?xml version="1.0" encoding="utf-16" standalone=\'yes\'?>\r\n<!-- before --> <S>x</S> <!-- after -->\n';
  assert.equal(scan(xml).children, ['x']);
  assert.equal(scan('\ufeff' + xml).children, ['x']);
  assert.equal(scan(Buffer.from('\ufeff' + xml, 'utf8')).children, ['x']);
  assert.equal(scan(Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(xml, 'utf16le')])).children, ['x']);
  const bigEndian = Buffer.from(xml, 'utf16le').swap16();
  assert.equal(scan(Buffer.concat([Buffer.of(0xfe, 0xff), bigEndian])).children, ['x']);
});

test('namespaces: the default namespace, prefixes, undeclaring, prefixed attributes', () => {
  const root = scan(`<Objs Version="1.1.0.1" xmlns="${powerShellNamespace}"><S>a</S><Nil xmlns=""/></Objs>`);
  assert.is(root.ns, powerShellNamespace);
  assert.is((root.children[0] as XmlElement).ns, powerShellNamespace);
  assert.is((root.children[1] as XmlElement).ns, '');
  assert.equal(root.attributes.map((a) => a.local), ['Version'], 'declarations are not attributes');
  const prefixed = scan(`<ps:S xmlns:ps="${powerShellNamespace}" ps:N="a" N="b">x</ps:S>`);
  assert.equal([prefixed.ns, prefixed.prefix, prefixed.local], [powerShellNamespace, 'ps', 'S']);
  assert.equal(prefixed.attributes.map((a) => [a.ns, a.local, a.value]), [
    [powerShellNamespace, 'N', 'a'],
    ['', 'N', 'b'],
  ]);
  // A declaration is scoped to its element.
  refused(`<Obj><ps:S xmlns:ps="${powerShellNamespace}"/><ps:S/></Obj>`, 'Malformed');
  assert.is(deserializeClixml(`<ps:S xmlns:ps="${powerShellNamespace}">x</ps:S>`), 'x');
});

test('names beyond ASCII are XML names', () => {
  const root = scan('<Obj><Ünïcødé_名前.1-2 N="x"/><S>\u{1F600}</S></Obj>');
  assert.is((root.children[0] as XmlElement).local, 'Ünïcødé_名前.1-2');
  refused('<S\u00d7/>', 'Malformed');
  refused('<\u0300S/>', 'Malformed');
});

test('malformed XML: each variant is a typed Malformed error', () => {
  const malformed = [
    '',
    '   ',
    'x',
    '<S',
    '<S>',
    '<S>x',
    '<S>x</S',
    '<S>x</T>',
    '<S>x</Sx>',
    '</S>',
    '<S></S><S></S>',
    '<S/><S/>',
    'x<S/>',
    '<S/>x',
    '<S/>&amp;',
    '<S N="a>x</S>',
    `<S N='a">x</S>`,
    '<S N=a>x</S>',
    '<S N>x</S>',
    '<S N="a"N="b"/>',
    '<S N="a" N="a"/>',
    '<S xmlns:a="u" xmlns:b="u" a:N="1" b:N="2"/>',
    '<S xmlns:a="u" xmlns:a="v"/>',
    '<S N="a<b"/>',
    '<S N="&bogus;"/>',
    '<S>a<b</S>',
    '<S>a & b</S>',
    '<S>&lt</S>',
    '<S>&bogus;</S>',
    '<S>&;</S>',
    '<S>&#;</S>',
    '<S>&#x;</S>',
    '<S>&#65</S>',
    '<S>&#x41g;</S>',
    '<S>&#0;</S>',
    '<S>&#x1;</S>',
    '<S>&#xD800;</S>',
    '<S>&#xFFFE;</S>',
    '<S>&#x110000;</S>',
    '<S>&#99999999999999999999;</S>',
    '<S>]]></S>',
    '<S>\u0001</S>',
    '<S>\u001f</S>',
    '<S>\ud800</S>',
    '<S>\udc00\ud800</S>',
    '<S>\uffff</S>',
    '<S N="\u0000"/>',
    '<S><!-- \u0008 --></S>',
    '<S><![CDATA[\ufffe]]></S>',
    '<?xml version="1.0"?><?pi x?><S/>',
    '<S><?pi x?></S>',
    '<S/><?pi x?>',
    ' <?xml version="1.0"?><S/>',
    '<S/><?xml version="1.0"?>',
    '<?xml?><S/>',
    '<?xml encoding="utf-8"?><S/>',
    '<?xml version="1.0" version="1.0"?><S/>',
    '<?xml standalone="yes" version="1.0"?><S/>',
    '<?xml version="1.0"<S/>',
    '<?xml version=1.0?><S/>',
    '<!-- open <S/>',
    '<!-- a -- b --><S/>',
    '<!-- a ---><S/>',
    '<S><![CDATA[x</S>',
    '<![CDATA[x]]><S/>',
    '<S><!BOGUS></S>',
    '<S><!></S>',
    '<a:S/>',
    '<S a:N="x"/>',
    '<S xmlns:a=""/>',
    '<S xmlns:xml="urn:x"/>',
    '<S xmlns:xmlns="urn:x"/>',
    '<S xmlns:a="http://www.w3.org/XML/1998/namespace"/>',
    '<:S/>',
    '<a:/>',
    '<a:b:c/>',
    '<a:1/>',
    '<1S/>',
    '<-S/>',
    '< S/>',
    '<S/ >',
    '<S N="x"',
    '<S N="x',
    '<S N=',
  ];
  for (const xml of malformed) refused(xml, 'Malformed');
});

test('error messages stay short when the document is one huge name', () => {
  for (const xml of [`<${'a'.repeat(1_000_000)}`, `<S>x</${'a'.repeat(1_000_000)}>`, `<S ${'a'.repeat(1_000_000)}/>`, `<${'a'.repeat(1_000_000)}:S/>`]) {
    refused(xml, 'Malformed');
    try {
      scan(xml);
    } catch (error) {
      assert.ok((error as Error).message.length < 400, `a message of ${(error as Error).message.length} characters`);
    }
  }
});

test('DTDs are refused as such wherever they appear, even after another error', () => {
  refused('<!DOCTYPE S><S/>', 'Doctype');
  refused('<?xml version="1.0"?><!DOCTYPE S [<!ENTITY a "b">]><S>&a;</S>', 'Doctype');
  refused('<S><!DOCTYPE S></S>', 'Doctype');
  refused('<S><!ENTITY a "b"></S>', 'Doctype');
  refused('<S/><!DOCTYPE S>', 'Doctype');
  refused('<S>&a;</S><!ENTITY a "b">', 'Doctype');
});

test('bytes must be valid UTF-8 or UTF-16', () => {
  refused(Uint8Array.of(0x3c, 0x53, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x53, 0x3e), 'Encoding');
  refused(Uint8Array.of(0xff, 0xfe, 0x3c, 0x00, 0x00, 0xd8, 0x3e, 0x00), 'Encoding');
});

test('size limit: bytes and UTF-8 length of strings', () => {
  refused('<S>' + 'x'.repeat(100) + '</S>', 'TooLarge', { maxBytes: 100 });
  // 40 characters, but 120 bytes in UTF-8.
  refused('<S>' + '\u20ac'.repeat(33) + '</S>', 'TooLarge', { maxBytes: 100 });
  refused(new Uint8Array(101), 'TooLarge', { maxBytes: 100 });
  assert.is(scan('<S>' + 'x'.repeat(93) + '</S>', { maxBytes: 100 }).local, 'S');
});

test('depth limit: the root is depth 1; self-closing elements count too', () => {
  const nested = (depth: number, leaf: string) => '<LST>'.repeat(depth - 1) + leaf + '</LST>'.repeat(depth - 1);
  assert.is(scan(nested(8, '<S/>'), { maxDepth: 8 }).local, 'LST');
  refused(nested(9, '<S/>'), 'TooDeep', { maxDepth: 8 });
  refused(nested(9, '<S>x</S>'), 'TooDeep', { maxDepth: 8 });
  refused('<LST>'.repeat(100_000), 'TooDeep');
});

test('hostile documents that would be quadratic in a naive reader are read in one pass', () => {
  const attributes = Array.from({ length: 20_000 }, (_, i) => ` a${i}="${i}"`).join('');
  assert.is(scan(`<S${attributes}/>`).attributes.length, 20_000);
  refused(`<S${attributes} a7="again"/>`, 'Malformed');
  const declarations = Array.from({ length: 10_000 }, (_, i) => ` xmlns:p${i}="urn:${i}"`).join('');
  const deep = '<p9999:LST>'.repeat(900) + '</p9999:LST>'.repeat(900);
  assert.is(scan(`<Obj${declarations}>${deep}</Obj>`).children.length, 1);
  refused(`<Obj${declarations} xmlns:p5="urn:again"/>`, 'Malformed');
  assert.is((scan(`<S>${'&amp;'.repeat(100_000)}</S>`).children[0] as string).length, 100_000);
  assert.is(scan(`<S>${'<!---->'.repeat(50_000)}x</S>`).children[0], 'x');
  assert.is((scan(`<S N="${'&#x41;'.repeat(50_000)}"/>`).attributes[0]!.value).length, 50_000);
  refused(`<S>${'&'.repeat(500_000)}</S>`, 'Malformed');
  refused(`<S>${'<!--'.repeat(200_000)}</S>`, 'Malformed');
  refused(`<S>${'<![CDATA['.repeat(200_000)}</S>`, 'Malformed');
  refused(`<S N="${'a'.repeat(1_000_000)}`, 'Malformed');
});

test.run();
