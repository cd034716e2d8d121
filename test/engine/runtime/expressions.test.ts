/** Expressions, variables, strings and the default display of values, as pwsh 7 prints them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lines } from './run-script.js';

const cases: [string, string][] = [
  ['1 + 2', '3\n'],
  ['$x = 5; $x * 2', '10\n'],
  ['$a, $b = 1, 2; "$b $a"', '2 1\n'],
  ['$a, $b = 1, 2, 3; $b.Count', '2\n'],
  ['[int]$n = "42"; $n + 1', '43\n'],
  ['[int]$n = 1; $n = "7"; $n -is [int]', 'True\n'],
  ['$i = 0; $i++; $i++; $i', '2\n'],
  ['$i = 5; $j = $i--; "$i $j"', '4 5\n'],
  ['$s = "a"; $s += "b"; $s', 'ab\n'],
  ['$x = $null; $x ??= 3; $x', '3\n'],
  ['$name = "World"; "Hello, $name!"', 'Hello, World!\n'],
  ['"sum: $(1 + 2)"', 'sum: 3\n'],
  ["'no $expansion here'", 'no $expansion here\n'],
  ['$a = 1, 2, 3; "$a"', '1 2 3\n'],
  ['$OFS = "-"; $a = 1, 2, 3; "$a"', '1-2-3\n'],
  ['1, 2, 3', '1\n2\n3\n'],
  ['@(1, 2, 3).Count', '3\n'],
  ['@().Count', '0\n'],
  ['$a = 10, 20, 30; $a[1]; $a[-1]', '20\n30\n'],
  ['$a = 10, 20, 30; $a[0, 2]', '10\n30\n'],
  ['$a = 1, 2, 3; $a[1] = 9; "$a"', '1 9 3\n'],
  ['$h = @{ a = 1 }; $h.b = 2; $h["c"] = 3; $h.a + $h.b + $h.c', '6\n'],
  ['$h = [ordered]@{ z = 1; a = 2 }; $h.Keys -join ","', 'z,a\n'],
  // + and - on dates and time spans go through their op_Addition/op_Subtraction
  ['$d = [datetime]"2024-03-01"; ($d - [datetime]"2024-02-01").ToString(); ($d - [timespan]"1.00:00:00").Day; ($d + [timespan]"12:00").Hour; ([timespan]"01:00" + [timespan]"00:30").ToString(); ([timespan]"01:00" - [timespan]"01:30").ToString()', '29.00:00:00\n29\n12\n01:30:00\n-00:30:00\n'],
  // an Int32 index takes an [ordered] dictionary's entry at that position (other keys look up)
  ['$h = [ordered]@{ z = 1; a = 2 }; $h[0]; $h[-1]; $null -eq $h[2]; $h[0, 1] -join ","; $h[1] = 5; $h.a; $h["z"]', '1\n2\nTrue\n1,2\n5\n1\n'],
  ['$h = @{ 0 = "zero" }; $h[0]; $h = [ordered]@{ "0" = "key" }; $h["0"]', 'zero\nkey\n'],
  // Pipeline objects come wrapped; a wrapped value is the same key as the value.
  ['$h = @{}; 1..3 | ForEach-Object { $h[$_] = $_ * 2 }; $h[2]; $h.ContainsKey(3); 1 | ForEach-Object { $h[$_] = "one" }; $h.Count; $h[1]', '4\nTrue\n3\none\n'],
  ['$h = [ordered]@{ a = 1 }; try { $h[1] = 2 } catch { $_.Exception.Message }', "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')\n"],
  ['$o = [pscustomobject]@{ Name = "x"; Size = 3 }; $o.Name; $o.Size', 'x\n3\n'],
  ['$o = [pscustomobject]@{ A = 1 }; $o.A = 5; $o.A', '5\n'],
  ['$o = [pscustomobject]@{ 1 = "one" }; $o."1"', 'one\n'],
  ['$o = [pscustomobject]@{ z = 1; a = 2; m = 3 }; $o.psobject.Properties.Name -join ","', 'z,a,m\n'],
  ['$h = [ordered]@{ z = 1; a = 2 }; ([pscustomobject]$h).psobject.Properties.Name -join ","; ([pscustomobject]@{ q = 1 }.Clone()).q; ([pscustomobject]5).GetType().Name', 'z,a\n1\nInt32\n'],
  ['$true; $false', 'True\nFalse\n'],
  ['$null', ''],
  ['(1, 2, 3).Length', '3\n'],
  ['$x = 3; $x -gt 2 ? "big" : "small"', 'big\n'],
  ['$null -eq $nothing', 'True\n'],
  ['[void](1 + 1)', ''],
  ['$null = 5; $null -eq $null', 'True\n'],
  ['$env:PSH_TEST_VAR = "v1"; $env:PSH_TEST_VAR', 'v1\n'],
  // The value's PowerShell string form, as the Environment provider stores it; $null removes the variable.
  ['$env:PSH_TEST_VAR = 1, 2; $env:PSH_TEST_VAR; $env:PSH_TEST_VAR = [datetime]"2024-01-02"; $env:PSH_TEST_VAR; $env:PSH_TEST_VAR = $null; Test-Path env:PSH_TEST_VAR', '1 2\n01/02/2024 00:00:00\nFalse\n'],
  ['$global:g = 1; function f { $global:g = 2 }; f; $g', '2\n'],
  ['"abc".ToUpper()', 'ABC\n'],
  ['"a,b,c".Split(",").Count', '3\n'],
  ['$s = "hello"; $s.Length', '5\n'],
  ['(1..5) -join ""', '12345\n'],
  ['$x = @{ n = @{ m = 7 } }; $x.n.m', '7\n'],
  ['$p = "Name"; $o = [pscustomobject]@{ Name = "n1" }; $o.$p', 'n1\n'],
  ['$a = @(); $a += 1; $a += 2; $a.Count', '2\n'],
  ['[int]::MaxValue', '2147483647\n'],
  ['$PSVersionTable.PSEdition; $PSVersionTable.PSVersion -is [version]', 'Core\nTrue\n'],
  ['$PSVersionTable.Keys -join ","; $PSVersionTable.PSCompatibleVersions -join ","; $PSVersionTable.SerializationVersion.Build; $PSVersionTable.GitCommitId -eq "$($PSVersionTable.PSVersion)"', 'PSVersion,PSEdition,GitCommitId,OS,Platform,PSCompatibleVersions,PSRemotingProtocolVersion,SerializationVersion,WSManStackVersion\n1.0,2.0,3.0,4.0,5.0,5.1,6.0,7.0\n0\nTrue\n'],
  ['$MaximumHistoryCount; $PSSessionApplicationName; $PSSessionConfigurationName; $PSNativeCommandUseErrorActionPreference; $ConsoleFileName.Length', '4096\nwsman\nhttp://schemas.microsoft.com/powershell/Microsoft.PowerShell\nFalse\n0\n'],
  ['$PID -gt 0; $ErrorActionPreference; $VerbosePreference', 'True\nContinue\nSilentlyContinue\n'],
  ['$x = 1; $y = ($x = 4) + 1; "$x $y"', '4 5\n'],
  // One variable expression run again in the same scope sees variables defined since.
  ["$x = 'outer'; & { foreach ($i in 1..2) { $x; $x = 'inner' } }; $x", 'outer\ninner\nouter\n'],
  ['function g { $y }; $y = 1; g; & { $y = 2; g }', '1\n2\n'],
  ["[int]$t = 0; foreach ($v in '5', '6') { $t = $v }; \"$t $($t.GetType().Name)\"", '6 Int32\n'],
  ['foreach ($i in 1..2) { $c = $c + 1 }; $c', '2\n'],
];

for (const [script, expected] of cases) {
  test(script, () => {
    assert.is(lines(script), expected);
  });
}

test('hashtables print as the Name/Value table', () => {
  assert.is(
    lines('@{ a = 1 }'),
    '\nName                           Value\n----                           -----\na                              1\n\n',
  );
});

test('custom objects print as a table, numbers right-aligned', () => {
  assert.is(lines('[pscustomobject]@{ Name = "x"; Count = 10 }'), '\nName Count\n---- -----\nx       10\n\n');
});

test('consecutive custom objects share one table', () => {
  assert.is(
    lines('[pscustomobject]@{ A = "one"; B = 1 }; [pscustomobject]@{ A = "three"; B = 22 }'),
    '\nA      B\n-      -\none    1\nthree 22\n\n',
  );
});

test('objects with five or more properties print as a list', () => {
  assert.is(lines('[pscustomobject]@{ a = 1; bb = 2; c = 3; d = 4; e = 5 }'), '\na  : 1\nbb : 2\nc  : 3\nd  : 4\ne  : 5\n\n');
});

test.run();
