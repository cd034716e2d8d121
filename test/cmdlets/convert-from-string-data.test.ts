/** ConvertFrom-StringData: name=value lines into a Hashtable, with pwsh 7.4's errors for bad lines. */
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

scriptCases([
  ["$h = \"a = 1`nb=two words`n# c`n`n  d = x\\ty \" | ConvertFrom-StringData; $h.Keys | Sort-Object; $h.b; $h.d -eq \"x`ty\"", 'a\nb\nd\ntwo words\nTrue\n'],
  ["(ConvertFrom-StringData 'Name: Joe' -Delimiter ':').name", 'Joe\n'],
  ["(ConvertFrom-StringData '').GetType().FullName; (ConvertFrom-StringData '').Count", 'System.Collections.Hashtable\n0\n'],
  ["'x=1', 'y=2' | ConvertFrom-StringData | ForEach-Object { $_.Keys }", 'x\ny\n'],
  ["ConvertFrom-StringData 'k=v'", '\nName                           Value\n----                           -----\nk                              v\n\n'],
  ["ConvertFrom-StringData 'abc'", '', "ConvertFrom-StringData: Data line 'abc' is not in 'name=value' format. \n"],
  ["ConvertFrom-StringData '=1'", '', "ConvertFrom-StringData: Data line '=1' is not in 'name=value' format. \n"],
  ["ConvertFrom-StringData \"a=1`nA=2\"", '', "ConvertFrom-StringData: Data item 'A' in line 'A=2' is already defined. \n"],
  ["try { ConvertFrom-StringData 'abc' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }", 'InvalidOperation,Microsoft.PowerShell.Commands.ConvertFromStringDataCommand\nInvalidOperation\n'],
]);

test.run();
