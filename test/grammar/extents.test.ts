/**
 * Extents: every node's extent lies inside the source and inside its parent's extent, its text
 * is the source text there, and line/column agree with the offsets (1-based, UTF-16 units).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { parse } from '../../grammar/parser/index.js';
import { Extent } from '../../grammar/extent.js';

interface Visit { node: { kind: string; extent: Extent }; parent: { kind: string; extent: Extent } | null }

function* nodes(value: unknown, parent: Visit['parent'] = null): Generator<Visit> {
  if (Array.isArray(value)) {
    for (const v of value) yield* nodes(v, parent);
    return;
  }
  if (!value || typeof value !== 'object' || value instanceof Extent) return;
  const record = value as Record<string, unknown>;
  const isNode = typeof record.kind === 'string' && record.extent instanceof Extent;
  const self = isNode ? (record as unknown as Visit['node']) : parent;
  if (isNode) yield { node: record as unknown as Visit['node'], parent };
  for (const [key, child] of Object.entries(record)) {
    if (key === 'extent' || key === 'operatorExtent') continue;
    yield* nodes(child, self);
  }
}

function checkExtents(source: string): number {
  const r = parse(source);
  let count = 0;
  for (const { node, parent } of nodes(r.ast)) {
    const e = node.extent;
    assert.ok(e.startOffset >= 0 && e.startOffset <= e.endOffset && e.endOffset <= source.length, `${node.kind} extent out of range`);
    assert.is(e.text, source.slice(e.startOffset, e.endOffset));
    const lines = source.slice(0, e.startOffset).split(/\r\n|\r|\n/);
    assert.is(e.startLineNumber, lines.length, `${node.kind} line`);
    assert.is(e.startColumnNumber, lines[lines.length - 1].length + 1, `${node.kind} column`);
    if (parent) {
      assert.ok(e.startOffset >= parent.extent.startOffset && e.endOffset <= parent.extent.endOffset,
        `${node.kind} ${JSON.stringify(e.text)} [${e.startOffset},${e.endOffset}) is outside its ${parent.kind} [${parent.extent.startOffset},${parent.extent.endOffset})`);
    }
    count++;
  }
  return count;
}

test('extents of a module-style script nest and match the text', () => {
  const source = readFileSync(new URL('../fixtures/scripts/module-style.ps1', import.meta.url), 'utf8');
  assert.ok(checkExtents(source) > 300);
});

test('extents in strings, here-strings, comments and CRLF line endings', () => {
  checkExtents('$a = "x $($b +\r\n 1) y"\r\n@"\r\n$c $(d)\r\n"@ | Out-Null <# c #> # end\r\nif ($x) { `\r\n  $y }');
});

test('statement and expression extents cover exactly their text', () => {
  const r = parse('  $x = 1 + 2  # c\nGet-Item -Path a |  Select -First 1\n');
  const [assignment, pipeline] = r.ast.endBlock!.statements;
  assert.is(assignment.extent.text, '$x = 1 + 2');
  assert.is(pipeline.extent.text, 'Get-Item -Path a |  Select -First 1');
  assert.equal([pipeline.extent.startLineNumber, pipeline.extent.startColumnNumber, pipeline.extent.endLineNumber, pipeline.extent.endColumnNumber], [2, 1, 2, 36]);
});

test.run();
