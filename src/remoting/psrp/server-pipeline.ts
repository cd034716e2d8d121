/**
 * The server side of one pipeline (MS-PSRP 3.2.1.3, 3.2.5.4.17-28): created NotStarted from
 * CREATE_PIPELINE or GET_COMMAND_METADATA, run by the higher layer, which reports results
 * through it; every result becomes the message to send.
 */
import { hostMethodReturnsValue, VOID_CALL_ID } from './enums.js';
import { PsrpError } from './errors.js';
import { Destination, type MessageTypeName } from './message-type.js';
import type { HostResponse, Message, Payloads, PipelineInvocation } from './messages.js';
import { MESSAGE_OF_STREAM, type PipelineStream } from './pipeline-streams.js';
import { isFinishedPipelineState, PSInvocationState } from './states.js';
import { emptyStep, message, requirePipelineState, StateMachine, type StateChanged, type Step } from './step.js';

export type ServerPipelineEvent =
  | StateChanged<PSInvocationState>
  | { readonly kind: 'input'; readonly value: unknown }
  | { readonly kind: 'endOfInput' }
  | { readonly kind: 'hostResponse'; readonly response: HostResponse };

type PipelineStep = Step<ServerPipelineEvent>;

export class ServerPipeline extends StateMachine<PSInvocationState, ServerPipelineEvent> {
  private nextCallId = 1n;
  private inputOpen: boolean;

  constructor(
    readonly rpid: string,
    readonly pid: string,
    readonly invocation: PipelineInvocation,
  ) {
    super('NotStarted');
    this.inputOpen = invocation.type === 'CREATE_PIPELINE' && !invocation.payload.noInput;
  }

  /** NotStarted -> Running; not reported to the client (4.1.3 step 4). */
  start(): PipelineStep {
    requirePipelineState(this.state, ['NotStarted']);
    return this.transition('Running');
  }

  /** An object or record the pipeline produced, as PIPELINE_OUTPUT, ERROR_RECORD... */
  write(stream: PipelineStream, value: unknown): PipelineStep {
    requirePipelineState(this.state, ['Running', 'Stopping']);
    return { events: [], send: [this.toClient(MESSAGE_OF_STREAM[stream], { value })] };
  }

  /**
   * PIPELINE_HOST_CALL. A method that returns a value gets a fresh call id and its answer comes
   * back as a hostResponse event; a void one gets pwsh's call id -100 and no answer.
   */
  hostCall(methodId: number, parameters: readonly unknown[]): PipelineStep {
    requirePipelineState(this.state, ['Running']);
    const ci = hostMethodReturnsValue(methodId) ? this.nextCallId++ : VOID_CALL_ID;
    return { events: [], send: [this.toClient('PIPELINE_HOST_CALL', { ci, methodId, parameters })] };
  }

  /** Running -> Completed, reported with PIPELINE_STATE. */
  complete(): PipelineStep {
    requirePipelineState(this.state, ['Running']);
    return this.finishWith('Completed');
  }

  /** -> Failed, with the ErrorRecord that ended the pipeline. */
  fail(errorRecord: unknown): PipelineStep {
    requirePipelineState(this.state, ['NotStarted', 'Running', 'Stopping']);
    return this.finishWith('Failed', errorRecord);
  }

  /** wxf:Signal (terminate) arrived: Running -> Stopping. */
  stop(): PipelineStep {
    if (isFinishedPipelineState(this.state) || this.state === 'Stopping') return emptyStep();
    requirePipelineState(this.state, ['NotStarted', 'Running', 'Disconnected']);
    return this.transition('Stopping');
  }

  /** The pipeline has stopped: Stopping -> Stopped, reported with its PipelineStopped ErrorRecord. */
  stopped(errorRecord: unknown): PipelineStep {
    requirePipelineState(this.state, ['Stopping']);
    return this.finishWith('Stopped', errorRecord);
  }

  /** The client disconnected: output is buffered by the I/O layer until it reconnects. */
  disconnected(): PipelineStep {
    if (this.state !== 'Running' && this.state !== 'NotStarted') return emptyStep();
    return this.transition('Disconnected');
  }

  reconnected(): PipelineStep {
    if (this.state !== 'Disconnected') return emptyStep();
    return this.transition('Running');
  }

  /** A message the client sent to this pipeline. */
  receive(received: Message): PipelineStep {
    if (isFinishedPipelineState(this.state)) return emptyStep();
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
        requirePipelineState(this.state, ['Running', 'Stopping']);
        step.events.push({ kind: 'hostResponse', response: received.payload });
        return step;
      default:
        throw new PsrpError('ReceivedUnsupportedAction', [received.type]);
    }
  }

  private requireInputOpen(type: MessageTypeName): void {
    requirePipelineState(this.state, ['NotStarted', 'Running', 'Stopping']);
    if (!this.inputOpen) throw new PsrpError('ReceivedUnsupportedAction', [type], 'the pipeline takes no input');
  }

  /** The final state, told to the client with PIPELINE_STATE (and the ErrorRecord, if any). */
  private finishWith(state: 'Completed' | 'Failed' | 'Stopped', errorRecord?: unknown): PipelineStep {
    const step = this.transition(state, errorRecord);
    const pipelineState = PSInvocationState[state];
    step.send.push(this.toClient('PIPELINE_STATE', errorRecord === undefined ? { pipelineState } : { pipelineState, exceptionAsErrorRecord: errorRecord }));
    return step;
  }

  private toClient<T extends MessageTypeName>(type: T, payload: Payloads[T]): Message {
    return message(type, Destination.Client, this.rpid, this.pid, payload) as Message;
  }
}
