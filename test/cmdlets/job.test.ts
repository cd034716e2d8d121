/**
 * Background jobs: each job is a child psh (started here from the TypeScript sources), so each
 * test runs one script that exercises several cmdlets on few jobs.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fileURLToPath } from 'node:url';
import { setPshCommandLine } from '../../src/cmdlets/job-process.js';
import { run } from '../engine/runtime/run-script.js';

setPshCommandLine([process.execPath, '--import', 'tsx', fileURLToPath(new URL('../../src/cli.ts', import.meta.url))]);

const header = [
  'Id     Name            PSJobTypeName   State         HasMoreData     Location             Command',
  '--     ----            -------------   -----         -----------     --------             -------',
];

test('Start-Job, Wait-Job, Get-Job, Receive-Job -Keep, $using: and arguments, Remove-Job', () => {
  const script = [
    '$x = 5',
    '$j = Start-Job { "hi $using:x"; $args; Write-Warning "careful" } -ArgumentList 1, 2',
    '$j.Name, $j.PSJobTypeName, $j.Location -join ","',
    '$null = $j | Wait-Job',
    'Get-Job | Format-Table',
    'Receive-Job $j -Keep',
    'Receive-Job -Id 1',
    '"more: $($j.HasMoreData)"',
    'Get-Job | Remove-Job',
    '"left: $(@(Get-Job).Count)"',
  ].join('\n');
  const { out, err } = run(script);
  assert.is(err, '');
  assert.is(out, [
    'Job1,BackgroundJob,localhost',
    '',
    ...header,
    '1      Job1            BackgroundJob   Completed     True            localhost            "hi $using:x"; $args; Wr…',
    '',
    'hi 5', '1', '2', 'WARNING: careful',
    'hi 5', '1', '2', 'WARNING: careful',
    'more: False',
    'left: 0',
    '',
  ].join('\n'));
});

test('pipeline & starts a job named by number, and Receive-Job -Wait waits for its output', () => {
  const { out, err } = run('1..3 | ForEach-Object { $_ * 2 } &\nReceive-Job -Id 1 -Wait');
  assert.is(err, '');
  assert.is(out, [
    '',
    ...header,
    '1      Job1            BackgroundJob   Running       True            localhost            1..3 | ForEach-Object { …',
    '2', '4', '6',
    '',
    '',
  ].join('\n'));
});

test("a job's errors come back through Receive-Job; -AutoRemoveJob; pwsh's errors for unknown ids and names", () => {
  const { out, err } = run('$j = Start-Job { Write-Error "boom" }; Receive-Job $j -Wait -AutoRemoveJob; Get-Job -Id 7; Get-Job -Name nope; "left: $(@(Get-Job).Count)"');
  assert.is(out, 'left: 0\n');
  assert.is(err, [
    'Receive-Job: boom',
    'Get-Job: The command cannot find a job with the job ID 7. Verify the value of the Id parameter and then try the command again.',
    'Get-Job: The command cannot find the job because the job name nope was not found. Verify the value of the Name parameter, and then try the command again.',
    '',
  ].join('\n'));
});

test('Stop-Job ends a running job; Wait-Job -Timeout returns nothing while it runs; Remove-Job refuses a running job without -Force', () => {
  const script = [
    '$j = Start-Job { Start-Sleep -Seconds 60 }',
    '"waited: $(@(Wait-Job $j -Timeout 1).Count)"',
    'Remove-Job $j',
    'Stop-Job $j',
    '"state: $($j.State)"',
    '$k = Start-Job { Start-Sleep -Seconds 60 }',
    'Remove-Job $k -Force',
    '"left: $(@(Get-Job).Count)"',
  ].join('; ');
  const { out, err } = run(script);
  assert.is(out, 'waited: 0\nstate: Stopped\nleft: 1\n');
  assert.is(err, "Remove-Job: The command cannot remove the job with the job ID 1 because the job is not finished. To remove the job, first stop the job, or use the Force parameter. (Parameter 'Job')\n");
});

test('Wait-Job -Any returns the first job to finish', () => {
  const { out, err } = run('$slow = Start-Job { Start-Sleep -Seconds 60 }\n$fast = Start-Job { 1 }\n(Wait-Job $slow, $fast -Any).Name\nStop-Job $slow');
  assert.is(err, '');
  assert.is(out, 'Job2\n');
});

test.run();
