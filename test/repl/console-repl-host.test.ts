/** The Ink prompt's engine adapter: real psh evaluation, output and errors as blocks, exit. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { consoleReplHost } from '../../src/repl/console-repl-host.js';
import type { OutputBlock } from '../../src/repl/ink/index.js';

test('runs statements with the engine and reports output, errors, incompleteness and exit', async () => {
  const host = consoleReplHost();
  const blocks: OutputBlock[] = [];
  const write = (b: OutputBlock) => blocks.push(b);
  assert.is((await host.run('1 + 2', write)).exitCode, null);
  assert.equal(blocks.map((b) => [b.kind, b.text]), [['output', '3']]);
  blocks.length = 0;
  await host.run('$x = @{ a = 1 }; $x.a * 10', write);
  assert.equal(blocks.map((b) => b.text), ['10']);
  blocks.length = 0;
  await host.run('1 +', write);
  assert.ok(blocks.some((b) => b.kind === 'error' && b.text.includes("You must provide a value expression following the '+' operator.")));
  assert.ok(host.isIncomplete('if ($x) {'));
  assert.ok(!host.isIncomplete('1 2'));
  assert.ok(!host.isIncomplete('{ 1 2'), 'a wrong statement is not unfinished, even inside an open block');
  assert.ok(!host.isIncomplete('1'));
  assert.is((await host.run('exit 4', write)).exitCode, 4);
});

test.run();
