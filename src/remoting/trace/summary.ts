/** The one-line summary of each PSRP message in trace output. */
import { PSObject } from '../../engine/values/index.js';
import { enumText, RemoteHostMethodId } from '../psrp/enums.js';
import type { Command, HostCall, HostResponse, Message } from '../psrp/messages.js';
import { psInvocationStateName, runspacePoolStateName } from '../psrp/states.js';
import { clip, formatValue } from './format-value.js';

export function summarize(message: Message): string {
  switch (message.type) {
    case 'SESSION_CAPABILITY': {
      const { protocolVersion, psVersion, serializationVersion } = message.payload;
      return `protocolversion=${protocolVersion} PSVersion=${psVersion} SerializationVersion=${serializationVersion}`;
    }
    case 'INIT_RUNSPACEPOOL':
    case 'RUNSPACEPOOL_INIT_DATA':
      return `MinRunspaces=${message.payload.minRunspaces} MaxRunspaces=${message.payload.maxRunspaces}`;
    case 'CONNECT_RUNSPACEPOOL':
      return message.payload.minRunspaces === undefined
        ? 'default pool'
        : `MinRunspaces=${message.payload.minRunspaces} MaxRunspaces=${message.payload.maxRunspaces}`;
    case 'APPLICATION_PRIVATE_DATA':
      return formatValue(message.payload.applicationPrivateData);
    case 'RUNSPACEPOOL_STATE':
      return withReason(runspacePoolStateName(message.payload.runspaceState) ?? String(message.payload.runspaceState), message.payload.exceptionAsErrorRecord);
    case 'PIPELINE_STATE':
      return withReason(psInvocationStateName(message.payload.pipelineState) ?? String(message.payload.pipelineState), message.payload.exceptionAsErrorRecord);
    case 'SET_MAX_RUNSPACES':
      return `ci=${message.payload.ci} MaxRunspaces=${message.payload.maxRunspaces}`;
    case 'SET_MIN_RUNSPACES':
      return `ci=${message.payload.ci} MinRunspaces=${message.payload.minRunspaces}`;
    case 'GET_AVAILABLE_RUNSPACES':
    case 'RESET_RUNSPACE_STATE':
      return `ci=${message.payload.ci}`;
    case 'RUNSPACE_AVAILABILITY':
      return `ci=${message.payload.ci} ${formatValue(message.payload.setMinMaxRunspacesResponse)}`;
    case 'CREATE_PIPELINE': {
      const { powerShell, noInput } = message.payload;
      const statements = powerShell.extraCmds?.length ? powerShell.extraCmds : [powerShell.cmds];
      return clip(statements.map(pipelineText).join('; ') + (noInput ? '' : ' (takes input)'));
    }
    case 'GET_COMMAND_METADATA':
      return `Name=${formatValue(message.payload.name)} CommandType=${message.payload.commandType}`;
    case 'RUNSPACEPOOL_HOST_CALL':
    case 'PIPELINE_HOST_CALL':
      return hostCallText(message.payload);
    case 'RUNSPACEPOOL_HOST_RESPONSE':
    case 'PIPELINE_HOST_RESPONSE':
      return hostResponseText(message.payload);
    case 'PUBLIC_KEY':
      return `PublicKey ${Buffer.from(message.payload.publicKey, 'base64').length} bytes`;
    case 'ENCRYPTED_SESSION_KEY':
      return `EncryptedSessionKey ${Buffer.from(message.payload.encryptedSessionKey, 'base64').length} bytes`;
    case 'PUBLIC_KEY_REQUEST':
    case 'END_OF_PIPELINE_INPUT':
      return '';
    case 'USER_EVENT':
      return clip(`${message.payload.sourceIdentifier} #${message.payload.eventIdentifier} ${formatValue(message.payload.messageData)}`);
    case 'PIPELINE_INPUT':
    case 'PIPELINE_OUTPUT':
      return formatValue(message.payload.value);
    case 'ERROR_RECORD':
      return errorText(message.payload.value);
    case 'DEBUG_RECORD':
    case 'VERBOSE_RECORD':
    case 'WARNING_RECORD':
      return clip(propertyText(message.payload.value, 'InformationalRecord_Message') ?? formatValue(message.payload.value));
    case 'INFORMATION_RECORD':
      return formatValue(property(message.payload.value, 'MessageData') ?? message.payload.value);
    case 'PROGRESS_RECORD': {
      const record = message.payload.value;
      const percent = property(record, 'PercentComplete');
      const status = propertyText(record, 'StatusDescription')?.trim();
      return clip(`${propertyText(record, 'Activity') ?? ''}${status ? `: ${status}` : ''}${typeof percent === 'number' && percent >= 0 ? ` (${percent}%)` : ''}`);
    }
  }
}

function withReason(state: string, errorRecord: unknown): string {
  return errorRecord === undefined ? state : `${state}: ${errorText(errorRecord)}`;
}

/** FullyQualifiedErrorId and message, as pwsh shows an error in one line. */
function errorText(errorRecord: unknown): string {
  const id = propertyText(errorRecord, 'FullyQualifiedErrorId');
  const message = errorRecord instanceof PSObject && errorRecord.toStringText !== undefined ? errorRecord.toStringText : formatValue(errorRecord);
  return clip(id === undefined ? message : `${id}: ${message}`);
}

function pipelineText(cmds: readonly Command[]): string {
  return cmds
    .map((command) => [command.cmd, ...command.args.map((arg) => (arg.name === null ? formatValue(arg.value) : `-${arg.name} ${formatValue(arg.value)}`))].join(' '))
    .join(' | ');
}

function hostCallText(call: HostCall): string {
  return clip(`ci=${call.ci} ${enumText(RemoteHostMethodId, call.methodId)}(${call.parameters.map(formatValue).join(', ')})`);
}

function hostResponseText(response: HostResponse): string {
  const outcome = response.exception !== undefined ? `error ${errorText(response.exception)}` : 'returnValue' in response ? formatValue(response.returnValue) : '';
  return clip(`ci=${response.ci} ${enumText(RemoteHostMethodId, response.methodId)} -> ${outcome}`);
}

function property(value: unknown, name: string): unknown {
  return value instanceof PSObject ? value.propertyValue(name) : undefined;
}

function propertyText(value: unknown, name: string): string | undefined {
  const text = property(value, name);
  return typeof text === 'string' ? text : undefined;
}
