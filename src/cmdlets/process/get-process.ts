/**
 * Get-Process (alias gps; ps is an alias on Windows only) as pwsh 7.4 has it on Linux: every
 * process, or those -Name (wildcards), -Id or -InputObject select, sorted by name and id.
 * -IncludeUserName adds the owner's name as a UserName note property and the
 * System.Diagnostics.Process#IncludeUserName type name, whose table shows it (on Unix pwsh asks
 * for no elevation). -Module writes each process's modules (the files mapped into it) instead,
 * -FileVersionInfo its program's FileVersionInfo, both together every module's.
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
const plainSets = { Name: {}, Id: {}, InputObject: {} };

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
      { name: 'Module', type: 'switch', parameterSets: plainSets, validation: [{ kind: 'ValidateNotNull' }] },
      { name: 'FileVersionInfo', type: 'switch', aliases: ['FV', 'FVI'], parameterSets: plainSets, validation: [{ kind: 'ValidateNotNull' }] },
    ],
  },
  (runtime) => {
    const selection = new ProcessSelection(runtime);
    return {
      process() {
        const includeUserName = runtime.switch('IncludeUserName');
        const modules = runtime.switch('Module');
        const versions = runtime.switch('FileVersionInfo');
        for (const process of selection.matching()) {
          if (modules && versions) runtime.writeObject(process.modules.map((module) => module.fileVersionInfo), true);
          else if (modules) runtime.writeObject(process.modules, true);
          else if (versions) runtime.writeObject(process.modules[0]?.fileVersionInfo ?? [], true);
          else runtime.writeObject(includeUserName ? withUserName(process) : process);
        }
      },
    };
  },
);

export const getProcessCmdlets: readonly CmdletInfo[] = [getProcess];
