/**
 * Replays a capture against psh's client state machines: every request the recorded client
 * (pypsrp) made is re-made through the ClientRunspacePool / ClientPipeline API, and the
 * messages they produce must equal the recorded ones; every Windows response is fed back in.
 * What the machines report is collected for the tests to check.
 */
import * as assert from 'uvu/assert';
import { ClientPipeline } from '../../../src/remoting/psrp/client-pipeline.js';
import { ClientRunspacePool, type ClientRunspacePoolEvent } from '../../../src/remoting/psrp/client-runspace-pool.js';
import { writeGuid } from '../../../src/remoting/psrp/guid.js';
import { parseMessage } from '../../../src/remoting/psrp/message-codec.js';
import type { Message } from '../../../src/remoting/psrp/messages.js';
import type { Step } from '../../../src/remoting/psrp/step.js';
import { captureEnvelopes, captureMessages } from './captures.js';

export interface ClientReplay {
  /** Pools by ShellId (upper case). */
  readonly pools: Map<string, ClientRunspacePool>;
  /** "<ShellId prefix> <previous>-><state>" and "<pid prefix> <previous>-><state>" lines, in order. */
  readonly transitions: string[];
  /** Every event the pools reported. */
  readonly events: ClientRunspacePoolEvent[];
}

const WSMAN_ACTION = (action: string): string => action.slice(action.lastIndexOf('/') + 1);

export function replayClient(name: string): ClientReplay {
  const messages = captureMessages(name).map((m) => ({ ...m, message: parseMessage(m.bytes) }));
  const pools = new Map<string, ClientRunspacePool>();
  const transitions: string[] = [];
  const events: ClientRunspacePoolEvent[] = [];
  const record = (step: Step<ClientRunspacePoolEvent>, expected?: readonly Message[]): void => {
    if (expected !== undefined) assert.equal(step.send, expected, `${name}: messages sent`);
    for (const event of step.events) {
      events.push(event);
      if (event.kind === 'state') transitions.push(`pool ${event.previous}->${event.state}`);
      if (event.kind === 'pipeline' && event.event.kind === 'state') {
        transitions.push(`pipeline ${event.event.previous}->${event.event.state}`);
      }
    }
  };
  const pipelineOf = (pool: ClientRunspacePool, pid: string): ClientPipeline => {
    const pipeline = pool.pipelines.get(pid);
    assert.ok(pipeline, `${name}: pipeline ${pid} unknown`);
    return pipeline;
  };

  for (const envelope of captureEnvelopes(name)) {
    const action = WSMAN_ACTION(envelope.info.action);
    const sent = messages.filter((m) => m.index === envelope.index && m.direction === envelope.direction).map((m) => m.message);
    const request = envelope.direction === 'request' ? envelope : envelope.request;
    const shellId = request?.info.shellId?.toUpperCase() ?? '';
    let pool = pools.get(shellId);
    const commandId = pool === undefined ? undefined : pipelineIdOf(pool, request?.info.commandId);

    if (envelope.direction === 'response') {
      if (pool === undefined) continue;
      // Windows may create the shell under another id than the one the client asked for.
      const createdId = action === 'CreateResponse' ? envelope.info.shellId?.toUpperCase() : undefined;
      if (createdId !== undefined) pools.set(createdId, pool);
      for (const message of sent) record(pool.receive(message));
      if (action === 'DeleteResponse' && commandId === undefined) record(pool.closed());
      if (action === 'DisconnectResponse') record(pool.disconnected());
      if (action === 'ReconnectResponse') record(pool.reconnected());
      if (action === 'SignalResponse' && commandId !== undefined && pool.pipelines.has(commandId)) {
        const pipeline = pipelineOf(pool, commandId);
        record(pool.forward(pipeline, pipeline.stopped()));
      }
      continue;
    }

    switch (action) {
      case 'Create': {
        if (sent.length === 0) break; // a WinRS shell
        const [capability, init] = sent;
        assert.is(capability?.type, 'SESSION_CAPABILITY');
        assert.is(init?.type, 'INIT_RUNSPACEPOOL');
        if (capability?.type !== 'SESSION_CAPABILITY' || init?.type !== 'INIT_RUNSPACEPOOL') break;
        pool = new ClientRunspacePool({ rpid: capability.rpid, capability: capability.payload, ...init.payload });
        pools.set(shellId, pool);
        record(pool.open(), sent);
        break;
      }
      case 'Connect': {
        if (sent.length > 0) {
          const capability = sent[0]!;
          pool ??= new ClientRunspacePool({ rpid: capability.rpid, capability: capability.type === 'SESSION_CAPABILITY' ? capability.payload : undefined });
          pools.set(shellId, pool);
          record(pool.connect(), sent);
        } else if (pool !== undefined && commandId !== undefined) {
          record(pool.connectPipeline(commandId));
        }
        break;
      }
      // A CREATE_PIPELINE too big for wxf:Command completes in a later wxf:Send.
      case 'Command':
      case 'Send':
        if (pool === undefined) break;
        for (const message of sent) record(sendThroughApi(pool, message, pipelineOf), [message]);
        break;
      case 'Signal':
        if (pool !== undefined && commandId !== undefined && pool.pipelines.has(commandId)) {
          const pipeline = pipelineOf(pool, commandId);
          record(pool.forward(pipeline, pipeline.stop()));
        }
        break;
      case 'Delete':
        if (pool !== undefined && commandId === undefined) record(pool.close());
        break;
      case 'Disconnect':
        if (pool !== undefined) record(pool.disconnect());
        break;
      case 'Reconnect':
        if (pool !== undefined) record(pool.reconnect());
        break;
    }
  }
  return { pools, transitions, events };
}

