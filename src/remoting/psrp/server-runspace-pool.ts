/**
 * The server side of a RunspacePool (MS-PSRP 3.2): negotiation, INIT_RUNSPACEPOOL or
 * CONNECT_RUNSPACEPOOL, pool requests, host calls and the pipelines the client creates. The
 * higher layer (psh's server hosting the engine) answers through the methods; WS-Man events
 * (Delete, Disconnect, Reconnect) come in as method calls too.
 */
import { hostMethodReturnsValue, VOID_CALL_ID } from './enums.js';
import { PsrpError } from './errors.js';
import { NIL_GUID } from './guid.js';
import { Destination, type MessageTypeName } from './message-type.js';
import type { HostResponse, PipelineInvocation, InitRunspacePool, Message, Payloads, SessionCapability, UserEvent } from './messages.js';
import { DEFAULT_CAPABILITY, negotiatedVersionProblem } from './negotiation.js';
import { ServerPipeline, type ServerPipelineEvent } from './server-pipeline.js';
import { RunspacePoolStateValue, type RunspacePoolState } from './states.js';
import { emptyStep, forwardPipelineStep, message, requirePoolState, StateMachine, type StateChanged, type Step } from './step.js';

export type ServerRunspacePoolEvent =
  | StateChanged<RunspacePoolState>
  | { readonly kind: 'initRunspacePool'; readonly init: InitRunspacePool }
  | { readonly kind: 'runspacesChanged'; readonly minRunspaces: number; readonly maxRunspaces: number }
  | { readonly kind: 'getAvailableRunspaces'; readonly ci: bigint }
  | { readonly kind: 'resetRunspaceState'; readonly ci: bigint }
  | { readonly kind: 'publicKey'; readonly publicKey: string }
  | { readonly kind: 'hostResponse'; readonly response: HostResponse }
  | { readonly kind: 'pipelineCreated'; readonly pipeline: ServerPipeline }
  | { readonly kind: 'pipeline'; readonly pipeline: ServerPipeline; readonly event: ServerPipelineEvent };

export interface ServerRunspacePoolOptions {
  readonly capability?: SessionCapability;
  /** Sent in APPLICATION_PRIVATE_DATA (a Primitive Dictionary), null for none. */
  readonly applicationPrivateData?: unknown;
}

type PoolStep = Step<ServerRunspacePoolEvent>;

export class ServerRunspacePool extends StateMachine<RunspacePoolState, ServerRunspacePoolEvent> {
  readonly capability: SessionCapability;
  private poolId: string | undefined;
  private clientCapabilityValue: SessionCapability | undefined;
  private minimum = 1;
  private maximum = 1;
  private nextCallId = 1n;
  private readonly pipelineTable = new Map<string, ServerPipeline>();

  constructor(private readonly options: ServerRunspacePoolOptions = {}) {
    super('BeforeOpen');
    this.capability = options.capability ?? DEFAULT_CAPABILITY;
  }

  /** The RPID the client chose, known from its first message. */
  get rpid(): string | undefined {
    return this.poolId;
  }
  get clientCapability(): SessionCapability | undefined {
    return this.clientCapabilityValue;
  }
  get minRunspaces(): number {
    return this.minimum;
  }
  get maxRunspaces(): number {
    return this.maximum;
  }
  get pipelines(): ReadonlyMap<string, ServerPipeline> {
    return this.pipelineTable;
  }

  /** Opening -> Opened once the runspaces exist: APPLICATION_PRIVATE_DATA and the Opened state. */
  opened(): PoolStep {
    requirePoolState(this.state, ['Opening']);
    const step = this.transition('Opened');
    step.send.push(
      this.toClient('APPLICATION_PRIVATE_DATA', { applicationPrivateData: this.options.applicationPrivateData ?? null }),
      this.toClient('RUNSPACEPOOL_STATE', { runspaceState: RunspacePoolStateValue.Opened }),
    );
    return step;
  }

  /** The pool cannot serve (opening failed, the engine died): -> Broken, told to the client. */
  broken(errorRecord: unknown): PoolStep {
    if (this.state === 'Closed' || this.state === 'Broken') return emptyStep();
    const step = emptyStep<ServerRunspacePoolEvent>();
    for (const pipeline of this.pipelineTable.values()) {
      if (pipeline.state !== 'Completed' && pipeline.state !== 'Stopped' && pipeline.state !== 'Failed') {
        this.forward(pipeline, pipeline.fail(errorRecord), step);
      }
    }
    this.pipelineTable.clear();
    this.moveTo('Broken', step, errorRecord);
    if (this.poolId !== undefined) {
      step.send.push(this.toClient('RUNSPACEPOOL_STATE', { runspaceState: RunspacePoolStateValue.Broken, exceptionAsErrorRecord: errorRecord }));
    }
    return step;
  }

