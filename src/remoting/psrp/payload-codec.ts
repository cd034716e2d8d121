/**
 * Each message type's payload to and from the value its Data field serializes (MS-PSRP 2.2.2).
 * Property names and order follow what Windows and pwsh write.
 */
import { Guid } from '../../engine/values/index.js';
import {
  ARRAY_LIST_TYPE_NAMES,
  int32Of,
  propertyBag,
  Shape,
  STRING_ARRAY_TYPE_NAMES,
  typedList,
  versionValue,
} from './clixml-shapes.js';
import { ApartmentState, CommandTypes, enumObject, PSThreadOptions, RemoteHostMethodId, RemoteStreamOptions } from './enums.js';
import { PsrpError } from './errors.js';
import { hostInfoFromValue, hostInfoToValue } from './host-info.js';
import type { MessageTypeName } from './message-type.js';
import type { HostCall, HostResponse, Payloads } from './messages.js';
import { powerShellFromValue, powerShellToValue } from './powershell-pipeline.js';

interface PayloadCodec<T> {
  toValue(payload: T): unknown;
  fromValue(value: unknown, where: string): T;
}

type Codecs = { [K in MessageTypeName]: PayloadCodec<Payloads[K]> };

/** Messages whose Data is one serialized object the protocol does not interpret. */
const objectPayload: PayloadCodec<{ readonly value: unknown }> = {
  toValue: ({ value }) => value,
  fromValue: (value) => ({ value }),
};

const empty: PayloadCodec<Record<string, never>> = {
  toValue: () => '',
  fromValue: () => ({}),
};

const callId: PayloadCodec<{ readonly ci: bigint }> = {
  toValue: ({ ci }) => propertyBag([['ci', ci]]),
  fromValue: (value, where) => ({ ci: Shape.of(value, where).int64('ci') }),
};

const hostCall: PayloadCodec<HostCall> = {
  toValue: ({ ci, methodId, parameters }) =>
    propertyBag([['ci', ci], ['mi', enumObject(RemoteHostMethodId, methodId)], ['mp', typedList(ARRAY_LIST_TYPE_NAMES, parameters)]]),
  fromValue: (value, where) => {
    const shape = Shape.of(value, where);
    return { ci: shape.int64('ci'), methodId: shape.int32('mi'), parameters: shape.list('mp') };
  },
};

const hostResponse: PayloadCodec<HostResponse> = {
  toValue: (response) =>
    propertyBag([
      'returnValue' in response ? ['mr', response.returnValue] : undefined,
      ['ci', response.ci],
      ['mi', enumObject(RemoteHostMethodId, response.methodId)],
      'exception' in response ? ['me', response.exception] : undefined,
    ]),
  fromValue: (value, where) => {
    const shape = Shape.of(value, where);
    const response: { -readonly [K in keyof HostResponse]: HostResponse[K] } = { ci: shape.int64('ci'), methodId: shape.int32('mi') };
    if (shape.has('mr')) response.returnValue = shape.get('mr');
    if (shape.has('me')) response.exception = shape.get('me');
    return response;
  },
};

/** The Int32 state and optional ErrorRecord of RUNSPACEPOOL_STATE and PIPELINE_STATE. */
function stateCodec<K extends string>(stateName: string, key: K): PayloadCodec<{ readonly [P in K]: number } & { readonly exceptionAsErrorRecord?: unknown }> {
  type T = { readonly [P in K]: number } & { readonly exceptionAsErrorRecord?: unknown };
  return {
    toValue: (payload) =>
      propertyBag([
        [stateName, payload[key]],
        payload.exceptionAsErrorRecord === undefined ? undefined : ['ExceptionAsErrorRecord', payload.exceptionAsErrorRecord],
      ]),
    fromValue: (value, where) => {
      const shape = Shape.of(value, where);
      const state = { [key]: shape.int32(stateName) } as { [P in K]: number };
      return (shape.has('ExceptionAsErrorRecord') ? { ...state, exceptionAsErrorRecord: shape.get('ExceptionAsErrorRecord') } : state) as T;
    },
  };
}

/** Name and Namespace of GET_COMMAND_METADATA: a string[] of wildcards, or null. */
function wildcardsToValue(patterns: readonly string[] | null): unknown {
  return patterns === null ? null : typedList(STRING_ARRAY_TYPE_NAMES, patterns);
}

function wildcardsFromValue(shape: Shape, name: string, where: string): string[] | null {
  const items = shape.nullableList(name);
  if (items === null) return null;
  return items.map((item) => {
    if (typeof item !== 'string') throw new PsrpError('ReceivedUnsupportedDataType', [`${where}.${name}`]);
    return item;
  });
}

