/**
 * The client side of a RunspacePool (MS-PSRP 3.1): opening (4.1.1) or connecting (4.1.2),
 * negotiation, pool requests with call ids, host calls, and the routing of pipeline messages
 * to their ClientPipeline. WS-Man outcomes (Delete, Disconnect, Reconnect responses, transport
 * failures) come in as method calls; everything the server says comes in through receive().
 */
import { randomUUID } from 'node:crypto';
import { ClientPipeline, type ClientPipelineEvent } from './client-pipeline.js';
import { hostMethodReturnsValue } from './enums.js';
import { PsrpError } from './errors.js';
import { NIL_GUID } from './guid.js';
import { Destination, type MessageTypeName } from './message-type.js';
import type { ConnectRunspacePool, CreatePipeline, GetCommandMetadata, HostCall, HostInfo, Message, Payloads, PipelineInvocation, SessionCapability, UserEvent } from './messages.js';
import { DEFAULT_CAPABILITY, negotiatedVersionProblem, protocolAtLeast } from './negotiation.js';
import { runspacePoolStateName, type RunspacePoolState } from './states.js';
import { emptyStep, forwardPipelineStep, message, requirePoolState, StateMachine, type StateChanged, type Step } from './step.js';

export type ClientRunspacePoolEvent =
  | StateChanged<RunspacePoolState>
  | { readonly kind: 'applicationPrivateData'; readonly data: unknown }
  | { readonly kind: 'runspaceAvailability'; readonly ci: bigint; readonly response: boolean | bigint }
  | { readonly kind: 'hostCall'; readonly call: HostCall }
  | { readonly kind: 'userEvent'; readonly event: UserEvent }
  | { readonly kind: 'publicKeyRequest' }
  | { readonly kind: 'encryptedSessionKey'; readonly encryptedSessionKey: string }
  | { readonly kind: 'pipeline'; readonly pipeline: ClientPipeline; readonly event: ClientPipelineEvent }
  /**
   * A message for a pipeline this pool does not know. Windows sends some (records of nested
   * pipelines); like pwsh, the pool drops them, and says so for logging.
   */
  | { readonly kind: 'unroutedMessage'; readonly message: Message };

export interface ClientRunspacePoolOptions {
  readonly rpid?: string;
  readonly minRunspaces?: number;
  readonly maxRunspaces?: number;
  readonly psThreadOptions?: number;
  readonly apartmentState?: number;
  readonly hostInfo?: HostInfo;
  readonly applicationArguments?: unknown;
  readonly capability?: SessionCapability;
}

/** HostInfo of a client without a host: every part is null (what pypsrp sends by default). */
export const NULL_HOST_INFO: HostInfo = { isHostNull: true, isHostUINull: true, isHostRawUINull: true, useRunspaceHost: true };

/** 2.2.3.7: ApartmentState.Unknown, what pwsh sends when nothing was asked for. */
const APARTMENT_STATE_UNKNOWN = 2;

type PoolStep = Step<ClientRunspacePoolEvent>;

type PoolRequest =
  | { readonly kind: 'SET_MAX_RUNSPACES'; readonly value: number }
  | { readonly kind: 'SET_MIN_RUNSPACES'; readonly value: number }
  | { readonly kind: 'GET_AVAILABLE_RUNSPACES' | 'RESET_RUNSPACE_STATE' };

export class ClientRunspacePool extends StateMachine<RunspacePoolState, ClientRunspacePoolEvent> {
  readonly rpid: string;
  readonly capability: SessionCapability;
  private minimum: number;
  private maximum: number;
  private serverCapabilityValue: SessionCapability | undefined;
  private privateData: unknown = null;
  /** Call ids number from 0, as pypsrp's do (Windows echoes whatever it is given). */
  private nextCallId = 0n;
  /** 3.1.1.2.5 CI table: what each outstanding pool request asked for. */
  private readonly pendingCalls = new Map<bigint, PoolRequest>();
  private readonly pipelineTable = new Map<string, ClientPipeline>();

