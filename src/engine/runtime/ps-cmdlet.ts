/**
 * $PSCmdlet in an advanced function: its invocation and parameter set, and the Cmdlet methods
 * scripts call on it (ShouldProcess, WriteError, ThrowTerminatingError, WriteObject,
 * WriteVerbose...), each doing what the command runtime does for a built-in command.
 */
import { toBoolean, toPSString } from '../conversion/index.js';
import { PSObject } from '../values/index.js';
import type { CommandRuntime } from './command-runtime.js';
import { ErrorRecord, PSErrorException } from './error-record.js';
import { formatMessage } from './messages.js';

/** CommandBaseStrings.resx ShouldProcessMessage and ShouldProcessWhatIfMessage. */
const shouldProcessMessage = 'Performing the operation "{0}" on target "{1}".';
const whatIfMessage = 'What if: {0}';

export class PSCmdletValue extends PSObject {
  constructor(readonly runtime: CommandRuntime) {
    super(undefined, [
      'System.Management.Automation.PSScriptCmdlet',
      'System.Management.Automation.PSCmdlet',
      'System.Management.Automation.Cmdlet',
      'System.Management.Automation.Internal.InternalCommand',
      'System.Object',
    ]);
    this.addNoteProperty('MyInvocation', runtime.invocation);
    this.addNoteProperty('ParameterSetName', '__AllParameterSets');
  }

  /** Runs one of the Cmdlet methods; found: false for any other name. */
  invoke(name: string, args: readonly unknown[]): { found: true; value: unknown } | { found: false } {
    const runtime = this.runtime;
    const text = (i: number) => toPSString(args[i] ?? null);
    switch (name.toLowerCase()) {
      case 'shouldprocess': {
        if (!toBoolean(runtime.frame.variable('WhatIfPreference'))) return { found: true, value: true };
        const target = args.length >= 3 ? text(0) : formatMessage(shouldProcessMessage, args.length === 2 ? text(1) : runtime.commandName, text(0));
        runtime.writeInformation(formatMessage(whatIfMessage, target), ['PSHOST'], true);
        return { found: true, value: false };
      }
      case 'shouldcontinue':
        return { found: true, value: true };
      case 'throwterminatingerror': {
        const record = args[0];
        if (!(record instanceof ErrorRecord)) return { found: false };
        throw new PSErrorException(record.withInvocation(runtime.invocation));
      }
      case 'writeerror':
        if (!(args[0] instanceof ErrorRecord)) return { found: false };
        runtime.writeError(args[0]);
        return { found: true, value: undefined };
      case 'writeobject':
        runtime.writeObject(args[0] ?? null, toBoolean(args[1] ?? false));
        return { found: true, value: undefined };
      case 'writewarning':
        runtime.writeWarning(text(0));
        return { found: true, value: undefined };
      case 'writeverbose':
        runtime.writeVerbose(text(0));
        return { found: true, value: undefined };
      case 'writedebug':
        runtime.writeDebug(text(0));
        return { found: true, value: undefined };
      case 'writeinformation':
        runtime.writeInformation(args[0] ?? null, []);
        return { found: true, value: undefined };
    }
    return { found: false };
  }
}