  /** wxf:Delete: the pool closes; the I/O layer stops the pipelines' engine work. */
  close(): PoolStep {
    if (this.state === 'Closed') return emptyStep();
    const step = emptyStep<ServerRunspacePoolEvent>();
    for (const pipeline of this.pipelineTable.values()) this.forward(pipeline, pipeline.stop(), step);
    this.pipelineTable.clear();
    this.moveTo('Closed', step);
    return step;
  }

  /** wxf:Disconnect: the client goes away, the pool and its pipelines wait for a connect. */
  disconnect(): PoolStep {
    requirePoolState(this.state, ['Opened']);
    const step = this.transition('Disconnected');
    for (const pipeline of this.pipelineTable.values()) this.forward(pipeline, pipeline.disconnected(), step);
    return step;
  }

  /** wxf:Reconnect from the same client session. */
  reconnect(): PoolStep {
    requirePoolState(this.state, ['Disconnected']);
    const step = this.transition('Opened');
    for (const pipeline of this.pipelineTable.values()) this.forward(pipeline, pipeline.reconnected(), step);
    return step;
  }

  /** RUNSPACE_AVAILABILITY answering GET_AVAILABLE_RUNSPACES. */
  availableRunspaces(ci: bigint, available: bigint): PoolStep {
    requirePoolState(this.state, ['Opened']);
    return { events: [], send: [this.toClient('RUNSPACE_AVAILABILITY', { ci, setMinMaxRunspacesResponse: available })] };
  }

  /** RUNSPACE_AVAILABILITY answering RESET_RUNSPACE_STATE. */
  runspaceStateReset(ci: bigint, succeeded: boolean): PoolStep {
    requirePoolState(this.state, ['Opened']);
    return { events: [], send: [this.toClient('RUNSPACE_AVAILABILITY', { ci, setMinMaxRunspacesResponse: succeeded })] };
  }

  /** RUNSPACEPOOL_HOST_CALL; call ids as for ServerPipeline.hostCall. */
  hostCall(methodId: number, parameters: readonly unknown[]): PoolStep {
    requirePoolState(this.state, ['Opened']);
    const ci = hostMethodReturnsValue(methodId) ? this.nextCallId++ : VOID_CALL_ID;
    return { events: [], send: [this.toClient('RUNSPACEPOOL_HOST_CALL', { ci, methodId, parameters })] };
  }

  userEvent(event: UserEvent): PoolStep {
    requirePoolState(this.state, ['Opened']);
    return { events: [], send: [this.toClient('USER_EVENT', event)] };
  }

  /** PUBLIC_KEY_REQUEST: the server wants to send secure strings (4.1.6). */
  requestPublicKey(): PoolStep {
    requirePoolState(this.state, ['Opened']);
    return { events: [], send: [this.toClient('PUBLIC_KEY_REQUEST', {})] };
  }

  encryptedSessionKey(encryptedSessionKey: string): PoolStep {
    requirePoolState(this.state, ['Opened']);
    // Windows sends the key with a nil RPID.
    return { events: [], send: [this.toClient('ENCRYPTED_SESSION_KEY', { encryptedSessionKey }, NIL_GUID)] };
  }

