/** $ExecutionContext (pwsh's EngineIntrinsics): its types, and members reading the session's state as pwsh's do. */
import { test } from 'uvu';
import { scriptCases } from './run-script.js';

const cwd = process.cwd();

scriptCases([
  ['$ExecutionContext.GetType().FullName', 'System.Management.Automation.EngineIntrinsics\n'],
  ['$executionContext.SessionState.GetType().FullName', 'System.Management.Automation.SessionState\n'],
  ['$ExecutionContext.SessionState.Path.GetType().FullName', 'System.Management.Automation.PathIntrinsics\n'],
  ['$ExecutionContext.SessionState.PSVariable.GetType().FullName', 'System.Management.Automation.PSVariableIntrinsics\n'],
  ['$ExecutionContext.InvokeCommand.GetType().FullName', 'System.Management.Automation.CommandInvocationIntrinsics\n'],
  ['$ExecutionContext.pstypenames[0]', 'System.Management.Automation.EngineIntrinsics\n'],
  ['$ExecutionContext.SessionState.Path.CurrentLocation.GetType().FullName', 'System.Management.Automation.PathInfo\n'],
  ['Set-Location /; "$($ExecutionContext.SessionState.Path.CurrentLocation)"', '/\n'],
  ['"$($ExecutionContext.SessionState.Path.CurrentFileSystemLocation)"', `${cwd}\n`],
  ['Set-Location /; $ExecutionContext.SessionState.Path.GetResolvedPSPathFromPSPath("/tm*").Path', '/tmp\n'],
  ['try { $ExecutionContext.SessionState.Path.GetResolvedPSPathFromPSPath("/no/such/path") } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }',
    'ItemNotFoundException\nException calling "GetResolvedPSPathFromPSPath" with "1" argument(s): "Cannot find path \'/no/such/path\' because it does not exist."\n'],
  ['$ExecutionContext.SessionState.LanguageMode', 'FullLanguage\n'],
  ['$ExecutionContext.Host -eq $Host', 'True\n'],
  // ExpandString and PSVariable act on the caller's scope: a function's locals, its own Set.
  [`$x = 5; $ExecutionContext.InvokeCommand.ExpandString('x is "$x" $(1 + 1)')`, 'x is "5" 2\n'],
  ["function f { $y = 3; $ExecutionContext.InvokeCommand.ExpandString('y=$y') }; f", 'y=3\n'],
  ["function f { $y = 3; $ExecutionContext.SessionState.PSVariable.GetValue('y') }; f", '3\n'],
  ["function f { $ExecutionContext.SessionState.PSVariable.Set('z', 9); $z }; f; \"[$z]\"", '9\n[]\n'],
  ["$ExecutionContext.SessionState.PSVariable.Set('z', 9); $z", '9\n'],
  ["$v = 1; $ExecutionContext.SessionState.PSVariable.Remove('v'); $null -eq (Get-Variable v -ErrorAction Ignore)", 'True\n'],
  ["$x = 5; $ExecutionContext.SessionState.PSVariable.Get('x').GetType().FullName", 'System.Management.Automation.PSVariable\n'],
  ["$null -eq $ExecutionContext.SessionState.PSVariable.Get('noSuchVariable')", 'True\n'],
  ["$ExecutionContext.SessionState.PSVariable.GetValue('noSuchVariable', 'fallback')", 'fallback\n'],
  ["$ExecutionContext.InvokeCommand.InvokeScript('1; 2').Count", '2\n'],
  ["$ExecutionContext.InvokeCommand.GetCommand('Get-Item', 'Cmdlet').Name", 'Get-Item\n'],
  ['try { $ExecutionContext.SessionState.PSVariable.GetValue() } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }',
    'MethodCountCouldNotFindBest\nCannot find an overload for "GetValue" and the argument count: "0".\n'],
]);

test.run();
