/**
 * Chevrotain's own checks of the grammar (ambiguous alternatives, duplicate DSL indexes, left
 * recursion...). They are skipped when psh runs, for start-up time, so this test runs them: in a
 * child process, as the parser reads PSH_GRAMMAR_CHECK when it is constructed.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const parserModule = fileURLToPath(new URL('../../grammar/parser/index.ts', import.meta.url));

test('the grammar passes Chevrotain\'s definition checks', () => {
  const script = `const m = await import(${JSON.stringify(parserModule)}); m.warmUpParser(); process.stdout.write(String(m.parse('$a = 1 | b').errors.length));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, PSH_GRAMMAR_CHECK: '1' },
    encoding: 'utf8',
  });
  assert.is(child.stderr.includes('Parser Definition Errors') ? child.stderr.slice(0, 2000) : '', '');
  assert.is(child.status, 0);
  assert.is(child.stdout.trim(), '0');
});

test.run();
