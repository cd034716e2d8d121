/** Add-Member: note, alias and script members, type names, -PassThru/-Force, and pwsh's errors. */
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

const o = '$o = [pscustomobject]@{a=1};';
const cases: [script: string, out: string, err?: string][] = [
  [`${o} $o | Add-Member NoteProperty b 2; $o.b`, '2\n'],
  [`${o} $o | Add-Member -NotePropertyName b -NotePropertyValue $null; $o.psobject.Properties.Name`, 'a\nb\n'],
  [`${o} $o | Add-Member b 2; $o.b`, '2\n'],
  [`${o} $o | Add-Member -NotePropertyMembers ([ordered]@{b=2;c=3}); $o`, '\na b c\n- - -\n1 2 3\n\n'],
  [`${o} $o | Add-Member ScriptProperty d { $this.a * 10 }; $o.d; $o.a = 4; $o.d`, '10\n40\n'],
  [`${o} $o | Add-Member ScriptProperty d { $this.a } { param($v) $this.a = $v + 1 }; $o.d = 5; $o.a`, '6\n'],
  [`${o} $o | Add-Member AliasProperty e a; $o.e; $o.e = 7; $o.a`, '1\n7\n'],
  [`${o} $o | Add-Member AliasProperty e a ([string]); $o.e.GetType().Name`, 'String\n'],
  [`${o} $o | Add-Member ScriptMethod m { param($x) $this.a + $x }; $o.m(3)`, '4\n'],
  [`${o} $o | Add-Member ScriptProperty d { 2 }; $o | select a,d`, '\na d\n- -\n1 2\n\n'],
  // The formatter reads alias and script properties of a property bag as PSObject.Properties does.
  [`${o} $o | Add-Member AliasProperty e a ([string]); $o | Add-Member ScriptProperty d { $this.a * 2 }; $o | Add-Member AliasProperty f d; $o; $o | Format-List e, f`, '\na e d f\n- - - -\n1 1 2 2\n\n\ne : 1\nf : 2\n\n'],
  [`${o} ($o | Add-Member -TypeName My.Type -PassThru).pstypenames[0]`, 'My.Type\n'],
  [`${o} ($o | Add-Member -TypeName int -PassThru).pstypenames[0]`, 'System.Int32\n'],
  [`${o} $o | Add-Member NoteProperty a 5 -Force; $o.a`, '5\n'],
  ['("abc" | Add-Member -NotePropertyName nn -NotePropertyValue 1 -PassThru).nn', '1\n'],
  [`${o} $o | Add-Member NoteProperty a 5; $o.a`, '1\n', 'Add-Member: Cannot add a member with the name "a" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.\n'],
  [`${o} $o | Add-Member NoteProperty ToString 5`, '', 'Add-Member: Cannot add a member with the name "ToString" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.\n'],
  [`${o} $o | Add-Member -MemberType "NoteProperty,AliasProperty" -Name x -Value 1`, '', 'Add-Member: To add a member, only one member type can be specified. The member types specified are: "AliasProperty, NoteProperty"\n'],
  [`${o} $o | Add-Member -MemberType Method -Name x -Value 1`, '', 'Add-Member: Cannot add a member with type "Method". Specify a different type for the MemberTypes parameter.\n'],
  [`${o} $o | Add-Member NoteProperty y 1 2`, '', 'Add-Member: The SecondValue parameter is not necessary for a member of type "NoteProperty", and should not be specified. Do not specify the SecondValue parameter when you add members of this type.\n'],
  [`${o} $o | Add-Member ScriptProperty q $null`, '', 'Add-Member: Both Value and SecondValue parameters should not be null for a member of type "ScriptProperty". Specify a non-null value for one of the two parameters.\n'],
  [`${o} $o | Add-Member ScriptMethod q $null`, '', 'Add-Member: The Value parameter should not be null for a member of type "ScriptMethod". Specify a non-null value for the Value parameter when adding members of this type.\n'],
  [`${o} $o | Add-Member -TypeName " "`, '', 'Add-Member: The TypeName parameter should not be null, empty, or contain only white spaces.\n'],
  [`${o} $o | Add-Member -NotePropertyName NoteProperty -NotePropertyValue 1`, '', "Add-Member: Cannot validate argument on parameter 'NotePropertyName'. The parameter NotePropertyName cannot take values that could be converted to the type System.Management.Automation.PSMemberTypes. To define the name of a member with those values, use Add-Member, and specify the member type.\n"],
  // Code members need a System.Reflection.MethodInfo, which no script value converts to.
  [`${o} $o | Add-Member CodeProperty c {1}`, '', 'Add-Member: Cannot convert the "1" value of type "System.Management.Automation.ScriptBlock" to type "System.Reflection.MethodInfo".\n'],
  [`${o} $o | Add-Member CodeProperty c $null 'x'`, '', 'Add-Member: Cannot convert the "x" value of type "System.String" to type "System.Reflection.MethodInfo".\n'],
  [`${o} $o | Add-Member CodeProperty c $null`, '', 'Add-Member: Both Value and SecondValue parameters should not be null for a member of type "CodeProperty". Specify a non-null value for one of the two parameters.\n'],
  [`${o} $o | Add-Member CodeMethod c $null`, '', 'Add-Member: The Value parameter should not be null for a member of type "CodeMethod". Specify a non-null value for the Value parameter when adding members of this type.\n'],
  [`${o} $o | Add-Member ScriptProperty r {2}; $o.r = 1`, '', 'SetValueException: Set accessor for property "r" is unavailable.\n'],
];

scriptCases(cases);

test.run();
