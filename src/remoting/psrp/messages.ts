/**
 * Typed PSRP messages: one payload shape per MS-PSRP 2.2.2 message type. Values the protocol
 * passes through without interpreting (pipeline objects, records, host call arguments) are
 * deserialized CLIXML values (`unknown` here: the engine's value model).
 */
import type { Destination, MessageTypeName } from './message-type.js';

/** 2.2.2.1 */
export interface SessionCapability {
  readonly protocolVersion: string;
  readonly psVersion: string;
  readonly serializationVersion: string;
  /** 2.2.3.10: an MS-NRBF CurrentSystemTimeZone, passed through; absent or null when not sent. */
  readonly timeZone?: Uint8Array | null;
}

/** 2.2.3.14 HostInfo; the property names on the wire carry a leading underscore. */
export interface HostInfo {
  readonly isHostNull: boolean;
  readonly isHostUINull: boolean;
  readonly isHostRawUINull: boolean;
  readonly useRunspaceHost: boolean;
  /** Keyed by the 2.2.3.14 table's keys (0 ForegroundColor ... 9 WindowTitle). */
  readonly hostDefaultData?: ReadonlyMap<number, HostDefaultValue>;
}

export interface HostDefaultValue {
  /** The hard-coded .NET type name ("T"), e.g. System.Management.Automation.Host.Size. */
  readonly typeName: string;
  /** The value ("V"). */
  readonly value: unknown;
}

/** 2.2.2.2 */
export interface InitRunspacePool {
  readonly minRunspaces: number;
  readonly maxRunspaces: number;
  /** 2.2.3.6 PSThreadOptions value. */
  readonly psThreadOptions: number;
  /** 2.2.3.7 ApartmentState value. */
  readonly apartmentState: number;
  readonly hostInfo: HostInfo;
  /** 2.2.3.18 Primitive Dictionary, or null. */
  readonly applicationArguments: unknown;
}

/** 2.2.2.3 */
export interface PublicKey {
  readonly publicKey: string;
}

/** 2.2.2.4 */
export interface EncryptedSessionKey {
  readonly encryptedSessionKey: string;
}

/** 2.2.2.5, 2.2.2.18: no content. */
export type Empty = Readonly<Record<string, never>>;

/** 2.2.2.6 */
export interface SetMaxRunspaces {
  readonly ci: bigint;
  readonly maxRunspaces: number;
}

/** 2.2.2.7 */
export interface SetMinRunspaces {
  readonly ci: bigint;
  readonly minRunspaces: number;
}

/** 2.2.2.8: Boolean for SET_MAX/MIN_RUNSPACES, Signed Long for GET_AVAILABLE_RUNSPACES. */
export interface RunspaceAvailability {
  readonly ci: bigint;
  readonly setMinMaxRunspacesResponse: boolean | bigint;
}

/** 2.2.2.9 */
export interface RunspacePoolStateMessage {
  /** 2.2.3.4 value. */
  readonly runspaceState: number;
  /** 2.2.3.15 ErrorRecord, only when the state change was caused by an error. */
  readonly exceptionAsErrorRecord?: unknown;
}

/** 2.2.3.13 */
export interface CommandParameter {
  /** null for a positional argument. */
  readonly name: string | null;
  readonly value: unknown;
}

/** 2.2.3.12; merge fields are 2.2.3.31 PipelineResultTypes values. */
export interface Command {
  readonly cmd: string;
  readonly isScript: boolean;
  readonly useLocalScope: boolean | null;
  readonly mergeMyResult: number;
  readonly mergeToResult: number;
  readonly mergePreviousResults: number;
  /** Protocol 2.2 and later carry the per-stream merges; older peers omit them. */
  readonly mergeError?: number;
  readonly mergeWarning?: number;
  readonly mergeVerbose?: number;
  readonly mergeDebug?: number;
  /** Protocol 2.3 (PowerShell 5) and later. */
  readonly mergeInformation?: number;
  readonly args: readonly CommandParameter[];
}

/** 2.2.3.11 */
export interface PowerShellPipeline {
  readonly cmds: readonly Command[];
  readonly isNested: boolean;
  readonly history: string | null;
  readonly redirectShellErrorOutputPipe: boolean;
  /**
   * All statements of a multi-statement invocation (PowerShell.AddStatement), in order; null
   * when the sender wrote it empty (pypsrp), absent when it left it out (pwsh, one statement).
   */
  readonly extraCmds?: readonly (readonly Command[])[] | null;
}

/** 2.2.2.10 */
export interface CreatePipeline {
  readonly noInput: boolean;
  readonly apartmentState: number;
  /** 2.2.3.8 RemoteStreamOptions flags. */
  readonly remoteStreamOptions: number;
  readonly addToHistory: boolean;
  readonly hostInfo: HostInfo;
  readonly powerShell: PowerShellPipeline;
  readonly isNested: boolean;
}