/**
 * The pid of the pipeline a CommandId names. pypsrp wrote its GUIDs in the wrong byte order, so
 * the CommandId can be the pid's bytes read the other way (README of the captures).
 */
function pipelineIdOf(pool: ClientRunspacePool, commandId: string | undefined): string | undefined {
  if (commandId === undefined) return undefined;
  const id = commandId.toLowerCase();
  if (pool.pipelines.has(id)) return id;
  const bytes = new Uint8Array(16);
  writeGuid(id, bytes, 0);
  const swapped = Buffer.from(bytes).toString('hex');
  const asWritten = `${swapped.slice(0, 8)}-${swapped.slice(8, 12)}-${swapped.slice(12, 16)}-${swapped.slice(16, 20)}-${swapped.slice(20)}`;
  return pool.pipelines.has(asWritten) ? asWritten : id;
}

/** Makes the message the recorded client sent through the matching API call. */
function sendThroughApi(
  pool: ClientRunspacePool,
  message: Message,
  pipelineOf: (pool: ClientRunspacePool, pid: string) => ClientPipeline,
): Step<ClientRunspacePoolEvent> {
  switch (message.type) {
    case 'CREATE_PIPELINE':
      return pool.invoke(pool.createPipeline(message.payload, message.pid));
    case 'GET_COMMAND_METADATA':
      return pool.invoke(pool.getCommandMetadata(message.payload, message.pid));
    case 'PIPELINE_INPUT':
      return pool.forward(pipelineOf(pool, message.pid), pipelineOf(pool, message.pid).input(message.payload.value));
    case 'END_OF_PIPELINE_INPUT':
      return pool.forward(pipelineOf(pool, message.pid), pipelineOf(pool, message.pid).endInput());
    case 'PIPELINE_HOST_RESPONSE': {
      const { ci, methodId, ...result } = message.payload;
      const call = { ci, methodId, parameters: [] };
      const pipeline = pipelineOf(pool, message.pid);
      return pool.forward(pipeline, pipeline.hostResponse(call, 'exception' in result ? { exception: result.exception } : { returnValue: result.returnValue }));
    }
    case 'SET_MAX_RUNSPACES':
      return pool.setMaxRunspaces(message.payload.maxRunspaces);
    case 'SET_MIN_RUNSPACES':
      return pool.setMinRunspaces(message.payload.minRunspaces);
    case 'GET_AVAILABLE_RUNSPACES':
      return pool.getAvailableRunspaces();
    case 'RESET_RUNSPACE_STATE':
      return pool.resetRunspaceState();
    case 'PUBLIC_KEY':
      return pool.publicKey(message.payload.publicKey);
    default:
      throw new Error(`no client API sends ${message.type}`);
  }
}
