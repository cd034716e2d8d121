/**
 * Error records as a cmdlet makes them, from one spec object: CommandRuntime.errorRecord, whose
 * FullyQualifiedErrorId is the error id followed by the cmdlet's implementing type
 * (`VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand`).
 */
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { ErrorRecord, PSErrorException, type ErrorCategoryName } from '../engine/runtime/error-record.js';

export interface CmdletErrorSpec {
  readonly exceptionType: string;
  readonly message: string;
  readonly errorId: string;
  readonly category: ErrorCategoryName;
  readonly target?: unknown;
}

export function cmdletErrorRecord(runtime: CommandRuntime, spec: CmdletErrorSpec): ErrorRecord {
  return runtime.errorRecord(spec.exceptionType, spec.message, spec.errorId, spec.category, spec.target ?? null);
}

/** ThrowTerminatingError: ends the command (and, under the default preferences, only the statement). */
export function terminatingError(runtime: CommandRuntime, spec: CmdletErrorSpec): PSErrorException {
  return new PSErrorException(cmdletErrorRecord(runtime, spec));
}
