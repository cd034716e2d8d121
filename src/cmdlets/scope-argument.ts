/**
 * A -Scope argument as pwsh's SessionStateInternal.GetScopeByID reads it: Global, Local, Script,
 * Private (the current scope), or a number counting parents up from the current scope.
 */
import { formatMessage } from '../engine/conversion/index.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import type { Scope } from '../engine/runtime/session-state.js';
import { terminatingError } from './cmdlet-errors.js';
import { automationExceptions, sessionStateStrings } from './data-messages.js';

export function scopeNamed(runtime: CommandRuntime, argument: string): Scope {
  const current = runtime.frame.scope;
  const named = current.qualified(argument);
  if (named) return named;
  if (!/^\s*\d+\s*$/.test(argument)) {
    throw terminatingError(runtime, {
      exceptionType: 'System.Management.Automation.PSArgumentException',
      message: formatMessage(automationExceptions.InvalidScopeIdArgument, 'Scope'),
      errorId: 'Argument',
      category: 'InvalidArgument',
    });
  }
  let scope: Scope | null = current;
  for (let steps = Number(argument); steps > 0 && scope; steps--) scope = scope.parent;
  if (!scope) {
    throw terminatingError(runtime, {
      exceptionType: 'System.Management.Automation.PSArgumentOutOfRangeException',
      message: formatMessage(sessionStateStrings.ScopeIDExceedsAvailableScopes, argument.trim()),
      errorId: 'ArgumentOutOfRange',
      category: 'InvalidArgument',
      target: argument,
    });
  }
  return scope;
}
