/** Get-Date: fields, -Format in en-US, -UFormat, DisplayHint and the DateTime view. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { lines, run, scriptCases } from '../engine/runtime/run-script.js';

const date = '-Date "2026-11-26 10:18:07.25"';

const cases: [string, string][] = [
  [`Get-Date ${date}`, '\nThursday, November 26, 2026 10:18:07 AM\n\n'],
  [`Get-Date ${date} -DisplayHint Date`, '\nThursday, November 26, 2026\n\n'],
  [`Get-Date ${date} -DisplayHint Time`, '\n10:18:07 AM\n\n'],
  ['[datetime]"2026-11-26 22:18:07"', '\nThursday, November 26, 2026 10:18:07 PM\n\n'],
  [`"$(Get-Date ${date})"`, '11/26/2026 10:18:07\n'],
  [`(Get-Date ${date}).DisplayHint`, 'DateTime\n'],
  [`Get-Date ${date} -Format "yyyy-MM-dd HH:mm:ss.ff"`, '2026-11-26 10:18:07.25\n'],
  [`Get-Date ${date} -Format d; Get-Date ${date} -Format g; Get-Date ${date} -Format D`, '11/26/2026\n11/26/2026 10:18 AM\nThursday, November 26, 2026\n'],
  [`Get-Date ${date} -Format FileDate; Get-Date ${date} -Format FileDateTime`, '20261126\n20261126T1018072500\n'],
  [`Get-Date ${date} -Year 2024 -Month 2 -Day 29 -Hour 0 -Minute 1 -Second 2 -Millisecond 3 -Format o`, '2024-02-29T00:01:02.0030000\n'],
  ['Get-Date -Date "2024-02-29" -Year 2023 -Format d', '2/28/2023\n'],
  ['Get-Date -Date "2024-01-31" -Month 2 -Format d', '2/29/2024\n'],
  ['Get-Date -UnixTimeSeconds 86400 -AsUTC -Format o', '1970-01-02T00:00:00.0000000Z\n'],
  ['Get-Date -Date "2021-01-03 13:05:09" -UFormat "%Y-%m-%d %H:%M:%S %A %a %B %b %j"', '2021-01-03 13:05:09 Sunday Sun January Jan 003\n'],
  ['Get-Date -Date "2021-01-03 13:05:09" -UFormat "+%V %G %g %u %w %l %k %p %e %C %D %F %T %R %r"', '53 2020 20 7 0  1 13 PM  3 20 01/03/21 2021-01-03 13:05:09 13:05 01:05:09 PM\n'],
  ['(Get-Date -Date "2026-11-26") -is [datetime]', 'True\n'],
];

scriptCases(cases);

test('without -Date it is now, in local time', () => {
  assert.is(lines('$d = Get-Date; $d.Kind; [math]::Abs($d.Subtract([datetime]::Now).TotalSeconds) -lt 5'), 'Local\nTrue\n');
});

test('a field out of range is a validation error', () => {
  assert.is(run('Get-Date -Month 13').err, "Get-Date: Cannot validate argument on parameter 'Month'. The 13 argument is greater than the maximum allowed range of 12. Supply an argument that is less than or equal to 12 and then try the command again.\n");
});

test.run();
