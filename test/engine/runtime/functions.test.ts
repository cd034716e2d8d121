/** Functions and script blocks: binding, pipelines, begin/process/end, scopes, closures, splatting. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lines, run } from './run-script.js';

const cases: [string, string][] = [
  ['function add($a, $b) { $a + $b }; add 2 3', '5\n'],
  ['function add($a, $b) { $a + $b }; add -b 2 -a 3', '5\n'],
  ['function add($a, $b) { $a + $b }; add -b:2 3', '5\n'],
  ['function f { param($Name = "default") "hi $Name" }; f; f -Name x', 'hi default\nhi x\n'],
  ['function f { param([int]$n) $n -is [int] }; f "5"', 'True\n'],
  // Unbound typed parameters: default(T) for value types, $null converted otherwise ([string] gives '').
  ['function f([int]$i, [string]$s, [bool]$b, [datetime]$d, [timespan]$t, [guid]$g, [System.DayOfWeek]$w) { "$i|$($null -eq $s)|$b|$($d.Ticks)|$($t.Ticks)|$g|$w" }; f', '0|False|False|0|0|00000000-0000-0000-0000-000000000000|Sunday\n'],
  ['function f { param([switch]$Force) if ($Force) { "forced" } else { "normal" } }; f; f -Force; f -Force:$false', 'normal\nforced\nnormal\n'],
  ['function f { $args.Count; $args[1] }; f a b c', '3\nb\n'],
  ['function f($x) { "x=$x rest=$args" }; f 1 2 3', 'x=1 rest=2 3\n'],
  // pwsh's binder takes the word after an unknown -Name as that name's value (GetNextPositionalArgument).
  ['function f($a) { "a=$a args=$args" }; f -foo 1', 'a= args=-foo 1\n'],
  ['function f($a) { "a=$a args=$args" }; f 1 -foo', 'a=1 args=-foo\n'],
  ['function inner { param($Name, [switch]$Loud) "$Name $Loud" }; function wrapper { inner @args }; wrapper -Loud -Name x', 'x True\n'],
  ['function inner { param($Name) "[$Name]" }; function wrapper { inner @args }; wrapper -Name:y', '[y]\n'],
  ['function f { $args[0]; $args[0] -eq "-Name" }; f -Name', '-Name\nTrue\n'],
  ['function f { param($a, $b) $PSBoundParameters.Count }; f -a 1', '1\n'],
  // $PSBoundParameters follows each pipeline object's binding.
  ["function f { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName)] $Path) process { $PSBoundParameters['Path'] } }; [pscustomobject]@{ Path = 'p' }, [pscustomobject]@{ Path = 'q' } | f", 'p\nq\n'],
  ['function f { param($p) $p }; $h = @{ p = "splat" }; f @h', 'splat\n'],
  ['function f { param($a, $b) "$a-$b" }; $arr = 1, 2; f @arr', '1-2\n'],
  ['function f { "$($MyInvocation.MyCommand)" }; f', 'f\n'],
  ['function f { $MyInvocation.MyCommand.Name; $MyInvocation.MyCommand.CommandType }; f', 'f\nFunction\n'],
  ['function f { process { $_ * 2 } }; 1, 2, 3 | f', '2\n4\n6\n'],
  ['function f { begin { "b" } process { "p$_" } end { "e" } }; 1, 2 | f', 'b\np1\np2\ne\n'],
  ['function f { end { $input.Count } }; 1, 2, 3 | f', '3\n'],
  ['function f { @($input).Count }; 1, 2, 3 | f', '3\n'],
  ['filter double { $_ * 2 }; 1, 2 | double', '2\n4\n'],
  ['function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)] $InputObject) process { "got $InputObject" } }; 1, 2 | f', 'got 1\ngot 2\n'],
  ['function f { [CmdletBinding()] param([Parameter(Mandatory, Position = 0)] $Name) "n=$Name" }; f x', 'n=x\n'],
  ['function outer { $v = "outer"; inner }; function inner { $v }; outer', 'outer\n'],
  ['$v = 1; function f { $v = 2; $v }; f; $v', '2\n1\n'],
  ['$v = 1; function f { $script:v = 2 }; f; $v', '2\n'],
  ['$v = 1; . { $v = 2 }; $v', '2\n'],
  ['$v = 1; & { $v = 2 }; $v', '1\n'],
  ['function setv { $x = 9 }; . setv; $x', '9\n'],
  ['$sb = { param($a) $a + 1 }; & $sb 1', '2\n'],
  ['$sb = { "$args" }; $sb.Invoke(1, 2)', '1 2\n'],
  ['$x = 1; $sb = { $x }.GetNewClosure(); $x = 2; & $sb', '1\n'],
  ['function make { $n = 5; { $n }.GetNewClosure() }; $c = make; & $c', '5\n'],
  ['$private:p = 1; function f { "[$p]" }; f', '[]\n'],
  ['function f { "one"; "two" }; $r = f; $r[1]', 'two\n'],
  ['function f { }; $r = f; $null -eq $r', 'True\n'],
  ['function f { Write-Output 1, 2 -NoEnumerate }; (f).Count', '2\n'],
  ['$f = "add"; function add { "added" }; & $f', 'added\n'],
  ['function Get-Thing { "thing" }; get-thing', 'thing\n'],
  ['$function:g = { "from g" }; g; ${function:g}', 'from g\n "from g" \n'],
  ['function f { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess("thing")) { "did it" } }; f; f -WhatIf', 'did it\nWhat if: Performing the operation "f" on target "thing".\n'],
  ['function f { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess("thing", "Remove")) { "did it" } }; f -WhatIf', 'What if: Performing the operation "Remove" on target "thing".\n'],
  ['function f { [CmdletBinding()] param() $PSCmdlet.WriteVerbose("v"); $PSCmdlet.MyInvocation.MyCommand.Name }; f -Verbose', 'VERBOSE: v\nf\n'],
  ['function f { process { $_ } clean { $script:c = "cleaned"; "discarded" } }; 1 | f; $c', '1\ncleaned\n'],
  ['function f { end { throw "x" } clean { $script:c = "cleaned" } }; try { f } catch { "caught" }; $c', 'caught\ncleaned\n'],
];

for (const [script, expected] of cases) {
  test(script, () => {
    assert.is(lines(script), expected);
  });
}

test('an unknown parameter of an advanced function is a binding error naming the function', () => {
  const result = run('function f { [CmdletBinding()] param($a) }; f -b 1');
  assert.is(result.err, "f: A parameter cannot be found that matches parameter name 'b'.\n");
});

const validationCases: [string, string][] = [
  ['function f { param([ValidateSet("red", "green")] $Color) $Color }; f purple', 'f: Cannot validate argument on parameter \'Color\'. The argument "purple" does not belong to the set "red,green" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.\n'],
  ['function f { param([ValidateRange(1, 10)] [int] $n) $n }; f 11', 'f: Cannot validate argument on parameter \'n\'. The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again.\n'],
  ['function f { param([ValidateNotNullOrEmpty()] $s) $s }; f ""', 'f: Cannot validate argument on parameter \'s\'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.\n'],
  ['function f { param([ValidatePattern("^\\d+$")] $s) $s }; f abc', 'f: Cannot validate argument on parameter \'s\'. The argument "abc" does not match the "^\\d+$" pattern. Supply an argument that matches "^\\d+$" and try the command again.\n'],
  ['function f { param([ValidateScript({ $_ -gt 2 })] $n) $n }; f 1', 'f: Cannot validate argument on parameter \'n\'. The " $_ -gt 2 " validation script for the argument with value "1" did not return a result of True. Determine why the validation script failed, and then try the command again.\n'],
];

for (const [script, err] of validationCases) {
  test(script, () => {
    const result = run(script);
    assert.is(result.err, err);
    assert.is(result.out, '');
  });
}

test('values that pass validation bind', () => {
  assert.is(lines('function f { param([ValidateSet("red", "green")] $Color, [ValidateRange(1, 10)] $n) "$Color $n" }; f GREEN 3'), 'GREEN 3\n');
});

test('a missing mandatory parameter is reported', () => {
  const result = run('function f { param([Parameter(Mandatory)] $Name) $Name }; f');
  assert.is(result.err, 'f: Cannot process command because of one or more missing mandatory parameters: Name.\n');
});

test('a parameter value that does not convert reports the transformation error', () => {
  const result = run('function f([int]$n) { $n }; f abc');
  assert.is(
    result.err,
    'f: Cannot process argument transformation on parameter \'n\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."\n',
  );
});

test('an extra positional argument of an advanced function is an error', () => {
  const result = run('function f { [CmdletBinding()] param($a) }; f 1 2');
  assert.is(result.err, "f: A positional parameter cannot be found that accepts argument '2'.\n");
});

test('a program on PATH runs with its output as strings and its exit code in $LASTEXITCODE and $?', () => {
  const node = process.execPath.replaceAll("'", "''");
  const result = run(`$out = & '${node}' -e "console.log('a'); console.log('b'); process.exit(3)"; $?; $LASTEXITCODE; $out.Count; $out[1]`);
  assert.is(result.out, 'False\n3\n2\nb\n');
  assert.is(run(`& '${node}' -e "process.exit(2)"`).code, 1);
});

test('an alias may name a program or a script file, not only a command', () => {
  const node = process.execPath.replaceAll("'", "''");
  assert.is(run(`Set-Alias nd '${node}'; Set-Alias nd2 nd; nd2 -e "console.log('via alias')"`).out, 'via alias\n');
  const script = join(mkdtempSync(join(tmpdir(), 'psh-alias-')), 'hello.ps1');
  writeFileSync(script, 'param($Name) "hello $Name"');
  assert.is(run(`Set-Alias hi '${script.replaceAll("'", "''")}'; hi world`).out, 'hello world\n');
});

test('an alias to nothing known is AliasNotResolvedException, naming its target', () => {
  const result = run("Set-Alias zz no-such-command-xyz; try { zz } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.TargetObject }; zz");
  assert.is(result.out, 'AliasNotResolvedException\nObjectNotFound\nzz\n');
  assert.is(
    result.err,
    "zz: Cannot resolve alias 'zz' because it refers to term 'no-such-command-xyz', which is not recognized as a cmdlet, function, executable program, or script file. Verify the term and try again.\n",
  );
});

test('an unknown command is CommandNotFoundException', () => {
  const result = run('Get-NoSuchThing-xyz');
  assert.is(
    result.err,
    "Get-NoSuchThing-xyz: The term 'Get-NoSuchThing-xyz' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.\n",
  );
});

test.run();
