/** Sort-Object and Group-Object: keys, directions, uniqueness, and GroupInfo's table. */
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

const people = '$p = [pscustomobject]@{n="b";a=30},[pscustomobject]@{n="a";a=30},[pscustomobject]@{n="c";a=20};';
const cases: [script: string, out: string, err?: string][] = [
  ['3,1,2 | Sort-Object', '1\n2\n3\n'],
  ['3,1,2 | Sort-Object -Descending', '3\n2\n1\n'],
  ['"b","a","B","A" | Sort-Object', 'a\nA\nb\nB\n'],
  ['"b","a","B" | Sort-Object -CaseSensitive', 'a\nb\nB\n'],
  ['"b","a","B","a" | Sort-Object -Unique', 'a\nb\n'],
  ['1..10 | Sort-Object -Top 3 -Descending', '10\n9\n8\n'],
  ['5,3,9,1 | Sort-Object -Bottom 2', '5\n9\n'],
  ['"aa","b","ccc" | Sort-Object Length -Descending', 'ccc\naa\nb\n'],
  ['"aa","b","ccc" | Sort-Object { -$_.Length }', 'ccc\naa\nb\n'],
  [`${people} $p | Sort-Object a,n | % n`, 'c\na\nb\n'],
  [`${people} $p | Sort-Object @{e="a";Descending=$true},n | % n`, 'a\nb\nc\n'],
  [`${people} $p | Sort-Object @{e="a";Ascending=$true},@{e="n";Descending=$true} -Descending | % n`, 'c\nb\na\n'],
  // Objects without the property come last whichever the direction.
  ['[pscustomobject]@{x=1},[pscustomobject]@{y=1},[pscustomobject]@{x=0} | Sort-Object x -Descending | % { "$($_.x)|$($_.y)" }', '1|\n0|\n|1\n'],
  ['$null, 2, 1 | Sort-Object', '1\n2\n'],
  ['1 | Sort-Object @{x=1}', '', 'Sort-Object: The x key is not valid.\n'],
  ['1 | Sort-Object @{e="a";a=1;asc=1}', '', 'Sort-Object: The duplicated key "asc" conflicts with "ascending".\n'],
  ['"b","a","b","c" | group', '\nCount Name                      Group\n----- ----                      -----\n    1 a                         {a}\n    2 b                         {b, b}\n    1 c                         {c}\n\n'],
  ['1..7 | group { $_ % 2 } -NoElement', '\nCount Name\n----- ----\n    3 0\n    4 1\n\n'],
  ['$g = "aa","b","cc" | group Length; $g.Count; $g[1].Name; $g[1].Group -join ","; $g[1].Values[0]; $g[0].GetType().FullName', '2\n2\naa,cc\n2\nMicrosoft.PowerShell.Commands.GroupInfo\n'],
  ['$h = "aa","b","cc" | group Length -AsHashTable; $h[2] -join ","; $h[1]', 'aa,cc\nb\n'],
  ['$h = "aa","b" | group Length -AsHashTable -AsString; $h["2"]', 'aa\n'],
  // Keys of different types keep the order they appear in.
  ['"x", 1, "x" | group | % Name', 'x\n1\n'],
  ['1 | group a*', '', 'Group-Object: Wildcard characters are not allowed in "a*".\n'],
  ['1 | group -AsString', '', 'Group-Object: The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.\n'],
  ['1 | group a,b -AsHashTable', '', 'Group-Object: The command cannot be run because using the AsHashTable parameter with more than one property requires adding the AsString parameter.\n'],
];

scriptCases(cases);

test.run();
