/** Statements: if, loops with labels, switch in its modes, break/continue/return/exit. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lines, run } from './run-script.js';

const cases: [string, string][] = [
  ['if ($true) { "a" } else { "b" }', 'a\n'],
  ['$x = 5; if ($x -lt 3) { "small" } elseif ($x -lt 10) { "medium" } else { "large" }', 'medium\n'],
  ['if (@()) { "yes" } else { "no" }', 'no\n'],
  ['if ("") { "yes" } else { "no" }', 'no\n'],
  ['for ($i = 0; $i -lt 3; $i++) { $i }', '0\n1\n2\n'],
  ['$i = 0; while ($i -lt 3) { $i; $i++ }', '0\n1\n2\n'],
  ['$i = 0; do { $i; $i++ } while ($i -lt 2)', '0\n1\n'],
  ['$i = 0; do { $i; $i++ } until ($i -ge 2)', '0\n1\n'],
  ['foreach ($x in 1, 2, 3) { $x * 10 }', '10\n20\n30\n'],
  ['foreach ($x in $null) { "ran" }; "done"', 'done\n'],
  ['foreach ($x in 1..10) { if ($x -eq 3) { break }; $x }', '1\n2\n'],
  ['foreach ($x in 1..4) { if ($x % 2) { continue }; $x }', '2\n4\n'],
  [':outer foreach ($a in 1..3) { foreach ($b in 1..3) { if ($b -eq 2) { continue outer }; "$a$b" } }', '11\n21\n31\n'],
  [':outer foreach ($a in 1..3) { foreach ($b in 1..3) { if ($a -eq 2) { break outer }; "$a$b" } }', '11\n12\n13\n'],
  ['$r = foreach ($x in 1..3) { $x }; $r.Count', '3\n'],
  // Flow control leaving a statement whose value is being assigned goes on as flow control.
  [':outer foreach ($a in 1..2) { $r = foreach ($b in 1..3) { if ($b -eq 2) { continue outer }; $b }; "never" }; "done"', 'done\n'],
  ['function f { $r = foreach ($x in 1..3) { return }; "after" }; f; "done"', 'done\n'],
  ['function f { $null = (1..3).ForEach({ return }); "after" }; f', 'after\n'],
  ['foreach ($x in 3..1) { $x }', '3\n2\n1\n'],
  ['foreach ($x in -1..-1) { $x }', '-1\n'],
  ["foreach ($x in 'a'..'c') { \"$x $($x.GetType().Name)\" }", 'a Char\nb Char\nc Char\n'],
  ["foreach ($x in '1'..'2') { $x.GetType().Name }", 'Int32\nInt32\n'],
  ['$n = 2; foreach ($x in $n..($n + 1)) { $x }', '2\n3\n'],
  ['foreach ($x in 2147483646..2147483647) { $x }', '2147483646\n2147483647\n'],
  ['$c = 0; foreach ($x in 0..2147483647) { if (++$c -eq 3) { break } }; $c', '3\n'],
  ['$s = 0; foreach ($i in 1..100000) { $s += $i }; "$s $($s.GetType().Name)"', '5000050000 Double\n'],
  ['switch (2) { 1 { "one" } 2 { "two" } default { "other" } }', 'two\n'],
  ['switch (5) { 1 { "one" } default { "other" } }', 'other\n'],
  ['switch (1, 2, 3) { 2 { "two" } default { "not two: $_" } }', 'not two: 1\ntwo\nnot two: 3\n'],
  ['switch ("abc") { "ABC" { "ci" } }', 'ci\n'],
  ['switch -casesensitive ("abc") { "ABC" { "ci" } default { "cs" } }', 'cs\n'],
  ['switch -wildcard ("hello.txt") { "*.txt" { "text" } "h*" { "h" } }', 'text\nh\n'],
  ['switch -regex ("a1b22") { "\\d+" { $Matches[0] } }', '1\n'],
  ['switch (1, 2, 3) { 2 { "two"; break } default { $_ } }', '1\ntwo\n'],
  ['switch (1, 2, 3) { 2 { continue } default { $_ } }', '1\n3\n'],
  ['switch (4) { { $_ -gt 3 } { "big" } { $_ -gt 1 } { "medium" } }', 'big\nmedium\n'],
  ['$x = switch ("b") { "a" { 1 } "b" { 2 } }; $x', '2\n'],
  ['function f { 1; return 2; 3 }; f', '1\n2\n'],
  ['function f { foreach ($i in 1..5) { if ($i -eq 3) { return "found" } } }; f', 'found\n'],
  ['$r = & { "a"; "b" }; $r.Count', '2\n'],
  ['1 -eq 1 && "yes"', 'True\nyes\n'],
];

for (const [script, expected] of cases) {
  test(script, () => {
    assert.is(lines(script), expected);
  });
}

test('switch -File runs the clauses for each line of the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'psh-switch-'));
  try {
    const file = join(dir, 'lines.txt');
    writeFileSync(file, 'alpha\nbeta\r\ngamma\n');
    assert.is(lines(`switch -Wildcard -File '${file.replaceAll("'", "''")}' { 'b*' { "B: $_" } default { "other: $_" } }`), 'other: alpha\nB: beta\nother: gamma\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exit sets the exit code and stops the script', () => {
  const result = run('"before"; exit 3; "after"');
  assert.is(result.out, 'before\n');
  assert.is(result.code, 3);
});

test('exit inside an assigned script block ends the whole command', () => {
  const result = run('$r = & { exit 5 }; "after"');
  assert.is(result.out, '');
  assert.is(result.code, 5);
});

test('exit inside a function ends the whole command', () => {
  const result = run('function f { exit 4 }; f; "after"');
  assert.is(result.out, '');
  assert.is(result.code, 4);
});

test('break outside a loop ends the script quietly', () => {
  const result = run('"a"; break; "b"');
  assert.is(result.out, 'a\n');
  assert.is(result.err, '');
});

test('deep recursion ends in a call depth error, not a crash', () => {
  const result = run('function recurse($n) { recurse ($n + 1) }; recurse 0');
  assert.match(result.err, /The script failed due to call depth overflow\./);
});

test.run();
