/**
 * The XML layer under WS-Man: namespace resolution independent of prefixes, entity and CDATA handling,
 * serialization that declares what it uses and escapes what it must, and canonical comparison.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NS, parseResponseFor, durationToSeconds, secondsToDuration } from '../../../src/remoting/wsman/index.js';
import {
  XML_NAMESPACE,
  attribute,
  canonicalForm,
  element,
  findChild,
  parseXml,
  resolveQName,
  serializeXml,
  textOf,
} from '../../../src/remoting/xml/index.js';
import { loadCapture } from './fixtures.js';

test('elements and attributes resolve to namespace URIs, whatever the prefixes', () => {
  const el = parseXml('<x:a xmlns:x="urn:one" xmlns="urn:default" x:at="1" plain="2"><b/><x:c xmlns:x="urn:two"/><d xmlns=""/></x:a>');
  assert.equal([el.ns, el.local, el.prefix], ['urn:one', 'a', 'x']);
  assert.equal(el.attributes.map((a) => [a.ns, a.local, a.value]), [
    ['urn:one', 'at', '1'],
    ['', 'plain', '2'],
  ]);
  const [b, c, d] = el.children.filter((n) => typeof n !== 'string') as ReturnType<typeof parseXml>[];
  assert.is(b.ns, 'urn:default');
  assert.is(c.ns, 'urn:two');
  assert.is(d.ns, '');
  assert.equal(resolveQName(c, 'x:Sender'), { ns: 'urn:two', local: 'Sender' });
  assert.equal(resolveQName(c, 'y:Sender'), { ns: '', local: 'Sender' });
});

test('a Windows response re-prefixed arbitrarily parses to the same typed value', () => {
  const original = loadCapture('test_client_execute_cmd.json').messages[2].response!;
  const renamed = original
    .replaceAll('xmlns:s=', 'xmlns:soap12=')
    .replaceAll('<s:', '<soap12:')
    .replaceAll('</s:', '</soap12:')
    .replaceAll('xmlns:rsp=', 'xmlns:shell=')
    .replaceAll('<rsp:', '<shell:')
    .replaceAll('</rsp:', '</shell:')
    .replaceAll('xmlns:a=', 'xmlns:wsa=')
    .replaceAll('<a:', '<wsa:')
    .replaceAll('</a:', '</wsa:');
  assert.is.not(renamed, original);
  assert.equal(parseResponseFor('Receive', renamed), parseResponseFor('Receive', original));
});

test('entities, character references and CDATA decode to text', () => {
  const el = parseXml('<a t="&lt;&amp;&quot;&#x41;">x &amp; y &#233;&#x1F600;<![CDATA[<raw & text>]]></a>');
  assert.is(el.attributes[0].value, '<&"A');
  assert.is(textOf(el), 'x & y é😀<raw & text>');
});

test('serializeXml declares the namespaces it uses and escapes text and attributes', () => {
  const doc = element('urn:s', 's', 'Envelope', {
    declarations: new Map([['s', 'urn:s']]),
    children: [
      element('urn:w', 'w', 'Item', {
        attributes: [attribute('Name', 'a "quoted" <name> & more'), { ns: XML_NAMESPACE, prefix: 'xml', local: 'lang', value: 'en-US' }],
        children: ['1 < 2 & 3 > 2'],
      }),
      element('urn:ps', '', 'creationXml', { children: ['AAAA'] }),
      element('urn:w', 'w', 'Empty'),
    ],
  });
  const xml = serializeXml(doc);
  const back = parseXml(xml);
  assert.is(canonicalForm(back), canonicalForm(doc));
  const item = findChild(back, 'urn:w', 'Item')!;
  assert.is(item.attributes.find((a) => a.local === 'Name')?.value, 'a "quoted" <name> & more');
  assert.is(textOf(item), '1 < 2 & 3 > 2');
  assert.is(findChild(back, 'urn:ps', 'creationXml')?.prefix, '');
  assert.not.match(xml, /xmlns:xml/);
});

test('canonicalForm ignores prefixes and attribute order but not element order or text', () => {
  const a = parseXml('<p:a xmlns:p="urn:x" one="1" two="2"><p:b>t</p:b><p:c/></p:a>');
  const b = parseXml('<q:a two="2" one="1" xmlns:q="urn:x">\n  <q:b> t </q:b>\n  <q:c/>\n</q:a>');
  const reordered = parseXml('<q:a xmlns:q="urn:x" one="1" two="2"><q:c/><q:b>t</q:b></q:a>');
  const otherNs = parseXml('<q:a xmlns:q="urn:y" one="1" two="2"><q:b>t</q:b><q:c/></q:a>');
  const otherText = parseXml('<q:a xmlns:q="urn:x" one="1" two="2"><q:b>u</q:b><q:c/></q:a>');
  assert.is(canonicalForm(a), canonicalForm(b));
  for (const other of [reordered, otherNs, otherText]) assert.is.not(canonicalForm(other), canonicalForm(a));
});

test('xs:duration conversions used by OperationTimeout and IdleTimeOut', () => {
  assert.is(durationToSeconds('PT20S'), 20);
  assert.is(durationToSeconds('PT7200.000S'), 7200);
  assert.is(durationToSeconds('P0DT0H1M2S'), 62);
  assert.is(durationToSeconds('PT2147483.647S'), 2147483.647);
  assert.is(durationToSeconds('P1D'), 86400);
  assert.is(durationToSeconds('PT-1S'), undefined);
  assert.is(durationToSeconds('-PT1S'), -1);
  assert.is(durationToSeconds('PT'), undefined);
  assert.is(durationToSeconds('P'), undefined);
  assert.is(durationToSeconds('20'), undefined);
  assert.is(secondsToDuration(20), 'PT20S');
  assert.is(secondsToDuration(1.5), 'PT1.500S');
  assert.throws(() => secondsToDuration(Number.NaN), RangeError);
});

test('the shell namespace constant is what Windows uses', () => {
  const response = loadCapture('test_psrp_open_runspace.json').messages[0].response!;
  const root = parseXml(response);
  const body = findChild(root, NS.soap, 'Body')!;
  assert.ok(findChild(body, NS.shell, 'Shell'));
  assert.ok(findChild(body, NS.transfer, 'ResourceCreated'));
});

test.run();