export const payloadCodecs: Codecs = {
  SESSION_CAPABILITY: {
    toValue: (c) =>
      propertyBag([
        ['protocolversion', versionValue(c.protocolVersion, 'protocolversion')],
        ['PSVersion', versionValue(c.psVersion, 'PSVersion')],
        ['SerializationVersion', versionValue(c.serializationVersion, 'SerializationVersion')],
        c.timeZone === undefined ? undefined : ['TimeZone', c.timeZone],
      ]),
    fromValue: (value, where) => {
      const shape = Shape.of(value, where);
      const capability = {
        protocolVersion: shape.version('protocolversion'),
        psVersion: shape.version('PSVersion'),
        serializationVersion: shape.version('SerializationVersion'),
      };
      if (!shape.has('TimeZone')) return capability;
      const timeZone = shape.get('TimeZone');
      if (timeZone !== null && !(timeZone instanceof Uint8Array)) throw new PsrpError('ReceivedUnsupportedDataType', [`${where}.TimeZone`]);
      return { ...capability, timeZone };
    },
  },
  INIT_RUNSPACEPOOL: {
    toValue: (init) =>
      propertyBag([
        ['MinRunspaces', init.minRunspaces],
        ['MaxRunspaces', init.maxRunspaces],
        ['PSThreadOptions', enumObject(PSThreadOptions, init.psThreadOptions)],
        ['ApartmentState', enumObject(ApartmentState, init.apartmentState)],
        ['HostInfo', hostInfoToValue(init.hostInfo)],
        ['ApplicationArguments', init.applicationArguments],
      ]),
    fromValue: (value, where) => {
      const shape = Shape.of(value, where);
      return {
        minRunspaces: shape.int32('MinRunspaces'),
        maxRunspaces: shape.int32('MaxRunspaces'),
        psThreadOptions: shape.int32('PSThreadOptions'),
        apartmentState: shape.int32('ApartmentState'),
        hostInfo: hostInfoFromValue(shape.get('HostInfo'), `${where}.HostInfo`),
        applicationArguments: shape.optional('ApplicationArguments') ?? null,
      };
    },
  },
  PUBLIC_KEY: {
    toValue: ({ publicKey }) => propertyBag([['PublicKey', publicKey]]),
    fromValue: (value, where) => ({ publicKey: Shape.of(value, where).string('PublicKey') }),
  },
  ENCRYPTED_SESSION_KEY: {
    toValue: ({ encryptedSessionKey }) => propertyBag([['EncryptedSessionKey', encryptedSessionKey]]),
    fromValue: (value, where) => ({ encryptedSessionKey: Shape.of(value, where).string('EncryptedSessionKey') }),
  },
  PUBLIC_KEY_REQUEST: empty,
  CONNECT_RUNSPACEPOOL: {
    // 2.2.2.29: the "default pool" form is an empty string rather than an object.
    toValue: ({ minRunspaces, maxRunspaces }) =>
      minRunspaces === undefined || maxRunspaces === undefined
        ? ''
        : propertyBag([['MinRunspaces', minRunspaces], ['MaxRunspaces', maxRunspaces]]),
    fromValue: (value, where) => {
      if (value === '') return {};
      const shape = Shape.of(value, where);
      if (!shape.has('MinRunspaces') && !shape.has('MaxRunspaces')) return {};
      return { minRunspaces: shape.int32('MinRunspaces'), maxRunspaces: shape.int32('MaxRunspaces') };
    },
  },
  RUNSPACEPOOL_INIT_DATA: {
    toValue: ({ minRunspaces, maxRunspaces }) => propertyBag([['MinRunspaces', minRunspaces], ['MaxRunspaces', maxRunspaces]]),
    fromValue: (value, where) => {
      const shape = Shape.of(value, where);
      return { minRunspaces: shape.int32('MinRunspaces'), maxRunspaces: shape.int32('MaxRunspaces') };
    },
  },
  RESET_RUNSPACE_STATE: callId,
  SET_MAX_RUNSPACES: {
    toValue: ({ ci, maxRunspaces }) => propertyBag([['MaxRunspaces', maxRunspaces], ['ci', ci]]),
    fromValue: (value, where) => {
      const shape = Shape.of(value, where);
      return { ci: shape.int64('ci'), maxRunspaces: shape.int32('MaxRunspaces') };
    },
  },
  SET_MIN_RUNSPACES: {
    toValue: ({ ci, minRunspaces }) => propertyBag([['MinRunspaces', minRunspaces], ['ci', ci]]),
    fromValue: (value, where) => {
      const shape = Shape.of(value, where);
      return { ci: shape.int64('ci'), minRunspaces: shape.int32('MinRunspaces') };
    },
  },
  RUNSPACE_AVAILABILITY: {
    toValue: ({ ci, setMinMaxRunspacesResponse }) => propertyBag([['SetMinMaxRunspacesResponse', setMinMaxRunspacesResponse], ['ci', ci]]),
    fromValue: (value, where) => {
      const shape = Shape.of(value, where);
      const response = shape.get('SetMinMaxRunspacesResponse');
      if (typeof response === 'boolean') return { ci: shape.int64('ci'), setMinMaxRunspacesResponse: response };
      return { ci: shape.int64('ci'), setMinMaxRunspacesResponse: shape.int64('SetMinMaxRunspacesResponse') };
    },
  },
  RUNSPACEPOOL_STATE: stateCodec('RunspaceState', 'runspaceState'),
  CREATE_PIPELINE: {
    toValue: (create) =>
      propertyBag([
        ['NoInput', create.noInput],
        ['ApartmentState', enumObject(ApartmentState, create.apartmentState)],
        ['RemoteStreamOptions', enumObject(RemoteStreamOptions, create.remoteStreamOptions)],
        ['AddToHistory', create.addToHistory],
        ['HostInfo', hostInfoToValue(create.hostInfo)],
        ['PowerShell', powerShellToValue(create.powerShell)],
        ['IsNested', create.isNested],
      ]),
    fromValue: (value, where) => {
      const shape = Shape.of(value, where);
      return {
        noInput: shape.boolean('NoInput'),
        apartmentState: shape.int32('ApartmentState'),
        remoteStreamOptions: shape.int32('RemoteStreamOptions'),
        addToHistory: shape.boolean('AddToHistory'),
        hostInfo: hostInfoFromValue(shape.get('HostInfo'), `${where}.HostInfo`),
        powerShell: powerShellFromValue(shape.get('PowerShell'), `${where}.PowerShell`),
        isNested: shape.optionalBoolean('IsNested', false),
      };
    },
  },
  GET_AVAILABLE_RUNSPACES: callId,
  USER_EVENT: {
    toValue: (e) =>
      propertyBag([
        ['PSEventArgs.EventIdentifier', e.eventIdentifier],
        ['PSEventArgs.SourceIdentifier', e.sourceIdentifier],
        ['PSEventArgs.TimeGenerated', e.timeGenerated],
        ['PSEventArgs.Sender', e.sender],
        ['PSEventArgs.SourceArgs', e.sourceArgs],
        ['PSEventArgs.MessageData', e.messageData],
        ['PSEventArgs.ComputerName', e.computerName],
        ['PSEventArgs.RunspaceId', new Guid(e.runspaceId)],
      ]),
    fromValue: (value, where) => {
      const shape = Shape.of(value, where);
      const runspaceId = shape.get('PSEventArgs.RunspaceId');
      if (!(runspaceId instanceof Guid)) throw new PsrpError('ReceivedUnsupportedDataType', [`${where}.PSEventArgs.RunspaceId`]);
      return {
        eventIdentifier: shape.int32('PSEventArgs.EventIdentifier'),
        sourceIdentifier: shape.string('PSEventArgs.SourceIdentifier'),
        timeGenerated: shape.get('PSEventArgs.TimeGenerated'),
        sender: shape.optional('PSEventArgs.Sender') ?? null,
        sourceArgs: shape.optional('PSEventArgs.SourceArgs') ?? null,
        messageData: shape.optional('PSEventArgs.MessageData') ?? null,
        computerName: shape.nullableString('PSEventArgs.ComputerName'),
        runspaceId: runspaceId.text,
      };
    },
  },
  APPLICATION_PRIVATE_DATA: {
    toValue: ({ applicationPrivateData }) => propertyBag([['ApplicationPrivateData', applicationPrivateData]]),
    fromValue: (value, where) => ({ applicationPrivateData: Shape.of(value, where).optional('ApplicationPrivateData') ?? null }),
  },
  GET_COMMAND_METADATA: {
    toValue: (request) =>
      propertyBag([
        ['Name', wildcardsToValue(request.name)],
        ['CommandType', enumObject(CommandTypes, request.commandType)],
        ['Namespace', wildcardsToValue(request.namespace)],
        ['ArgumentList', request.argumentList === null ? null : typedList(ARRAY_LIST_TYPE_NAMES, request.argumentList)],
      ]),
    fromValue: (value, where) => {
      const shape = Shape.of(value, where);
      return {
        name: wildcardsFromValue(shape, 'Name', where),
        commandType: int32Of(shape.get('CommandType'), `${where}.CommandType`),
        namespace: wildcardsFromValue(shape, 'Namespace', where),
        argumentList: shape.nullableList('ArgumentList'),
      };
    },
  },
  RUNSPACEPOOL_HOST_CALL: hostCall,
  RUNSPACEPOOL_HOST_RESPONSE: hostResponse,
  PIPELINE_INPUT: objectPayload,
  END_OF_PIPELINE_INPUT: empty,
  PIPELINE_OUTPUT: objectPayload,
  ERROR_RECORD: objectPayload,
  PIPELINE_STATE: stateCodec('PipelineState', 'pipelineState'),
  DEBUG_RECORD: objectPayload,
  VERBOSE_RECORD: objectPayload,
  WARNING_RECORD: objectPayload,
  PROGRESS_RECORD: objectPayload,
  INFORMATION_RECORD: objectPayload,
  PIPELINE_HOST_CALL: hostCall,
  PIPELINE_HOST_RESPONSE: hostResponse,
};
