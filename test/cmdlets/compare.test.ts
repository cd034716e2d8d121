/** Compare-Object: side indicators, backlogs and -SyncWindow, -Property, -PassThru, -ExcludeDifferent. */
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

const table = (...rows: string[]) => `\nInputObject SideIndicator\n----------- -------------\n${rows.join('\n')}\n\n`;
const sides = (script: string) => `${script} | % { "$($_.InputObject)$($_.SideIndicator)" }`;

const cases: [script: string, out: string, err?: string][] = [
  ['Compare-Object 1,2,3 2,3,4', table('          4 =>', '          1 <=')],
  ['Compare-Object 1,2 1,2', ''],
  [sides('Compare-Object 1,2 1,2 -IncludeEqual'), '1==\n2==\n'],
  [sides('Compare-Object a,b A,B'), ''],
  [sides('Compare-Object a,b A,c -CaseSensitive'), 'A=>\nc=>\na<=\nb<=\n'],
  [sides('Compare-Object 1,2 3 -ExcludeDifferent'), ''],
  [sides('Compare-Object 1,2 2 -ExcludeDifferent'), '2==\n'],
  [sides('Compare-Object 1,2 2 -ExcludeDifferent -IncludeEqual:$false'), ''],
  [sides('1,5 | Compare-Object 5,1 -IncludeEqual'), '5==\n1==\n'],
  [sides('1,5 | Compare-Object 5,1 -IncludeEqual -SyncWindow 0'), '1=>\n5<=\n5=>\n1<=\n'],
  [sides('Compare-Object 1,2,3 3,2,1 -SyncWindow 1'), ''],
  [sides('Compare-Object 1,2,3 4,5,1 -SyncWindow 1'), '4=>\n1<=\n5=>\n2<=\n1=>\n3<=\n'],
  [sides('Compare-Object 1,2,3 4,5,1'), '4=>\n5=>\n2<=\n3<=\n'],
  [sides('Compare-Object @() 1'), '1=>\n'],
  [sides('Compare-Object 1 @()'), '1<=\n'],
  ['Compare-Object ([pscustomobject]@{n=1;m=2}) ([pscustomobject]@{n=1;m=3}) -Property n,m', '\nn m SideIndicator\n- - -------------\n1 3 =>\n1 2 <=\n\n'],
  ['Compare-Object ([pscustomobject]@{n=1;m=2}) ([pscustomobject]@{n=1;m=3}) -Property n -IncludeEqual | % SideIndicator', '==\n'],
  ['Compare-Object 1,2 2,3 -Property { $_ % 2 } | % { $_.psobject.Properties.Name -join "," }', ''],
  ['Compare-Object 1,2 4 -Property { $_ % 2 } | % { $_.psobject.Properties.Name -join "," }', ' $_ % 2 ,SideIndicator\n'],
  ['$r = Compare-Object a b -PassThru; $r; $r.SideIndicator', 'b\na\n=>\n<=\n'],
  ['Compare-Object $null 1', '', "Compare-Object: Cannot bind argument to parameter 'ReferenceObject' because it is null.\n"],
];

scriptCases(cases);

test.run();
