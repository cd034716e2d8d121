/** Get-Member: members grouped by type, filters, -Static, and pwsh's error without input. */
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

const customObjectMembers = [
  '',
  '   TypeName: System.Management.Automation.PSCustomObject',
  '',
  'Name        MemberType     Definition',
  '----        ----------     ----------',
  'e           AliasProperty  e = a',
  'Equals      Method         bool Equals(System.Object obj)',
  'GetHashCode Method         int GetHashCode()',
  'GetType     Method         type GetType()',
  'ToString    Method         string ToString()',
  'a           NoteProperty   int a=1',
  'b           NoteProperty   object b=null',
  'm           ScriptMethod   System.Object m();',
  'd           ScriptProperty System.Object d {get= 1 ;}',
  '',
  '',
].join('\n');

const o = '$o = [pscustomobject]@{a=1;b=$null};';
const cases: [script: string, out: string, err?: string][] = [
  [`${o} $o | Add-Member ScriptProperty d { 1 }; $o | Add-Member ScriptMethod m { 1 }; $o | Add-Member AliasProperty e a; $o | Get-Member`, customObjectMembers],
  [`${o} $o | gm -MemberType NoteProperty | % Name`, 'a\nb\n'],
  [`${o} $o | gm -Name [ab] | % Definition`, 'int a=1\nobject b=null\n'],
  [`${o} $o | gm -View Adapted | % MemberType | select -Unique`, 'Method\n'],
  [`${o} $o | gm -View Extended | % MemberType | select -Unique`, 'NoteProperty\n'],
  ['"abc" | gm Length', '\n   TypeName: System.String\n\nName   MemberType Definition\n----   ---------- ----------\nLength Property   int Length {get;}\n\n'],
  ['1, 2, "x" | gm -Name Length | % TypeName', 'System.String\n'],
  ['1, 2 | gm | % TypeName | select -Unique', 'System.Int32\n'],
  ['[math] | gm -Static -Name PI | % Definition', 'static double PI {get;}\n'],
  ['(1 | gm ToString).GetType().FullName', 'Microsoft.PowerShell.Commands.MemberDefinition\n'],
  ['"$(1 | gm CompareTo -MemberType Method)" -eq (1).CompareTo.ToString()', 'True\n'],
  ['$null | gm', '', 'Get-Member: You must specify an object for the Get-Member cmdlet.\n'],
];

scriptCases(cases);

test.run();
