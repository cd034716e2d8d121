/** ConvertTo-Json and ConvertFrom-Json: Newtonsoft's layout and values, pwsh's depth rule and errors. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { lines, run, scriptCases } from '../engine/runtime/run-script.js';

const convertTo: [string, string][] = [
  ['@{a=1} | ConvertTo-Json', '{\n  "a": 1\n}\n'],
  ['[ordered]@{a=1; b=@(1,"x"); c=@{}; d=@()} | ConvertTo-Json', '{\n  "a": 1,\n  "b": [\n    1,\n    "x"\n  ],\n  "c": {},\n  "d": []\n}\n'],
  ['[pscustomobject]@{a=1.5; b=$null; c=$true; d=2.0; e=[long]7; f=[decimal]1} | ConvertTo-Json -Compress', '{"a":1.5,"b":null,"c":true,"d":2.0,"e":7,"f":1.0}\n'],
  ['[datetime]"2020-01-02T03:04:05.5" | ConvertTo-Json', '"2020-01-02T03:04:05.5"\n'],
  ['[datetime]::new(2020,1,2,3,4,5,[System.DateTimeKind]::Utc) | ConvertTo-Json', '"2020-01-02T03:04:05Z"\n'],
  ['1, 2 | ConvertTo-Json -Compress', '[1,2]\n'],
  ['"x" | ConvertTo-Json -AsArray -Compress', '["x"]\n'],
  ['ConvertTo-Json @()', '[]\n'],
  ['$null | ConvertTo-Json', 'null\n'],
  ['"a`"b\\c`n`t" + [char]1 | ConvertTo-Json', '"a\\"b\\\\c\\n\\t\\u0001"\n'],
  ['"<é>" | ConvertTo-Json -EscapeHandling EscapeHtml', '"\\u003cé\\u003e"\n'],
  ['"é" | ConvertTo-Json -EscapeHandling EscapeNonAscii', '"\\u00e9"\n'],
  ['[System.ConsoleColor]::Red | ConvertTo-Json', '12\n'],
  ['[System.ConsoleColor]::Red | ConvertTo-Json -EnumsAsStrings', '"Red"\n'],
  ['[double]::NaN, 1e20 | ConvertTo-Json -Compress', '["NaN",1E+20]\n'],
  ['@{a=@{b=@{c=1}}} | ConvertTo-Json -Depth 1 -Compress -WarningAction SilentlyContinue', '{"a":{"b":"System.Collections.Hashtable"}}\n'],
  ['[pscustomobject]@{a=[pscustomobject]@{b=1}} | ConvertTo-Json -Depth 0 -Compress -WarningAction SilentlyContinue', '{"a":"@{b=1}"}\n'],
];

scriptCases(convertTo);

test('cutting at -Depth warns once', () => {
  const result = run('@{a=@{b=@{c=@{d=1}}}; e=@{f=@{g=1}}} | ConvertTo-Json -Compress');
  assert.is(result.out, 'WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 2.\n{"a":{"b":{"c":"System.Collections.Hashtable"}},"e":{"f":{"g":1}}}\n');
});

test('a dictionary key that is not a string is an error', () => {
  assert.is(run('@{1="a"} | ConvertTo-Json').err, "ConvertTo-Json: The type 'System.Collections.Hashtable' is not supported for serialization or deserialization of a dictionary. Keys must be strings.\n");
});

const convertFrom: [string, string][] = [
  ['$o = \'{"a":1,"b":[1,2.5],"c":{"d":"x"}}\' | ConvertFrom-Json; $o.a; $o.a.GetType().Name; $o.b[1].GetType().Name; $o.c.d', '1\nInt64\nDouble\nx\n'],
  ['(\'{"z":1,"a":2}\' | ConvertFrom-Json).psobject.Properties.Name -join ","', 'z,a\n'],
  ['$d = \'"2020-01-02T03:04:05Z"\' | ConvertFrom-Json; $d.GetType().Name; $d.Kind', 'DateTime\nUtc\n'],
  ['$d = \'"2020-01-02T03:04:05"\' | ConvertFrom-Json; $d.Kind', 'Unspecified\n'],
  ['(\'"2020-01-02T03:04:05Z"\' | ConvertFrom-Json -DateKind String).GetType().Name', 'String\n'],
  ['(\'1.0\' | ConvertFrom-Json).GetType().Name', 'Double\n'],
  ['\'[1,2,3]\' | ConvertFrom-Json | ForEach-Object { $_ * 2 }', '2\n4\n6\n'],
  ['(\'[1,2,3]\' | ConvertFrom-Json -NoEnumerate).Count', '3\n'],
  ['$h = \'{"a":{"b":1}}\' | ConvertFrom-Json -AsHashtable; $h.a.b; $h -is [hashtable]', '1\nTrue\n'],
  ['"{", \'"a": 1\', "}" | ConvertFrom-Json | ForEach-Object a', '1\n'],
  ['\'1\', \'2\' | ConvertFrom-Json', '1\n2\n'],
  ["'{a: 1, /* c */ ''b'': [1,],}' | ConvertFrom-Json | ForEach-Object { $_.a + $_.b[0] }", '2\n'],
  ["'' | ConvertFrom-Json | ForEach-Object { 'null' }", 'null\n'],
];

scriptCases(convertFrom);

const fromErrors: [string, string][] = [
  ['"abc" | ConvertFrom-Json', "Conversion from JSON failed with error: Unexpected character encountered while parsing value: a. Path '', line 0, position 0."],
  ['\'{"a":1\' | ConvertFrom-Json', "Conversion from JSON failed with error: Unexpected end when deserializing object. Path 'a', line 1, position 6."],
  ['\'{"a":1 "b":2}\' | ConvertFrom-Json', "Conversion from JSON failed with error: After parsing a value an unexpected character was encountered: \". Path 'a', line 1, position 7."],
  ['\'1 2\' | ConvertFrom-Json', "Conversion from JSON failed with error: Additional text encountered after finished reading JSON content: 2. Path '', line 1, position 2."],
  ['\'"abc\' | ConvertFrom-Json', "Conversion from JSON failed with error: Unterminated string. Expected delimiter: \". Path '', line 1, position 4."],
  ['\'{"a":{"b":1}}\' | ConvertFrom-Json -Depth 1', "Conversion from JSON failed with error: The reader's MaxDepth of 1 has been exceeded. Path 'a', line 1, position 6."],
  ['\'{"a":1,"A":2}\' | ConvertFrom-Json', "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key 'a' was 'A'."],
  ['\'{"":1}\' | ConvertFrom-Json', 'The provided JSON includes a property whose name is an empty string, this is only supported using the -AsHashTable switch.'],
];

for (const [script, message] of fromErrors) {
  test(`${script} fails`, () => {
    const result = run(`${script}; 'next'`);
    assert.is(result.err, `ConvertFrom-Json: ${message}\n`);
    assert.is(result.out, 'next\n');
  });
}

test('the error is a terminating ArgumentException of ConvertFrom-Json', () => {
  assert.is(lines('try { "x" | ConvertFrom-Json } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }'), 'System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand\nSystem.ArgumentException\n');
});

test('a round trip keeps the data', () => {
  assert.is(lines('$o = [pscustomobject]@{n="a"; l=@(1,2); h=[pscustomobject]@{x=$true}}; ($o | ConvertTo-Json | ConvertFrom-Json | ConvertTo-Json -Compress)'), '{"n":"a","l":[1,2],"h":{"x":true}}\n');
});

test.run();
