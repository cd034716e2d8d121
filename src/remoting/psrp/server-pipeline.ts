/**
 * The server side of one pipeline (MS-PSRP 3.2.1.3, 3.2.5.4.17-28): created NotStarted from
 * CREATE_PIPELINE or GET_COMMAND_METADATA, run by the higher layer, which reports results
 * through it; every result becomes the message to send.
 */
import type { PipelineInvocation, PipelineStream } from './client-pipeline.js';
import { PsrpError } from './errors.js';
import { Destination, type MessageTypeName } from './message-type.js';
import type { HostResponse, Message, Payloads } from './messages.js';
import { isFinishedPipelineState, PSInvocationState } from './states.js';
import { emptyStep, message, requirePipelineState, type StateChanged, type Step } from './step.js';

export type ServerPipelineEvent =
  | StateChanged<PSInvocationState>
  | { readonly kind: 'input'; readonly value: unknown }
  | { readonly kind: 'endOfInput' }
  | { readonly kind: 'hostResponse'; readonly response: HostResponse };

type RecordMessageType =
  | 'PIPELINE_OUTPUT'
  | 'ERROR_RECORD'
  | 'DEBUG_RECORD'
  | 'VERBOSE_RECORD'
  | 'WARNING_RECORD'
  | 'PROGRESS_RECORD'
  | 'INFORMATION_RECORD';

const MESSAGE_OF_STREAM: Record<PipelineStream, RecordMessageType> = {
  Output: 'PIPELINE_OUTPUT',
  Error: 'ERROR_RECORD',
  Debug: 'DEBUG_RECORD',
  Verbose: 'VERBOSE_RECORD',
  Warning: 'WARNING_RECORD',
  Progress: 'PROGRESS_RECORD',
  Information: 'INFORMATION_RECORD',
};

type Step_ = Step<ServerPipelineEvent>;

export class ServerPipeline {
  private currentState: PSInvocationState = 'NotStarted';
  private nextCallId = 1n;
  private inputOpen: boolean;

  constructor(
    readonly rpid: string,
    readonly pid: string,
    readonly invocation: PipelineInvocation,
  ) {
    this.inputOpen = invocation.type === 'CREATE_PIPELINE' && !invocation.payload.noInput;
  }

  get state(): PSInvocationState {
    return this.currentState;
  }

  /** NotStarted -> Running; not reported to the client (4.1.3 step 4). */
  start(): Step_ {
    requirePipelineState(this.currentState, ['NotStarted']);
    return this.finishWith('Running');
  }

  /** An object or record the pipeline produced, as PIPELINE_OUTPUT, ERROR_RECORD... */
  write(stream: PipelineStream, value: unknown): Step_ {
    requirePipelineState(this.currentState, ['Running', 'Stopping']);
    return { events: [], send: [this.toClient(MESSAGE_OF_STREAM[stream], { value })] };
  }

  /** PIPELINE_HOST_CALL with a fresh call id; the answer comes back as a hostResponse event. */
  hostCall(methodId: number, parameters: readonly unknown[]): Step_ {
    requirePipelineState(this.currentState, ['Running']);
    return { events: [], send: [this.toClient('PIPELINE_HOST_CALL', { ci: this.nextCallId++, methodId, parameters })] };
  }

  /** Running -> Completed, reported with PIPELINE_STATE. */
  complete(): Step_ {
    requirePipelineState(this.currentState, ['Running']);
    return this.finishWith('Completed');
  }

  /** -> Failed, with the ErrorRecord that ended the pipeline. */
  fail(errorRecord: unknown): Step_ {
    requirePipelineState(this.currentState, ['NotStarted', 'Running', 'Stopping']);
    return this.finishWith('Failed', errorRecord);
  }

  /** wxf:Signal (terminate) arrived: Running -> Stopping. */
  stop(): Step_ {
    if (isFinishedPipelineState(this.currentState) || this.currentState === 'Stopping') return emptyStep();
    requirePipelineState(this.currentState, ['NotStarted', 'Running', 'Disconnected']);
    const step = emptyStep<ServerPipelineEvent>();
    this.moveTo('Stopping', step);
    return step;
  }

  /** The pipeline has stopped: Stopping -> Stopped, reported with its PipelineStopped ErrorRecord. */
  stopped(errorRecord: unknown): Step_ {
    requirePipelineState(this.currentState, ['Stopping']);
    return this.finishWith('Stopped', errorRecord);
  }

  /** The client disconnected: output is buffered by the I/O layer until it reconnects. */
  disconnected(): Step_ {
    if (this.currentState !== 'Running' && this.currentState !== 'NotStarted') return emptyStep();
    const step = emptyStep<ServerPipelineEvent>();
    this.moveTo('Disconnected', step);
    return step;
  }

  reconnected(): Step_ {
    if (this.currentState !== 'Disconnected') return emptyStep();
    const step = emptyStep<ServerPipelineEvent>();
    this.moveTo('Running', step);
    return step;
  }

  /** A message the client sent to this pipeline. */
  receive(received: Message): Step_ {
    if (isFinishedPipelineState(this.currentState)) return emptyStep();
    const step = emptyStep<ServerPipelineEvent>();
    switch (received.type) {
      case 'PIPELINE_INPUT':
        this.requireInputOpen(received.type);
        step.events.push({ kind: 'input', value: received.payload.value });
        return step;
      case 'END_OF_PIPELINE_INPUT':
        this.requireInputOpen(received.type);
        this.inputOpen = false;
        step.events.push({ kind: 'endOfInput' });
        return step;
      case 'PIPELINE_HOST_RESPONSE':
        requirePipelineState(this.currentState, ['Running', 'Stopping']);
        step.events.push({ kind: 'hostResponse', response: received.payload });
        return step;
      default:
        throw new PsrpError('ReceivedUnsupportedAction', [received.type]);
    }
  }

  private requireInputOpen(type: MessageTypeName): void {
    requirePipelineState(this.currentState, ['NotStarted', 'Running', 'Stopping']);
    if (!this.inputOpen) throw new PsrpError('ReceivedUnsupportedAction', [type], 'the pipeline takes no input');
  }

  private finishWith(state: PSInvocationState, errorRecord?: unknown): Step_ {
    const step = emptyStep<ServerPipelineEvent>();
    this.moveTo(state, step, errorRecord);
    if (state !== 'Running') {
      const pipelineState = PSInvocationState[state];
      step.send.push(
        this.toClient('PIPELINE_STATE', errorRecord === undefined ? { pipelineState } : { pipelineState, exceptionAsErrorRecord: errorRecord }),
      );
    }
    return step;
  }

  private toClient<T extends MessageTypeName>(type: T, payload: Payloads[T]): Message {
    return message(type, Destination.Client, this.rpid, this.pid, payload) as Message;
  }

  private moveTo(state: PSInvocationState, step: Step_, reason?: unknown): void {
    if (state === this.currentState) return;
    const previous = this.currentState;
    this.currentState = state;
    step.events.push(reason === undefined ? { kind: 'state', previous, state } : { kind: 'state', previous, state, reason });
  }
}
