/** Select-String on pipeline strings and on files in a fresh temporary directory: its MatchInfo objects, their display and its switches. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { run, scriptCases } from '../engine/runtime/run-script.js';

scriptCases([
  // Pipeline input shows as the line alone, between the custom view's blank lines.
  ["'abc', 'xyz', 'b' | Select-String b", '\nabc\nb\n\n'],
  ["'abc' | sls B | ForEach-Object { '{0}|{1}|{2}|{3}|{4}' -f $_.LineNumber, $_.Path, $_.Filename, $_.Pattern, $_.IgnoreCase }", '1|InputStream|InputStream|B|True\n'],
  ["'Abc', 'abc' | Select-String A -CaseSensitive | ForEach-Object Line", 'Abc\n'],
  ["'a.c', 'abc' | Select-String . -SimpleMatch | ForEach-Object { $_.Line + ':' + $_.Matches.Count }", 'a.c:0\n'],
  ["'abc', 'xyz', 'b' | Select-String b -NotMatch | ForEach-Object { \"$($_.LineNumber):$_\" }", '2:xyz\n'],
  ["'a b a' | Select-String a -AllMatches | ForEach-Object { $_.Matches.Count }", '2\n'],
  ["'a b a' | Select-String a | ForEach-Object { $_.Matches.Count }", '1\n'],
  ["'key=value' | Select-String '(\\w+)=(\\w+)' | ForEach-Object { $_.Matches[0].Groups[1].Value + '/' + $_.Matches[0].Groups[2].Value }", 'key/value\n'],
  ["'ab', 'cd' | Select-String b, c | ForEach-Object Pattern", 'b\nc\n'],
  ["'ab', 'cb' | Select-String b -Raw", 'ab\ncb\n'],
  // -Quiet on pipeline input: True once at the first match, nothing when none matches.
  ["'a', 'b', 'a' | Select-String a -Quiet", 'True\n'],
  ["$r = 'x' | Select-String y -Quiet; $null -eq $r", 'True\n'],
  ["1..9 | Select-String '[37]' -Context 2,1", '\n  1\n  2\n> 3\n  4\n  5\n  6\n> 7\n  8\n\n'],
  // Context holds every line around the match; the display context stops where another match's begins.
  ["1..5 | Select-String '[24]' -Context 1 | ForEach-Object { \"$($_.Context.PreContext)|$($_.Context.PostContext)|$($_.Context.DisplayPreContext)|$($_.Context.DisplayPostContext)\" }", '1|3|1|3\n3|5||5\n'],
  ["$null -eq ('a' | Select-String a).Context", 'True\n'],
  // -Culture (with -SimpleMatch only): Ordinal folds case as .NET's OrdinalIgnoreCase, a culture by its own rules (Turkish I is not i).
  ["'I', 'x' | Select-String i -SimpleMatch -Culture Ordinal | ForEach-Object Line", 'I\n'],
  ["'I', 'x' | Select-String i -SimpleMatch -Culture tr-TR | ForEach-Object Line", ''],
  // $null input is matched as an empty string; -List does not stop pipeline input (pwsh writes the first of each batch).
  ["$null | Select-String '^$' | ForEach-Object LineNumber", '1\n'],
  ["'a1', 'a2' | Select-String a -List -NoEmphasis | ForEach-Object Line", 'a1\na2\n'],
  ["'a' | Select-String a | ForEach-Object { $_.GetType().FullName }", 'Microsoft.PowerShell.Commands.MatchInfo\n'],
]);

test('errors are pwsh\'s', () => {
  assert.is(run("'a' | Select-String '('").err, "Select-String: The string ( is not a valid regular expression: Invalid pattern '('.\n");
  assert.is(run("try { 'a' | Select-String '(' } catch { $_.FullyQualifiedErrorId }").out, 'InvalidRegex,Microsoft.PowerShell.Commands.SelectStringCommand\n');
  assert.is(run("'a' | Select-String a -Culture Ordinal").err, 'Select-String: You must specify -Culture parameter only with -SimpleMatch parameter.\n');
  assert.is(run("'a' | Select-String a -Context 1, 2, 3").err.split('\n')[0], "Select-String: Cannot validate argument on parameter 'Context'. The parameter requires at least 1 value(s) and no more than 2 value(s) - 3 value(s) were provided.");
});

let dir = '';
test.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), 'psh-sls-'));
  writeFileSync(join(dir, 'a.txt'), 'hello world\nfoo bar\nhello again\nbaz\nqux\n');
  writeFileSync(join(dir, 'b.txt'), 'nothing\r\nHELLO\r\n');
  mkdirSync(join(dir, 'sub'));
});
test.after.each(() => {
  rmSync(dir, { recursive: true, force: true });
});

const inDir = (script: string) => run(`Set-Location '${dir}'; ${script}`);

test('-Path with wildcards: path:line:text relative to the current location, in name order', () => {
  assert.is(inDir('Select-String hello *.txt').out, '\na.txt:1:hello world\na.txt:3:hello again\nb.txt:2:HELLO\n\n');
  assert.is(inDir('Select-String hello -Path *.txt | ForEach-Object { "$($_.Filename)|$($_.LineNumber)|$($_.Path)" }').out, `a.txt|1|${dir}/a.txt\na.txt|3|${dir}/a.txt\nb.txt|2|${dir}/b.txt\n`);
  // A directory a wildcard (or a plain path) names is passed over.
  assert.is(inDir('Select-String hello * | ForEach-Object Filename').out, 'a.txt\na.txt\nb.txt\n');
  assert.is(inDir('Select-String hello sub; "done"').out, 'done\n');
});

test('ToString() gives the full path; ToString(directory) and RelativePath make it relative', () => {
  const script = `$m = Select-String again a.txt; $m.ToString(); $m.ToString('${dir}'); $m.RelativePath('${dir}/'); $m.ToString('/elsewhere')`;
  assert.is(inDir(script).out, `${dir}/a.txt:3:hello again\na.txt:3:hello again\na.txt\n${dir}/a.txt:3:hello again\n`);
});

test('-Context shows the lines around each match once, "> " before the match', () => {
  assert.is(inDir('Select-String hello a.txt -Context 1').out, '\n> a.txt:1:hello world\n  a.txt:2:foo bar\n> a.txt:3:hello again\n  a.txt:4:baz\n\n');
  assert.is(inDir('Select-String again a.txt -Context 2, 0 | ForEach-Object ToString').out, `  ${dir}/a.txt:1:hello world\n  ${dir}/a.txt:2:foo bar\n> ${dir}/a.txt:3:hello again\n`);
});

test('-List: the first match of each file; -Quiet: True or False per call; -Raw: the lines', () => {
  assert.is(inDir('Select-String hello *.txt -List').out, '\na.txt:1:hello world\nb.txt:2:HELLO\n\n');
  assert.is(inDir('Select-String hello *.txt -Quiet; Select-String zzz *.txt -Quiet').out, 'True\nFalse\n');
  assert.is(inDir('$r = Select-String zzz *.txt -Quiet -List; $null -eq $r').out, 'True\n');
  assert.is(inDir('Select-String hello *.txt -Raw').out, 'hello world\nhello again\nHELLO\n');
});

test('-Encoding reads the file in that encoding; a byte-order mark is honoured either way', () => {
  writeFileSync(join(dir, 'u.txt'), Buffer.from('\ufeffhi there\n', 'utf16le'));
  writeFileSync(join(dir, 'n.txt'), Buffer.from('hi there\n', 'utf16le'));
  assert.is(inDir('Select-String there u.txt | ForEach-Object Line; Select-String there n.txt -Encoding unicode | ForEach-Object Line').out, 'hi there\nhi there\n');
});

test('-Include and -Exclude match the full path', () => {
  assert.is(inDir('Select-String hello *.txt -Include *a.txt | ForEach-Object Filename').out, 'a.txt\na.txt\n');
  assert.is(inDir('Select-String hello *.txt -Include a.txt | ForEach-Object Filename').out, '');
  assert.is(inDir('Select-String hello *.txt -Exclude *a.txt | ForEach-Object Filename').out, 'b.txt\n');
});

test('files from Get-ChildItem, and MatchInfo objects filtered again', () => {
  assert.is(inDir('Get-ChildItem *.txt | Select-String foo').out, '\na.txt:2:foo bar\n\n');
  assert.is(inDir('Get-ChildItem *.txt | Select-String hello -Quiet').out, 'True\nTrue\n');
  assert.is(inDir('Select-String hello a.txt | Select-String again').out, '\na.txt:3:hello again\n\n');
  const filtered = inDir('Select-String hello a.txt -Context 1 | Select-String again -Context 1');
  assert.is(filtered.out, 'WARNING: The option "Context" is not valid when searching results that are piped from Select-String output.\n\n> a.txt:3:hello again\n\n');
});

test('a missing file: PathNotFound for -Path, a read error for -LiteralPath', () => {
  const missing = inDir('Select-String x nofile.txt; "next"');
  assert.is(missing.err, `Select-String: Cannot find path '${dir}/nofile.txt' because it does not exist.\n`);
  assert.is(missing.out, 'next\n');
  assert.is(inDir('try { Select-String x nofile.txt } catch { $_.FullyQualifiedErrorId }').out, 'PathNotFound,Microsoft.PowerShell.Commands.SelectStringCommand\n');
  const literal = inDir('Select-String x -LiteralPath nofile.txt -ErrorVariable e; $e[0].FullyQualifiedErrorId');
  assert.is(literal.err, `Select-String: The file ${dir}/nofile.txt cannot be read: Could not find file '${dir}/nofile.txt'.\n`);
  assert.is(literal.out, 'ProcessingFile,Microsoft.PowerShell.Commands.SelectStringCommand\n');
});

test.run();
