/** Terminating and non-terminating errors, try/catch/finally, trap, preferences, $Error, $?, ConciseView. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { run, scriptCases } from './run-script.js';

const cases: [string, string, string][] = [
  // script, stdout, stderr
  ['try { throw "boom" } catch { "caught: $_" }', 'caught: boom\n', ''],
  ['try { throw "boom" } catch { $_.Exception.Message }', 'boom\n', ''],
  ['try { throw "boom" } catch { $_.FullyQualifiedErrorId }', 'boom\n', ''],
  ['try { throw "boom" } finally { "finally" }', 'finally\n', 'Exception: boom\n'],
  ['try { "body" } finally { "finally" }', 'body\nfinally\n', ''],
  ['try { 1/0 } catch [System.DivideByZeroException] { "dbz" } catch { "other" }', 'dbz\n', ''],
  ['try { $null.Foo() } catch [System.DivideByZeroException] { "dbz" } catch { "other: $($_.Exception.Message)" }', 'other: You cannot call a method on a null-valued expression.\n', ''],
  ['try { throw [System.ArgumentException]::new("bad arg") } catch [System.ArgumentException] { "arg: $($_.Exception.Message)" }', 'arg: bad arg\n', ''],
  // a string converts to an exception through its (string) constructor; other values do not
  ['$e = [System.InvalidOperationException]"nope"; $e.Message; $e.GetType().FullName; try { throw [System.Exception]"boom" } catch [System.Exception] { "$_" }', 'nope\nSystem.InvalidOperationException\nboom\n', ''],
  // catch by a base type: .NET's hierarchy for the exceptions cmdlets raise
  ['try { Get-Process -Id 2147483647 -ErrorAction Stop } catch [System.SystemException] { $_.Exception.GetType().FullName }', 'Microsoft.PowerShell.Commands.ProcessCommandException\n', ''],
  ['[Microsoft.PowerShell.Commands.HttpResponseException].BaseType.FullName; [System.Threading.Tasks.TaskCanceledException].BaseType.FullName', 'System.Net.Http.HttpRequestException\nSystem.OperationCanceledException\n', ''],
  ['try { throw [System.TimeoutException]::new("late") } catch [System.SystemException] { "$_" }', 'late\n', ''],
  ['[System.Exception]5', '', 'InvalidArgument: Cannot convert the "5" value of type "System.Int32" to type "System.Exception".\n'],
  ['try { try { throw "inner" } finally { "f1" } } catch { "outer caught $_" }', 'f1\nouter caught inner\n', ''],
  ['try { try { throw "x" } catch { throw "rethrown" } } catch { "$_" }', 'rethrown\n', ''],
  // a bare throw written in a catch block rethrows the error it handles; elsewhere it is ScriptHalted
  ['try { try { throw [System.ArgumentException]::new("inner") } catch { throw } } catch [System.ArgumentException] { "$_"; $_.InvocationInfo.OffsetInLine }', 'inner\n13\n', ''],
  ['try { try { throw "a" } catch { try { throw "b" } catch { }; throw } } catch { "$_" }', 'a\n', ''],
  ['function Stop-Here { throw }; try { throw "x" } catch { try { Stop-Here } catch { "$_" } }', 'ScriptHalted\n', ''],
  ['function f { throw "in f" }; try { f; "not here" } catch { "caught $_" }', 'caught in f\n', ''],
  ['function f { 1/0; "after in f" }; try { f } catch { "caught" }', 'caught\n', ''],
  ['1/0; "after"', 'after\n', 'RuntimeException: Attempted to divide by zero.\n'],
  ['throw "stop"; "after"', '', 'Exception: stop\n'],
  ['$null.Foo(); "next"', 'next\n', 'InvalidOperation: You cannot call a method on a null-valued expression.\n'],
  ['Write-Error "oops"; "after"', 'after\n', 'Write-Error: oops\n'],
  ['function f { Write-Error "bad" }; f', '', 'f: bad\n'],
  ['Write-Error "oops" -ErrorAction SilentlyContinue; $Error.Count; $Error[0].Exception.Message', '1\noops\n', ''],
  ['Write-Error "oops" -ErrorAction Ignore; $Error.Count', '0\n', ''],
  ['Write-Error "a" 2>$null; Write-Error "b" 2>$null; "$($Error[0]) $($Error[1])"; $Error.Clear(); $Error.Count', 'b a\n0\n', ''],
  ['$ErrorActionPreference = "SilentlyContinue"; Write-Error "quiet"; "after"', 'after\n', ''],
  ['$ErrorActionPreference = "Stop"; Write-Error "fatal"; "after"', '', 'Write-Error: fatal\n'],
  ['try { Write-Error "x" -ErrorAction Stop } catch { "caught $_" }', 'caught x\n', ''],
  ['try { Write-Error "nt" } catch { "never" }; "after"', 'after\n', 'Write-Error: nt\n'],
  ['Write-Error "e" 2>$null; $?', 'False\n', ''],
  ['"fine"; $?', 'fine\nTrue\n', ''],
  ['$r = Write-Error "to out" 2>&1; $r -is [System.Management.Automation.ErrorRecord]; "$r"', 'True\nto out\n', ''],
  ['trap { "trapped $_"; continue }; 1/0; "after"', 'trapped Attempted to divide by zero.\nafter\n', ''],
  ['trap { "trapped"; break }; throw "x"; "after"', 'trapped\n', 'Exception: x\n'],
  ['try { throw } catch { "$_" }', 'ScriptHalted\n', ''],
  ['$h = @{}; $h[$null] = 1', '', 'InvalidOperation: Index operation failed; the array index evaluated to null.\n'],
  ['& $null', '', "ObjectNotFound: The expression after '&' in a pipeline element produced an object that was not valid. It must result in a command name, a script block, or a CommandInfo object.\n"],
  ['[int]$x = 1; $x = "abc"; $x', '1\n', 'MetadataError: Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."\n'],
  ['[int]"abc"', '', 'InvalidArgument: Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."\n'],
  ['try { [int]"abc" } catch { $_.Exception -is [System.Management.Automation.PSInvalidCastException] }', 'True\n', ''],
  ['try { [int]"abc" } catch { $_.Exception -is [System.InvalidCastException] }', 'True\n', ''],
  ['try { throw "x" } catch { $_.CategoryInfo.Category }', 'OperationStopped\n', ''],
  ['try { NoSuchCommand-abc } catch [System.Management.Automation.CommandNotFoundException] { "cnf" }', 'cnf\n', ''],
  ['$e = $null; try { throw "t" } catch { $e = $_ }; $e.InvocationInfo.ScriptLineNumber', '1\n', ''],
];

scriptCases(cases);

test('ScriptStackTrace lists the function and its callers with their lines', () => {
  const result = run('function inner { throw "deep" }\nfunction outer {\n  inner\n}\ntry { outer } catch { $_.ScriptStackTrace }');
  assert.is(result.out, 'at inner, <No file>: line 1\nat outer, <No file>: line 3\nat <ScriptBlock>, <No file>: line 5\n');
});

test('an error after the first line shows the Line block', () => {
  const result = run('"ok"\n$x = 1/0');
  assert.is(result.err, 'RuntimeException: \nLine |\n   2 |  $x = 1/0\n     |       ~~~\n     | Attempted to divide by zero.\n');
});

test('-Command exits with 1 after an unhandled throw, 0 after success', () => {
  assert.is(run('throw "x"').code, 1);
  assert.is(run('"x"').code, 0);
  assert.is(run('Write-Error "e"').code, 1);
});

test('parse errors are reported in the ParserError view and nothing runs', () => {
  const result = run('"ran"; if (');
  assert.is(result.out, '');
  assert.match(result.err, /^ParserError: \nLine \|\n   1 \|  "ran"; if \(\n/);
  assert.is(result.code, 1);
});

test.run();
