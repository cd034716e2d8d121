/**
 * Wait-Process as pwsh 7.4 has it: waits until every process -Id, -Name or -InputObject selects
 * has exited (with -Any, until one has), or for at most -Timeout seconds, after which each process
 * still running is pwsh's ProcessNotTerminated error (a TimeoutException). psh cannot wait on
 * itself (pwsh's WaitOnItself error). -PassThru writes the processes afterwards. The wait polls,
 * without returning to the event loop, and Ctrl+C ends it.
 */
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { pollMilliseconds, processTypeName, type DiagnosticsProcess } from './process-object.js';
import { processResources } from './process-messages.js';
import { ProcessSelection, safeProcessName, writeErrorFor } from './process-selection.js';

const waitProcess = new CmdletInfo(
  {
    name: 'Wait-Process',
    implementingType: 'Microsoft.PowerShell.Commands.WaitProcessCommand',
    defaultParameterSetName: 'Name',
    outputType: [processTypeName],
    parameters: [
      {
        name: 'Id',
        type: 'int[]',
        aliases: ['PID', 'ProcessId'],
        parameterSets: { Id: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } },
        validation: [{ kind: 'ValidateNotNullOrEmpty' }],
      },
      { name: 'Name', type: 'string[]', aliases: ['ProcessName'], parameterSets: { Name: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'InputObject', type: `${processTypeName}[]`, parameterSets: { InputObject: { mandatory: true, valueFromPipeline: true } } },
      { name: 'Timeout', type: 'int', position: 1, aliases: ['TimeoutSec'], validation: [{ kind: 'ValidateNotNullOrEmpty' }, { kind: 'ValidateRange', min: 0, max: 32767 }] },
      { name: 'Any', type: 'switch' },
      { name: 'PassThru', type: 'switch' },
    ],
  },
  (runtime) => {
    const selection = new ProcessSelection(runtime);
    const waitingFor: DiagnosticsProcess[] = [];
    return {
      process() {
        for (const target of selection.matching()) {
          if (target.id === process.pid) writeErrorFor(runtime, target, processResources.WaitOnItself, 'WaitOnItself', 'ObjectNotFound');
          else waitingFor.push(target);
        }
      },
      end() {
        const any = runtime.switch('Any');
        const done = () => (any ? waitingFor.length === 0 || waitingFor.some((p) => p.hasExited) : waitingFor.every((p) => p.hasExited));
        const deadline = runtime.has('Timeout') ? Date.now() + Number(runtime.parameter('Timeout')) * 1000 : Infinity;
        const stop = runtime.frame.context.stop;
        while (!done() && Date.now() < deadline) stop.sleep(Math.min(pollMilliseconds, deadline - Date.now()));
        // Timed out: each process still running is an error (with -Any too).
        if (!done()) {
          for (const target of waitingFor) {
            if (target.hasExited) continue;
            const message = formatMessage(processResources.ProcessNotTerminated, safeProcessName(target), target.id);
            runtime.writeError(runtime.errorRecord('System.TimeoutException', message, 'ProcessNotTerminated', 'CloseError', target));
          }
        }
        if (runtime.switch('PassThru')) for (const target of waitingFor) runtime.writeObject(target);
      },
    };
  },
);

export const waitProcessCmdlets: readonly CmdletInfo[] = [waitProcess];