  constructor(private readonly options: ClientRunspacePoolOptions = {}) {
    super('BeforeOpen');
    this.rpid = (options.rpid ?? randomUUID()).toLowerCase();
    this.capability = options.capability ?? DEFAULT_CAPABILITY;
    this.minimum = options.minRunspaces ?? 1;
    this.maximum = options.maxRunspaces ?? 1;
    checkPoolSizes(this.minimum, this.maximum);
  }

  get minRunspaces(): number {
    return this.minimum;
  }
  get maxRunspaces(): number {
    return this.maximum;
  }
  get serverCapability(): SessionCapability | undefined {
    return this.serverCapabilityValue;
  }
  /** The server's APPLICATION_PRIVATE_DATA (a Primitive Dictionary), null until it arrives. */
  get applicationPrivateData(): unknown {
    return this.privateData;
  }
  get pipelines(): ReadonlyMap<string, ClientPipeline> {
    return this.pipelineTable;
  }

  /** BeforeOpen -> Opening: SESSION_CAPABILITY and INIT_RUNSPACEPOOL, for wxf:Create's creationXml. */
  open(): PoolStep {
    if (this.state !== 'BeforeOpen') throw new PsrpError('CannotOpenAgain', [this.state]);
    const step = this.transition('Opening');
    const { options } = this;
    step.send.push(
      this.toServer('SESSION_CAPABILITY', this.capability),
      this.toServer('INIT_RUNSPACEPOOL', {
        minRunspaces: this.minimum,
        maxRunspaces: this.maximum,
        psThreadOptions: options.psThreadOptions ?? 0,
        apartmentState: options.apartmentState ?? APARTMENT_STATE_UNKNOWN,
        hostInfo: options.hostInfo ?? NULL_HOST_INFO,
        applicationArguments: options.applicationArguments ?? null,
      }),
    );
    return step;
  }

  /**
   * -> Connecting with wxf:Connect (3.1.4.10.3): SESSION_CAPABILITY and CONNECT_RUNSPACEPOOL
   * for connectXml. From BeforeOpen for a pool another client session left disconnected (the
   * pool's rpid is its ShellId), or from Disconnected for this session's own pool. Without
   * sizes the server keeps the pool's own (2.2.2.29's default form).
   */
  connect(sizes: ConnectRunspacePool = {}): PoolStep {
    requirePoolState(this.state, ['BeforeOpen', 'Disconnected']);
    if (sizes.minRunspaces !== undefined && sizes.maxRunspaces !== undefined) checkPoolSizes(sizes.minRunspaces, sizes.maxRunspaces);
    const step = this.transition('Connecting');
    step.send.push(this.toServer('SESSION_CAPABILITY', this.capability), this.toServer('CONNECT_RUNSPACEPOOL', sizes));
    return step;
  }

  /** Opened -> Closing, before the I/O layer sends wxf:Delete (3.1.1.2.2). */
  close(): PoolStep {
    if (this.state === 'Closed' || this.state === 'Closing') return emptyStep();
    const step = this.transition('Closing');
    for (const pipeline of this.pipelineTable.values()) {
      if (pipeline.state === 'Running') this.forward(pipeline, pipeline.stop(), step);
    }
    return step;
  }

  /** wxf:DeleteResponse: Closing -> Closed, and any pipeline still going is stopped. */
  closed(): PoolStep {
    requirePoolState(this.state, ['Closing']);
    const step = emptyStep<ClientRunspacePoolEvent>();
    for (const pipeline of this.pipelineTable.values()) {
      if (pipeline.state === 'Stopping') this.forward(pipeline, pipeline.stopped(), step);
    }
    this.pipelineTable.clear();
    this.moveTo('Closed', step);
    return step;
  }

  /** The connection failed (a failed Delete, a transport error): -> Broken, pipelines fail. */
  fail(reason?: unknown): PoolStep {
    if (this.state === 'Closed' || this.state === 'Broken') return emptyStep();
    return this.breakPool(reason);
  }

