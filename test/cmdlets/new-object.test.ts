/** New-Object: PSObject with -Property, constructors with -ArgumentList, value types, and pwsh's errors. */
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

const cases: [script: string, out: string, err?: string][] = [
  ['New-Object -TypeName PSObject -Property ([ordered]@{a=1;b="x"})', '\na b\n- -\n1 x\n\n'],
  ['(New-Object psobject).pstypenames[0]', 'System.Management.Automation.PSCustomObject\n'],
  ['(New-Object System.Collections.ArrayList).GetType().FullName', 'System.Collections.ArrayList\n'],
  ['(New-Object System.Text.StringBuilder "ab").ToString()', 'ab\n'],
  ['(New-Object -TypeName System.Text.StringBuilder -ArgumentList "ab").Length', '2\n'],
  ['New-Object int', '0\n'],
  ['(New-Object System.Collections.Generic.List[int]).GetType().Name', 'List`1\n'],
  ['class C { $x; C() {} }; (New-Object C -Property @{x=5}).x', '5\n'],
  ['New-Object Foo.Bar', '', 'New-Object: Cannot find type [Foo.Bar]: verify that the assembly containing this type is loaded.\n'],
  ['New-Object System.Collections.ArrayList -Property @{zz=1}', '', 'New-Object: The member "zz" was not found for the specified .NET object.\n'],
  ['try { New-Object Foo.Bar } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().Name }', 'TypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand\nPSArgumentException\n'],
  // New-Object names the constructor by the type's Name (DotNetAdapter.ConstructorInvokeDotNet), `::new` by "new" and ".ctor".
  ['New-Object System.Text.StringBuilder -ArgumentList 1, 2, 3, 4, 5', '', 'New-Object: Cannot find an overload for "StringBuilder" and the argument count: "5".\n'],
  [
    'New-Object System.Collections.Generic.List[int] -ArgumentList x',
    '',
    'New-Object: Cannot convert argument "capacity", with value: "x", for "List`1" to type "System.Int32": "Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format.""\n',
  ],
];

scriptCases(cases);

test.run();
