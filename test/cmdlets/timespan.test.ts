/** New-TimeSpan: between two dates (either defaults to now) or made of units, as pwsh's. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { lines, scriptCases } from '../engine/runtime/run-script.js';

scriptCases([
  ['(New-TimeSpan -Hours 2).TotalMinutes', '120\n'],
  ['(New-TimeSpan -Start 2024-01-01 -End 2024-01-03).Days', '2\n'],
  ['(New-TimeSpan 2024-01-03 2024-01-01).ToString()', '-2.00:00:00\n'],
  ['(New-TimeSpan -Days 10 -Hours 10 -Minutes 10 -Seconds 10 -Milliseconds 10).ToString()', '10.10:10:10.0100000\n'],
  ['(New-TimeSpan -Days 1 -Hours -3).ToString()', '21:00:00\n'],
  ['(New-TimeSpan -Days 2 -Hours 23 -Minutes 4 -Seconds 3 -Milliseconds 2).Ticks', '2558430020000\n'],
  ['([pscustomobject]@{ LastWriteTime = [datetime]"2024-01-01" } | New-TimeSpan -End 2024-01-02).ToString()', '1.00:00:00\n'],
  ['"2024-01-01" | New-TimeSpan -End 2024-01-02 | ForEach-Object ToString', '1.00:00:00\n'],
  ['New-TimeSpan -Days 2147483647', '', 'New-TimeSpan: TimeSpan overflowed because the duration is too long.\n'],
  ['New-TimeSpan -Start 2024-01-01 -Days 2', '', 'New-TimeSpan: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.\n'],
]);

test('without dates it is the empty span from now to now', () => {
  assert.is(lines('$s = New-TimeSpan; $s -is [timespan]; [math]::Abs($s.TotalSeconds) -lt 1'), 'True\nTrue\n');
  assert.is(lines('$h = (New-TimeSpan -End ([datetime]::Now.AddDays(1))).TotalHours; $h -gt 23.9 -and $h -le 24'), 'True\n');
});

test.run();
