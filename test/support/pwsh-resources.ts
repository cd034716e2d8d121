/**
 * pwsh's English resource strings (../shared/pwsh-resources), for tests that check psh's
 * message tables against them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const resources = new URL('../../../shared/pwsh-resources/', import.meta.url);

/** The strings of one .resx file, by data name; `file` is relative to pwsh-resources/. */
export function resourceStrings(file: string): Map<string, string> {
  const url = new URL(file, resources);
  if (!existsSync(url)) throw new Error(`pwsh resource ${file} not found at ${url.pathname}: the shared pwsh-resources folder is missing`);
  const document = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, isArray: (name) => name === 'data' }).parse(readFileSync(url, 'utf8'));
  const entries = document.root.data as { name: string; value: string }[];
  return new Map(entries.map((entry) => [entry.name, String(entry.value)]));
}

/** One test per table: every message psh keeps is pwsh's text for that id. */
export function testTablesArePwshs(tables: readonly (readonly [file: string, table: Readonly<Record<string, string>>])[]): void {
  for (const [file, table] of tables) {
    test(`every text in the ${file} table is pwsh's`, () => {
      const strings = resourceStrings(file);
      for (const [id, text] of Object.entries(table)) {
        assert.ok(strings.has(id), `${id} is not in ${file}`);
        assert.is(text, strings.get(id)!.replace(/\r\n/g, '\n'), id);
      }
    });
  }
}
