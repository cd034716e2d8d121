/**
 * PSRP without I/O (MS-PSRP): fragments, messages and the RunspacePool / pipeline state
 * machines, shared by psh's client and server. Bytes in, typed messages and events out; typed
 * messages in, bytes out. Transport (WS-Man envelopes, HTTP) is the caller's.
 */
export { PsrpError, type PsrpErrorId } from './errors.js';
export { NIL_GUID, readGuid, writeGuid } from './guid.js';
export {
  DEFAULT_MAX_BLOB_LENGTH,
  decodeFragments,
  encodeFragments,
  FRAGMENT_HEADER_LENGTH,
  FragmentReader,
  type Fragment,
  type FragmentLimits,
} from './fragment.js';
export { Fragmenter } from './fragmenter.js';
export { DEFAULT_MAX_MESSAGE_LENGTH, Defragmenter, type DefragmenterLimits } from './defragmenter.js';
export { Destination, MessageType, messageTypeName, type MessageTypeName } from './message-type.js';
export { dataToText, decodeMessage, encodeMessage, MESSAGE_HEADER_LENGTH, textToData, type RawMessage } from './message.js';
export type * from './messages.js';
export { buildMessage, parseMessage, type ParseMessageOptions } from './message-codec.js';
export {
  ApartmentState,
  CommandTypes,
  enumObject,
  enumText,
  PipelineResultTypes,
  PSThreadOptions,
  RemoteHostMethodId,
  RemoteStreamOptions,
  type EnumType,
} from './enums.js';
export {
  commandMetadataCountFromValue,
  commandMetadataCountToValue,
  commandMetadataFromValue,
  commandMetadataToValue,
  type CommandMetadata,
  type ParameterMetadata,
} from './command-metadata.js';
export { DEFAULT_CAPABILITY } from './negotiation.js';
export {
  isFinishedPipelineState,
  PSInvocationState,
  psInvocationStateName,
  RunspacePoolStateValue,
  runspacePoolStateName,
  type RunspacePoolState,
  type RunspacePoolStateName,
} from './states.js';
export type { StateChanged, Step } from './step.js';
export { MESSAGE_OF_STREAM, streamOfMessage, type PipelineStream, type StreamMessageType } from './pipeline-streams.js';
export { ClientPipeline, type ClientPipelineEvent } from './client-pipeline.js';
export { ClientRunspacePool, NULL_HOST_INFO, type ClientRunspacePoolEvent, type ClientRunspacePoolOptions } from './client-runspace-pool.js';
export { ServerPipeline, type ServerPipelineEvent } from './server-pipeline.js';
export { ServerRunspacePool, type ServerRunspacePoolEvent, type ServerRunspacePoolOptions } from './server-runspace-pool.js';
