/**
 * The client side of one pipeline (MS-PSRP 3.1.1.3, 3.1.4.3, 3.1.4.4, 3.1.5.4.17-28): invoked
 * with CREATE_PIPELINE (or GET_COMMAND_METADATA, which the client runs like a pipeline), fed the
 * server's pipeline messages, finished by PIPELINE_STATE.
 */
import { Destination } from './message-type.js';
import type { HostCall, Message, PipelineInvocation } from './messages.js';
import { streamOfMessage, type PipelineStream } from './pipeline-streams.js';
import { isFinishedPipelineState, psInvocationStateName, type PSInvocationState } from './states.js';
import { emptyStep, message, requirePipelineState, StateMachine, type StateChanged, type Step } from './step.js';
import { hostMethodReturnsValue } from './enums.js';
import { PsrpError } from './errors.js';

export type ClientPipelineEvent =
  | StateChanged<PSInvocationState>
  | { readonly kind: 'stream'; readonly stream: PipelineStream; readonly value: unknown }
  | { readonly kind: 'hostCall'; readonly call: HostCall };

export class ClientPipeline extends StateMachine<PSInvocationState, ClientPipelineEvent> {
  private inputClosed: boolean;

  /**
   * @param invocation what the pipeline runs; undefined for a pipeline this client session did
   *   not create but connects to (3.1.4.10.3), which starts out Running.
   */
  constructor(
    readonly rpid: string,
    readonly pid: string,
    readonly invocation: PipelineInvocation | undefined,
  ) {
    super(invocation === undefined ? 'Running' : 'NotStarted');
    this.inputClosed = invocation === undefined || invocation.type === 'GET_COMMAND_METADATA' || invocation.payload.noInput;
  }

  /** NotStarted -> Running: the message to send with wxf:Command. */
  invoke(): Step<ClientPipelineEvent> {
    requirePipelineState(this.state, ['NotStarted']);
    const step = emptyStep<ClientPipelineEvent>();
    this.moveTo('Running', step);
    const { type, payload } = this.invocation!;
    step.send.push(
      type === 'CREATE_PIPELINE'
        ? message(type, Destination.Server, this.rpid, this.pid, payload)
        : message(type, Destination.Server, this.rpid, this.pid, payload),
    );
    return step;
  }

  /** PIPELINE_INPUT, for a pipeline created with NoInput = false. */
  input(value: unknown): Step<ClientPipelineEvent> {
    this.requireInputOpen();
    return { events: [], send: [message('PIPELINE_INPUT', Destination.Server, this.rpid, this.pid, { value })] };
  }

  /** END_OF_PIPELINE_INPUT: no more input will follow. */
  endInput(): Step<ClientPipelineEvent> {
    this.requireInputOpen();
    this.inputClosed = true;
    return { events: [], send: [message('END_OF_PIPELINE_INPUT', Destination.Server, this.rpid, this.pid, {})] };
  }

  /**
   * The answer to a PIPELINE_HOST_CALL: `returnValue` (mr) or `exception` (me, an ErrorRecord).
   * Methods without a return value get no answer (2.2.3.17), so nothing is sent for them.
   */
  hostResponse(call: HostCall, result: { returnValue: unknown } | { exception: unknown }): Step<ClientPipelineEvent> {
    requirePipelineState(this.state, ['Running', 'Stopping']);
    if (!hostMethodReturnsValue(call.methodId)) return emptyStep();
    const payload = { ci: call.ci, methodId: call.methodId, ...result };
    return { events: [], send: [message('PIPELINE_HOST_RESPONSE', Destination.Server, this.rpid, this.pid, payload)] };
  }

  /** Running -> Stopping, before the I/O layer sends wxf:Signal (3.1.1.3.2). */
  stop(): Step<ClientPipelineEvent> {
    requirePipelineState(this.state, ['Running', 'Disconnected']);
    return this.transition('Stopping');
  }

  /**
   * The wxf:Signal succeeded. Windows also reports Stopped in PIPELINE_STATE; whichever comes
   * first finishes the pipeline, the other is ignored.
   */
  stopped(): Step<ClientPipelineEvent> {
    if (isFinishedPipelineState(this.state)) return emptyStep();
    requirePipelineState(this.state, ['Stopping']);
    return this.transition('Stopped');
  }

  /** The transport failed: the pipeline can no longer finish normally. */
  fail(reason?: unknown): Step<ClientPipelineEvent> {
    if (isFinishedPipelineState(this.state)) return emptyStep();
    return this.transition('Failed', reason);
  }

  /** The RunspacePool was disconnected (wxf:Disconnect succeeded). */
  disconnected(): Step<ClientPipelineEvent> {
    if (this.state !== 'Running' && this.state !== 'Stopping') return emptyStep();
    return this.transition('Disconnected');
  }

  /** The RunspacePool was reconnected: a disconnected pipeline runs again. */
  reconnected(): Step<ClientPipelineEvent> {
    if (this.state !== 'Disconnected') return emptyStep();
    return this.transition('Running');
  }

  /** A message the server sent to this pipeline. */
  receive(received: Message): Step<ClientPipelineEvent> {
    // 3.1.5.1: once finished, the pipeline ignores whatever still arrives for it.
    if (isFinishedPipelineState(this.state)) return emptyStep();
    requirePipelineState(this.state, ['Running', 'Stopping']);
    const step = emptyStep<ClientPipelineEvent>();
    const stream = streamOfMessage(received.type);
    if (stream !== undefined) {
      step.events.push({ kind: 'stream', stream, value: (received.payload as { value: unknown }).value });
      return step;
    }
    switch (received.type) {
      case 'PIPELINE_HOST_CALL':
        step.events.push({ kind: 'hostCall', call: received.payload });
        return step;
      case 'PIPELINE_STATE': {
        const state = psInvocationStateName(received.payload.pipelineState);
        if (state === undefined) throw new PsrpError('ReceivedUnsupportedDataType', [`PipelineState ${received.payload.pipelineState}`]);
        if (isFinishedPipelineState(state) || state === 'Stopping' || state === 'Disconnected') {
          this.moveTo(state, step, received.payload.exceptionAsErrorRecord);
        }
        return step;
      }
      default:
        throw new PsrpError('ReceivedUnsupportedAction', [received.type]);
    }
  }

  private requireInputOpen(): void {
    requirePipelineState(this.state, ['Running']);
    if (this.inputClosed) throw new PsrpError('InvalidPipelineStateStateGeneral', [], 'the pipeline takes no more input');
  }
}
