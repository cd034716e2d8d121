/**
 * Format-Table, Format-List, Format-Wide, Out-Default, Out-Host and Out-String: the text pwsh
 * prints for them at the end of a pipeline and through Out-String, and pwsh's errors for bad
 * -Property hashtables and conflicting parameters.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { run } from '../engine/runtime/run-script.js';

const objects = '$o = [pscustomobject]@{Name="alpha"; Size=5; Kind="x"}, [pscustomobject]@{Name="b"; Size=12345; Kind="yy"};';

const outputs: [string, string][] = [
  ['$o | Format-Table', '\nName   Size Kind\n----   ---- ----\nalpha     5 x\nb     12345 yy\n\n'],
  ['$o | ft Name, Size', '\nName   Size\n----   ----\nalpha     5\nb     12345\n\n'],
  ['$o | ft Na*', '\nName\n----\nalpha\nb\n\n'],
  ['$o | ft *', '\nName   Size Kind\n----   ---- ----\nalpha     5 x\nb     12345 yy\n\n'],
  // A calculated column: its label, its script block's value, its alignment.
  ['$o | ft Name, @{n="Double"; e={$_.Size * 2}; a="left"}', '\nName  Double\n----  ------\nalpha 10\nb     24690\n\n'],
  ['$o | ft @{Expression="Size"; FormatString="N1"}', '\n    Size\n    ----\n     5.0\n12,345.0\n\n'],
  // A first column with a width fixes the layout; one of width 0 sizes every column from the data.
  ['$o | ft @{e="Size"; w=8}, Name', '\n    Size Name\n    ---- ----\n       5 alpha\n   12345 b\n\n'],
  ['$o | ft Name, @{l="Size"; e="Size"; w=8}', '\nName   Size\n----   ----\nalpha     5\nb     12345\n\n'],
  ['$o | ft -HideTableHeaders', '\nalpha     5 x\nb     12345 yy\n\n'],
  ['$o | ft -GroupBy Kind', '\n   Kind: x\n\nName  Size Kind\n----  ---- ----\nalpha    5 x\n\n   Kind: yy\n\nName  Size Kind\n----  ---- ----\nb    12345 yy\n\n'],
  ['$o | Format-List', '\nName : alpha\nSize : 5\nKind : x\n\nName : b\nSize : 12345\nKind : yy\n\n'],
  ['$o | fl Name, @{l="Len"; e={$_.Name.Length}}', '\nName : alpha\nLen  : 5\n\nName : b\nLen  : 1\n\n'],
  ['$o | fl Kind -GroupBy Kind', '\n   Kind: x\n\nKind : x\n\n\n   Kind: yy\n\nKind : yy\n\n'],
  ['$o | fw', `\nalpha${' '.repeat(56)}b\n\n`],
  ['$o | fw Kind -Column 3', `\nx${' '.repeat(40)}yy${' '.repeat(38)}\n\n`],
  // Scalars are written as they are, outside any table.
  ['1, "two" | ft', '1\ntwo\n'],
  // The format objects are objects like any other until an Out- command lays them out.
  ['$o | ft | Out-String', '\nName   Size Kind\n----   ---- ----\nalpha     5 x\nb     12345 yy\n\n\n'],
  ['($o | ft | Out-String -Stream).Count', '6\n'],
  ['$o | fl Name | Out-String -Stream | % { "[$_]" }', '[]\n[Name : alpha]\n[]\n[Name : b]\n[]\n'],
  ['@(1 | ft)[0].pstypenames[0]', 'Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData\n'],
  ['$o | Out-String -Width 12', '\nName   Size\n----   ----\nalpha     5\nb     12345\n\n\n'],
  ['1, 2 | Out-String -NoNewline', '12\n'],
  ['$o | Out-Host; "after"', '\nName   Size Kind\n----   ---- ----\nalpha     5 x\nb     12345 yy\n\nafter\n'],
  ['$x = $o | Out-Default; $null -eq $x', '\nName   Size Kind\n----   ---- ----\nalpha     5 x\nb     12345 yy\n\nTrue\n'],
  ['"a", "b" | oh -Paging', 'a\nb\n'],
  ['$FormatEnumerationLimit = 2; [pscustomobject]@{A=1..5} | ft | Out-String', '\nA\n-\n{1, 2…}\n\n\n'],
  // Objects of .NET types list their properties as PSObject.Properties has them (types.ps1xml's first, then .NET's order).
  ['[System.Text.StringBuilder]::new("ab") | Format-List', '\nCapacity    : 16\nMaxCapacity : 2147483647\nLength      : 2\n\n'],
  ['[System.Text.StringBuilder]::new("ab")', '\nCapacity MaxCapacity Length\n-------- ----------- ------\n      16  2147483647      2\n\n'],
  ['[System.Text.StringBuilder]::new("ab") | fl Max*', '\nMaxCapacity : 2147483647\n\n'],
  [
    'Get-Date -Date "2024-01-02 03:04:05.1234567" | Format-List',
    '\nDisplayHint : DateTime\nDateTime    : Tuesday, January 2, 2024 3:04:05 AM\nDate        : 01/02/2024 00:00:00\nDay         : 2\nDayOfWeek   : Tuesday\nDayOfYear   : 2\n' +
      'Hour        : 3\nKind        : Unspecified\nMillisecond : 123\nMicrosecond : 456\nNanosecond  : 700\nMinute      : 4\nMonth       : 1\nSecond      : 5\n' +
      'Ticks       : 638397614451234567\nTimeOfDay   : 03:04:05.1234567\nYear        : 2024\n\n',
  ],
  ['(Get-Date -Date "2024-01-02" -DisplayHint Date).DateTime', 'Tuesday, January 2, 2024\n'],
  ['(Get-Host | Format-List * | Out-String -Stream | Where-Object { $_ -match "^\\w+ +:" } | ForEach-Object { $_.Split(" ")[0] }) -join ","', 'Name,Version,InstanceId,UI,CurrentCulture,CurrentUICulture,PrivateData,DebuggerEnabled,IsRunspacePushed,Runspace\n'],
];

for (const [script, expected] of outputs) {
  test(script, () => {
    const result = run(objects + script);
    assert.is(result.err, '');
    assert.is(result.out, expected);
  });
}

const errors: [string, string][] = [
  ['$o | ft @{x=1}', 'Format-Table: The x key is not valid.'],
  ['$o | ft @{e="Name"; n=1}', 'Format-Table: The "n" key has a type, System.Int32, that is not valid; expected type is System.String.'],
  ['$o | ft @{e=1}', 'Format-Table: The "e" key has a type, System.Int32, that is not valid; expected types are {System.String, System.Management.Automation.ScriptBlock}.'],
  ['$o | ft @{e="Name"; a="middle"}', 'Format-Table: The value "middle" for key "alignment" is not valid; valid values are {left, center, right}.'],
  ['$o | ft @{e="Name"; w=0}', 'Format-Table: The value "0" for key "width" should be greater than 0.'],
  ['$o | ft @{n="x"}', 'Format-Table: A mandatory entry for expression is missing.'],
  ['$o | ft @{e=""}', 'Format-Table: The "expression" key cannot have an empty string value.'],
  ['$o | ft @{e="Name"; f=""}', 'Format-Table: Cannot have an empty formatting string for key "formatString".'],
  ['$o | ft 1', 'Format-Table: Cannot convert System.Int32 to one of the following types {System.String, System.Management.Automation.ScriptBlock}.'],
  // Width and Alignment are Format-Table's keys only.
  ['$o | fl @{e="Name"; w=3}', 'Format-List: The w key is not valid.'],
  ['$o | ft Name -View x', 'Format-Table: Cmdlet parameters View and Property are mutually exclusive.'],
  ['$o | ft -View x', 'Format-Table: The view name x cannot be found. There are no existing Table views for System.Management.Automation.PSCustomObject objects.'],
  ['$o | fw -AutoSize -Column 2', 'Format-Wide: Cmdlet parameters AutoSize and Column are mutually exclusive.'],
  ['$o | fw -Column 0', "Format-Wide: Cannot validate argument on parameter 'Column'. The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again."],
  ['$o | ft -Expand Some', 'Format-Table: Cannot validate argument on parameter \'Expand\'. The argument "Some" does not belong to the set "CoreOnly,EnumOnly,Both" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.'],
];

for (const [script, message] of errors) {
  test(`error: ${script}`, () => {
    const result = run(objects + script);
    assert.is(result.err, message + '\n');
    assert.is(result.code, 1);
  });
}

test('errors carry the cmdlet in their FullyQualifiedErrorId', () => {
  const result = run(objects + 'try { $o | ft @{x=1} } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }');
  assert.is(result.out, 'DictionaryKeyIllegal,Microsoft.PowerShell.Commands.FormatTableCommand\nInvalidArgument\n');
});

test.run();
