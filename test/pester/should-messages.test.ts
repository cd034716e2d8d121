/** Should's failure messages and Invoke-Pester's report, as Pester 5 words them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '../../src/engine/index.js';
import { run } from '../engine/runtime/run-script.js';

const messages: [string, string][] = [
  ['1 | Should -Be 2', 'Expected 2, but got 1.'],
  ['$null | Should -Be 1', 'Expected 1, but got $null.'],
  ['1 | Should -Not -Be 1', 'Expected 1 to be different from the actual value, but got the same value.'],
  ["'abc' | Should -Be 'abd'", "Expected strings to be the same, but they were different.\nString lengths are both 3.\nStrings differ at index 2.\nExpected: 'abd'\nBut was:  'abc'\n           --^"],
  ["'abc' | Should -BeExactly 'ABC'", "Expected strings to be the same, but they were different.\nString lengths are both 3.\nStrings differ at index 0.\nExpected: 'ABC'\nBut was:  'abc'\n           ^"],
  ["'ab' | Should -Be 'abc'", "Expected strings to be the same, but they were different.\nExpected length: 3\nActual length:   2\nStrings differ at index 2.\nExpected: 'abc'\nBut was:  'ab'\n           --^"],
  ['1, 2, 3 | Should -Be @(1, 2)', 'Expected a collection @(1, 2) with length 2, but got a collection @(1, 2, 3) with length 3.'],
  ['1, 2, 3 | Should -Be @(1, 5, 3)', 'Expected collections to be the same, but they were different.\nCollection lengths are both 3.\nCollections differ at index 1.\nExpected: @(1, 5, 3)\nBut was:  @(1, 2, 3)'],
  ['$false | Should -BeTrue', 'Expected $true, but got $false.'],
  ["$true | Should -BeFalse -Because 'it was set'", 'Expected $false, because it was set, but got $true.'],
  ["'x' | Should -BeNullOrEmpty", "Expected $null or empty, but got 'x'."],
  ['$null | Should -Not -BeNullOrEmpty', 'Expected a value, but got $null or empty.'],
  ['{ 1 } | Should -Throw', 'Expected an exception to be thrown, but no exception was thrown.'],
  ["{ 1 } | Should -Throw -ExpectedMessage 'x' -ErrorId 'y'", "Expected an exception with message like 'x' and FullyQualifiedErrorId 'y' to be thrown, but no exception was thrown."],
  ["'abc' | Should -Match 'x'", "Expected regular expression 'x' to match 'abc', but it did not match."],
  ["'abc' | Should -Not -Match 'b'", "Expected regular expression 'b' to not match 'abc', but it did match."],
  ["'abc' | Should -MatchExactly 'A'", "Expected regular expression 'A' to case sensitively match 'abc', but it did not match."],
  ['1, 2 | Should -Contain 3', 'Expected 3 to be found in collection @(1, 2), but it was not found.'],
  ['1, 2 | Should -Not -Contain 2', 'Expected 2 to not be found in collection @(1, 2), but it was found.'],
  ['1 | Should -BeOfType [string]', 'Expected the value to have type [string] or any of its subtypes, but got 1 with type [int].'],
  ['1, 2 | Should -HaveCount 3', 'Expected a collection with size 3, but got collection with size 2 @(1, 2).'],
  ['@() | Should -HaveCount 1', 'Expected a collection with size 1, but got an empty collection.'],
  ['1 | Should -BeGreaterThan 2', 'Expected the actual value to be greater than 2, but got 1.'],
  ['3 | Should -Not -BeGreaterThan 2', 'Expected the actual value to be less than or equal to 2, but got 3.'],
  ['3 | Should -BeLessThan 2', 'Expected the actual value to be less than 2, but got 3.'],
  ['1 | Should -BeGreaterOrEqual 2', 'Expected the actual value to be greater than or equal to 2, but got 1.'],
  ["'abc' | Should -BeLike 'x*'", "Expected like wildcard 'x*' to match 'abc', but it did not match."],
  ["'abc' | Should -BeLikeExactly 'A*'", "Expected case sensitive like wildcard 'A*' to match 'abc', but it did not match."],
  ['4 | Should -BeIn 1, 2', 'Expected collection @(1, 2) to contain 4, but it was not found.'],
  ["'/no/such/path' | Should -Exist", "Expected path '/no/such/path' to exist, but it did not exist."],
  ['Get-Command Get-Thing | Should -HaveParameter Missing', 'Expected command Get-Thing to have a parameter Missing, but the parameter is missing.'],
  ['Get-Command Get-Thing | Should -HaveParameter Count -Mandatory', "Expected command Get-Thing to have a parameter Count, which is mandatory, but it wasn't mandatory."],
  ["Get-Command Get-Thing | Should -HaveParameter Count -Type [string] -Because 'it is text'", 'Expected command Get-Thing to have a parameter Count, of type [System.String], because it is text, but it was of type [System.Int32].'],
  ['Get-Command Get-Thing | Should -HaveParameter Count -DefaultValue 6', "Expected command Get-Thing to have a parameter Count, the default value to be '6', but the default value was '5'."],
  ['Get-Command Get-Thing | Should -HaveParameter Name -Mandatory -Type int -Alias X', "Expected command Get-Thing to have a parameter Name, which is mandatory, of type [System.Int32] and with alias 'X', but it was of type [System.String] and it didn't have an alias 'X'."],
  ['Get-Command Get-Thing | Should -HaveParameter Name -Alias X, N, Y', "Expected command Get-Thing to have a parameter Name, with aliases 'X', 'N' and 'Y', but it didn't have the aliases 'X' and 'Y'."],
  ['Get-Command Get-Thing | Should -Not -HaveParameter Name', 'Expected command Get-Thing to not have a parameter Name, but the parameter exists.'],
  ['Get-Command Get-Thing | Should -Not -HaveParameter Name -Mandatory', 'Expected command Get-Thing to not have a parameter Name, which is not mandatory, but it was mandatory.'],
  ['Get-Command Get-Thing | Should -HaveParameter Name -InParameterSet B', 'Expected command Get-Thing to have a parameter Name in parameter set B, but the parameter is missing.'],
  ["Get-Command Get-Thing | Should -HaveParameter Force -DefaultValue 'true'", "Expected command Get-Thing to have a parameter Force, the default value to be 'true', but the default value was 'false'."],
  ['Get-Command Get-Thing | Should -HaveParameter Count -Type ([string[]])', 'Expected command Get-Thing to have a parameter Count, of type [System.String[]], but it was of type [System.Int32].'],
  ['Get-Command gthing | Should -HaveParameter Missing', 'Expected command gthing to have a parameter Missing, but the parameter is missing.'],
  ["$file | Should -FileContentMatch '^nope'", "Expected '^nope' to be found in file '{file}', but it was not found."],
  ["$file | Should -FileContentMatchExactly '^Hello'", "Expected '^Hello' to be case sensitively found in file '{file}', but it was not found."],
  ["$file | Should -Not -FileContentMatch 'World'", "Expected 'World' to not be found in file '{file}', but it was found."],
  ["$file | Should -FileContentMatchMultiline '^second'", "Expected '^second' to be found in file '{file}', but it was not found."],
  ["$file | Should -Not -FileContentMatchMultilineExactly 'World\nsecond'", "Expected 'World\nsecond' to not be case sensitively found in file '{file}', but it was found."],
];

/** A command and a file the -HaveParameter and -FileContentMatch cases look at. */
const fixture = mkdtempSync(join(tmpdir(), 'psh-should-'));
const contentFile = join(fixture, 'content.txt');
writeFileSync(contentFile, 'hello World\nsecond line\n');
const setup = [
  'function Get-Thing { param([Parameter(Mandatory, ParameterSetName = "A")][Alias("N")][string] $Name, [int] $Count = 5, [switch] $Force = $false) }',
  'Set-Alias -Name gthing -Value Get-Thing',
  `$file = '${contentFile}'`,
].join('; ');

