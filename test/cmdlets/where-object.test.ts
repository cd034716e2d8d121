/** Where-Object: filter scripts, property comparisons (dictionary keys, wildcards), truth tests, and pwsh's usage errors. */
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

const cases: [script: string, out: string, err?: string][] = [
  ['1,2,3 | ? { $_ -ne 2 }', '1\n3\n'],
  ['"a","bb","ccc" | ? Length -ge 2', 'bb\nccc\n'],
  ['"a","","b" | ? Length', 'a\nb\n'],
  ['"a","" | ? -Not Length | % { "[$_]" }', '[]\n'],
  ['"a","bb" | ? Length -EQ 1', 'a\n'],
  ['"a","B" | ? { $_ } -CEQ "b"', ''],
  ['"a","B" | Where-Object -Property ToString -CNE $null | % Length', '1\n1\n'],
  ['"ab","cd" | ? Length -In 1,2', 'ab\ncd\n'],
  ['"ab","cd" | ? { $_ } | ? Length -Like "2"', 'ab\ncd\n'],
  // Where-Object reads members, not the intrinsic Length every scalar has.
  ['1, "x" | ? { $_ } | ? -Property Length -NotIn 1', '1\n'],
  ['[pscustomobject]@{ab=1} | ? a* -eq 1 | % ab', '1\n'],
  ['@{k=5}, @{k=1} | ? k -gt 3 | % k', '5\n'],
  ['1, "a" | ? { $_ } | ? { $_ -is [int] }', '1\n'],
  ['1, "a" | ? -Property Length -Is int', 'a\n'],
  ['"a","bb" | ? Length -GT', '', 'Where-Object: The specified operator requires both the -Property and -Value parameters. Provide values for both parameters, and then try the command again.\n'],
  ['"a","bb" | ? Length 2', '', 'Where-Object: An operator is required to compare the two specified values. Include a valid operator in the command, and then try the command again. For example, Get-Process | Where-Object -Property Name -eq Idle\n'],
  ['[pscustomobject]@{ab=1;ac=2} | ? a* -eq 1', '', 'Where-Object: Input name "a*" is ambiguous. It can be resolved to multiple matched members. Possible matches include: ab ac.\n'],
  // pwsh's GenerateNameParameterError: a PSArgumentException, InvalidArgument, the input its target (none for a usage error).
  [
    '[pscustomobject]@{ab=1;ac=2} | ? a* -eq 1 -ErrorAction SilentlyContinue -ErrorVariable e; $e[0].FullyQualifiedErrorId; $e[0].CategoryInfo.Category; $e[0].Exception.GetType().Name; $e[0].TargetObject.ab',
    'AmbiguousPropertyName,Microsoft.PowerShell.Commands.WhereObjectCommand\nInvalidArgument\nPSArgumentException\n1\n',
  ],
  ['try { "a" | ? Length -GT } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $null -eq $_.TargetObject }', 'ValueNotSpecifiedForWhereObject,Microsoft.PowerShell.Commands.WhereObjectCommand\nInvalidArgument\nTrue\n'],
  ['try { "a" | ? Length 2 } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().Name }', 'OperatorNotSpecified,Microsoft.PowerShell.Commands.WhereObjectCommand\nPSArgumentException\n'],
];

scriptCases(cases);

test.run();
