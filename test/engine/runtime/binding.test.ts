/**
 * Script functions and cmdlets binding through src/binding as the engine drives it: names,
 * prefixes and aliases, parameter sets, pipeline input by value and by property name,
 * validation, defaults, splatting, ShouldProcess, and pwsh's error texts in ConciseView.
 */
import { test } from 'uvu';
import { scriptCases } from './run-script.js';

const sets = 'function g { [CmdletBinding(DefaultParameterSetName="ByName")] param([Parameter(ParameterSetName="ByName", Position=0)]$Name, [Parameter(ParameterSetName="ById", Mandatory)][int]$Id) $PSCmdlet.ParameterSetName }; ';
const byProperty = 'function byName { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName)][string]$Name, [Parameter(ValueFromPipelineByPropertyName)][int]$Id) process { "$Name/$Id" } }; ';
const confirmHigh = 'function d { [CmdletBinding(SupportsShouldProcess, ConfirmImpact="High")] param($T) if ($PSCmdlet.ShouldProcess($T)) { "did $T" } }; ';

const cases: [string, string, string][] = [
  // script, stdout, stderr
  ['function f { [CmdletBinding()] param([Alias("N")][string]$Name, [int]$Count) "$Name $Count" }; f -Na x -C 3; f -N y', 'x 3\ny 0\n', ''],
  ['function f { [CmdletBinding()] param($Name, $Names) }; f -Nam 1', '', "f: Parameter cannot be processed because the parameter name 'Nam' is ambiguous. Possible matches include: -Name -Names.\n"],
  [sets + 'g x; g -Id 3', 'ByName\nById\n', ''],
  [sets + 'g -Name x -Id 3', '', 'g: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.\n'],
  [byProperty + '[pscustomobject]@{Name="a";Id=1}, [pscustomobject]@{Name="b";Id="2"} | byName', 'a/1\nb/2\n', ''],
  ['function k { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$N) process { $N * 2 } }; 5, 7 | k', '10\n14\n', ''],
  ['function k { [CmdletBinding()] param($N) process { "ran" } }; 1 | k', '', 'k: The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.\n'],
  ['function m { param([Parameter(Mandatory)]$X) $X }; m; "after"', 'after\n', 'm: Cannot process command because of one or more missing mandatory parameters: X.\n'],
  ['function v { param([ValidateSet("a","b")]$X) $X }; v a; v c', 'a\n', 'v: Cannot validate argument on parameter \'X\'. The argument "c" does not belong to the set "a,b" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.\n'],
  ['function v { param([ValidateRange(1, [int]::MaxValue)][int]$X) $X }; v 0', '', "v: Cannot validate argument on parameter 'X'. The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.\n"],
  ['function w { param([ValidateScript({ $_ -gt 2 })][int]$X) $X }; w 5; w 1', '5\n', 'w: Cannot validate argument on parameter \'X\'. The " $_ -gt 2 " validation script for the argument with value "1" did not return a result of True. Determine why the validation script failed, and then try the command again.\n'],
  ['$PSDefaultParameterValues = @{ "f:Count" = 7 }; function f { [CmdletBinding()] param($Count) $Count }; f; f -Count 1', '7\n1\n', ''],
  ['$p = @{ Name = "z" }; function f { [CmdletBinding()] param($Name) $Name }; f @p', 'z\n', ''],
  ['function d { [CmdletBinding(SupportsShouldProcess)] param($T) if ($PSCmdlet.ShouldProcess($T, "Disconnect")) { "did $T" } }; d ITTask -WhatIf; d x', 'What if: Performing the operation "Disconnect" on target "ITTask".\ndid x\n', ''],
  [confirmHigh + 'd x -Confirm:$false', 'did x\n', ''],
  [confirmHigh + '$ConfirmPreference = "None"; d y', 'did y\n', ''],
  [confirmHigh + 'd x', '', 'InvalidOperation: PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n'],
  ['function f { [CmdletBinding()] param([int]$N) $N }; f -N abc', '', 'f: Cannot process argument transformation on parameter \'N\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."\n'],
  ['function f { [CmdletBinding()] param($A) $A }; f 1 2', '', "f: A positional parameter cannot be found that accepts argument '2'.\n"],
  ['function f { [CmdletBinding()] param($A) $A }; f -Bogus 1', '', "f: A parameter cannot be found that matches parameter name 'Bogus'.\n"],
  ['function f { [CmdletBinding()] param($A) $A }; try { f -Bogus 1 } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }', 'NamedParameterNotFound,f\nSystem.Management.Automation.ParameterBindingException\n', ''],
  ['try { Write-Host -ForegroundColor Nope x } catch { $_.FullyQualifiedErrorId }', 'CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.WriteHostCommand\n', ''],
  ['function f($a, $b) { "$a|$b|$args" }; f 1 2 3; f -b 2 1', '1|2|3\n1|2|\n', ''],
  ['function f($a, $b) { "$a|$b|$args" }; function g { f @args }; g -b x y z', 'y|x|z\n', ''],
  ['"a", "bb" | Where-Object Length -eq 2; "a", "" | Where-Object Length; [pscustomobject]@{A=0}, [pscustomobject]@{A=1} | Where-Object -Not A | ForEach-Object A', 'bb\na\n0\n', ''],
  ['1, 2 | Where-Object -Not', '', 'Where-Object: Cannot process command because of one or more missing mandatory parameters: Property.\n'],
  ['1..3 | ForEach-Object -PipelineVariable p { $_ * 2 } | ForEach-Object { "$p $_" }', '2 2\n4 4\n6 6\n', ''],
  ['function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)]$x) process { $x + 10 } }; 1, 2 | f -pv q | ForEach-Object { "$q/$_" }', '11/11\n12/12\n', ''],
  ['Write-Output 1, 2 -OutVariable o | Out-Null; $o.Count; Write-Error x -ErrorVariable +o2 2>$null; $o2.Count', '2\n1\n', ''],
  ['"a", "bb" | ForEach-Object Length; 1..2 | ForEach-Object { "b" } { $_ } { "e" }', '1\n2\nb\n1\n2\ne\n', ''],
];

scriptCases(cases);

test.run();
