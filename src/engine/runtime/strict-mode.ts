/**
 * Set-StrictMode's version, kept per scope as pwsh's SessionStateScope.StrictModeVersion: a scope
 * without one of its own takes its parent's, so a script's or function's own Set-StrictMode
 * reaches the code it calls but never its caller. The checks ask isStrictVersion (pwsh's
 * ExecutionContext.IsStrictVersion) and raise the errors below.
 */
import type { Extent } from '../../../grammar/extent.js';
import { formatMessage } from '../conversion/index.js';
import type { DotNetException } from '../dotnet/index.js';
import { errorAt, runtimeError } from './errors.js';
import type { Scope } from './session-state.js';

/** ParserStrings.resx texts of the strict-mode errors. */
export const strictModeStrings = {
  VariableIsUndefined: "The variable '${0}' cannot be retrieved because it has not been set.",
  PropertyNotFoundStrict: "The property '{0}' cannot be found on this object. Verify that the property exists.",
  StrictModeFunctionCallWithParens:
    'The function or command was called as if it were a method. Parameters should be separated by spaces. For information about parameters, see the about_Parameters Help topic.',
};

/** False until some scope sets a version: the checks then cost nothing in scripts that never use strict mode. */
let anyScopeHasStrictMode = false;

/** Set-StrictMode in `scope`: `major` is the version's major number, 0 for -Off. */
export function setStrictMode(scope: Scope, major: number): void {
  anyScopeHasStrictMode = true;
  scope.strictModeVersion = major;
}

/** Whether strict mode version `major` (or a later one) is in force in `scope`: its own setting, else its nearest ancestor's. */
export function isStrictVersion(scope: Scope, major: number): boolean {
  if (!anyScopeHasStrictMode) return false;
  for (let current: Scope | null = scope; current; current = current.parent) {
    if (current.strictModeVersion !== null) return current.strictModeVersion >= major;
  }
  return false;
}

/** Where a variable expression is, for the error its read raises when the variable was never set. */
export interface StrictVariableRead {
  /** The name as written, with its scope qualifier (`global:x`). */
  readonly userPath: string;
  readonly extent: Extent;
  /** Version 1 lets an expandable string ("$x") read a variable that was never set. */
  readonly inExpandableString: boolean;
}

/** VariableIsUndefined for reading `$userPath` in `scope` when strict mode forbids it (pwsh's ThrowStrictModeUndefinedVariable). */
export function checkUndefinedVariableRead(scope: Scope, read: StrictVariableRead): void {
  if (!isStrictVersion(scope, read.inExpandableString ? 2 : 1)) return;
  const { userPath } = read;
  throw errorAt(runtimeError('VariableIsUndefined', 'InvalidOperation', formatMessage(strictModeStrings.VariableIsUndefined, userPath), undefined, userPath), read.extent);
}

/** PropertyNotFoundStrict: a member that does not exist, read under strict mode version 2 or later. */
export function propertyNotFoundStrict(name: string) {
  return runtimeError('PropertyNotFoundStrict', 'NotSpecified', formatMessage(strictModeStrings.PropertyNotFoundStrict, name), 'System.Management.Automation.PropertyNotFoundException');
}

/** StrictModeFunctionCallWithParens: `f(1, 2)` under strict mode version 2 or later. */
export function functionCallWithParens() {
  return runtimeError('StrictModeFunctionCallWithParens', 'InvalidOperation', strictModeStrings.StrictModeFunctionCallWithParens);
}

/**
 * An indexer's .NET exception, which strict mode version 3 lets through where pwsh otherwise
 * gives nothing: an error named after the exception's type, as pwsh reports an exception that
 * reaches the script.
 */
export function strictIndexFailure(exception: DotNetException) {
  const typeName = exception.exceptionTypeName;
  return runtimeError(typeName, 'OperationStopped', exception.message, typeName);
}
