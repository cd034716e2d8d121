/** The plain prompt: `PS cwd> `, `>> ` while the input is incomplete, output between prompts, `exit`. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Readable } from 'node:stream';
import { runLinePrompt } from '../../src/repl/line-prompt.js';
import { ConsoleHost } from '../../src/host/console-host.js';

async function session(input: string): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const code = await runLinePrompt(Readable.from([input]), new ConsoleHost({ stdout: (s) => { out += s; }, stderr: (s) => { err += s; } }));
  return { out, err, code };
}

const prompt = `PS ${process.cwd()}> `;

test('each line runs after the prompt; variables persist between lines', async () => {
  const { out, code } = await session('$x = 2\n$x * 3\n');
  assert.is(out, `${prompt}${prompt}6\n${prompt}\n`);
  assert.is(code, 0);
});

test('an open brace asks for more lines with >>', async () => {
  const { out } = await session('if ($true) {\n"inside"\n}\n');
  assert.is(out, `${prompt}>> >> inside\n${prompt}\n`);
});

test('exit ends the session with its code', async () => {
  const { out, code } = await session('"a"\nexit 7\n"never"\n');
  assert.is(out, `${prompt}a\n${prompt}`);
  assert.is(code, 7);
});

test('errors go to the error stream and the session goes on', async () => {
  const { out, err } = await session('1/0\n"next"\n');
  assert.is(err, 'RuntimeException: Attempted to divide by zero.\n');
  assert.is(out, `${prompt}${prompt}next\n${prompt}\n`);
});

test.run();
