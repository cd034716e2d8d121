/**
 * mkdir (alias md): on Windows pwsh defines it as a script function that forwards its parameters
 * to New-Item -ItemType Directory (InitialSessionState.GetMkdirFunctionText); psh's is the same
 * function, with a process block in place of pwsh's steppable pipeline. Elsewhere pwsh leaves the
 * name to the native mkdir ("we remove mkdir on Linux because of a conflict"), and its md alias
 * runs that program.
 */
import { registerBuiltinAlias } from '../../engine/runtime/alias-table.js';
import { registerBuiltinFunction } from '../../engine/runtime/commands.js';

export const mkdirFunctionText = `
[CmdletBinding(DefaultParameterSetName='pathSet', SupportsShouldProcess=$true, ConfirmImpact='Medium')]
[OutputType([System.IO.DirectoryInfo])]
param(
    [Parameter(ParameterSetName='nameSet', Position=0, ValueFromPipelineByPropertyName=$true)]
    [Parameter(ParameterSetName='pathSet', Mandatory=$true, Position=0, ValueFromPipelineByPropertyName=$true)]
    [System.String[]]
    \${Path},

    [Parameter(ParameterSetName='nameSet', Mandatory=$true, ValueFromPipelineByPropertyName=$true)]
    [AllowNull()]
    [AllowEmptyString()]
    [System.String]
    \${Name},

    [Parameter(ValueFromPipeline=$true, ValueFromPipelineByPropertyName=$true)]
    [System.Object]
    \${Value},

    [Switch]
    \${Force},

    [Parameter(ValueFromPipelineByPropertyName=$true)]
    [System.Management.Automation.PSCredential]
    \${Credential}
)

process {
    New-Item -ItemType Directory @PSBoundParameters
}
`;

if (process.platform === 'win32') registerBuiltinFunction('mkdir', mkdirFunctionText);
registerBuiltinAlias('md', 'mkdir');