for (const [assertion, message] of messages) {
  test(`${assertion} fails with Pester's message`, () => {
    const result = run(`${setup}; try { ${assertion}; 'passed' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }`);
    assert.is(result.out, `${message.replace('{file}', contentFile)}\nPesterAssertionFailed\n`);
  });
}

test('passing assertions write nothing', () => {
  const result = run(
    `${setup}; 1 | Should -Be 1; 'a', 'b' | Should -Contain 'b'; { throw 'x' } | Should -Throw 'x'; 5 | Should -BeIn 1, 5; ` +
      "Get-Command Get-Thing | Should -HaveParameter Name -Mandatory -Type [string] -Alias N -InParameterSet A; " +
      "Get-Command gthing | Should -HaveParameter Name -Alias N; Get-Command gci | Should -HaveParameter Path -Type string[]; " +
      "Get-Command Get-Thing | Should -HaveParameter Count -DefaultValue 5 -Type int; Get-Command Get-Date | Should -HaveParameter Format -Type string; " +
      'class Foo {}; function Use-Foo([Foo] $x) {}; Get-Command Use-Foo | Should -HaveParameter x -Type ([Foo]); Get-Command Use-Foo | Should -HaveParameter x -Type Foo; ' +
      "$file | Should -FileContentMatch '^HELLO'; $file | Should -FileContentMatchMultiline 'World\nsecond'; 'ok'",
  );
  assert.is(result.out + result.err, 'ok\n');
});

