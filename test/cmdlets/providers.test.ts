/** The session-state providers' drives (Env:, Variable:, Alias:, Function:) under the item cmdlets, as pwsh 7 shows them. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import '../../src/engine/index.js';
import { scriptCases } from '../engine/runtime/run-script.js';

const setEnv = "$env:PSH_T_B = 'two'; $env:PSH_T_A = 'one'; ";
const envTable = (...rows: string[]) => '\nName                           Value\n----                           -----\n' + rows.map((row) => row + '\n').join('') + '\n';

const environmentCases: [string, string, string?][] = [
  [setEnv + 'Get-ChildItem env:PSH_T_*', envTable('PSH_T_A                        one', 'PSH_T_B                        two')],
  [setEnv + 'dir env: | Where-Object Name -like PSH_T_* | ForEach-Object Value', 'one\ntwo\n'],
  [setEnv + 'Get-ChildItem env:psh_t_b', '', "Get-ChildItem: Cannot find path 'env:psh_t_b' because it does not exist.\n"],
  [setEnv + 'Get-Item Env:/PSH_T_B', envTable('PSH_T_B                        two')],
  [setEnv + 'Get-Item env:\\PSH_T_A | Format-List PSPath, PSDrive, PSProvider, PSIsContainer, Name, Value',
    '\nPSPath        : Microsoft.PowerShell.Core\\Environment::PSH_T_A\nPSDrive       : Env\nPSProvider    : Microsoft.PowerShell.Core\\Environment\nPSIsContainer : False\nName          : PSH_T_A\nValue         : one\n\n'],
  [setEnv + '(Get-Item Microsoft.PowerShell.Core\\Environment::PSH_T_A).Value; (Get-Item Environment::PSH_T_B).Key', 'one\nPSH_T_B\n'],
  [setEnv + '(Get-Item env:PSH_T_A).GetType().FullName; (Get-Item env:PSH_T_A).PSDrive.Root; (Get-Item env:PSH_T_A).PSProvider.Name', 'System.Collections.DictionaryEntry\n\nEnvironment\n'],
  [setEnv + 'Get-Content env:PSH_T_A; Get-Content -LiteralPath env:PSH_T_B', 'one\ntwo\n'],
  [setEnv + 'Test-Path env:PSH_T_A, env:PSH_T_*, env:NOPE_PSH, env:, Env:\\; Test-Path env:PSH_T_A -PathType Container; Test-Path env: -PathType Leaf', 'True\nTrue\nFalse\nTrue\nTrue\nFalse\nFalse\n'],
  ['Get-Item env:NOPE_PSH; Get-Content env:NOPE_PSH', '', "Get-Item: Cannot find path 'env:NOPE_PSH' because it does not exist.\nGet-Content: Cannot find path 'env:NOPE_PSH' because it does not exist.\n"],
  ['Get-ChildItem env:NOPE_PSH*; "none"', 'none\n'],
];

scriptCases(environmentCases);

const commandTable = (...rows: string[]) =>
  '\nCommandType     Name                                               Version    Source\n-----------     ----                                               -------    ------\n' + rows.map((row) => row + '\n').join('') + '\n';

const sessionStateCases: [string, string, string?][] = [
  ['$pshTest = 5; Get-Item variable:pshTest', envTable('pshTest                        5')],
  ['$pshTest = 5; (Get-Item Variable:\PSHTEST).GetType().FullName; Get-Content variable:pshtest; Test-Path variable:pshTest, variable:pshNope, variable:psh*', 'System.Management.Automation.PSVariable\n5\nTrue\nFalse\nTrue\n'],
  ['$pshB = 2; $pshA = 1; dir variable:psh? | ForEach-Object PSPath', 'Microsoft.PowerShell.Core\\Variable::pshA\nMicrosoft.PowerShell.Core\\Variable::pshB\n'],
  ['function f { $pshInner = 1; Test-Path variable:pshInner }; f; Test-Path variable:pshInner', 'True\nFalse\n'],
  ['Get-Item variable:pshNope', '', "Get-Item: Cannot find path 'variable:pshNope' because it does not exist.\n"],
  ['Get-Item alias:gci', commandTable('Alias           gci -> Get-ChildItem                                          ')],
  ['Get-Content alias:GCI; (Get-Item alias:gci).PSPath; (dir Alias:/gci*).Name; Test-Path alias:nope_alias', 'Get-ChildItem\nMicrosoft.PowerShell.Core\\Alias::gci\ngci\nFalse\n'],
  ['function pshHello { "hi" }; Get-Item function:pshHello', commandTable('Function        pshHello                                                      ')],
  ['function pshHello { "hi" }; (Get-Content function:pshhello).Invoke(); (dir function:psh*).PSPath; (Get-Item function:prompt).Name', 'hi\nMicrosoft.PowerShell.Core\\Function::pshHello\nprompt\n'],
  ['Get-Content function:pshNope', '', "Get-Content: Cannot find path 'function:pshNope' because it does not exist.\n"],
];

scriptCases(sessionStateCases);

const driveCases: [string, string, string?][] = [
  ['(Get-PSDrive).Name; (Get-PSDrive -PSProvider FileSystem).Root', '/\nAlias\nEnv\nFunction\nTemp\nVariable\n/\n' + join(tmpdir(), '/') + '\n'],
  ['Get-PSDrive env, variable | Format-List',
    '\nName            : Env\nDescription     : Drive that contains a view of the environment variables for the process\nProvider        : Microsoft.PowerShell.Core\\Environment\nRoot            : \nCurrentLocation : \n' +
    '\nName            : Variable\nDescription     : Drive that contains a view of those variables stored in a session state\nProvider        : Microsoft.PowerShell.Core\\Variable\nRoot            : \nCurrentLocation : \n\n'],
  ['Get-PSDrive a*, f* | Format-Table',
    '\nName           Used (GB)     Free (GB) Provider      Root                                                CurrentLocation\n----           ---------     --------- --------      ----                                                ---------------\n' +
    'Alias                                  Alias                                                                            \nFunction                               Function                                                                         \n\n'],
  ['(Get-PSDrive Env).Used; (Get-PSDrive /).Used -gt 0; (Get-PSDrive /).Free -gt 0', 'True\nTrue\n'],
  ['Get-PSDrive nope; Get-PSDrive -LiteralName n*; Get-PSDrive n*; $Error[0].FullyQualifiedErrorId',
    'GetDriveNoMatchingDrive,Microsoft.PowerShell.Commands.GetPSDriveCommand\n',
    "Get-PSDrive: Cannot find drive. A drive with the name 'nope' does not exist.\nGet-PSDrive: Cannot find drive. A drive with the name 'n*' does not exist.\n"],
];

scriptCases(driveCases);

const removalCases: [string, string, string?][] = [
  ["$env:PSH_T_R = 'x'; Remove-Item env:PSH_T_R; Test-Path env:PSH_T_R; $env:PSH_T_R -eq $null", 'False\nTrue\n'],
  ['$pshR = 1; function f { Remove-Item variable:pshR }; f; Test-Path variable:pshR', 'False\n'],
  ['Set-Variable pshC 1 -Option Constant; Remove-Item variable:pshC; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category', 'VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveItemCommand\nWriteError\n',
    'Remove-Item: Cannot remove variable pshC because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.\n'],
  ['Set-Variable pshO 1 -Option ReadOnly; Remove-Item variable:pshO -Force; Test-Path variable:pshO', 'False\n'],
  ['Remove-Item alias:gci; Remove-Item alias:gci -Force; Test-Path alias:gci', 'False\n', 'Remove-Item: Alias was not removed because alias gci is constant or read-only.\n'],
  ['function pshF {}; Remove-Item Function:\\pshF; Test-Path function:pshF', 'False\n'],
  ["$env:PSH_T_R1 = 1; $env:PSH_T_R2 = 2; Remove-Item env:PSH_T_R*; (dir env:PSH_T_R*).Count", '0\n'],
  ['Remove-Item env:NOPE_PSH', '', "Remove-Item: Cannot find path 'env:NOPE_PSH' because it does not exist.\n"],
];

scriptCases(removalCases);

const setCases: [string, string, string?][] = [
  ["Set-Item env:PSH_T_S abc; $env:PSH_T_S; Set-Content env:PSH_T_S xyz; Get-Content env:PSH_T_S; Set-Item env:PSH_T_S $null; Test-Path env:PSH_T_S", 'abc\nxyz\nFalse\n'],
  ['Set-Item env:PSH_T_P 1 -PassThru', envTable('PSH_T_P                        1')],
  ['Set-Item variable:pshS 5; $pshS; Set-Content variable:pshS 1, 2; $pshS.Count; $pshT = 1; function f { Set-Item variable:pshT 2 }; f; $pshT', '5\n2\n2\n'],
  ['Set-Variable pshC 1 -Option Constant; Set-Item variable:pshC 2; Set-Variable pshO 1 -Option ReadOnly; Set-Item variable:pshO 2; Set-Item variable:pshO 3 -Force; $pshO', '3\n',
    'Set-Item: Cannot overwrite variable pshC because it is read-only or constant.\nSet-Item: Cannot overwrite variable pshO because it is read-only or constant.\n'],
  ['Set-Item alias:pshA Get-Date; (Get-Alias pshA).Definition; Set-Item alias:gci x', 'Get-Date\n', 'Set-Item: Alias is not writeable because alias gci is read-only or constant and cannot be written to.\n'],
  ["Set-Item function:pshF { 'from f' }; pshF; Set-Item function:pshF -Value \"'text'\" -PassThru | ForEach-Object Name; pshF", 'from f\npshF\ntext\n'],
  ['Set-Item ./file 1; $Error[0].FullyQualifiedErrorId', 'NotSupported,Microsoft.PowerShell.Commands.SetItemCommand\n', 'Set-Item: Provider operation stopped because the provider does not support this operation.\n'],
];

scriptCases(setCases);

test.run();
