/**
 * The Ink prompt's engine thread: real psh evaluation in a worker, output and errors as blocks,
 * host prompts answered through the shared buffer, and Ctrl+C (stop) ending a running command
 * with its finally and clean blocks run and no error shown, as pwsh's console does.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { workerReplHost } from '../../src/repl/worker-repl-host.js';
import type { OutputBlock, ReadLine, ReplHost } from '../../src/repl/ink/index.js';

const hostPromise = workerReplHost(null);

async function runCollecting(host: ReplHost, text: string, readLine?: ReadLine) {
  const blocks: OutputBlock[] = [];
  const outcome = await host.run(text, (b) => blocks.push(b), readLine);
  return { blocks: blocks.map((b) => [b.kind, b.text]), exitCode: outcome.exitCode };
}

/** Runs `text` and asks for a stop once it has written its first block (so it is surely running). */
async function runAndStop(host: ReplHost, text: string) {
  const blocks: OutputBlock[] = [];
  const outcome = await host.run(text, (b) => {
    if (blocks.push(b) === 1) host.stop();
  });
  return { blocks: blocks.map((b) => [b.kind, b.text]), exitCode: outcome.exitCode };
}

test('runs statements and reports output, errors, incompleteness and exit', async () => {
  const host = await hostPromise;
  assert.equal(await runCollecting(host, '1 + 2'), { blocks: [['output', '3']], exitCode: null });
  assert.equal((await runCollecting(host, '$x = @{ a = 1 }; $x.a * 10')).blocks, [['output', '10']]);
  const parseError = await runCollecting(host, '1 +');
  assert.ok(parseError.blocks.some(([kind, text]) => kind === 'error' && text.includes("You must provide a value expression following the '+' operator.")));
  assert.ok(host.isIncomplete('if ($x) {'));
  assert.ok(!host.isIncomplete('1'));
  assert.is(host.prompt(), `PS ${process.cwd()}> `);
});

test('mandatory parameters and confirmations read their line through the prompt', async () => {
  const host = await hostPromise;
  const prompts: string[] = [];
  const answers = ['psh', 'y'];
  const script = 'function g { param([Parameter(Mandatory)]$Name) "hello $Name" }; g; function hx { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess("t")) { "did" } }; hx -Confirm';
  const result = await runCollecting(host, script, async (prompt) => {
    prompts.push(prompt);
    return answers.shift() ?? null;
  });
  assert.equal(prompts, ['Name: ', '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is "Y"): ']);
  assert.equal(result.blocks, [
    ['output', 'cmdlet g at command pipeline position 1'],
    ['output', 'Supply values for the following parameters:'],
    ['output', 'hello psh'],
    ['output', 'Confirm'],
    ['output', 'Are you sure you want to perform this action?'],
    ['output', 'Performing the operation "hx" on target "t".'],
    ['output', 'did'],
  ]);
});

test('a stop ends a running loop: finally runs, catch does not, no error is shown, the next command runs', async () => {
  const host = await hostPromise;
  const stopped = await runAndStop(host, '"started"; try { while ($true) {} } catch { "caught" } finally { "finally ran" }; "after"');
  assert.equal(stopped, { blocks: [['output', 'started'], ['output', 'finally ran']], exitCode: null });
  assert.equal((await runCollecting(host, '$?; "next"')).blocks, [['output', 'False'], ['output', 'next']]);
});

test('a stop ends a long pipeline and runs its clean blocks; Start-Sleep wakes', async () => {
  const host = await hostPromise;
  const pipeline = await runAndStop(host, 'function f { process { $_ } clean { Write-Host "clean ran" } }; 1..1000000 | f | ForEach-Object { if ($_ -eq 1) { "started" } }');
  assert.equal(pipeline.blocks, [['output', 'started'], ['output', 'clean ran']]);
  const sleep = await runAndStop(host, '"started"; try { Start-Sleep -Seconds 100 } finally { "slept" }');
  assert.equal(sleep.blocks, [['output', 'started'], ['output', 'slept']]);
});

test('a stop during a host prompt ends the command', async () => {
  const host = await hostPromise;
  const result = await runCollecting(host, 'function g { param([Parameter(Mandatory)]$Name) } try { g } finally { "finally ran" }', async () => {
    host.stop();
    return null;
  });
  assert.equal(result.blocks, [
    ['output', 'cmdlet g at command pipeline position 1'],
    ['output', 'Supply values for the following parameters:'],
    ['output', 'finally ran'],
  ]);
});

test('secret reads (Read-Host -MaskInput, a credential\'s password) ask the prompt to mask the line', async () => {
  const host = await hostPromise;
  const asked: [string, boolean][] = [];
  const answers = ['1234', 'ann', 'pw'];
  const script = '$pin = Read-Host -MaskInput PIN; $name = Read-Host Name; $c = Get-Credential -UserName ann; "$pin $name $($c.Password.Length)"';
  const result = await runCollecting(host, script, async (prompt, options) => {
    asked.push([prompt, options?.secret ?? false]);
    return answers.shift() ?? null;
  });
  assert.equal(asked, [['PIN: ', true], ['Name: ', false], ['Password for user ann: ', true]]);
  assert.equal(result.blocks.at(-1), ['output', '1234 ann 2']);
});

test('Write-Progress reaches the prompt\'s progress pane: the first record, then Completed clears it', async () => {
  const host = await hostPromise;
  const shown: (string[] | null)[] = [];
  await host.run('Write-Progress -Activity Copy -Status "File 1" -PercentComplete 30; Write-Progress -Activity Copy -Status "File 2"; Write-Progress -Activity Copy -Completed; "done"', () => {}, undefined, (lines) => {
    shown.push(lines && lines(40).map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').trimEnd()));
  });
  assert.equal(shown, [['Copy [File 1' + ' '.repeat(25) + ']'], null]);
});

test('exit ends the session with its code', async () => {
  const host = await hostPromise;
  assert.is((await runCollecting(host, 'exit 4')).exitCode, 4);
});

test.run();
