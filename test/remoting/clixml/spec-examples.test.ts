import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ClixmlError, deserializeClixml, serializeClixml } from '../../../src/remoting/clixml/index.js';
import { canonicalClixml } from './clixml-canonical.js';
import { readSpecExamples } from './spec-examples.js';

const examples = readSpecExamples();

/** Examples the spec prints broken beyond the Markdown damage spec-examples.ts undoes. */
const brokenInSpec: Record<string, string> = {
  '2.2.2.31': 'the start tag <Obj RefId="7" has no closing >',
};

/** Examples that show one property of a larger object, N attribute included. */
const propertyExcerpts = new Set(['2.2.3.1', '2.2.3.2', '2.2.3.3']);

test('the spec has the examples this suite expects', () => {
  const sections = new Set(examples.map((example) => example.section));
  for (const section of ['2.2.2.1', '2.2.2.10', '2.2.2.20', '2.2.5.1.1', '2.2.5.1.24', '2.2.5.2.1.2', '2.2.5.2.6.4', '2.2.5.2.9']) {
    assert.ok(sections.has(section), `no example found in section ${section}`);
  }
  assert.ok(examples.length >= 60, `only ${examples.length} examples found`);
});

for (const example of examples) {
  const label = `MS-PSRP ${example.section} ${example.title}`;
  if (example.section in brokenInSpec) {
    test(`${label}: refused with a typed error (${brokenInSpec[example.section]})`, () => {
      try {
        deserializeClixml(example.xml);
        assert.unreachable('the broken example was accepted');
      } catch (error) {
        assert.instance(error, ClixmlError);
        assert.is((error as ClixmlError).kind, 'Malformed');
      }
    });
    continue;
  }
  test(`${label}: read and written back unchanged`, () => {
    const value = deserializeClixml(example.xml, { markDeserialized: false });
    let expected = example.xml;
    if (propertyExcerpts.has(example.section)) expected = expected.replace(/^<Obj N="Value" /, '<Obj ');
    assert.is(canonicalClixml(serializeClixml(value)), canonicalClixml(expected));
  });
}

test.run();
