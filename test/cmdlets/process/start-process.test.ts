/** Start-Process with Node as the program: arguments, redirected streams, working directory, environment, -Wait, -PassThru and pwsh's errors. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../../src/engine/index.js';
import { lines, run } from '../../engine/runtime/run-script.js';

let root = '';
test.before.each(() => {
  root = mkdtempSync(join(tmpdir(), 'psh-start-process-'));
});
test.after.each(() => rmSync(root, { recursive: true, force: true }));

const onLinux = process.platform === 'linux';
const node = `'${process.execPath}'`;
/** A node -e script as one Start-Process argument (the quotes keep it one argument for .NET's splitting). */
const script = (code: string) => `'"${code.replace(/"/g, '\\"').replace(/'/g, "''")}"'`;

test('-Wait -PassThru: the exit code, and standard output and error in their files', () => {
  const out = join(root, 'out.txt');
  const err = join(root, 'err.txt');
  assert.is(
    lines(`$p = Start-Process ${node} -ArgumentList '-e', ${script('console.log("to out"); console.error("to err"); process.exit(3)')} -RedirectStandardOutput '${out}' -RedirectStandardError '${err}' -Wait -PassThru; $p.HasExited; $p.ExitCode; $p.GetType().FullName`),
    'True\n3\nSystem.Diagnostics.Process\n',
  );
  assert.is(readFileSync(out, 'utf8'), 'to out\n');
  assert.is(readFileSync(err, 'utf8'), 'to err\n');
});

test('redirected output is copied as pwsh copies it: line by line, without empty lines, each ending in \\n', () => {
  const out = join(root, 'out.txt');
  lines(`Start-Process ${node} -ArgumentList '-e', ${script('process.stdout.write("a\\n\\nb\\r\\nc\\rd\\r\\n\\r\\né")')} -RedirectStandardOutput '${out}' -Wait`);
  assert.is(readFileSync(out, 'utf8'), 'a\nb\nc\nd\né\n');
});

test('the input file is written to standard input as text, without its byte order mark, with a newline after it', () => {
  const input = join(root, 'in.txt');
  const out = join(root, 'out.txt');
  writeFileSync(input, '\ufeffno newline at the end');
  lines(`Start-Process ${node} -ArgumentList '-e', ${script('process.stdin.on("data", (d) => process.stdout.write(JSON.stringify(d.toString())))')} -RedirectStandardInput '${input}' -RedirectStandardOutput '${out}' -Wait`);
  assert.is(readFileSync(out, 'utf8'), '"no newline at the end\\n"\n');
});

