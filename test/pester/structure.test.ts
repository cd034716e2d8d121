/** Pester 5's data-driven blocks and tests, tag filters and failing BeforeAll/AfterAll, as Invoke-Pester reports them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '../../src/engine/index.js';
import { run } from '../engine/runtime/run-script.js';

/** Durations vary from run to run: they become N (not digits inside a word: the temporary folder's random name may hold `x12s`). */
const withoutTimes = (text: string) => text.replace(/(?<![\w.-])\d+(\.\d+)?(ms|s)\b/g, 'N$2');

const folder = mkdtempSync(join(tmpdir(), 'psh-pester-structure-'));

function testFile(name: string, lines: string[]): string {
  const path = join(folder, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const dataFile = testFile('data.Tests.ps1', [
  "Describe 'numbers <name>' -ForEach @(@{ name = 'one'; n = 1 }, @{ name = 'two'; n = 2 }) {",
  '    BeforeAll { $double = $n * 2 }',
  "    It 'doubles <n> to <double>' { $double | Should -Be ($n + $n) }",
  "    It 'sees item <_>' -ForEach 'a', 'b' { $_ | Should -BeIn 'a', 'b' }",
  "    It 'skips <name>' -Skip { }",
  "    It 'runs for no item' -ForEach @() { throw 'never' }",
  '}',
  "Describe 'tags' -Tag 'slow' {",
  "    It 'slow one' { }",
  "    It 'also fast' -Tag 'fast' { }",
  "    Context 'inner' { It 'inherits slow' { } }",
  '}',
]);

test('-ForEach repeats blocks and tests with $_ and the hashtable keys, names expanded after setup', () => {
  const result = run(`Invoke-Pester -Path '${dataFile}' -Output Detailed`);
  assert.is(
    withoutTimes(result.out).split('\n').slice(4).join('\n'),
    [
      '',
      `Running tests from '${dataFile}'`,
      'Describing numbers one',
      '  [+] doubles 1 to 2 Nms (Nms|Nms)',
      '  [+] sees item a Nms (Nms|Nms)',
      '  [+] sees item b Nms (Nms|Nms)',
      '  [!] skips <name> Nms (Nms|Nms)',
      '',
      'Describing numbers two',
      '  [+] doubles 2 to 4 Nms (Nms|Nms)',
      '  [+] sees item a Nms (Nms|Nms)',
      '  [+] sees item b Nms (Nms|Nms)',
      '  [!] skips <name> Nms (Nms|Nms)',
      '',
      'Describing tags',
      '  [+] slow one Nms (Nms|Nms)',
      '  [+] also fast Nms (Nms|Nms)',
      ' Context inner',
      '   [+] inherits slow Nms (Nms|Nms)',
      'Tests completed in Nms',
      'Tests Passed: 9, Failed: 0, Skipped: 2 NotRun: 0',
      '',
    ].join('\n'),
  );
});

const filters: [string, string][] = [
  ['-Tag fast', 'Tests Passed: 1, Failed: 0, Skipped: 0 NotRun: 10'],
  ['-Tag slow', 'Tests Passed: 3, Failed: 0, Skipped: 0 NotRun: 8'],
  ['-Tag s*', 'Tests Passed: 3, Failed: 0, Skipped: 0 NotRun: 8'],
  ['-ExcludeTag fast', 'Tests Passed: 8, Failed: 0, Skipped: 2 NotRun: 1'],
  ['-Tag slow -ExcludeTag fast', 'Tests Passed: 2, Failed: 0, Skipped: 0 NotRun: 9'],
];

for (const [filter, summary] of filters) {
  test(`Invoke-Pester ${filter} runs the tests it selects, the others are NotRun`, () => {
    const lines = run(`Invoke-Pester -Path '${dataFile}' ${filter}`).out.trim().split('\n');
    assert.is(lines[lines.length - 1], summary);
  });
}

test('Detailed output names the filters and how many tests they selected', () => {
  const lines = withoutTimes(run(`Invoke-Pester -Path '${dataFile}' -Tag fast, sl* -ExcludeTag none -Output Detailed`).out).split('\n');
  assert.equal(lines.slice(2, 7), [
    'Discovery found 11 tests in Nms.',
    "Filter 'Tag' set to ('fast', 'sl*').",
    "Filter 'ExcludeTag' set to ('none').",
    'Filters selected 3 tests to run.',
    'Running tests.',
  ]);
});

const failingFile = testFile('failing.Tests.ps1', [
  "Describe 'broken setup' {",
  "    BeforeAll { throw 'setup broke' }",
  "    It 'never runs' { }",
  "    Context 'inner' { It 'nor this' { } }",
  '}',
  "Describe 'broken teardown' {",
  "    AfterAll { throw 'teardown broke' }",
  "    It 'runs' { }",
  '}',
]);

test('a failing BeforeAll fails its tests; a failing AfterAll fails its block; both are listed', () => {
  const result = run(`$r = Invoke-Pester -Path '${failingFile}' -PassThru; $LASTEXITCODE; $r.Result; $r.FailedCount; $r.FailedBlocksCount`);
  assert.is(
    withoutTimes(result.out).split('\n').slice(4).join('\n'),
    [
      "[-] Describe broken setup failed",
      ' RuntimeException: setup broke',
      ` at <ScriptBlock>, ${failingFile}:2`,
      "[-] Describe broken teardown failed",
      ' RuntimeException: teardown broke',
      ` at <ScriptBlock>, ${failingFile}:7`,
      'Tests completed in Nms',
      'Tests Passed: 1, Failed: 2, Skipped: 0 NotRun: 0',
      'BeforeAll \\ AfterAll failed: 2',
      '  - broken setup',
      '  - broken teardown',
      '4',
      'Failed',
      '2',
      '2',
      '',
    ].join('\n'),
  );
});

test('Detailed output names a block before its failure, its error lines indented under it', () => {
  const lines = withoutTimes(run(`Invoke-Pester -Path '${failingFile}' -Output Detailed`).out).split('\n');
  assert.equal(lines.slice(6, 16), [
    'Describing broken setup',
    '[-] Describe broken setup failed',
    '  RuntimeException: setup broke',
    `  at <ScriptBlock>, ${failingFile}:2`,
    '',
    'Describing broken teardown',
    '  [+] runs Nms (Nms|Nms)',
    '[-] Describe broken teardown failed',
    '  RuntimeException: teardown broke',
    `  at <ScriptBlock>, ${failingFile}:7`,
  ]);
});

test('a file whose own BeforeAll fails is a failed container', () => {
  const file = testFile('root.Tests.ps1', ["BeforeAll { throw 'root broke' }", "Describe 'd' { It 't' { } }"]);
  const lines = withoutTimes(run(`Invoke-Pester -Path '${file}'; $LASTEXITCODE`).out).split('\n');
  assert.equal(lines.slice(4), [
    `[-] ${file} failed with:`,
    'RuntimeException: root broke',
    `at <ScriptBlock>, ${file}:1`,
    'Tests completed in Nms',
    'Tests Passed: 0, Failed: 1, Skipped: 0 NotRun: 0',
    'Container failed: 1',
    `  - ${file}`,
    '2',
    '',
  ]);
});

test('every line of a multi-line error message gets the margin', () => {
  const file = testFile('multiline.Tests.ps1', ["Describe 'd' { It 't' { Get-NoSuchCommand } }"]);
  const lines = withoutTimes(run(`Invoke-Pester -Path '${file}'`).out).split('\n');
  assert.equal(lines.slice(4, 8), [
    '[-] d.t Nms (Nms|Nms)',
    " CommandNotFoundException: The term 'Get-NoSuchCommand' is not recognized as a name of a cmdlet, function, script file, or executable program.",
    ' Check the spelling of the name, or if a path was included, verify that the path is correct and try again.',
    ` at <ScriptBlock>, ${file}:1`,
  ]);
});

test('a skipped block skips its tests and setup; Normal output names failures by expanded path', () => {
  const file = testFile('skip.Tests.ps1', [
    "Describe 'skipped' -Skip {",
    "    BeforeAll { throw 'not run' }",
    "    It 'a' { throw 'not run' }",
    "    Context 'inner' { It 'b' { } }",
    '}',
    "Describe 'item <_.Name>' -ForEach @([pscustomobject]@{ Name = 'x' }) {",
    "    It 'fails for <_.Name>' { 1 | Should -Be 2 }",
    "    It 'is pending' -Pending { }",
    '}',
  ]);
  const lines = withoutTimes(run(`Invoke-Pester -Path '${file}'`).out).split('\n');
  assert.equal(lines.slice(4), [
    '[-] item x.fails for x Nms (Nms|Nms)',
    ' Expected 2, but got 1.',
    // Pester quotes the whole line the failing Should is on.
    ` at It 'fails for <_.Name>' { 1 | Should -Be 2 }, ${file}:7`,
    ` at <ScriptBlock>, ${file}:7`,
    'Tests completed in Nms',
    'Tests Passed: 0, Failed: 1, Skipped: 3 NotRun: 0',
    '',
  ]);
});

test('BeforeDiscovery prepares -ForEach data that the run phase no longer sees; $PSScriptRoot is the file\'s folder', () => {
  const file = testFile('discovery.Tests.ps1', [
    "BeforeDiscovery { $cases = @(@{ word = 'alpha'; length = 5 }, @{ word = 'be'; length = 2 }) }",
    "$outside = 'set during discovery'",
    "Describe 'words' {",
    "    It '<word> has <length> letters' -ForEach $cases { $word.Length | Should -Be $length }",
    "    It 'does not see discovery variables' { $cases | Should -BeNullOrEmpty; $outside | Should -BeNullOrEmpty }",
    `    It 'knows its folder' { $PSScriptRoot | Should -Be '${folder}' }`,
    '}',
  ]);
  const lines = run(`Invoke-Pester -Path '${file}' -Output Detailed`).out.trim().split('\n');
  assert.is(lines[lines.length - 1], 'Tests Passed: 4, Failed: 0, Skipped: 0 NotRun: 0', lines.join('\n'));
  assert.ok(lines.some((line) => line.startsWith('  [+] alpha has 5 letters')));
});

const structureErrors: [string, string][] = [
  ["Describe 'd'", 'No test fixture is provided. (Have you put the open curly brace on the next line?)'],
  ["Describe 'd' { It 'no body' }", 'No test scriptblock is provided. Did you put the opening curly brace on the next line?'],
];

for (const [script, message] of structureErrors) {
  test(`${script} fails with Pester's message`, () => {
    const result = run(`try { ${script} } catch { $_.Exception.Message }`);
    assert.equal(result, { out: `${message}\n`, err: '', code: 0 });
  });
}

test('It and the setup blocks outside a Describe fail as a script throw does, stopping the script', () => {
  const caught = run("try { It 'x' { 1 } } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; [string]$_.CategoryInfo.Category; $_.Exception.GetType().FullName }");
  assert.is(caught.out, 'It can only be used inside Describe or Context.\nIt can only be used inside Describe or Context.\nOperationStopped\nSystem.Management.Automation.RuntimeException\n');
  const uncaught = run("BeforeAll { 1 }; 'not reached'");
  assert.equal(uncaught, { out: '', err: 'BeforeAll: BeforeAll can only be used inside Describe or Context.\n', code: 1 });
});

test.after(() => rmSync(folder, { recursive: true, force: true }));

test.run();
