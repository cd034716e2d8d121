/**
 * Automatic variables: $PSHOME, $OutputEncoding, $EnabledExperimentalFeatures, $StackTrace, the
 * $foreach and $switch enumerators, pwsh's options on them, and the preference variables' enum values.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ConsoleHost } from '../../../src/host/console-host.js';
import { profilePaths } from '../../../src/host/profile.js';
import { scriptCases } from './run-script.js';

scriptCases([
  ['$OutputEncoding.GetType().FullName; $OutputEncoding.GetPreamble().Length; $OutputEncoding.WebName', 'System.Text.UTF8Encoding+UTF8EncodingSealed\n0\nutf-8\n'],
  ['$EnabledExperimentalFeatures.Count; $null -eq $StackTrace', '0\nTrue\n'],
  ['$EnabledExperimentalFeatures = 1', '', 'WriteError: Cannot overwrite variable EnabledExperimentalFeatures because it is read-only or constant.\n'],
  // The statement moves the same enumerator: MoveNext() in the body skips an item.
  ['foreach ($i in 1..6) { $i; $null = $foreach.MoveNext() }', '1\n3\n5\n'],
  ['foreach ($i in 1, 2) { "$i $($foreach.Current)" }', '1 1\n2 2\n'],
  ['$n = 0; foreach ($i in "a", "b") { if ($n++ -eq 0) { $foreach.Reset() }; $i }', 'a\na\nb\n'],
  ['foreach ($i in 1, 2) { foreach ($j in 5, 6) { $foreach.Current }; $foreach.Current }', '5\n6\n1\n5\n6\n2\n'],
  ['switch (1, 2, 3, 4) { 1 { "one"; $null = $switch.MoveNext(); "now $($switch.Current)" } default { "d $_" } }', 'one\nnow 2\nd 3\nd 4\n'],
  ['switch (1, 2) { default { $switch.MoveNext() } }', 'True\n'],
  // Strict mode accepts them inside their statement only.
  ['Set-StrictMode -Version Latest; foreach ($i in 1) { $null -ne $foreach }; switch (1) { 1 { $null -ne $switch } }; try { $foreach } catch { $_.FullyQualifiedErrorId }', 'True\nTrue\nVariableIsUndefined\n'],
  // pwsh's options on its automatic variables; the constant ones refuse Set-Variable.
  ['Get-Variable true, false, null, PID, Host, ExecutionContext, PSVersionTable, PSEdition, ShellId | % { "$($_.Name) $($_.Options)" }',
    'true Constant, AllScope\nfalse Constant, AllScope\nnull Constant, AllScope\nPID Constant, AllScope\nHost Constant, AllScope\nExecutionContext Constant, AllScope\nPSVersionTable Constant, AllScope\nPSEdition Constant, AllScope\nShellId Constant, AllScope\n'],
  ['Get-Variable HOME, IsLinux, IsWindows, IsMacOS, IsCoreCLR, ErrorActionPreference, MaximumHistoryCount | % { "$($_.Name) $($_.Options)" }',
    'HOME ReadOnly, AllScope\nIsLinux ReadOnly, AllScope\nIsWindows ReadOnly, AllScope\nIsMacOS ReadOnly, AllScope\nIsCoreCLR ReadOnly, AllScope\nErrorActionPreference None\nMaximumHistoryCount None\n'],
  ['Set-Variable true 1; $true', 'True\n', 'Set-Variable: Cannot overwrite variable true because it is read-only or constant.\n'],
  // Preference variables hold pwsh's enums; an assignment converts, and a bad value fails there.
  ['$ErrorActionPreference.GetType().FullName; $ErrorActionPreference; $ErrorActionPreference -eq "continue"', 'System.Management.Automation.ActionPreference\nContinue\nTrue\n'],
  ['$ConfirmPreference.GetType().FullName; $ErrorView.GetType().FullName; $ProgressPreference.GetType().Name; $VerbosePreference', 'System.Management.Automation.ConfirmImpact\nSystem.Management.Automation.ErrorView\nActionPreference\nSilentlyContinue\n'],
  ['$ErrorActionPreference = "stop"; $ErrorActionPreference.GetType().Name; $ErrorActionPreference; try { Write-Error x } catch { "caught" }', 'ActionPreference\nStop\ncaught\n'],
  ['$VerbosePreference = 2; Write-Verbose hi; $ConfirmPreference = "None"; $ConfirmPreference', 'VERBOSE: hi\nNone\n'],
  ['try { $WarningPreference = "bad" } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }; $WarningPreference',
    'RuntimeException\nCannot convert value "bad" to type "System.Management.Automation.ActionPreference". Error: "Unable to match the identifier name bad to a valid enumerator name. Specify one of the following enumerator names and try again:\nSilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend, Break"\nContinue\n'],
  // As in pwsh, only the global variable is typed: a function's own is whatever it is given.
  ['function f { $ErrorActionPreference = "Stop"; $ErrorActionPreference.GetType().Name }; f', 'String\n'],
]);

test('$PSHOME is the folder of the all-users profiles, psh\'s own, and constant', () => {
  let out = '';
  const host = new ConsoleHost({ stdout: (s) => { out += s; }, stderr: () => {} });
  host.startSession(profilePaths({}, '/home/u', '/opt/psh'), true);
  host.runCommand('$PSHOME; try { $PSHOME = 1 } catch { $_.FullyQualifiedErrorId }; (Get-Variable PSHOME).Options');
  assert.is(out, '/opt/psh\nVariableNotWritable\nConstant, AllScope\n');
});

test.run();
