/**
 * The module each built-in cmdlet belongs to in pwsh (CommandInfo.Source, ModuleName, Version,
 * and what Get-Command -Module matches): one table of the modules and their cmdlets. A cmdlet
 * the table does not name is a Microsoft.PowerShell.Utility one, and Pester's commands (their
 * implementing type is in the Pester namespace) are the Pester module's.
 */
import type { CmdletInfo } from '../engine/runtime/commands.js';
import { psVersion } from '../engine/runtime/version.js';

export interface CommandModule {
  /** Empty for a command that belongs to no module (Clear-Host is a plain function in pwsh). */
  readonly name: string;
  /** The module's version; null without a module. */
  readonly version: string | null;
}

const utility: CommandModule = { name: 'Microsoft.PowerShell.Utility', version: '7.0.0.0' };
/** Pester 5 as the PowerShell Gallery ships it. */
const pester: CommandModule = { name: 'Pester', version: '5.7.1' };

/** Modules other than Utility, with their cmdlets. Microsoft.PowerShell.Core is the engine's snap-in: its version is the engine's assembly version. */
const moduleTable: readonly (CommandModule & { readonly cmdlets: readonly string[] })[] = [
  {
    name: 'Microsoft.PowerShell.Core',
    version: `${psVersion}.500`,
    cmdlets: [
      'ForEach-Object', 'Where-Object', 'Get-Command', 'Get-Help', 'Out-Null', 'Out-Default', 'Out-Host', 'Get-Module', 'Import-Module', 'Remove-Module',
      'New-Module', 'Invoke-Command', 'Get-History', 'Add-History', 'Clear-History', 'Invoke-History', 'Set-StrictMode', 'Set-PSDebug', 'Get-Job',
      'Start-Job', 'Stop-Job', 'Wait-Job', 'Receive-Job', 'Remove-Job', 'Get-PSSession', 'New-PSSession', 'Remove-PSSession', 'Enter-PSSession',
      'Exit-PSSession', 'Connect-PSSession', 'Disconnect-PSSession', 'Receive-PSSession', 'Update-Help', 'Save-Help',
    ],
  },
  {
    name: 'Microsoft.PowerShell.Management',
    version: '7.0.0.0',
    cmdlets: [
      'Get-Location', 'Set-Location', 'Push-Location', 'Pop-Location', 'Get-ChildItem', 'Get-Item', 'New-Item', 'Remove-Item', 'Copy-Item', 'Move-Item',
      'Rename-Item', 'Set-Item', 'Clear-Item', 'Invoke-Item', 'Get-Content', 'Set-Content', 'Add-Content', 'Clear-Content', 'Test-Path', 'Resolve-Path',
      'Join-Path', 'Split-Path', 'Convert-Path', 'Get-ItemProperty', 'Set-ItemProperty', 'New-ItemProperty', 'Remove-ItemProperty', 'Get-ItemPropertyValue',
      'Get-Process', 'Stop-Process', 'Start-Process', 'Wait-Process', 'Get-PSDrive', 'New-PSDrive', 'Remove-PSDrive', 'Get-PSProvider', 'Get-Service',
      'Get-TimeZone', 'Get-Clipboard', 'Set-Clipboard', 'Rename-Computer', 'Restart-Computer', 'Stop-Computer',
    ],
  },
  {
    name: 'Microsoft.PowerShell.Security',
    version: '7.0.0.0',
    cmdlets: ['Get-Credential', 'ConvertTo-SecureString', 'ConvertFrom-SecureString', 'Get-Acl', 'Set-Acl', 'Get-ExecutionPolicy', 'Set-ExecutionPolicy'],
  },
  { name: '', version: null, cmdlets: ['Clear-Host'] },
];

const modulesByCmdlet = new Map<string, CommandModule>(moduleTable.flatMap((module) => module.cmdlets.map((name) => [name.toLowerCase(), module] as const)));

/** The module a built-in cmdlet comes from. */
export function moduleOf(cmdlet: CmdletInfo): CommandModule {
  if (cmdlet.metadata.errorIdSuffix.startsWith('Pester.')) return pester;
  return modulesByCmdlet.get(cmdlet.name.toLowerCase()) ?? utility;
}
