/**
 * Get-Process (alias gps; ps is an alias on Windows only) as pwsh 7.4 has it on Linux: every
 * process, or those -Name (wildcards), -Id or -InputObject select, sorted by name and id.
 * -IncludeUserName adds the owner's name as a UserName note property and the
 * System.Diagnostics.Process#IncludeUserName type name, whose table shows it (on Unix pwsh asks
 * for no elevation). -Module and -FileVersionInfo (ELF programs have neither version resources
 * nor a module list pwsh could show) are not implemented.
 */
import { statSync } from 'node:fs';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { PSObject, typeNamesOf } from '../../engine/values/index.js';
import { userName } from '../filesystem/unix-accounts.js';
import { processTypeName, type DiagnosticsProcess } from './process-object.js';
import { ProcessSelection } from './process-selection.js';
import { processWithUserNameTypeName } from './process-views.js';

/** Platform.NonWindowsGetUserFromPid: the name of the user owning /proc/<pid>, or $null. */
function ownerName(process: DiagnosticsProcess): string | null {
  try {
    return userName(statSync(`/proc/${process.id}`).uid);
  } catch {
    return null;
  }
}

function withUserName(process: DiagnosticsProcess): PSObject {
  const wrapped = new PSObject(process, [processWithUserNameTypeName, ...typeNamesOf(process)]);
  wrapped.addNoteProperty('UserName', ownerName(process));
  return wrapped;
}

const userNameSets = ['NameWithUserName', 'IdWithUserName', 'InputObjectWithUserName'];

const getProcess = new CmdletInfo(
  {
    name: 'Get-Process',
    aliases: ['gps', 'ps'],
    implementingType: 'Microsoft.PowerShell.Commands.GetProcessCommand',
    defaultParameterSetName: 'Name',
    outputType: ['System.Diagnostics.ProcessModule', 'System.Diagnostics.FileVersionInfo', processTypeName],
    parameters: [
      {
        name: 'Name',
        type: 'string[]',
        aliases: ['ProcessName'],
        parameterSets: { Name: { position: 0, valueFromPipelineByPropertyName: true }, NameWithUserName: { position: 0, valueFromPipelineByPropertyName: true } },
        validation: [{ kind: 'ValidateNotNullOrEmpty' }],
      },
      {
        name: 'Id',
        type: 'int[]',
        aliases: ['PID'],
        parameterSets: { Id: { mandatory: true, valueFromPipelineByPropertyName: true }, IdWithUserName: { mandatory: true, valueFromPipelineByPropertyName: true } },
      },
      {
        name: 'InputObject',
        type: `${processTypeName}[]`,
        parameterSets: { InputObject: { mandatory: true, valueFromPipeline: true }, InputObjectWithUserName: { mandatory: true, valueFromPipeline: true } },
      },
      { name: 'IncludeUserName', type: 'switch', parameterSets: Object.fromEntries(userNameSets.map((set) => [set, { mandatory: true }])) },
    ],
  },
  (runtime) => {
    const selection = new ProcessSelection(runtime);
    return {
      process() {
        const includeUserName = runtime.switch('IncludeUserName');
        for (const process of selection.matching()) runtime.writeObject(includeUserName ? withUserName(process) : process);
      },
    };
  },
);

export const getProcessCmdlets: readonly CmdletInfo[] = [getProcess];
