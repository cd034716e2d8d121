import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Hashtable, NumericValue, PSObject } from '../../../src/engine/values/index.js';
import { deserializeClixml, exportClixmlDocument, serializeClixml } from '../../../src/remoting/clixml/index.js';
import { parseXml, serializeXml } from '../../../src/remoting/xml/index.js';
import { capturedClixml } from './captured-clixml.js';

/**
 * The serializer writes text itself; before, the general XML layer's builder (fast-xml-parser)
 * wrote it. Reading psh's text with the general parser and writing it with the general builder
 * must give back the same bytes: the spelling did not change.
 */
function assertGeneralBuilderSpelling(xml: string, where: string): void {
  assert.is(serializeXml(parseXml(xml, { maxBytes: 64 * 1024 * 1024, maxDepth: 1000 })), xml, where);
}

test('values read from every Windows capture are written as the general XML builder spells them', () => {
  for (const body of capturedClixml()) {
    const value = deserializeClixml(body.xml);
    assertGeneralBuilderSpelling(serializeClixml(value), body.where);
  }
});

/** Strings built from the pieces that need escaping of one kind or another. */
const pieces = ['a', 'Z', '&', '<', '>', '"', "'", '_x', '_X0041_', '\r', '\n', '\t', '\r\n', '\u{1F600}', '\ud800', '\udc00', '\u0000', '\u0085', '\ufffe', ']]>', ' ', 'é', '&amp;', '\u2028'];

function randomValues(count: number): unknown[] {
  let seed = 1;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const text = () => Array.from({ length: next(6) }, () => pieces[next(pieces.length)]).join('');
  const value = (level: number): unknown => {
    switch (next(level > 3 ? 4 : 7)) {
      case 0:
        return text();
      case 1:
        return next(1000) - 500;
      case 2:
        return next(3) ? 0.5 : NumericValue.integer('System.Byte', next(256));
      case 3:
        return null;
      case 4: {
        const object = new PSObject(next(2) ? undefined : text(), next(2) ? [text(), 'System.Object'] : []);
        if (next(2)) object.toStringText = text();
        for (let i = next(4); i > 0; i--) object.addNoteProperty(text() + i, value(level + 1));
        return object;
      }
      case 5:
        return Array.from({ length: next(4) }, () => value(level + 1));
      default: {
        const table = new Hashtable();
        for (let i = next(3); i > 0; i--) table.set(text() + i, value(level + 1));
        return table;
      }
    }
  };
  return Array.from({ length: count }, () => value(0));
}

test('random values with every kind of character to escape: general builder spelling; strings and names read back', () => {
  const values = randomValues(300);
  for (const [index, value] of values.entries()) {
    const xml = serializeClixml(value);
    assertGeneralBuilderSpelling(xml, `value ${index}`);
    if (typeof value === 'string') assert.is(deserializeClixml(xml), value, `string ${index}`);
    if (value instanceof PSObject && value.members.size > 0) {
      const names = [...value.members].map((member) => member.name);
      assert.equal([...(deserializeClixml(xml) as PSObject).members].map((member) => member.name), names, `names ${index}`);
    }
  }
  assertGeneralBuilderSpelling(exportClixmlDocument(values.slice(0, 50)), 'Export-Clixml document');
  assertGeneralBuilderSpelling(exportClixmlDocument([]), 'empty Export-Clixml document');
});

test.run();
