/** ForEach-Object: begin/process/end blocks in pwsh's order, -MemberName with and without arguments, and pwsh's errors. */
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

const cases: [script: string, out: string, err?: string][] = [
  ['ForEach-Object { "x$_" }', 'x\n'],
  ['@() | % { "y" }', ''],
  ['1..2 | % { "b" } { $_ } { $_ * 10 } { "e" }', 'b\n1\n10\n2\n20\ne\n'],
  ['1,2 | % -Begin { "B" } -Process { "p$_" } { "q$_" }', 'B\np1\np2\nq\n'],
  ['1,2 | % -Process { "p$_" } -End { "E" }', 'p1\np2\nE\n'],
  ['1,2 | % -Process $null, { "p$_" }', 'p1\np2\n'],
  ['"ab" | % Substring 1', 'b\n'],
  ['"ab" | % -MemberName Substring -ArgumentList 0, 1', 'a\n'],
  // A method is written as itself, shown by pwsh's PSMethod view (its cell ends with Out-String's line end).
  ['"ab" | % Substring', '\nOverloadDefinitions\n-------------------\nstring Substring(int startIndex)\nstring Substring(int startIndex, int length)\n\n\n'],
  ['"ab" | % Substring | % OverloadDefinitions', 'string Substring(int startIndex)\nstring Substring(int startIndex, int length)\n'],
  ['"ab" | % Length', '2\n'],
  ['"ab", "c" | % ToUpper', 'AB\nC\n'],
  ['[pscustomobject]@{list=1,2} | % list', '1\n2\n'],
  ['@{k=1} | % k', '1\n'],
  ['"ab" | % ToUpp*r', 'AB\n'],
  ['"ab" | % Nope | % { $null -eq $_ }', 'True\n'],
  ['$o = [pscustomobject]@{a=1}; $o | Add-Member ScriptMethod m { param($x) "m$x" }; $o | % m 5', 'm5\n'],
  ['"ab" | % Nope 1', '', 'ForEach-Object: Input name "Nope" cannot be resolved to a method.\n'],
  ['"ab" | % ToLower*', '', 'ForEach-Object: Input name "ToLower*" is ambiguous. It can be resolved to multiple matched members. Possible matches include: ToLower ToLowerInvariant.\n'],
  ['$null | % Foo 1', '', 'ForEach-Object: You cannot call a method on a null-valued expression.\n'],
  // pwsh's GenerateNameParameterError: a PSArgumentException, InvalidArgument, the input its target.
  ...[
    ['"ab" | % ToLower*', 'AmbiguousPropertyOrMethodName', 'ab'],
    ['"ab" | % Trim* 1', 'AmbiguousMethodName', 'ab'],
    ['"ab" | % Nope 1', 'MethodNotFound', 'ab'],
    ['$null | % Foo 1', 'InvokeMethodOnNull', ''],
  ].map(([command, errorId, target]): [string, string] => [
    `${command} -ErrorAction SilentlyContinue -ErrorVariable e; $e[0].FullyQualifiedErrorId; $e[0].CategoryInfo.Category; $e[0].Exception.GetType().Name; "[$($e[0].TargetObject)]"`,
    `${errorId},Microsoft.PowerShell.Commands.ForEachObjectCommand\nInvalidArgument\nPSArgumentException\n[${target}]\n`,
  ]),
  ['"ab" | % Substring 5', '', 'ForEach-Object: Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter \'startIndex\')"\n'],
  ['"ab" | % ToUpper -WhatIf', 'What if: Performing the operation "Invoke method \'ToUpper\'" on target "InputObject: ab".\n'],
  ['"ab" | % Substring 1 -WhatIf', 'What if: Performing the operation "Invoke method \'Substring\' with arguments: 1" on target "InputObject: ab".\n'],
  ['1 | % { 1 } -WhatIf', '', 'ForEach-Object: The -WhatIf and -Confirm parameters are not supported for script blocks.\n'],
  ['1 | % -Parallel { 1 }', '', 'ForEach-Object: ForEach-Object -Parallel is not supported: psh runs one runspace.\n'],
];

scriptCases(cases);

test.run();
