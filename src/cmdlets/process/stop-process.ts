/**
 * Stop-Process (alias spps; kill is an alias on Windows only, as in pwsh) as pwsh 7.4 has it on
 * Linux: the processes -Id, -Name or -InputObject select get SIGKILL (.NET's Process.Kill()),
 * each confirmed as `name (id)` through ShouldProcess; one that has already exited is skipped
 * (written with -PassThru all the same), and psh itself, when selected, is stopped last. -Force
 * only matters on Windows (processes of other users need no confirmation elsewhere).
 */
import { DotNetException } from '../../engine/dotnet/errors.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { DiagnosticsProcess, processTypeName } from './process-object.js';
import { processResources } from './process-messages.js';
import { ProcessSelection, safeProcessName, writeErrorFor } from './process-selection.js';

const stopProcess = new CmdletInfo(
  {
    name: 'Stop-Process',
    aliases: ['spps', 'kill'],
    implementingType: 'Microsoft.PowerShell.Commands.StopProcessCommand',
    defaultParameterSetName: 'Id',
    supportsShouldProcess: true,
    outputType: [processTypeName],
    parameters: [
      { name: 'Name', type: 'string[]', aliases: ['ProcessName'], parameterSets: { Name: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Id', type: 'int[]', parameterSets: { Id: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'InputObject', type: `${processTypeName}[]`, parameterSets: { InputObject: { position: 0, mandatory: true, valueFromPipeline: true } } },
      { name: 'PassThru', type: 'switch' },
      { name: 'Force', type: 'switch', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
    ],
  },
  (runtime) => {
    const selection = new ProcessSelection(runtime);
    let stopSelf = false;
    const passThru = (target: DiagnosticsProcess) => {
      if (runtime.switch('PassThru')) runtime.writeObject(target);
    };
    /** Kill() and what pwsh makes of its failure: an error, unless the process ended meanwhile. */
    const kill = (target: DiagnosticsProcess): boolean => {
      try {
        if (!target.hasExited) target.kill();
        return true;
      } catch (error) {
        if (!(error instanceof DotNetException)) throw error;
        if (target.hasExited) return true;
        writeErrorFor(runtime, target, processResources.CouldNotStopProcess, 'CouldNotStopProcess', 'CloseError', error.message);
        return false;
      }
    };
    return {
      process() {
        for (const target of selection.matching()) {
          if (!runtime.shouldProcess(formatMessage(processResources.ProcessNameForConfirmation, safeProcessName(target), target.id))) continue;
          if (target.hasExited) passThru(target);
          else if (target.id === process.pid) stopSelf = true;
          else if (kill(target)) passThru(target);
        }
      },
      end() {
        if (stopSelf) kill(new DiagnosticsProcess(process.pid));
      },
    };
  },
);

export const stopProcessCmdlets: readonly CmdletInfo[] = [stopProcess];
