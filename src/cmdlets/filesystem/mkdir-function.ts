/**
 * mkdir (alias md): pwsh defines it on every platform as a script function that forwards its
 * parameters to New-Item -ItemType Directory (InitialSessionState.GetMkdirFunctionText); psh's
 * is the same function, with a process block in place of pwsh's steppable pipeline.
 */
import { registerBuiltinFunction } from '../../engine/runtime/commands.js';

const mkdirFunctionText = `
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

registerBuiltinFunction('mkdir', mkdirFunctionText, ['md']);