  /** A whole message from the client. */
  receive(received: Message): PoolStep {
    if (this.state === 'Closed' || this.state === 'Broken') return emptyStep();
    if (received.destination !== Destination.Server) {
      throw new PsrpError('ReceivedUnsupportedAction', [received.type], 'a message for the client reached the server');
    }
    if (this.poolId === undefined) this.poolId = received.rpid;
    else if (received.rpid !== this.poolId) {
      throw new PsrpError('ReceivedUnsupportedAction', [received.type], `RunspacePool ${received.rpid} is not ${this.poolId}`);
    }
    const step = emptyStep<ServerRunspacePoolEvent>();
    switch (received.type) {
      case 'SESSION_CAPABILITY': {
        requirePoolState(this.state, ['BeforeOpen', 'Disconnected']);
        const problem = negotiatedVersionProblem(received.payload);
        if (problem !== undefined) {
          throw new PsrpError('ServerNegotiationFailed', [problem.name, problem.value, this.capability.psVersion, this.capability.protocolVersion]);
        }
        this.clientCapabilityValue = received.payload;
        // Windows answers an opening client with a nil RPID, a connecting one with the pool's.
        const rpid = this.state === 'BeforeOpen' ? NIL_GUID : this.poolId;
        step.send.push(this.toClient('SESSION_CAPABILITY', this.capability, rpid));
        return step;
      }
      case 'INIT_RUNSPACEPOOL':
        this.requireNegotiated(received.type);
        requirePoolState(this.state, ['BeforeOpen']);
        this.minimum = received.payload.minRunspaces;
        this.maximum = received.payload.maxRunspaces;
        this.moveTo('Opening', step);
        step.events.push({ kind: 'initRunspacePool', init: received.payload });
        return step;
      case 'CONNECT_RUNSPACEPOOL': {
        this.requireNegotiated(received.type);
        requirePoolState(this.state, ['Disconnected']);
        const { minRunspaces, maxRunspaces } = received.payload;
        if (minRunspaces !== undefined && maxRunspaces !== undefined) this.resize(minRunspaces, maxRunspaces, step);
        this.moveTo('Connecting', step);
        step.send.push(
          this.toClient('RUNSPACEPOOL_INIT_DATA', { minRunspaces: this.minimum, maxRunspaces: this.maximum }),
          this.toClient('APPLICATION_PRIVATE_DATA', { applicationPrivateData: this.options.applicationPrivateData ?? null }),
        );
        this.moveTo('Opened', step);
        for (const pipeline of this.pipelineTable.values()) this.forward(pipeline, pipeline.reconnected(), step);
        return step;
      }
      case 'SET_MAX_RUNSPACES': {
        requirePoolState(this.state, ['Opened']);
        const ok = this.resize(this.minimum, received.payload.maxRunspaces, step);
        step.send.push(this.toClient('RUNSPACE_AVAILABILITY', { ci: received.payload.ci, setMinMaxRunspacesResponse: ok }));
        return step;
      }
      case 'SET_MIN_RUNSPACES': {
        requirePoolState(this.state, ['Opened']);
        const ok = this.resize(received.payload.minRunspaces, this.maximum, step);
        step.send.push(this.toClient('RUNSPACE_AVAILABILITY', { ci: received.payload.ci, setMinMaxRunspacesResponse: ok }));
        return step;
      }
      case 'GET_AVAILABLE_RUNSPACES':
        requirePoolState(this.state, ['Opened']);
        step.events.push({ kind: 'getAvailableRunspaces', ci: received.payload.ci });
        return step;
      case 'RESET_RUNSPACE_STATE':
        requirePoolState(this.state, ['Opened']);
        step.events.push({ kind: 'resetRunspaceState', ci: received.payload.ci });
        return step;
      case 'PUBLIC_KEY':
        requirePoolState(this.state, ['Opened']);
        step.events.push({ kind: 'publicKey', publicKey: received.payload.publicKey });
        return step;
      case 'RUNSPACEPOOL_HOST_RESPONSE':
        requirePoolState(this.state, ['Opened']);
        step.events.push({ kind: 'hostResponse', response: received.payload });
        return step;
      case 'CREATE_PIPELINE':
        return this.createPipeline(received.pid, { type: received.type, payload: received.payload });
      case 'GET_COMMAND_METADATA':
        return this.createPipeline(received.pid, { type: received.type, payload: received.payload });
      case 'PIPELINE_INPUT':
      case 'END_OF_PIPELINE_INPUT':
      case 'PIPELINE_HOST_RESPONSE': {
        const pipeline = this.pipelineTable.get(received.pid);
        if (pipeline === undefined) throw new PsrpError('ReceivedUnsupportedAction', [received.type], `unknown pipeline ${received.pid}`);
        this.forward(pipeline, pipeline.receive(received), step);
        return step;
      }
      default:
        throw new PsrpError('ReceivedUnsupportedAction', [received.type]);
    }
  }

  /**
   * Passes a pipeline's own step (from start(), write(), complete()...) through the pool, so
   * finished pipelines leave the pipeline table.
   */
  forward(pipeline: ServerPipeline, pipelineStep: Step<ServerPipelineEvent>, step: PoolStep = emptyStep()): PoolStep {
    return forwardPipelineStep(this.pipelineTable, pipeline, pipelineStep, step, (event) => ({ kind: 'pipeline', pipeline, event }));
  }


  private createPipeline(pid: string, invocation: PipelineInvocation): PoolStep {
    requirePoolState(this.state, ['Opened']);
    if (pid === NIL_GUID || this.pipelineTable.has(pid)) {
      throw new PsrpError('ReceivedUnsupportedAction', [invocation.type], `pipeline id ${pid} is not new`);
    }
    const pipeline = new ServerPipeline(this.poolId!, pid, invocation);
    this.pipelineTable.set(pid, pipeline);
    return { events: [{ kind: 'pipelineCreated', pipeline }], send: [] };
  }

  /** 3.2.1.2.9: sizes below 1 or a minimum above the maximum are refused, not errors. */
  private resize(min: number, max: number, step: PoolStep): boolean {
    if (min < 1 || max < 1 || min > max) return false;
    this.minimum = min;
    this.maximum = max;
    step.events.push({ kind: 'runspacesChanged', minRunspaces: min, maxRunspaces: max });
    return true;
  }

  private requireNegotiated(type: MessageTypeName): void {
    if (this.clientCapabilityValue === undefined) throw new PsrpError('ReceivedUnsupportedAction', [type], 'before SESSION_CAPABILITY');
  }

  private toClient<T extends MessageTypeName>(type: T, payload: Payloads[T], rpid = this.poolId!): Message {
    return message(type, Destination.Client, rpid, NIL_GUID, payload) as Message;
  }

}
