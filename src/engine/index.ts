/**
 * The PowerShell engine: a Runspace runs script text or files with psh's built-in commands.
 * Hosts (the command line, the prompt, tests) supply where output and the other streams go.
 */
import { builtinCmdlets } from '../cmdlets/index.js';
import { engineViews } from '../format/index.js';
import { registerCmdlet } from './runtime/commands.js';
import { StreamRecord } from './runtime/streams.js';
import { registerRuntimeTypes } from './runtime/runtime-types.js';

registerRuntimeTypes();
for (const cmdlet of builtinCmdlets) registerCmdlet(cmdlet);

// A redirected warning, verbose or debug record shows with its stream's prefix, as pwsh's views do.
for (const name of ['WarningRecord', 'VerboseRecord', 'DebugRecord', 'InformationRecord']) {
  engineViews.register(`System.Management.Automation.${name}`, {
    kind: 'custom',
    outOfBand: true,
    render: (value) => (value instanceof StreamRecord ? value.prefix + value.message : String(value)),
  });
}

export { Runspace, psVersion, type RunOutcome } from './runtime/runspace.js';
export type { StreamSinks, InformationMessage, Emit } from './runtime/streams.js';
export { ErrorRecord, PSErrorException } from './runtime/error-record.js';
export type { CommandArgument } from './runtime/command-binding.js';
