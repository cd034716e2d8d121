/**
 * The streams a pipeline reports through (named as pwsh's PSDataStreams) and the message type
 * that carries each (MS-PSRP 2.2.2.19-2.2.2.26): one table for the server that writes them and
 * the client that reads them.
 */
import type { MessageTypeName } from './message-type.js';

export type PipelineStream = 'Output' | 'Error' | 'Debug' | 'Verbose' | 'Warning' | 'Progress' | 'Information';

export type StreamMessageType =
  | 'PIPELINE_OUTPUT'
  | 'ERROR_RECORD'
  | 'DEBUG_RECORD'
  | 'VERBOSE_RECORD'
  | 'WARNING_RECORD'
  | 'PROGRESS_RECORD'
  | 'INFORMATION_RECORD';

export const MESSAGE_OF_STREAM: Readonly<Record<PipelineStream, StreamMessageType>> = {
  Output: 'PIPELINE_OUTPUT',
  Error: 'ERROR_RECORD',
  Debug: 'DEBUG_RECORD',
  Verbose: 'VERBOSE_RECORD',
  Warning: 'WARNING_RECORD',
  Progress: 'PROGRESS_RECORD',
  Information: 'INFORMATION_RECORD',
};

const STREAM_OF_MESSAGE = new Map<MessageTypeName, PipelineStream>(
  (Object.entries(MESSAGE_OF_STREAM) as [PipelineStream, StreamMessageType][]).map(([stream, type]) => [type, stream]),
);

export function streamOfMessage(type: MessageTypeName): PipelineStream | undefined {
  return STREAM_OF_MESSAGE.get(type);
}
