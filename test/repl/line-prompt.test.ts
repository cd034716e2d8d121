/** The plain prompt: the prompt function's text (`PS cwd> `), `>> ` while the input is incomplete, output between prompts, `exit`. */
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

test('each command line typed is added to the history', async () => {
  const { out } = await session('"a"\nif ($true) {\n"b" }\nGet-History | % CommandLine\n');
  assert.is(out, `${prompt}a\n${prompt}>> b\n${prompt}"a"\nif ($true) {\n"b" }\n${prompt}\n`);
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

test("the prompt shows what the session's prompt function returns, once it is redefined", async () => {
  const { out } = await session('function prompt { "X> " }\n"a"\n');
  assert.is(out, `${prompt}X> a\nX> \n`);
});

test('a prompt that writes nothing, $null, an empty string or fails shows PS>; its errors are not shown', async () => {
  for (const body of ['', '$null', "''", 'throw "bad"', 'Write-Error "bad"', '"a"; throw "bad"']) {
    const { out, err } = await session(`function prompt { ${body} }\n`);
    assert.is(out, `${prompt}PS>\n`, body);
    assert.is(err, '', body);
  }
});

test("the prompt's first object is shown as its ToString(); later ones are dropped", async () => {
  const { out } = await session('function prompt { 42; "more" }\n');
  assert.is(out, `${prompt}42\n`);
});

test("the prompt leaves $? as the user's last command set it; its errors reach $Error", async () => {
  // Before $Error.Count: three failing prompts (after each line but the first prompt) and Write-Error's error.
  const { out } = await session('function prompt { Get-Item /no/such/item; "P> " }\n$?\nWrite-Error x 2>$null\n$Error.Count\n');
  assert.is(out, `${prompt}P> True\nP> P> 4\nP> \n`);
});

test.run();
