/** Should -Invoke, Should -InvokeVerifiable, Assert-MockCalled and Mock: their failures as Pester 5 words them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { run } from '../engine/runtime/run-script.js';

const assertionFailed = 'PesterAssertionFailed';
const notFound = 'Should -Invoke: Could not find Mock for command Get-Thing in script scope. Was the mock defined? Did you use the same -ModuleName as on the Mock? When using InModuleScope are InModuleScope, Mock and Should -Invoke using the same -ModuleName?';

/** [code run in a test, the message it fails with, its FullyQualifiedErrorId (a thrown text's id is the text)]. */
const failures: [string, string, string?][] = [
  ['Mock Get-Thing; Should -Invoke Get-Thing', 'Expected Get-Thing to be called at least 1 times, but was called 0 times'],
  ['Mock Get-Thing; Get-Thing; Should -Invoke Get-Thing -Times 2 -Exactly', 'Expected Get-Thing to be called 2 times exactly, but was called 1 times'],
  ['Mock Get-Thing; Get-Thing; Should -Invoke Get-Thing -Times 0', 'Expected Get-Thing to be called 0 times exactly, but was called 1 times'],
  ['Mock Get-Thing; Get-Thing a; Should -Invoke Get-Thing 2', 'Expected Get-Thing to be called at least 2 times, but was called 1 times'],
  ['Mock Get-Thing; Get-Thing; Should -Not -Invoke Get-Thing', 'Expected Get-Thing not to be called exactly 1 times, but it was'],
  ['Mock Get-Thing; Get-Thing; Get-Thing; Should -Not -Invoke Get-Thing -Times 2', 'Expected Get-Thing to be called less than 2 times, but was called 2 times'],
  ['Mock Get-Thing; Get-Thing; Get-Thing; Should -Not -Invoke Get-Thing -Times 2 -Exactly', 'Expected Get-Thing not to be called exactly 2 times, but it was'],
  ["Mock Get-Thing; Should -Invoke Get-Thing -Because 'it is needed'", 'Expected Get-Thing to be called at least 1 times, because it is needed, but was called 0 times'],
  ["Mock Get-Thing; Get-Thing a; Should -Invoke gthing -ParameterFilter { $N -eq 'b' }", 'Expected Get-Thing to be called at least 1 times, but was called 0 times'],
  ['Mock Get-Thing -ModuleName M; Should -Invoke Get-Thing -ModuleName M', 'Expected Get-Thing in module M to be called at least 1 times, but was called 0 times'],
  [
    "Mock Get-Thing; Get-Thing a; Get-Thing b; Should -Invoke Get-Thing -ExclusiveFilter { $Name -eq 'a' }",
    'Expected Get-Thing to only be called with with parameters matching the specified filter, but 1 non-matching calls were made',
  ],
  [
    "Mock Get-Thing -Verifiable; Mock Get-Thing -Verifiable -ParameterFilter { $Name -eq 'a' }; Get-Thing b; Mock Get-Date -Verifiable; Should -InvokeVerifiable",
    "\nExpected all verifiable mocks to be called, but these were not:\n Command Get-Thing with { $Name -eq 'a' }\n Command Get-Date ",
  ],
  ["Mock Get-Thing -Verifiable; Get-Thing; Should -Not -InvokeVerifiable -Because 'why'", '\nExpected no verifiable mocks to be called, because why, but these were:\n Command Get-Thing '],
  ['Mock Get-Thing; Assert-MockCalled Get-Thing 1 -Exactly', 'Expected Get-Thing to be called 1 times exactly, but was called 0 times'],
  ['Mock Get-Thing -Verifiable; Assert-VerifiableMock', '\nExpected all verifiable mocks to be called, but these were not:\n Command Get-Thing '],
  ['Should -Invoke Get-Thing', notFound, notFound],
  ['Should -Invoke Get-Nothing', 'Could not find Command Get-Nothing', 'CommandNotFoundException'],
  ['Mock Get-Nothing', 'Could not find Command Get-Nothing', 'CommandNotFoundException'],
  ...(
    [
      ['Mock Get-Thing; Should -Invoke Get-Thing -Scope Banana', "Parameter Scope must be one of 'Describe', 'Context', 'It' or a non-negative number."],
      ['Mock Get-Thing; Should -Not -Invoke Get-Thing -ExclusiveFilter { $true }', 'Cannot use -ExclusiveFilter when -Not is specified. Use -ParameterFilter instead.'],
      ['Mock Get-Thing; 1 | Should -Invoke Get-Thing', 'Should -Invoke does not take pipeline input or ActualValue.'],
      ['Mock Get-Thing; Should -Invoke Get-Thing -Scope Context', 'Assertion is not placed directly nor nested inside a Context block, but -Scope Context is specified.'],
    ] as const
  ).map(([code, message]): [string, string, string] => [code, message, message]),
];

/** Runs `code` where Pester puts it (a test, or `AfterAll`) and returns how it failed: message|FullyQualifiedErrorId. */
function failureOf(code: string, where: 'It' | 'AfterAll' = 'It'): string {
  const caught = `try { ${code}; $global:failure = 'passed' } catch { $global:failure = $_.Exception.Message + '|' + $_.FullyQualifiedErrorId }`;
  const body = where === 'It' ? `It 'runs' { ${caught} }` : `It 'runs' { }; AfterAll { ${caught} }`;
  const setup = "BeforeAll { function Get-Thing { param([Alias('N')][string] $Name) 'real' }; Set-Alias gthing Get-Thing }";
  const result = run(`Describe 'mocks' { ${setup}; ${body} } 6>$null; $global:failure`);
  assert.is(result.err, '');
  return result.out.replace(/\n$/, '');
}

for (const [code, message, errorId = assertionFailed] of failures) {
  test(`${code} fails with Pester's message`, () => {
    assert.is(failureOf(code), `${message}|${errorId}`);
  });
}

test('-Scope It outside a test, and Mock outside a test run, fail as in Pester', () => {
  const outsideTest = 'Assertion is placed outside of an It block, but -Scope It is specified.';
  assert.is(failureOf('Mock Get-Thing; Should -Invoke Get-Thing -Scope It', 'AfterAll'), `${outsideTest}|${outsideTest}`);
  const outsideRun = 'I am neither in a test or a block, where am I?';
  assert.is(run("try { Mock Get-Date } catch { $_.Exception.Message }").out, `${outsideRun}\n`);
});

test('passing assertions write nothing, and the real command runs when no behaviour applies', () => {
  const code = "Mock Get-Thing { 'mock' } -ParameterFilter { $Name -eq 'a' }; $global:seen = (Get-Thing a), (Get-Thing b); Should -Invoke Get-Thing 1 -Exactly; Should -Not -Invoke Get-Thing -ParameterFilter { $Name -eq 'b' }";
  assert.is(failureOf(code), 'passed');
  assert.is(run(`Describe 'mocks' { BeforeAll { function Get-Thing { param([string] $Name) 'real' } }; It 'runs' { ${code} } } 6>$null; $global:seen -join ','`).out, 'mock,real\n');
});

test.run();
