/**
 * The Ink prompt end to end on fake terminal streams: keystrokes in, rendered frames out.
 * The host here is a small stand-in engine that echoes and counts, so the test checks the
 * prompt's behaviour (continuation, output above the prompt, errors, Ctrl+C, exit).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough, Writable } from 'node:stream';
import { runInkRepl, type ReplHost } from '../../src/repl/ink/index.js';

function terminal() {
  const stdin = Object.assign(new PassThrough(), {
    isTTY: true, setRawMode: () => {}, ref: () => {}, unref: () => {}, setEncoding: PassThrough.prototype.setEncoding,
  });
  let screen = '';
  const stdout = Object.assign(new Writable({ write(chunk, _enc, done) { screen += chunk.toString(); done(); } }), { columns: 100, rows: 30, isTTY: false });
  // Strip escape sequences so the text is what a person would read.
  const text = () => screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  return { stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream, text };
}

const tick = () => new Promise((r) => setTimeout(r, 30));

/** Waits until the screen satisfies `ready` (Ink draws on its own schedule, later on a busy machine); fails after 10 s. */
async function until(ready: () => boolean, describe: () => string): Promise<void> {
  for (const deadline = Date.now() + 10_000; !ready(); await tick()) {
    if (Date.now() > deadline) assert.unreachable(describe());
  }
}

async function type(stdin: NodeJS.ReadStream, ...chunks: string[]) {
  for (const c of chunks) {
    (stdin as unknown as PassThrough).write(c);
    await tick();
  }
}

test('runs statements, continues incomplete ones with >>, shows errors, exits with the code', async () => {
  const ran: string[] = [];
  const host: ReplHost = {
    prompt: () => 'PS /work> ',
    isIncomplete: (t) => (t.match(/\{/g) ?? []).length > (t.match(/\}/g) ?? []).length,
    async run(t, write) {
      ran.push(t);
      if (t.startsWith('exit')) return { exitCode: Number(t.split(' ')[1] ?? 0) };
      if (t === 'boom') write({ kind: 'error', text: 'boom: The term is not recognized.' });
      else write({ kind: 'output', text: `ran ${ran.length}` });
      return { exitCode: null };
    },
    stop() {},
  };
  const term = terminal();
  const done = runInkRepl(host, { stdin: term.stdin, stdout: term.stdout });
  await tick();
  await type(term.stdin, '1 + 1', '\r', 'if ($x) {', '\r', '2 }', '\r');
  // A paste: several lines in one chunk.
  await type(term.stdin, 'boom\r');
  await type(term.stdin, 'abc', '\x03');
  await type(term.stdin, 'exit 3', '\r');
  const code = await done;
  assert.is(code, 3);
  assert.equal(ran, ['1 + 1', 'if ($x) {\n2 }', 'boom', 'exit 3']);
  const screen = term.text();
  assert.ok(screen.includes('PS /work> 1 + 1'), screen);
  assert.ok(screen.includes('ran 1'));
  assert.ok(screen.includes('>> 2 }'));
  assert.ok(screen.includes('ran 2'));
  assert.ok(screen.includes('boom: The term is not recognized.'));
  assert.ok(screen.includes('PS /work> abc^C'));
});

test('Write-Progress shows below the output while the command runs and goes when it ends', async () => {
  let finish = () => {};
  const host: ReplHost = {
    prompt: () => 'PS /work> ',
    isIncomplete: () => false,
    run(t, write, _readLine, showProgress) {
      if (t.startsWith('exit')) return Promise.resolve({ exitCode: 0 });
      write({ kind: 'output', text: 'item 1' });
      showProgress!((width) => [`Copy [File 1 at ${width}]`]);
      return new Promise((resolve) => { finish = () => resolve({ exitCode: null }); });
    },
    stop() {},
  };
  const term = terminal();
  const done = runInkRepl(host, { stdin: term.stdin, stdout: term.stdout });
  await tick();
  await type(term.stdin, 'copy', '\r');
  await until(() => term.text().endsWith('item 1\nCopy [File 1 at 100]\n'), () => JSON.stringify(term.text()));
  finish();
  // The next frame replaces the pane with the prompt.
  await until(() => term.text().endsWith('Copy [File 1 at 100]\nPS /work>  \n'), () => JSON.stringify(term.text().slice(-80)));
  await type(term.stdin, 'exit', '\r');
  await done;
});

test('a secret host prompt shows * per character and leaves the masked line above the prompt', async () => {
  let answered: string | null | undefined;
  const host: ReplHost = {
    prompt: () => 'PS /work> ',
    isIncomplete: () => false,
    async run(t, write, readLine) {
      if (t.startsWith('exit')) return { exitCode: 0 };
      answered = await readLine!('Password for user ann: ', { secret: true });
      write({ kind: 'output', text: 'read' });
      return { exitCode: null };
    },
    stop() {},
  };
  const term = terminal();
  const done = runInkRepl(host, { stdin: term.stdin, stdout: term.stdout });
  await tick();
  await type(term.stdin, 'Get-Credential ann', '\r', 'hun', 'ter2');
  await until(() => term.text().includes('Password for user ann: *******'), term.text);
  await type(term.stdin, '\r', 'exit', '\r');
  await done;
  assert.is(answered, 'hunter2');
  assert.not.ok(term.text().includes('hunter2'), term.text());
  assert.ok(term.text().includes('read'));
});

test('keys typed while a command runs wait for the next prompt; Ctrl+C drops them', async () => {
  const ran: string[] = [];
  let finish = () => {};
  const host: ReplHost = {
    prompt: () => 'PS /work> ',
    isIncomplete: () => false,
    run(t) {
      ran.push(t);
      if (t.startsWith('exit')) return Promise.resolve({ exitCode: 0 });
      return new Promise((resolve) => { finish = () => resolve({ exitCode: null }); });
    },
    stop() { finish(); },
  };
  const term = terminal();
  const done = runInkRepl(host, { stdin: term.stdin, stdout: term.stdout });
  await tick();
  // A paste of two lines: the second waits while the first runs.
  await type(term.stdin, 'first\rsecond\r', 'thi', 'rd');
  assert.equal(ran, ['first']);
  finish();
  await until(() => ran.length === 2, () => JSON.stringify(ran));
  assert.equal(ran, ['first', 'second']);
  // 'third' was typed while 'first' ran, behind 'second': once 'second' ends it is on the prompt line, not run.
  finish();
  await until(() => term.text().includes('PS /work> third'), term.text);
  await type(term.stdin, '\r', 'dropped', '\x03');
  await until(() => ran.length === 3, () => JSON.stringify(ran));
  await type(term.stdin, 'exit', '\r');
  await done;
  assert.equal(ran, ['first', 'second', 'third', 'exit']);
  assert.not.ok(term.text().includes('dropped'), term.text());
});

test.run();
