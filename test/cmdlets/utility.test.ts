/** Get-Random (seeded as .NET's System.Random), Start-Sleep, Measure-Command and Invoke-Expression. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { lines, run, scriptCases } from '../engine/runtime/run-script.js';
import { RandomNumberGenerator } from '../../src/cmdlets/random-generator.js';

test('a seeded generator draws what .NET Random(seed) draws', () => {
  // new Random(0).NextBytes fills bytes from the samples 1559595546, 1755192844, 1649316166, ...
  const bytes = new Uint8Array(3);
  new RandomNumberGenerator(0).nextBytes(bytes);
  assert.equal([...bytes], [1559595546 & 0xff, 1755192844 & 0xff, 1649316166 & 0xff]);
});

const cases: [string, string][] = [
  ['$a = Get-Random -SetSeed 7 -Maximum 1000 -Count 5; $b = Get-Random -SetSeed 7 -Maximum 1000 -Count 5; ($a -join ",") -eq ($b -join ",")', 'True\n'],
  ['(1..20 | ForEach-Object { Get-Random -Minimum 3 -Maximum 5 } | Where-Object { $_ -lt 3 -or $_ -ge 5 }).Count', '0\n'],
  ['(Get-Random -Maximum 10).GetType().Name; (Get-Random -Maximum 10000000000).GetType().Name; (Get-Random -Maximum 2.5).GetType().Name', 'Int32\nInt64\nDouble\n'],
  ['(Get-Random -Maximum "10").GetType().Name', 'Int32\n'],
  ['$r = Get-Random -Minimum 1.5 -Maximum 2; $r -ge 1.5 -and $r -lt 2', 'True\n'],
  ['$seen = @{}; 1..10 | Get-Random -Count 3 | ForEach-Object { $seen[$_] = 1 }; $seen.Count', '3\n'],
  ['$seen = @{}; 1..10 | Get-Random -Shuffle | ForEach-Object { $seen[$_] = 1 }; $seen.Count', '10\n'],
  ['(Get-Random -InputObject 1, 2, 3 -Count 5).Count', '3\n'],
  ['Get-Random 7, 7', '7\n'],
  ['Invoke-Expression "1 + 1"; "`$q = 5" | iex; $q', '2\n5\n'],
  ['(Measure-Command { Start-Sleep -Milliseconds 120 }).TotalMilliseconds -ge 100', 'True\n'],
  ['$n = 0; 1..3 | Measure-Command { $n += $_ } | Out-Null; $n', '6\n'],
  ['(Measure-Command { 1 }).GetType().Name', 'TimeSpan\n'],
];

scriptCases(cases);

test('Measure-Command shows a TimeSpan as pwsh lists it', () => {
  assert.match(lines('Measure-Command { }'), /^\nDays              : 0\nHours             : 0\nMinutes           : 0\nSeconds           : 0\nMilliseconds      : \d+\nTicks             : \d+\nTotalDays         : .+\nTotalHours        : .+\nTotalMinutes      : .+\nTotalSeconds      : .+\nTotalMilliseconds : .+\n\n$/);
});

test('a minimum at or above the maximum is an error', () => {
  assert.is(run('Get-Random -Minimum 10 -Maximum 5').err, 'Get-Random: The Minimum value (10) cannot be greater than or equal to the Maximum value (5).\n');
});

test.run();
