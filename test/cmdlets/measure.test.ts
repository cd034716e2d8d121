/** Measure-Object: counts and statistics, per property, text measures, and pwsh's errors. */
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

const generic = (count: number, average = '', sum = '', max = '', min = '', deviation = '', property = '') =>
  `\nCount             : ${count}\nAverage           : ${average}\nSum               : ${sum}\nMaximum           : ${max}\nMinimum           : ${min}\nStandardDeviation : ${deviation}\nProperty          : ${property}\n\n`;

const p = '$p = [pscustomobject]@{a=1;b=2},[pscustomobject]@{a=3;b=5};';
const cases: [script: string, out: string, err?: string][] = [
  ['1..3 | measure', generic(3)],
  ['1..4 | Measure-Object -AllStats', generic(4, '2.5', '10', '4', '1', '1.2909944487358056')],
  ['1..4 | measure -Sum -Average', generic(4, '2.5', '10')],
  ['measure', generic(0)],
  ['@() | measure -Sum', generic(0, '', '0')],
  ['"a","bb" | measure -Maximum -Minimum', generic(2, '', '', 'bb', 'a')],
  ['(2,10,3 | measure -Maximum).Maximum', '10\n'],
  ['(2,"10",3 | measure -Maximum).Maximum.GetType().Name', 'Double\n'],
  ['(1..3 | measure -Sum).Sum.GetType().Name', 'Double\n'],
  ['(1..3 | measure).GetType().FullName', 'Microsoft.PowerShell.Commands.GenericMeasureInfo\n'],
  ['("a","b" | measure -Min).GetType().FullName', 'Microsoft.PowerShell.Commands.GenericObjectMeasureInfo\n'],
  [`${p} $p | measure a,b -Sum | % { "$($_.Property)=$($_.Sum)" }`, 'a=4\nb=7\n'],
  [`${p} $p | measure [ab] -Maximum | % { "$($_.Property)=$($_.Maximum)" }`, 'a=3\nb=5\n'],
  [`${p} ($p | measure A -Sum).Property`, 'a\n'],
  [`${p} $p | measure zz`, ''],
  ['(1..3 | measure { $_ * 2 } -Sum) | % { "$($_.Property) $($_.Sum)" }', ' $_ * 2  12\n'],
  ['"hello world`nfoo" | measure -Line -Word -Character', '\nLines Words Characters Property\n----- ----- ---------- --------\n    2     3         15 \n\n'],
  ['"a b  c" | measure -Character -IgnoreWhiteSpace | % Characters', '3\n'],
  ['"a`n" | measure -Line | % Lines', '1\n'],
  ['(1,"x",3 | measure -Sum -ErrorAction SilentlyContinue).Sum -eq $null', 'True\n'],
  ['1,"x" | measure -Sum | % Count', '2\n', 'Measure-Object: Input object "x" is not numeric.\n'],
  ['1 | measure -Sum -Word', '', 'Measure-Object: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.\n'],
];

scriptCases(cases);

test.run();