  /** Opened -> Disconnecting, before wxf:Disconnect. */
  disconnect(): PoolStep {
    requirePoolState(this.state, ['Opened']);
    if (!protocolAtLeast(this.serverCapabilityValue, '2.2')) throw new PsrpError('DisconnectNotSupportedOnServer');
    return this.transition('Disconnecting');
  }

  /** wxf:DisconnectResponse: -> Disconnected, running pipelines too. */
  disconnected(): PoolStep {
    requirePoolState(this.state, ['Disconnecting']);
    const step = this.transition('Disconnected');
    for (const pipeline of this.pipelineTable.values()) this.forward(pipeline, pipeline.disconnected(), step);
    return step;
  }

  /**
   * Disconnected -> Connecting, before wxf:Reconnect (same client session, 3.1.4.10.2). An
   * Opened pool has nothing to reconnect (pypsrp sends Reconnect anyway; Windows accepts it).
   */
  reconnect(): PoolStep {
    if (this.state === 'Opened') return emptyStep();
    requirePoolState(this.state, ['Disconnected']);
    return this.transition('Connecting');
  }

  /** wxf:ReconnectResponse: -> Opened, disconnected pipelines run again. */
  reconnected(): PoolStep {
    if (this.state === 'Opened') return emptyStep();
    requirePoolState(this.state, ['Connecting']);
    const step = this.transition('Opened');
    for (const pipeline of this.pipelineTable.values()) this.forward(pipeline, pipeline.reconnected(), step);
    return step;
  }

  /**
   * SET_MAX_RUNSPACES. The server judges the size (3.2.1.2.9) and answers with
   * RUNSPACE_AVAILABILITY; the new size applies once it agrees.
   */
  setMaxRunspaces(maxRunspaces: number): PoolStep {
    return this.poolCall({ kind: 'SET_MAX_RUNSPACES', value: maxRunspaces }, (ci) => this.toServer('SET_MAX_RUNSPACES', { ci, maxRunspaces }));
  }

  setMinRunspaces(minRunspaces: number): PoolStep {
    return this.poolCall({ kind: 'SET_MIN_RUNSPACES', value: minRunspaces }, (ci) => this.toServer('SET_MIN_RUNSPACES', { ci, minRunspaces }));
  }

  getAvailableRunspaces(): PoolStep {
    return this.poolCall({ kind: 'GET_AVAILABLE_RUNSPACES' }, (ci) => this.toServer('GET_AVAILABLE_RUNSPACES', { ci }));
  }

  resetRunspaceState(): PoolStep {
    requirePoolState(this.state, ['Opened']);
    if (!protocolAtLeast(this.serverCapabilityValue, '2.3')) throw new PsrpError('ResetRunspaceStateNotSupportedOnServer');
    return this.poolCall({ kind: 'RESET_RUNSPACE_STATE' }, (ci) => this.toServer('RESET_RUNSPACE_STATE', { ci }));
  }

  /** PUBLIC_KEY (2.2.2.3): the client's RSA public key, base64 of the CAPI blob. */
  publicKey(publicKey: string): PoolStep {
    requirePoolState(this.state, ['Opened']);
    return { events: [], send: [this.toServer('PUBLIC_KEY', { publicKey })] };
  }

  /** The answer to a RUNSPACEPOOL_HOST_CALL; none for methods without a return value. */
  hostResponse(call: HostCall, result: { returnValue: unknown } | { exception: unknown }): PoolStep {
    requirePoolState(this.state, ['Opened']);
    if (!hostMethodReturnsValue(call.methodId)) return emptyStep();
    const payload = { ci: call.ci, methodId: call.methodId, ...result };
    return { events: [], send: [this.toServer('RUNSPACEPOOL_HOST_RESPONSE', payload)] };
  }

  /** A new pipeline (NotStarted) in this pool; its invoke() gives the CREATE_PIPELINE message. */
  createPipeline(payload: CreatePipeline, pid: string = randomUUID()): ClientPipeline {
    return this.addPipeline({ type: 'CREATE_PIPELINE', payload }, pid);
  }

