/**
 * The history cmdlets over command lines typed at a prompt (Runspace.runInteractiveCommand, what
 * the REPL runs): entries, ids, $MaximumHistoryCount, Clear-History's selections, Invoke-History,
 * Add-History, pwsh's texts and its "history" table.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { historyStrings } from '../../src/cmdlets/history.js';
import { ConsoleHost } from '../../src/host/console-host.js';
import { testTablesArePwshs } from '../support/pwsh-resources.js';
import { run } from '../engine/runtime/run-script.js';

/** Types each line at a prompt; what the last one writes (stdout, stderr). */
function typed(...commandLines: string[]): { out: string; err: string } {
  let out = '';
  let err = '';
  const host = new ConsoleHost({ stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  for (const line of commandLines) {
    out = err = '';
    host.runspace.runInteractiveCommand(line);
    host.flushOutput();
  }
  return { out, err };
}

const idsAndLines = 'Get-History | ForEach-Object { "$($_.Id) $($_.CommandLine) $($_.ExecutionStatus)" }';

test('each command line is added when it ends, with its status; Get-History does not list itself', () => {
  assert.is(typed('1+1', "throw 'x'", 'Get-Item /no/such', idsAndLines).out, '1 1+1 Completed\n2 throw \'x\' Failed\n3 Get-Item /no/such Completed\n');
});

test('scripts and -Command runs add nothing', () => {
  assert.is(run('1; Get-History').out, '1\n');
});

test('Get-History -Count, -Id and -Id with -Count', () => {
  const first = ['"a"', '"b"', '"c"', '"d"'];
  assert.is(typed(...first, 'Get-History -Count 2 | % CommandLine').out, '"c"\n"d"\n');
  assert.is(typed(...first, 'Get-History 3, 1 | % CommandLine').out, '"c"\n"a"\n');
  assert.is(typed(...first, 'Get-History 3 -Count 2 | % CommandLine').out, '"b"\n"c"\n');
  assert.is(typed(...first, 'Get-History -Count 0').out, '');
});

test("Get-History's errors", () => {
  assert.is(typed('"a"', 'Get-History 7').err, 'Get-History: Cannot locate the history for Id 7.\n');
  assert.is(typed('"a"', 'Get-History 1, 2 -Count 1').err, 'Get-History: The count cannot be combined with multiple Ids.\n');
  assert.is(typed('try { Get-History 0 } catch { $_.FullyQualifiedErrorId }').out, 'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetHistoryCommand\n');
  assert.is(typed('"a"', '(Get-History 7 2>&1).FullyQualifiedErrorId').out, 'GetHistoryNoHistoryForId,Microsoft.PowerShell.Commands.GetHistoryCommand\n');
});

test('$MaximumHistoryCount keeps the newest ids only; ids go on counting', () => {
  assert.is(typed('$MaximumHistoryCount = 2', '"b"', '"c"', idsAndLines).out, '2 "b" Completed\n3 "c" Completed\n');
});

test('Clear-History by id, count (oldest, or -Newest) and command line (first match, or every wildcard match)', () => {
  const first = ['"a"', '"b"', '"a"', '"b"'];
  const remaining = 'Get-History | % { $_.Id } | Join-String -Separator ","';
  assert.is(typed(...first, 'Clear-History 2, 3', remaining).out, '1,4,5\n');
  assert.is(typed(...first, 'Clear-History -Count 3', remaining).out, '4,5\n');
  assert.is(typed(...first, 'Clear-History -Count 3 -Newest', remaining).out, '1,5\n');
  assert.is(typed(...first, 'Clear-History 3 -Count 2', remaining).out, '1,4,5\n');
  assert.is(typed(...first, 'Clear-History -CommandLine \'"a"\'', remaining).out, '2,3,4,5\n');
  assert.is(typed(...first, 'Clear-History -CommandLine \'"a"\' -Newest', remaining).out, '1,2,4,5\n');
  assert.is(typed(...first, 'Clear-History -CommandLine *b*', remaining).out, '1,3,5\n');
  assert.is(typed(...first, 'Clear-History', 'Get-History | % CommandLine').out, 'Clear-History\n');
  assert.is(typed('"a"', 'Clear-History 9').err, 'Clear-History: Cannot locate the history for Id 9.\n');
  assert.is(typed('Clear-History -WhatIf').out, 'What if: Performing the operation "Clear-History" on target "This command will clear all the entries from the session history.".\n');
});

test('Invoke-History (r) echoes and runs the last entry, an id or the newest line starting with a prefix; its own entry is that line', () => {
  assert.is(typed('"a" + 1', '"b"', 'r').out, '"b"\nb\n');
  assert.is(typed('"a" + 1', '"b"', 'Invoke-History 1').out, '"a" + 1\na1\n');
  assert.is(typed('"a" + 1', '"b"', 'r \'"a\'').out, '"a" + 1\na1\n');
  assert.is(typed('"a" + 1', 'r 1', 'Get-History | % CommandLine').out, '"a" + 1\n"a" + 1\n');
});

test("Invoke-History's errors", () => {
  assert.is(typed('r').err, 'Invoke-History: Cannot locate most recent history.\n');
  assert.is(typed('"a"', 'r 5').err, 'Invoke-History: Cannot locate the history for Id 5.\n');
  assert.is(typed('"a"', 'r 0').err, "Invoke-History: The identifier 0 is not a valid value for a History identifier. Specify a positive number, and then try again. (Parameter 'Id')\n");
  assert.is(typed('"a"', 'r zz').err, 'Invoke-History: Cannot locate the history for command line zz.\n');
  assert.is(typed('"a"', 'Invoke-History 1', 'Invoke-History 2').err, '');
});

// Add-History's begin adds the running line, so Get-History (whose output it takes) lists that line too, still Running.
test('Add-History adds objects with the four properties after the running line; -Passthru writes them; others are refused', () => {
  const entry = "[pscustomobject]@{ CommandLine = 'x'; ExecutionStatus = 'Stopped'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01 00:01:02.5' }";
  assert.is(typed('"a"', `${entry} | Add-History -Passthru | % { $_.Id, $_.ExecutionStatus }`).out, '3\nStopped\n');
  assert.is(typed('"a"', `${entry} | Add-History`, idsAndLines).out, `1 "a" Completed\n2 ${entry} | Add-History Completed\n3 x Stopped\n`);
  assert.is(typed('"a"', 'Get-History | Add-History', idsAndLines).out, '1 "a" Completed\n2 Get-History | Add-History Completed\n3 "a" Completed\n4 Get-History | Add-History Running\n');
  assert.is(typed('[pscustomobject]@{ CommandLine = 1 } | Add-History').err, 'Add-History: Cannot add history because the input object has a format that is not valid.\n');
  assert.is(typed(`${entry} | Add-History`, 'Get-History 2').out, '\n  Id     Duration CommandLine\n  --     -------- -----------\n   2     1:02.500 x\n\n');
});

test("the table's Duration: s.fff, m:ss.fff, h:mm:ss.fff, then total hours", () => {
  const durations: [string, string][] = [['00:00:01.25', '1.250'], ['00:10:00', '10:00.000'], ['09:05:03.004', '9:05:03.004'], ['1.02:03:04.5', '26:03:04.500']];
  for (const [span, shown] of durations) {
    const entry = `[pscustomobject]@{ CommandLine = 'x'; ExecutionStatus = 'Completed'; StartExecutionTime = [datetime]'2024-01-01'; EndExecutionTime = [datetime]'2024-01-01' + [timespan]'${span}' }`;
    assert.is(typed(`${entry} | Add-History`, 'Get-History 2 | Out-String -Stream | Select-Object -Index 3').out, `   2 ${shown.padStart(12)} x\n`, span);
  }
});

test('HistoryInfo: type, members and aliases', () => {
  assert.is(typed('"a"', '$h = Get-History 1; $h.GetType().FullName; $h.Id.GetType().Name; $h.ExecutionStatus.GetType().FullName; $h.Duration.GetType().Name; "$h"').out,
    'Microsoft.PowerShell.Commands.HistoryInfo\nInt64\nSystem.Management.Automation.Runspaces.PipelineState\nTimeSpan\n"a"\n');
  assert.is(run("'ghy', 'h', 'history', 'ihy', 'r', 'ahy', 'clhy' | % { (Get-Alias $_).Definition }").out, 'Get-History\nGet-History\nGet-History\nInvoke-History\nInvoke-History\nAdd-History\nClear-History\n');
});

testTablesArePwshs([['System.Management.Automation/HistoryStrings.resx', historyStrings]]);

test.run();
