/** Select-Object: properties, calculated properties, -ExpandProperty, positions, -Unique, and pwsh's errors. */
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

const o = '$o = [pscustomobject]@{a=1;b="x";c=3};';
const cases: [script: string, out: string, err?: string][] = [
  [`${o} $o | select a,b`, '\na b\n- -\n1 x\n\n'],
  [`${o} $o | select -Property a,@{n="d";e={$_.a*20}}`, '\na  d\n-  -\n1 20\n\n'],
  ['1..2 | select @{n="x";e={$_}},@{label="y";expression={$_*2}}', '\nx y\n- -\n1 2\n2 4\n\n'],
  [`${o} $o | select [ab]`, '\na b\n- -\n1 x\n\n'],
  [`${o} $o | select -ExcludeProperty b`, '\na c\n- -\n1 3\n\n'],
  [`${o} $o | select * -ExcludeProperty a,c`, '\nb\n-\nx\n\n'],
  [`${o} $o | select a,zz`, '\na zz\n- --\n1 \n\n'],
  ['"abc" | select Length', '\nLength\n------\n     3\n\n'],
  [`${o} ($o | select a).pstypenames -join ","`, 'Selected.System.Management.Automation.PSCustomObject,System.Management.Automation.PSCustomObject,System.Object\n'],
  ['(1 | select @{n="v";e={$_}}).pstypenames[0]', 'Selected.System.Int32\n'],
  ['({$_.a} | % { [pscustomobject]@{a=5} | select $_ }).psobject.Properties.Name', '$_.a\n'],
  ['[pscustomobject]@{a=1,2} | select -ExpandProperty a', '1\n2\n'],
  ['$r = [pscustomobject]@{n="x";v="s"} | select n -ExpandProperty v; $r; $r.n', 's\nx\n'],
  ['1..10 | select -First 3 -Skip 2', '3\n4\n5\n'],
  ['1..10 | select -Last 2', '9\n10\n'],
  ['1..10 | select -Last 2 -Skip 1', '8\n9\n'],
  ['1..5 | select -SkipLast 2', '1\n2\n3\n'],
  ['1..5 | select -Skip 3', '4\n5\n'],
  ['1..10 | select -Index 3,1,1', '2\n4\n'],
  ['1..5 | select -SkipIndex 0,4', '2\n3\n4\n'],
  ['1,1,2,"a","A" | select -Unique', '1\n2\na\nA\n'],
  ['"a","A","b" | select -Unique -CaseInsensitive', 'a\nb\n'],
  ['[pscustomobject]@{a=1;b=2},[pscustomobject]@{a=1;b=3} | select a -Unique | % a', '1\n'],
  // -First stops the commands before it once it has its objects.
  ['$n = 0; function f { 1..100000 | % { $script:n++; $_ } }; f | select -First 2; $n', '1\n2\n2\n'],
  ['$n = 0; 1..100000 | % { $n++; $_ } | select -Index 1 | Out-Null; $n', '2\n'],
  ['1..3 | select @{x=1}', '', 'Select-Object: The x key is not valid.\n'],
  ['1 | select @{e={1};n="a";l="b"}', '', 'Select-Object: The duplicated key "l" conflicts with "name".\n'],
  ['1 | select @{n=1;e="a"}', '', 'Select-Object: The "n" key has a type, System.Int32, that is not valid; expected type is System.String.\n'],
  ['1 | select @{n="x"}', '', 'Select-Object: A mandatory entry for expression is missing.\n'],
  ['1 | select 3', '', 'Select-Object: Cannot convert System.Int32 to one of the following types {System.String, System.Management.Automation.ScriptBlock}.\n'],
  ['1 | select {}', '', 'Select-Object: A property is an empty script block and does not provide a name.\n'],
  ['[pscustomobject]@{a=1} | select -ExpandProperty zz', '', 'Select-Object: Property "zz" cannot be found.\n'],
  ['[pscustomobject]@{a=1;b=2} | select @{n="x";e="*"} | Out-Null', '', 'Select-Object: Cannot rename multiple results.\n'],
  ['1..5 | select -First -1', '', "Select-Object: Cannot validate argument on parameter 'First'. The -1 argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.\n"],
];

scriptCases(cases);

test.run();