  /** GET_COMMAND_METADATA runs like a pipeline (4.1.11): its replies come as PIPELINE_OUTPUT. */
  getCommandMetadata(payload: GetCommandMetadata, pid: string = randomUUID()): ClientPipeline {
    return this.addPipeline({ type: 'GET_COMMAND_METADATA', payload }, pid);
  }

  /**
   * wxf:Connect to one pipeline of a connected pool (3.1.4.10.3): a pipeline this session
   * disconnected runs again; one it never knew (found by wxf:Enumerate) joins the table, Running.
   */
  connectPipeline(pid: string): PoolStep {
    requirePoolState(this.state, ['Opened']);
    const known = this.pipelineTable.get(pid.toLowerCase());
    const step = emptyStep<ClientRunspacePoolEvent>();
    if (known !== undefined) {
      this.forward(known, known.reconnected(), step);
      return step;
    }
    const pipeline = new ClientPipeline(this.rpid, pid.toLowerCase(), undefined);
    this.pipelineTable.set(pipeline.pid, pipeline);
    return step;
  }

  /**
   * Starts a pipeline of this pool. Pipelines run only in an Opened pool (3.1.5.2); finished
   * pipelines leave the pipeline table.
   */
  invoke(pipeline: ClientPipeline): PoolStep {
    requirePoolState(this.state, ['Opened']);
    const step = emptyStep<ClientRunspacePoolEvent>();
    this.forward(pipeline, pipeline.invoke(), step);
    return step;
  }

  /** A whole message from the server (a RunspacePool message or one for one of its pipelines). */
  receive(received: Message): PoolStep {
    // 3.1.5.1: a Closed or Broken pool ignores whatever still arrives.
    if (this.state === 'Closed' || this.state === 'Broken') return emptyStep();
    if (received.destination !== Destination.Client) {
      throw new PsrpError('ReceivedUnsupportedAction', [received.type], 'a message for the server reached the client');
    }
    if (received.pid !== NIL_GUID && received.type !== 'RUNSPACEPOOL_STATE') return this.receiveForPipeline(received);
    const step = emptyStep<ClientRunspacePoolEvent>();
    switch (received.type) {
      case 'SESSION_CAPABILITY': {
        requirePoolState(this.state, ['Opening', 'Connecting']);
        const problem = negotiatedVersionProblem(received.payload);
        if (problem !== undefined) {
          const error = new PsrpError('ClientNegotiationFailed', [problem.name, problem.value, this.capability.psVersion, this.capability.protocolVersion]);
          return this.breakPool(error);
        }
        this.serverCapabilityValue = received.payload;
        return step;
      }
      case 'APPLICATION_PRIVATE_DATA':
        requirePoolState(this.state, ['Opening', 'Connecting', 'Opened']);
        this.privateData = received.payload.applicationPrivateData;
        step.events.push({ kind: 'applicationPrivateData', data: this.privateData });
        return step;
      case 'RUNSPACEPOOL_INIT_DATA':
        requirePoolState(this.state, ['Connecting']);
        this.minimum = received.payload.minRunspaces;
        this.maximum = received.payload.maxRunspaces;
        this.moveTo('Opened', step);
        return step;
      case 'RUNSPACEPOOL_STATE':
        return this.receiveState(received.payload.runspaceState, received.payload.exceptionAsErrorRecord);
      case 'RUNSPACE_AVAILABILITY': {
        requirePoolState(this.state, ['Opened']);
        const { ci, setMinMaxRunspacesResponse } = received.payload;
        const request = this.pendingCalls.get(ci);
        if (request === undefined) throw new PsrpError('ReceivedUnsupportedAction', [received.type], `no request with call id ${ci}`);
        this.pendingCalls.delete(ci);
        if (setMinMaxRunspacesResponse === true && request.kind === 'SET_MAX_RUNSPACES') this.maximum = request.value;
        if (setMinMaxRunspacesResponse === true && request.kind === 'SET_MIN_RUNSPACES') this.minimum = request.value;
        step.events.push({ kind: 'runspaceAvailability', ci, response: setMinMaxRunspacesResponse });
        return step;
      }
      case 'RUNSPACEPOOL_HOST_CALL':
        requirePoolState(this.state, ['Opened']);
        step.events.push({ kind: 'hostCall', call: received.payload });
        return step;
      case 'USER_EVENT':
        requirePoolState(this.state, ['Opened']);
        step.events.push({ kind: 'userEvent', event: received.payload });
        return step;
      case 'PUBLIC_KEY_REQUEST':
        requirePoolState(this.state, ['Opened']);
        step.events.push({ kind: 'publicKeyRequest' });
        return step;
      case 'ENCRYPTED_SESSION_KEY':
        requirePoolState(this.state, ['Opened']);
        step.events.push({ kind: 'encryptedSessionKey', encryptedSessionKey: received.payload.encryptedSessionKey });
        return step;
      default:
        throw new PsrpError('ReceivedUnsupportedAction', [received.type]);
    }
  }