test('without -Wait the output file is there at once, and filled as the process writes', async () => {
  const out = join(root, 'out.txt');
  writeFileSync(out, 'old content');
  lines(`$null = Start-Process ${node} -ArgumentList '-e', ${script('console.log("later")')} -RedirectStandardOutput '${out}'`);
  assert.is(readFileSync(out, 'utf8'), '');
  for (let tries = 0; tries < 200 && readFileSync(out, 'utf8') === ''; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.is(readFileSync(out, 'utf8'), 'later\n');
});

test('-ArgumentList is joined by spaces and split again by .NET\'s rules', () => {
  const out = join(root, 'out.txt');
  lines(`Start-Process ${node} '-e', ${script('console.log(JSON.stringify(process.argv.slice(1)))')}, 'a b', '"c d"', 'e\\"f' -RSO '${out}' -Wait`);
  assert.is(readFileSync(out, 'utf8'), '["a","b","c d","e\\"f"]\n');
});

test('-RedirectStandardInput, -WorkingDirectory, -Environment and -UseNewEnvironment', () => {
  const input = join(root, 'in.txt');
  const out = join(root, 'out.txt');
  writeFileSync(input, 'from the file\n');
  lines(`Start-Process ${node} -ArgumentList '-e', ${script('process.stdin.pipe(process.stdout)')} -RedirectStandardInput '${input}' -RedirectStandardOutput '${out}' -Wait`);
  assert.is(readFileSync(out, 'utf8'), 'from the file\n');
  lines(`Start-Process ${node} -ArgumentList '-e', ${script('console.log(process.cwd())')} -WorkingDirectory '${root}' -RedirectStandardOutput out.txt -Wait`.replace('out.txt', out));
  assert.is(readFileSync(out, 'utf8'), `${root}\n`);
  const env = script('console.log([process.env.PSH_A, process.env.PSH_B, process.env.HOME].map(String).join(" "))');
  lines(`$env:PSH_A = 'a'; Start-Process ${node} -ArgumentList '-e', ${env} -Environment @{ PSH_B = 2; HOME = $null } -RedirectStandardOutput '${out}' -Wait; $env:PSH_A = $null`);
  assert.is(readFileSync(out, 'utf8'), 'a 2 undefined\n');
  lines(`Start-Process ${node} -ArgumentList '-e', ${script('console.log(Object.keys(process.env).join())')} -UseNewEnvironment -Environment @{ ONLY = 1 } -RedirectStandardOutput '${out}' -Wait`);
  assert.is(readFileSync(out, 'utf8'), 'ONLY\n');
});

test('without -Wait the process runs on; Wait-Process and WaitForExit see it end with its exit code', () => {
  if (!onLinux) return;
  assert.is(
    lines(`$p = Start-Process ${node} -ArgumentList '-e', ${script('setTimeout(() => process.exit(4), 300)')} -PassThru; $p.HasExited; $p.Name; $p | Wait-Process -Timeout 20; $p.HasExited; $p.ExitCode`),
    'False\nnode\nTrue\n4\n',
  );
  assert.is(lines(`$p = Start-Process ${node} -ArgumentList '-e', ${script('setTimeout(() => {}, 60000)')} -PassThru; $p.Kill(); $p.WaitForExit(20000); $p.ExitCode`), 'True\n137\n');
});

test("-WhatIf names the program and arguments as pwsh does", () => {
  assert.is(lines(`Start-Process ${node} -ArgumentList ' -e', 1 -WhatIf`), `What if: Performing the operation "Start-Process" on target "${process.execPath} -e 1".\n`);
});

test("pwsh's errors: a missing working directory or input file, one file for two streams, -Verb, -WindowStyle, a program that does not exist, an output file in a missing folder", () => {
  const result = run(
    `Start-Process ${node} -WorkingDirectory '${root}/none'; Start-Process ${node} -RedirectStandardInput '${root}/none'; ` +
      `Start-Process ${node} -RedirectStandardOutput a -RedirectStandardError A; Start-Process ${node} -Verb open; Start-Process ${node} -WindowStyle Hidden; ` +
      `Start-Process psh-no-such-program -ArgumentList x -WorkingDirectory '${root}'; Start-Process ${node} -RedirectStandardOutput '${root}/none/out.txt'; $Error.FullyQualifiedErrorId`,
  );
  assert.is(
    result.err,
    'Start-Process: This command cannot be run because either the parameter "WorkingDirectory" has a value that is not valid or cannot be used with this command. Give a valid input and Run your command again.\n' +
      `Start-Process: This command cannot be run because either the parameter "RedirectStandardInput '${root}/none'" has a value that is not valid or cannot be used with this command. Give a valid input and Run your command again.\n` +
      'Start-Process: This command cannot be run because "RedirectStandardOutput" and "RedirectStandardError" are same. Give different inputs and Run your command again.\n' +
      "Start-Process: The parameter '-Verb' is not supported for the cmdlet 'Start-Process' on this edition of PowerShell.\n" +
      "Start-Process: The parameter '-WindowStyle' is not supported for the cmdlet 'Start-Process' on this edition of PowerShell.\n" +
      `Start-Process: An error occurred trying to start process 'psh-no-such-program' with working directory '${root}'. No such file or directory\n` +
      `Start-Process: Could not find a part of the path '${root}/none/out.txt'.\n`,
  );
  assert.is(
    result.out,
    ['System.IO.DirectoryNotFoundException', 'System.ComponentModel.Win32Exception', 'NotSupportedException', 'NotSupportedException', 'InvalidOperationException', 'FileNotFoundException', 'DirectoryNotFoundException']
      .map((id) => `${id},Microsoft.PowerShell.Commands.StartProcessCommand\n`)
      .join(''),
  );
});

test('saps is an alias everywhere; start only on Windows, as in pwsh', () => {
  assert.is(lines('(Get-Alias saps).Definition'), 'Start-Process\n');
  assert.is(lines('Test-Path alias:start'), process.platform === 'win32' ? 'True\n' : 'False\n');
});

test.run();