/** 2.2.2.11, 2.2.2.31 */
export interface CallId {
  readonly ci: bigint;
}

/** 2.2.2.12 */
export interface UserEvent {
  readonly eventIdentifier: number;
  readonly sourceIdentifier: string;
  readonly timeGenerated: unknown;
  readonly sender: unknown;
  readonly sourceArgs: unknown;
  readonly messageData: unknown;
  readonly computerName: string | null;
  readonly runspaceId: string;
}

/** 2.2.2.13 */
export interface ApplicationPrivateData {
  /** 2.2.3.18 Primitive Dictionary, or null. */
  readonly applicationPrivateData: unknown;
}

/** 2.2.2.14 */
export interface GetCommandMetadata {
  /** Wildcards; null means "*". */
  readonly name: readonly string[] | null;
  /** 2.2.3.19 CommandType flags. */
  readonly commandType: number;
  /** Wildcards; null means "". */
  readonly namespace: readonly string[] | null;
  readonly argumentList: readonly unknown[] | null;
}

/** 2.2.2.15, 2.2.2.27 */
export interface HostCall {
  readonly ci: bigint;
  /** 2.2.3.17 Host Method Identifier. */
  readonly methodId: number;
  readonly parameters: readonly unknown[];
}

/** 2.2.2.16, 2.2.2.28: `returnValue` (mr) or `exception` (me, an ErrorRecord), or neither. */
export interface HostResponse {
  readonly ci: bigint;
  readonly methodId: number;
  readonly returnValue?: unknown;
  readonly exception?: unknown;
}

/** 2.2.2.17, 2.2.2.19 and the record messages: one serialized object. */
export interface ObjectPayload {
  readonly value: unknown;
}

/** 2.2.2.21 */
export interface PipelineStateMessage {
  /** 2.2.3.5 value. */
  readonly pipelineState: number;
  readonly exceptionAsErrorRecord?: unknown;
}

/** 2.2.2.29: both counts, or neither (the "default pool" form). */
export interface ConnectRunspacePool {
  readonly minRunspaces?: number;
  readonly maxRunspaces?: number;
}

/** 2.2.2.30 */
export interface RunspacePoolInitData {
  readonly minRunspaces: number;
  readonly maxRunspaces: number;
}

export interface Payloads {
  SESSION_CAPABILITY: SessionCapability;
  INIT_RUNSPACEPOOL: InitRunspacePool;
  PUBLIC_KEY: PublicKey;
  ENCRYPTED_SESSION_KEY: EncryptedSessionKey;
  PUBLIC_KEY_REQUEST: Empty;
  CONNECT_RUNSPACEPOOL: ConnectRunspacePool;
  RUNSPACEPOOL_INIT_DATA: RunspacePoolInitData;
  RESET_RUNSPACE_STATE: CallId;
  SET_MAX_RUNSPACES: SetMaxRunspaces;
  SET_MIN_RUNSPACES: SetMinRunspaces;
  RUNSPACE_AVAILABILITY: RunspaceAvailability;
  RUNSPACEPOOL_STATE: RunspacePoolStateMessage;
  CREATE_PIPELINE: CreatePipeline;
  GET_AVAILABLE_RUNSPACES: CallId;
  USER_EVENT: UserEvent;
  APPLICATION_PRIVATE_DATA: ApplicationPrivateData;
  GET_COMMAND_METADATA: GetCommandMetadata;
  RUNSPACEPOOL_HOST_CALL: HostCall;
  RUNSPACEPOOL_HOST_RESPONSE: HostResponse;
  PIPELINE_INPUT: ObjectPayload;
  END_OF_PIPELINE_INPUT: Empty;
  PIPELINE_OUTPUT: ObjectPayload;
  ERROR_RECORD: ObjectPayload;
  PIPELINE_STATE: PipelineStateMessage;
  DEBUG_RECORD: ObjectPayload;
  VERBOSE_RECORD: ObjectPayload;
  WARNING_RECORD: ObjectPayload;
  PROGRESS_RECORD: ObjectPayload;
  INFORMATION_RECORD: ObjectPayload;
  PIPELINE_HOST_CALL: HostCall;
  PIPELINE_HOST_RESPONSE: HostResponse;
}

export type MessageOf<T extends MessageTypeName> = {
  readonly type: T;
  readonly destination: Destination;
  readonly rpid: string;
  readonly pid: string;
  readonly payload: Payloads[T];
};

/** What a pipeline runs: CREATE_PIPELINE, or GET_COMMAND_METADATA, which runs like one (4.1.11). */
export type PipelineInvocation =
  | { readonly type: 'CREATE_PIPELINE'; readonly payload: CreatePipeline }
  | { readonly type: 'GET_COMMAND_METADATA'; readonly payload: GetCommandMetadata };

/** A decoded PSRP message, discriminated by `type`. */
export type Message = { [T in MessageTypeName]: MessageOf<T> }[MessageTypeName];
