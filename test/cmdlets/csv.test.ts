/** ConvertTo-Csv and ConvertFrom-Csv: pwsh's quoting, headers, type lines and lenient reading. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { run, scriptCases } from '../engine/runtime/run-script.js';

const cases: [string, string][] = [
  ['[pscustomobject]@{a=1;b=\'x,"y\'}, [pscustomobject]@{a=2;b=$null} | ConvertTo-Csv', '"a","b"\n"1","x,""y"\n"2",\n'],
  ['@{a=1} | ConvertTo-Csv -UseQuotes AsNeeded', 'a\n1\n'],
  ['[pscustomobject]@{a="p q";b="r;s";c="t`nu"} | ConvertTo-Csv -UseQuotes AsNeeded -Delimiter ";"', 'a;b;c\np q;"r;s";"t\nu"\n'],
  ['[pscustomobject]@{a=1;b=2} | ConvertTo-Csv -UseQuotes Never -NoHeader', '1,2\n'],
  ['[pscustomobject]@{a=1;b=2} | ConvertTo-Csv -IncludeTypeInformation -QuoteFields B', '#TYPE System.Management.Automation.PSCustomObject\na,"b"\n1,"2"\n'],
  ['[pscustomobject]@{a=1;b=2} | ConvertTo-Csv -UseCulture', '"a","b"\n"1","2"\n'],
  ['"abc" | ConvertTo-Csv', '"Length"\n"3"\n'],
  // The columns are the first object's; later objects fill them by name.
  ['[pscustomobject]@{a=1}, [pscustomobject]@{b=2;a=3} | ConvertTo-Csv', '"a"\n"1"\n"3"\n'],
  ['[pscustomobject]@{n=[pscustomobject]@{b=1}; l=1,2} | ConvertTo-Csv', '"n","l"\n"@{b=1}","System.Object[]"\n'],
  ['"a,b", "1,2", " 3 , ""4,5"" " | ConvertFrom-Csv | ForEach-Object { "[$($_.a)][$($_.b)]" }', '[1][2]\n[3 ][4,5]\n'],
  ['"a,b", "1", "", "x,y,z" | ConvertFrom-Csv | ForEach-Object { "[$($_.a)][$($null -eq $_.b)]" }', '[1][True]\n[x][False]\n'],
  ['"a,b`n""multi`nline"",2" | ConvertFrom-Csv | ForEach-Object { $_.a }', 'multi\nline\n'],
  ['"#TYPE Foo.Bar", "a", "1" | ConvertFrom-Csv | ForEach-Object { $_.pstypenames -join "|" }', 'Foo.Bar|CSV:Foo.Bar\n'],
  // Each input string is read on its own: a '#' line at its start is taken for a type line.
  ['"#TYPE T`n#note`n#Fields: x,y`n1,2" | ConvertFrom-Csv | ForEach-Object { $_.y }', '2\n'],
  ['"#note", "#Fields: x,y", "1,2" | ConvertFrom-Csv | ForEach-Object { $_.psobject.Properties.Name -join "," }', ''],
  ['"1;2" | ConvertFrom-Csv -Header x, y -Delimiter ";" | ForEach-Object { $_.y }', '2\n'],
  ['"a,b,", "1,2,3" | ConvertFrom-Csv | ForEach-Object { $_.psobject.Properties.Name -join "," }', 'a,b\n'],
  ['"a,b" | ConvertFrom-Csv', ''],
  ['[pscustomobject]@{a=1;b="x"} | ConvertTo-Csv | ConvertFrom-Csv | ConvertTo-Csv -UseQuotes Never', 'a,b\n1,x\n'],
];

scriptCases(cases);

test('a header without a name is H1, H2..., with a warning once', () => {
  const result = run('"a,,c", "1,2,3", "4,5,6" | ConvertFrom-Csv | ForEach-Object { $_.psobject.Properties.Name -join "," }');
  assert.is(result.out, 'WARNING: One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.\na,H1,c\na,H1,c\n');
});

test('errors are pwsh\'s', () => {
  assert.is(run('"a,A", "1,2" | ConvertFrom-Csv').err, 'ConvertFrom-Csv: The member "A" is already present.\n');
  assert.is(run('"x" | ConvertTo-Csv -UseQuotes Never -QuoteFields a').err, 'ConvertTo-Csv: You must specify either the -UseQuotes or -QuoteFields parameters, but not both.\n');
  assert.is(run('try { "x" | ConvertTo-Csv -UseQuotes Never -QF a } catch { $_.FullyQualifiedErrorId }').out, 'CannotSpecifyQuoteFieldsAndUseQuotes,Microsoft.PowerShell.Commands.ConvertToCsvCommand\n');
});

test.run();
