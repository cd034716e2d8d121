/** New-Guid: a new version 4 Guid, with types.ps1xml's Guid property and pwsh's one-column table. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import '../../src/engine/index.js';
import { lines, scriptCases } from '../engine/runtime/run-script.js';

scriptCases([
  ['(New-Guid).GetType().FullName', 'System.Guid\n'],
  ["(New-Guid).Guid -match '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'", 'True\n'],
  ['(New-Guid) -eq (New-Guid)', 'False\n'],
  ['(Get-Command New-Guid).Source', 'Microsoft.PowerShell.Utility\n'],
  ['New-Guid | Get-Member -MemberType ScriptProperty | ForEach-Object Definition', 'System.Object Guid {get=$this.ToString();}\n'],
]);

test('a Guid shows as a table of its Guid property', () => {
  assert.match(lines('New-Guid'), /^\nGuid\n----\n[0-9a-f-]{36}\n\n$/);
});

test.run();
