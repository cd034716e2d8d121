/**
 * pwsh's GenerateNameParameterError, which ForEach-Object (-MemberName) and Where-Object
 * (-Property) share for a name that matches no member, several, or is used wrongly: a
 * PSArgumentException with category InvalidArgument.
 */
import { formatMessage } from '../engine/conversion/index.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import type { ErrorRecord } from '../engine/runtime/error-record.js';
import type { FoundMember } from './object-members.js';

export function nameParameterError(runtime: CommandRuntime, message: string, errorId: string, target: unknown = null): ErrorRecord {
  return runtime.errorRecord('System.Management.Automation.PSArgumentException', message, errorId, 'InvalidArgument', target);
}

/** The error for a wildcard name that matches several members: the message lists each, after a space. */
export function ambiguousNameError(runtime: CommandRuntime, template: string, name: string, members: readonly FoundMember[], errorId: string, target: unknown): ErrorRecord {
  const names = members.map((member) => ` ${member.name}`).join('');
  return nameParameterError(runtime, formatMessage(template, name, names), errorId, target);
}
