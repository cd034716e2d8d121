import { readFileSync, existsSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { XMLParser } from 'fast-xml-parser';
import { extendedTypeSystemStrings, getErrorTextStrings, parserStrings } from '../../../src/engine/dotnet/messages.js';

const resources = new URL('../../../../shared/pwsh-resources/System.Management.Automation/', import.meta.url);

function resx(file: string): Map<string, string> {
  const url = new URL(file, resources);
  if (!existsSync(url)) throw new Error(`pwsh resource ${file} not found at ${url.pathname}: the shared pwsh-resources folder is missing`);
  const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(readFileSync(url, 'utf8'));
  const data: { '@_name': string; value: unknown }[] = parsed.root.data;
  return new Map(data.map((entry) => [entry['@_name'], String(entry.value)]));
}

for (const [file, table] of [
  ['ExtendedTypeSystem.resx', extendedTypeSystemStrings],
  ['ParserStrings.resx', parserStrings],
  ['GetErrorText.resx', getErrorTextStrings],
] as const) {
  test(`every message is pwsh's text from ${file}`, () => {
    const texts = resx(file);
    for (const [id, text] of Object.entries(table)) {
      assert.is(text, texts.get(id)?.replace(/\r\n/g, '\n'), id);
    }
  });
}

test.run();