  private receiveState(value: number, reason: unknown): PoolStep {
    const name = runspacePoolStateName(value);
    if (name === undefined) throw new PsrpError('ReceivedUnsupportedDataType', [`RunspaceState ${value}`]);
    const step = emptyStep<ClientRunspacePoolEvent>();
    switch (name) {
      case 'Opened':
        requirePoolState(this.state, ['Opening', 'Connecting', 'Opened']);
        this.moveTo('Opened', step);
        return step;
      case 'Broken':
        return this.breakPool(reason);
      case 'Closed':
        this.pipelineTable.clear();
        this.moveTo('Closed', step, reason);
        return step;
      default:
        // The intermediate states (Opening, NegotiationSent...) change nothing on the client.
        return step;
    }
  }

  private receiveForPipeline(received: Message): PoolStep {
    const pipeline = this.pipelineTable.get(received.pid);
    const step = emptyStep<ClientRunspacePoolEvent>();
    if (pipeline === undefined) {
      requirePoolState(this.state, ['Opened', 'Closing', 'Disconnecting']);
      step.events.push({ kind: 'unroutedMessage', message: received });
      return step;
    }
    this.forward(pipeline, pipeline.receive(received), step);
    return step;
  }

  private addPipeline(invocation: PipelineInvocation, pid: string): ClientPipeline {
    requirePoolState(this.state, ['Opened']);
    const pipeline = new ClientPipeline(this.rpid, pid.toLowerCase(), invocation);
    this.pipelineTable.set(pipeline.pid, pipeline);
    return pipeline;
  }

  /**
   * Passes a pipeline's own step (from input(), stop(), hostResponse()...) through the pool, so
   * finished pipelines leave the pipeline table (3.1.1.3.2).
   */
  forward(pipeline: ClientPipeline, pipelineStep: Step<ClientPipelineEvent>, step: PoolStep = emptyStep()): PoolStep {
    return forwardPipelineStep(this.pipelineTable, pipeline, pipelineStep, step, (event) => ({ kind: 'pipeline', pipeline, event }));
  }


  private poolCall(request: PoolRequest, build: (ci: bigint) => Message): PoolStep {
    requirePoolState(this.state, ['Opened']);
    const ci = this.nextCallId++;
    this.pendingCalls.set(ci, request);
    return { events: [], send: [build(ci)] };
  }

  private breakPool(reason: unknown): PoolStep {
    const step = emptyStep<ClientRunspacePoolEvent>();
    for (const pipeline of this.pipelineTable.values()) this.forward(pipeline, pipeline.fail(reason), step);
    this.pipelineTable.clear();
    this.moveTo('Broken', step, reason);
    return step;
  }

  private toServer<T extends MessageTypeName>(type: T, payload: Payloads[T]): Message {
    return message(type, Destination.Server, this.rpid, NIL_GUID, payload) as Message;
  }

}

function checkPoolSizes(min: number, max: number): void {
  if (min < 1) throw new PsrpError('MinPoolLessThan1');
  if (max < 1) throw new PsrpError('MaxPoolLessThan1');
  if (min > max) throw new PsrpError('MinPoolGreaterThanMaxPool');
}
