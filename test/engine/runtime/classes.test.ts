/** Classes and enums defined by scripts: members, inheritance, conversions, formatting and definition errors. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { classConversionStrings, classParserStrings } from '../../../src/engine/runtime/class-messages.js';
import { testTablesArePwshs } from '../../support/pwsh-resources.js';
import { lines, run } from './run-script.js';

const point = 'class Point { [int]$X; [int]$Y = 2; Point() {} Point([int]$x, [int]$y) { $this.X = $x; $this.Y = $y } [string] ToString() { return "($($this.X), $($this.Y))" } }';

const cases: [string, string][] = [
  // enums
  ['enum Color { Red; Green = 5; Blue }; [Color]::Blue; [int][Color]::Blue; [Color]"Green"; [Color]5 -eq [Color]::Green', 'Blue\n6\nGreen\nTrue\n'],
  ['enum Color { Red; Green = 5; Blue }; [enum]::GetValues([Color]) -join ","; [Color]::Red -is [Color]', 'Red,Green,Blue\nTrue\n'],
  ['[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }; [Perm]"Read,Write"; [Perm]6; [int]([Perm]::Read -bor [Perm]::Exec)', 'Read, Write\nWrite, Exec\n5\n'],
  ['enum E { A = 1; B = [E]::A + 2; C }; [int][E]::C', '4\n'],
  ['enum E : byte { A = 255 }; [int][E]::A', '255\n'],
  // construction, properties, ToString
  [`${point}; $p = [Point]::new(1, 3); "$p"; $p.X; [Point]::new().Y`, '(1, 3)\n1\n2\n'],
  [`${point}; [Point]::new`, '\nOverloadDefinitions\n-------------------\nPoint new()\nPoint new(int x, int y)\n\n\n'],
  ['class P { [int]$X }; $p = [P]::new(); $p.X = "5"; $p.X.GetType().Name', 'Int32\n'],
  ['class P { [int]$X; [int]$Y }; $p = [P]@{ X = 1; Y = "2" }; $p.Y; $p.Y.GetType().Name', '2\nInt32\n'],
  ['class P { [int]$X; P() {} P([int]$x) { $this.X = $x } }; ([P]5).X', '5\n'],
  ['class D { [datetime]$When; [string[]]$Tags = @("a", "b") }; $d = [D]::new(); $d.When.Year; $d.Tags.GetType().FullName', '1\nSystem.String[]\n'],
  ['enum E { A; B }; class K { [E]$Kind }; $k = [K]::new(); $k.Kind; $k.Kind = "B"; $k.Kind', 'A\nB\n'],
  ['class U { }; [U]::new().ToString(); [U]::new().GetType().FullName', 'U\nU\n'],
  // methods: output only through return, void, overloads, recursion
  ['class M { [int] F() { "discarded"; Write-Output 5; return "3" } [void] V() { "x" } }; $m = [M]::new(); $m.F(); $m.F().GetType().Name; $null -eq $m.V()', '3\nInt32\nTrue\n'],
  ['class O { [string] F() { return "0" } [string] F($a) { return "1:$a" } [string] F($a, $b) { return "2:$a$b" } }; $o = [O]::new(); $o.F(); $o.F(1); $o.F(1, 2); $o.F', '0\n1:1\n2:12\n\nOverloadDefinitions\n-------------------\nstring F()\nstring F(System.Object a)\nstring F(System.Object a, System.Object b)\n\n\n'],
  ['class T { [int] F([int]$n) { if ($n -le 1) { return 1 } return $n * $this.F($n - 1) } }; [T]::new().F(5)', '120\n'],
  ['class T { [int] F() { foreach ($i in 1..3) { if ($i -eq 2) { return $i * 10 } } return 0 } }; [T]::new().F()', '20\n'],
  ['class T { [object[]] F() { return 1..3 | ForEach-Object { $_ * 2 } } }; [T]::new().F() -join ","', '2,4,6\n'],
  // inheritance and virtual dispatch
  ['class A { [string] Speak() { return "A" } [string] Hello() { return "hello from " + $this.Speak() } }; class B : A { [string] Speak() { return "B" } }; $b = [B]::new(); $b.Hello(); ([A]$b).Speak(); $b -is [A]; [A]::new() -is [B]; $b.pstypenames -join ","', 'hello from B\nB\nTrue\nFalse\nB,A,System.Object\n'],
  ['class A { [int]$N; A([int]$n) { $this.N = $n } }; class B : A { [int]$M = 1; B() : base(7) { $this.M = $this.N + 1 } }; $b = [B]::new(); $b.N; $b.M', '7\n8\n'],
  ['class Cmp : System.IComparable { [int]$V; [int] CompareTo($o) { return $this.V - $o.V } }; [Cmp]::new() -is [System.IComparable]', 'True\n'],
  // static members
  ['class C { static [int]$Count = 3; static [C] Make() { [C]::Count = [C]::Count + 1; return [C]::new() } }; [C]::Count; $c = [C]::Make(); [C]::Count; $c.GetType().Name', '3\n4\nC\n'],
  ['class S { static [bool]$Ready; static S() { [S]::Ready = $true } }; [S]::Ready', 'True\n'],
  ['class T { static [int]$N = 5 }; [T]::N++; [T]::N; [T]::N += 10; [T]::N; ++[T]::N', '6\n16\n'],
  // where types are visible, and the defining script's session
  ['$p = [Later]::new(); $p.X; class Later { [int]$X = 4 }', '4\n'],
  ['class A { [B] MakeB() { return [B]::new() } }; class B { [string]$N = "b" }; [A]::new().MakeB().N', 'b\n'],
  ['function f { class Inner { [int]$V = 9 }; [Inner]::new().V }; f', '9\n'],
  ['$script:greeting = "hey"; class G { [string] Say() { return $script:greeting } }; [G]::new().Say()', 'hey\n'],
  ['class W { [void] Warn() { Write-Warning "careful" } }; [W]::new().Warn()', 'WARNING: careful\n'],
  // formatting and the PSObject view; hidden members are not listed
  ['class P { [int]$X = 1; [string]$Name = "n" }; [P]::new()', '\nX Name\n- ----\n1 n\n\n'],
  ['class Q { [string]$A = "a"; [int]$B = 1; [double]$C; [bool]$D; $E = "e" }; [Q]::new()', '\nA : a\nB : 1\nC : 0\nD : False\nE : e\n\n'],
  ['class H { [string]$Name = "n"; hidden [string]$Secret = "s" }; $h = [H]::new(); $h.Secret; $h.psobject.Properties | ForEach-Object { "$_" }', 's\nstring Name {get;set;}\n'],
];

for (const [script, expected] of cases) {
  test(script, () => {
    assert.is(lines(script), expected);
  });
}

/** Scripts that fail: the error text pwsh shows (ConciseView, single-line command). */
const errorCases: [string, string][] = [
  ['class P { [int]$X }; $p = [P]::new(); $p.X = "abc"', 'SetValueInvocationException: Exception setting "X": "Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format.""\n'],
  ['class P { [int]$X; [int]$Y }; [P]@{ Z = 1 }', 'InvalidArgument: Cannot create object of type "P". The property \'Z\' was not found for the \'P\' object. The settable properties are: [X <System.Int32>], [Y <System.Int32>].\n'],
  ['class N { N([string]$n) {} [N]$Next }; $a = [N]::new("a"); $a.Next = @{}', 'SetValueInvocationException: Exception setting "Next": "Cannot convert the "System.Collections.Hashtable" value of type "System.Collections.Hashtable" to type "N"."\n'],
  ['class U { }; [U]::new().Nope()', "InvalidOperation: Method invocation failed because [U] does not contain a method named 'Nope'.\n"],
  ['class T { [void] M() { throw "boom" } }; [T]::new().M()', 'MethodInvocationException: Exception calling "M" with "0" argument(s): "boom"\n'],
  ['class T { [int] M() { return "x" } }; [T]::new().M()', 'MethodInvocationException: Exception calling "M" with "0" argument(s): "Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format.""\n'],
  ['class T { T() { throw "no" } }; [T]::new()', 'MethodInvocationException: Exception calling ".ctor" with "0" argument(s): "no"\n'],
  ['class X : Nope { }; "not reached"', 'ParserError: Unable to find type [Nope].\n'],
  ['"not reached"; class T { [void] M() { return 1 } }', 'ParserError: Invalid return statement within void method.\n'],
  ['class T { [int] M() { return } }', 'ParserError: Invalid return statement within non-void method.\n'],
  ['class T { [int] M() { if ($true) { return 1 } } }', 'ParserError: Not all code path returns value within method.\n'],
  ['class T { [int]$A; [int]$A }', "ParserError: The member 'A' is already defined.\n"],
  ['class T { [void] M() {} [void] M() {} }', "ParserError: The member 'M' is already defined.\n"],
  ['class A { A([int]$n) {} }; class B : A { }', "ParserError: Base class 'A' does not contain a parameterless constructor.\n"],
  ['enum E : string { A }', "ParserError: 'System.String' is not a valid underlying type for enums. Expected a builtin integral type (one of byte, sbyte, short, ushort, int, uint, long or ulong)\n"],
  ['enum E : byte { A = 300 }', 'ParserError: Enumerator value is either too large or too small for byte.\n'],
  ['enum E { A = (Get-Random) }', 'ParserError: Enumerator value must be a constant value.\n'],
];

for (const [script, expected] of errorCases) {
  test(`error: ${script}`, () => {
    const result = run(script);
    assert.is(result.out, '');
    assert.is(result.err, expected);
  });
}

test('a method error can be caught, with pwsh\'s exception type and error id', () => {
  assert.is(
    lines('class T { [void] M() { throw "boom" } }; try { [T]::new().M() } catch { $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId; $_.Exception.InnerException.Message }'),
    'System.Management.Automation.MethodInvocationException\nRuntimeException\nboom\n',
  );
});

testTablesArePwshs([
  ['System.Management.Automation/ParserStrings.resx', classParserStrings],
  ['System.Management.Automation/ExtendedTypeSystem.resx', classConversionStrings],
]);

test.run();
