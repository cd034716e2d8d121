/**
 * Untrusted input: DTDs, entity bombs, oversized and deeply nested documents, truncation, bad encodings
 * and bad base64 all end in a typed error (XmlError / WsmanMessageError), never a crash or a hang.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { WsmanMessageError, parseRequest, parseResponse } from '../../../src/remoting/wsman/index.js';
import { ABSOLUTE_MAX_XML_BYTES, XmlError, parseXml, type XmlErrorKind } from '../../../src/remoting/xml/index.js';
import { loadCapture } from './fixtures.js';

function xmlErrorKind(fn: () => unknown): XmlErrorKind {
  try {
    fn();
  } catch (e) {
    if (e instanceof XmlError) return e.kind;
    throw new Error(`expected an XmlError, got ${String(e)}`);
  }
  throw new Error('expected an XmlError, got none');
}

test('DOCTYPE, internal and external entities are refused', () => {
  assert.is(xmlErrorKind(() => parseXml('<!DOCTYPE a><a/>')), 'Doctype');
  assert.is(xmlErrorKind(() => parseXml('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>')), 'Doctype');
  const laughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE lolz [',
    '<!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
    ']>',
    '<lolz>&lol9;</lolz>',
  ].join('\n');
  assert.is(xmlErrorKind(() => parseXml(laughs)), 'Doctype');
  assert.throws(() => parseRequest(laughs), (e: unknown) => e instanceof XmlError && e.kind === 'Doctype');
});

test('undefined entities stay literal text instead of expanding', () => {
  const el = parseXml('<a>&lol9;&amp;</a>');
  assert.equal(el.children, ['&lol9;&']);
});

test('a 100 MB body is refused by size, as a string and as bytes', () => {
  const big = `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body>${'A'.repeat(100 * 1024 * 1024)}</s:Body></s:Envelope>`;
  assert.is(xmlErrorKind(() => parseXml(big)), 'TooLarge');
  assert.is(xmlErrorKind(() => parseResponse(big)), 'TooLarge');
  assert.is(xmlErrorKind(() => parseXml(Buffer.from(big))), 'TooLarge');
  // No configuration lifts the absolute cap.
  assert.is(xmlErrorKind(() => parseXml(big, { maxBytes: Number.MAX_SAFE_INTEGER })), 'TooLarge');
  assert.ok(big.length > ABSOLUTE_MAX_XML_BYTES);
});

test('a size limit counts UTF-8 bytes, not characters', () => {
  const doc = `<a>${'é'.repeat(600)}</a>`; // 607 characters, 1207 bytes
  assert.is(xmlErrorKind(() => parseXml(doc, { maxBytes: 1000 })), 'TooLarge');
  assert.is(parseXml(doc, { maxBytes: 2000 }).local, 'a');
});

test('10,000-deep nesting is refused, with the WS-Man and with a raised depth limit', () => {
  const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
  assert.is(xmlErrorKind(() => parseXml(deep)), 'TooDeep');
  assert.is(xmlErrorKind(() => parseXml(deep, { maxDepth: 5000 })), 'TooDeep');
  assert.is(xmlErrorKind(() => parseXml(deep, { maxDepth: 1_000_000 })), 'TooDeep');
  const exact = '<a>'.repeat(64) + '</a>'.repeat(64);
  assert.is(parseXml(exact).local, 'a');
  assert.is(xmlErrorKind(() => parseXml(`<b>${exact}</b>`)), 'TooDeep');
});

test('thousands of namespace declarations are resolved without copying scopes (no quadratic work)', () => {
  const declarations = Array.from({ length: 4000 }, (_, i) => `xmlns:p${i}="urn:${i}"`).join(' ');
  const children = '<p7:c xmlns:q="urn:q" q:at="1"/>'.repeat(5000);
  const root = parseXml(`<p0:a ${declarations}>${children}</p0:a>`);
  assert.is(root.ns, 'urn:0');
  assert.is(root.children.length, 5000);
  const last = root.children[4999];
  assert.ok(typeof last !== 'string' && last.ns === 'urn:7' && last.attributes[0].ns === 'urn:q');
});

test('every truncation of a real Windows response is a typed error', () => {
  const response = loadCapture('test_client_execute_cmd.json').messages[2].response!;
  const step = Math.max(1, Math.floor(response.length / 400));
  for (let cut = 0; cut < response.length; cut += step) {
    const kind = xmlErrorKind(() => parseResponse(response.slice(0, cut)));
    assert.is(kind, 'Malformed', `cut at ${cut}`);
  }
});

test('malformed documents are typed errors', () => {
  const cases: [string, XmlErrorKind][] = [
    ['', 'Malformed'],
    ['just text', 'Malformed'],
    ['<a></b>', 'Malformed'],
    ['<a><b></a></b>', 'Malformed'],
    ['<a/><b/>', 'Malformed'],
    ['<a/>trailing', 'Malformed'],
    ['<a x="1" x="2"/>', 'Malformed'],
    ['<a x=1/>', 'Malformed'],
    ['text<a/>', 'Malformed'],
    ['<p:a/>', 'UnboundPrefix'],
    ['<a p:x="1"/>', 'UnboundPrefix'],
  ];
  for (const [xml, kind] of cases) assert.is(xmlErrorKind(() => parseXml(xml)), kind, xml);
  // Error messages quote the input, but only a little of it.
  let caught: unknown;
  try {
    parseXml(`<a>${'<'.repeat(100_000)}</a>`);
  } catch (e) {
    caught = e;
  }
  assert.instance(caught, XmlError);
  assert.ok((caught as XmlError).message.length < 400);
});

test('invalid UTF-8 is an encoding error; UTF-16 with a BOM is read', () => {
  assert.is(xmlErrorKind(() => parseXml(Uint8Array.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0xfd, 0x3c, 0x2f, 0x61, 0x3e]))), 'Encoding');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>ü</a>', 'utf16le')]);
  assert.equal(parseXml(utf16).children, ['ü']);
  assert.equal(parseXml(Buffer.from('\ufeff<a>x</a>')).children, ['x']);
});

test('names that could pollute prototypes are refused, never renamed', () => {
  for (const xml of ['<a><__proto__>1</__proto__></a>', '<a constructor="y"/>', '<a toString="z"/>', '<hasOwnProperty/>']) {
    assert.is(xmlErrorKind(() => parseXml(xml)), 'Malformed', xml);
  }
  assert.is(({} as Record<string, unknown>).y, undefined);
});

test('a SOAP body that does not match the action, or bad base64, is a WsmanMessageError', () => {
  const env = (action: string, body: string) =>
    `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:rsp="http://schemas.microsoft.com/wbem/wsman/1/windows/shell"><s:Header><a:Action>${action}</a:Action></s:Header><s:Body>${body}</s:Body></s:Envelope>`;
  const shell = 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell';
  const kinds = [
    env(`${shell}/Send`, '<rsp:Send><rsp:Stream Name="stdin">not base64!</rsp:Stream></rsp:Send>'),
    env(`${shell}/Send`, '<rsp:Send/>'),
    env(`${shell}/Command`, '<rsp:Receive/>'),
    env(`${shell}/Signal`, '<rsp:Signal/>'),
  ].map((xml) => {
    try {
      parseRequest(xml);
    } catch (e) {
      return e instanceof WsmanMessageError ? e.kind : String(e);
    }
    return 'no error';
  });
  assert.equal(kinds, ['InvalidBody', 'InvalidBody', 'InvalidBody', 'InvalidBody']);
  const response = `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:rsp="${shell}"><s:Header><a:Action>${shell}/ReceiveResponse</a:Action></s:Header><s:Body><rsp:ReceiveResponse><rsp:Stream Name="stdout">AAA</rsp:Stream></rsp:ReceiveResponse></s:Body></s:Envelope>`;
  assert.throws(() => parseResponse(response), (e: unknown) => e instanceof WsmanMessageError && e.kind === 'InvalidBody');
});

test.run();
