/**
 * Error records as a cmdlet makes them: FullyQualifiedErrorId is the error id followed by the
 * cmdlet's implementing type (`VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand`).
 */
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { ErrorRecord, ExceptionValue, newErrorRecord, PSErrorException, type ErrorCategoryName } from '../engine/runtime/error-record.js';

export interface CmdletErrorSpec {
  readonly exceptionType: string;
  readonly message: string;
  readonly errorId: string;
  readonly category: ErrorCategoryName;
  readonly target?: unknown;
}

export function cmdletErrorRecord(runtime: CommandRuntime, implementingType: string, spec: CmdletErrorSpec): ErrorRecord {
  return newErrorRecord(
    new ExceptionValue(spec.exceptionType, spec.message),
    `${spec.errorId},${implementingType}`,
    spec.category,
    spec.target ?? null,
    runtime.invocation,
  );
}

/** ThrowTerminatingError: ends the command (and, under the default preferences, only the statement). */
export function terminatingError(runtime: CommandRuntime, implementingType: string, spec: CmdletErrorSpec): PSErrorException {
  return new PSErrorException(cmdletErrorRecord(runtime, implementingType, spec));
}
