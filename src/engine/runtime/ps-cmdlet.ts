/**
 * $PSCmdlet in an advanced function: its invocation and parameter set, and the Cmdlet methods
 * scripts call on it (ShouldProcess, WriteError, ThrowTerminatingError, WriteObject,
 * WriteVerbose...), each doing what the command runtime does for a built-in command.
 */
import { toBoolean, toPSString } from '../conversion/index.js';
import { PSObject } from '../values/index.js';
import type { CommandRuntime } from './command-runtime.js';
import { ErrorRecord, PSErrorException } from './error-record.js';

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
    this.addNoteProperty('ParameterSetName', runtime.parameterSetName);
  }

  /** The set can narrow as each pipeline object binds. */
  refreshParameterSetName(): void {
    this.property('ParameterSetName')!.value = this.runtime.parameterSetName;
  }

  /** Runs one of the Cmdlet methods; found: false for any other name. */
  invoke(name: string, args: readonly unknown[]): { found: true; value: unknown } | { found: false } {
    const runtime = this.runtime;
    const text = (i: number) => toPSString(args[i] ?? null);
    switch (name.toLowerCase()) {
      case 'shouldprocess':
        if (args.length >= 3) return { found: true, value: runtime.shouldProcessWithTexts(text(0), args[1] == null ? null : text(1), args[2] == null ? null : text(2)) };
        return { found: true, value: args.length === 2 ? runtime.shouldProcess(text(0), text(1)) : runtime.shouldProcess(text(0)) };
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
