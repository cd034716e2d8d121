/** Set-StrictMode: what each version refuses and still allows, its scoping, -Off and 'Latest', with pwsh's texts. */
import { test } from 'uvu';
import { strictModeStrings } from '../../../src/engine/runtime/strict-mode.js';
import { testTablesArePwshs } from '../../support/pwsh-resources.js';
import { scriptCases } from './run-script.js';

const undefinedVariable = (name: string) => `InvalidOperation: The variable '$${name}' cannot be retrieved because it has not been set.\n`;
const propertyNotFound = (name: string) => `PropertyNotFoundException: The property '${name}' cannot be found on this object. Verify that the property exists.\n`;
const calledAsMethod =
  'InvalidOperation: The function or command was called as if it were a method. Parameters should be separated by spaces. For information about parameters, see the about_Parameters Help topic.\n';
const outOfBounds = 'OperationStopped: Index was outside the bounds of the array.\n';
const invalidVersion = (text: string) =>
  `Set-StrictMode: Cannot validate argument on parameter 'Version'. The "${text}" argument does not contain a valid PowerShell version. Supply a valid version number and then try the command again.\n`;

scriptCases([
  // Without strict mode nothing is refused.
  ['$nope; (1).Foo; function f($p) { "f $p" }; f(1, 2); $a = 1, 2; $a[5]; "end"', 'f 1 2\nend\n'],

  // Version 1: a variable never set, outside strings.
  ['Set-StrictMode -Version 1; $nope; "after"', 'after\n', undefinedVariable('nope')],
  ['Set-StrictMode -Version 1; $global:Nope', '', undefinedVariable('global:Nope')],
  ['Set-StrictMode -Version 1; $i += 1', '', undefinedVariable('i')],
  ['Set-StrictMode -Version 1; $j++', '', undefinedVariable('j')],
  ['Set-StrictMode -Version 1; Write-Output @splat', '', undefinedVariable('splat')],
  ['Set-StrictMode -Version 1; $PSItem', '', undefinedVariable('PSItem')],
  ['Set-StrictMode -Version 1; $_', '', undefinedVariable('_')],
  ['Set-StrictMode -Version 1; try { $nope } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)"; $_.TargetObject }', 'VariableIsUndefined\nInvalidOperation: (nope:String) [], RuntimeException\nnope\n'],
  // ... and what it allows: strings, set variables, $null, automatic variables, providers, members, indices, method syntax.
  ['Set-StrictMode -Version 1; "[$nope] [$($nope)]"; $x = $null; "x is $x"; $null -eq $nope2', '[] []\nx is \n', undefinedVariable('nope2')],
  ['Set-StrictMode -Version 1; $null; $true; $PSVersionTable.PSVersion.Major; $env:PSH_NOT_SET; "env ok"', 'True\n7\nenv ok\n'],
  ['Set-StrictMode -Version 1; 1 | ForEach-Object { $_ + $PSItem }; function g { $args.Count }; g 1 2', '2\n2\n'],
  ['Set-StrictMode -Version 1; (1).Foo; @{a = 1}.b; (1).Count; function f($p) { "f $p" }; f(1, 2); $a = 1, 2; $a[5]; "end"', '1\nf 1 2\nend\n'],

  // Version 2: also inside strings; missing properties; method-style calls.
  ['Set-StrictMode -Version 2; "[$nope]"', '', undefinedVariable('nope')],
  ['Set-StrictMode -Version 2; (1).Foo', '', propertyNotFound('Foo')],
  ['Set-StrictMode -Version 2; $null.Foo', '', propertyNotFound('Foo')],
  ['Set-StrictMode -Version 2; @{a = 1}.b', '', propertyNotFound('b')],
  ['Set-StrictMode -Version 2; [int]::Nope', '', propertyNotFound('Nope')],
  ['Set-StrictMode -Version 2; $o = [pscustomobject]@{a = 1}; $o.Count', '', propertyNotFound('Count')],
  ['Set-StrictMode -Version 2; try { (1).Foo } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)" }', 'PropertyNotFoundStrict\nNotSpecified: (:) [], PropertyNotFoundException\n'],
  ['Set-StrictMode -Version 2; @(1, 2).Foo', '', propertyNotFound('Foo')],
  ['Set-StrictMode -Version 2; ([pscustomobject]@{a = 1}, [pscustomobject]@{b = 2}).a', '', propertyNotFound('a')],
  ['Set-StrictMode -Version 2; ([pscustomobject]@{a = 1}, [pscustomobject]@{a = 2}).a; (1, 2).Count; (1, (2, 3)).Length', '1\n2\n2\n2\n'],
  ['Set-StrictMode -Version 2; function f { }; f(1, 2)', '', calledAsMethod],
  ['Set-StrictMode -Version 2; try { Write-Output(1, 2) } catch { $_.FullyQualifiedErrorId }', 'StrictModeFunctionCallWithParens\n'],
  ['Set-StrictMode -Version 2; (5)[3]', '', 'InvalidOperation: Unable to index into an object of type "System.Int32".\n'],
  // ... and what it allows: existing members, dictionary keys, collections' Count, spaced or single arguments, out-of-range indices.
  ['Set-StrictMode -Version 2; @{a = 1}.a; @{a = 1}.Count; @(1, 2).Count; (1, 2, 3).Length; "abc".Length; [int]::MaxValue', '1\n1\n2\n3\n3\n2147483647\n'],
  ['Set-StrictMode -Version 2; [pscustomobject]@{a = 1}.a; (Get-Date 2024-01-02).Year; (Get-Date).DisplayHint', '1\n2024\nDateTime\n'],
  ['Set-StrictMode -Version 2; function f($p) { "f $p" }; f (1, 2); f(1); (5)[0]; $a = 1, 2; "[$($a[5])]"', 'f 1 2\nf 1\n5\n[]\n'],

  // ... and in ForEach-Object -MemberName and Where-Object -Property: a missing member or a null input is an error (the object is left out).
  ['Set-StrictMode -Version 2; "a", "ab" | ForEach-Object Length; 1 | ForEach-Object Nope', '1\n2\n', 'ForEach-Object: The input name "Nope" cannot be resolved to a member.\n'],
  ["Set-StrictMode -Version 2; $null | ForEach-Object Nope; $null | Where-Object Nope", '', "ForEach-Object: Cannot operate on a 'null' input object.\nWhere-Object: Cannot operate on a 'null' input object.\n"],
  ['Set-StrictMode -Version 2; @{a = 1}, @{b = 2} | Where-Object a -EQ 1 | ForEach-Object a', '1\n', 'Where-Object: The input name "a" cannot be resolved to a property.\n'],
  ['1 | ForEach-Object Nope; "x" | Where-Object Nope; $null | Where-Object Nope; "without strict mode"', 'without strict mode\n'],

  // Version 3 ('Latest'): indices out of range.
  ['Set-StrictMode -Version 3; $a = 1, 2; $a[2]', '', outOfBounds],
  ['Set-StrictMode -Version Latest; $a = 1, 2; $a[-3]', '', outOfBounds],
  ['Set-StrictMode -Version Latest; "abc"[3]', '', outOfBounds],
  ['Set-StrictMode -Version Latest; $a = 1, 2; $a[1, 5]', '', outOfBounds],
  ['Set-StrictMode -Version Latest; try { $a = 1, 2; $a[2] } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)" }', 'System.IndexOutOfRangeException\nOperationStopped: (:) [], IndexOutOfRangeException\n'],
  [
    'Set-StrictMode -Version Latest; $l = [System.Collections.Generic.List[int]]::new(); $l[0]',
    '',
    "OperationStopped: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')\n",
  ],
  ['Set-StrictMode -Version Latest; $a = 1, 2; $a[1]; $a[-1]; "abc"[0]; @{a = 1}["b"]; "end"', '2\n2\na\nend\n'],
  ['Set-StrictMode -Version Latest; $nope', '', undefinedVariable('nope')],
  ['Set-StrictMode -Version Latest; (1).Foo', '', propertyNotFound('Foo')],
  // The version's forms: whole numbers, strings, 'latest' in any case, the alias -v.
  ['Set-StrictMode -Version 2.0; (1).Foo', '', propertyNotFound('Foo')],
  ["Set-StrictMode -Version '1'; (1).Foo; $nope", '', undefinedVariable('nope')],
  ['Set-StrictMode -v LATEST; $a = @(1); $a[1]', '', outOfBounds],

  // -Off, and a version that is not PowerShell's.
  ['Set-StrictMode -Version Latest; Set-StrictMode -Off; $nope; (1).Foo; "off"', 'off\n'],
  ['Set-StrictMode -Version 2.5', '', invalidVersion('2.5')],
  ['Set-StrictMode -Version 8', '', invalidVersion('8.0')],
  ['Set-StrictMode -Version 7.9', '', invalidVersion('7.9')],
  ['Set-StrictMode -Version 5.1; Set-StrictMode -Version 7.0; (1).Foo', '', propertyNotFound('Foo')],

  // The mode is the scope's: child scopes inherit it, a function's or script block's own does not reach its caller.
  ['Set-StrictMode -Version 1; function f { $inner }; f', '', undefinedVariable('inner')],
  ['Set-StrictMode -Version 1; & { & { $deep } }', '', undefinedVariable('deep')],
  ['function f { Set-StrictMode -Version 1; try { $inner } catch { "in f: $($_.FullyQualifiedErrorId)" } }; f; $outer; "caller unaffected"', 'in f: VariableIsUndefined\ncaller unaffected\n'],
  ['Set-StrictMode -Version 1; function f { Set-StrictMode -Off; $inner; "f off" }; f; $outer', 'f off\n', undefinedVariable('outer')],
  ['Set-StrictMode -Version 1; & { Set-StrictMode -Version 2; (1).Foo }', '', propertyNotFound('Foo')],
  ['Set-StrictMode -Version 1; & { Set-StrictMode -Version 2 }; (1).Foo; "still version 1"', 'still version 1\n'],
  ['. { Set-StrictMode -Version 1 }; $nope', '', undefinedVariable('nope')],
  ['Get-Command Set-StrictMode -Syntax', '\nSet-StrictMode -Version <version> [<CommonParameters>]\n\nSet-StrictMode -Off [<CommonParameters>]\n\n'],
  ['(Get-Command Set-StrictMode).ModuleName', 'Microsoft.PowerShell.Core\n'],
]);

testTablesArePwshs([['System.Management.Automation/ParserStrings.resx', strictModeStrings]]);

test.run();