test('-HaveParameter rejects what is not a command, a type that does not exist, and -DefaultValue of a cmdlet', () => {
  const result = run(
    "try { 'x' | Should -HaveParameter Name } catch { $_.Exception.Message }; try { Get-Command Get-Date | Should -HaveParameter Format -Type '[No.Such]' } catch { $_.Exception.Message }; " +
      'try { Get-Command Get-Date | Should -HaveParameter Format -DefaultValue x } catch { $_.Exception.Message }',
  );
  assert.is(
    result.out,
    'Input value must be non-null CommandInfo object. You can get one by calling Get-Command.\nCould not find type [No.Such]. Make sure that the assembly that contains that type is loaded.\n' +
      'Using -DefaultValue is only supported for functions and scripts.\n',
  );
});

/** Durations vary from run to run: they become N. */
const withoutTimes = (text: string) => text.replace(/\d+(\.\d+)?(ms|s)\b/g, 'N$2');

test('Invoke-Pester reports failures with their lines and prints the summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'psh-pester-'));
  try {
    const file = join(dir, 'demo.Tests.ps1');
    writeFileSync(file, ["Describe 'demo' {", "    It 'passes' { 1 | Should -Be 1 }", "    It 'fails' {", '        1 | Should -Be 2', '    }', "    It 'skips' -Skip { }", "    It 'throws' { throw 'boom' }", '}', ''].join('\n'));
    const normal = run(`Invoke-Pester -Path '${file}'`);
    assert.is(
      withoutTimes(normal.out),
      [
        '',
        'Starting discovery in 1 files.',
        'Discovery found 4 tests in Nms.',
        'Running tests.',
        '[-] demo.fails Nms (Nms|Nms)',
        ' Expected 2, but got 1.',
        ` at 1 | Should -Be 2, ${file}:4`,
        ` at <ScriptBlock>, ${file}:4`,
        '[-] demo.throws Nms (Nms|Nms)',
        ' RuntimeException: boom',
        ` at <ScriptBlock>, ${file}:7`,
        'Tests completed in Nms',
        'Tests Passed: 1, Failed: 2, Skipped: 1 NotRun: 0',
        '',
      ].join('\n'),
    );
    const detailed = run(`Invoke-Pester -Path '${file}' -Output Detailed`);
    assert.is(
      withoutTimes(detailed.out).split('\n').slice(4, 10).join('\n'),
      ['', `Running tests from '${file}'`, 'Describing demo', '  [+] passes Nms (Nms|Nms)', '  [-] fails Nms (Nms|Nms)', '   Expected 2, but got 1.'].join('\n'),
    );
    const exitCode = run(`Invoke-Pester -Path '${file}' -Output None`).code;
    assert.is(exitCode, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('-PassThru returns the counts', () => {
  const folder = new URL('.', import.meta.url).pathname;
  const result = run(`$r = Invoke-Pester -Path '${folder}values.Tests.ps1' -Output None -PassThru; $r.Result; $r.TotalCount; $r.FailedCount`);
  assert.is(result.out, 'Passed\n15\n0\n');
});

test.after(() => rmSync(fixture, { recursive: true, force: true }));

test.run();
