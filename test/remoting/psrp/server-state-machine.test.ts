import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseMessage } from '../../../src/remoting/psrp/message-codec.js';
import type { Message } from '../../../src/remoting/psrp/messages.js';
import { streamOfMessage } from '../../../src/remoting/psrp/pipeline-streams.js';
import { ClientRunspacePool } from '../../../src/remoting/psrp/client-runspace-pool.js';
import { ServerPipeline } from '../../../src/remoting/psrp/server-pipeline.js';
import { ServerRunspacePool, type ServerRunspacePoolEvent } from '../../../src/remoting/psrp/server-runspace-pool.js';
import type { Step } from '../../../src/remoting/psrp/step.js';
import { captureEnvelopes, captureMessages, captureNames } from './captures.js';
import { throwsPsrp } from './assert-psrp.js';

interface ServerReplay {
  readonly pools: Map<string, ServerRunspacePool>;
  /** What psh's server would have sent, per pool, in order. */
  readonly produced: Map<string, Message[]>;
  /** What Windows sent, per pool, in order. */
  readonly recorded: Map<string, Message[]>;
  readonly events: ServerRunspacePoolEvent[];
}

/**
 * Feeds the requests of a capture to ServerRunspacePool and plays the higher layer from the
 * recorded responses (the objects Windows' engine produced), collecting what the state machines
 * send. Protocol-level answers (SESSION_CAPABILITY, RUNSPACE_AVAILABILITY for pool sizes, the
 * Opened state, PIPELINE_STATE) come from the machines themselves.
 */
function replayServer(name: string): ServerReplay {
  const messages = captureMessages(name).map((m) => ({ ...m, message: parseMessage(m.bytes) }));
  const pools = new Map<string, ServerRunspacePool>();
  const produced = new Map<string, Message[]>();
  const recorded = new Map<string, Message[]>();
  const events: ServerRunspacePoolEvent[] = [];
  const pipelines = new Map<string, ServerPipeline>();
  const pendingAvailable: bigint[] = [];
  // What Windows' engine decided (its protocol version, its private data) is configuration
  // for psh's server: take it from the recorded responses.
  const first = <T extends Message['type']>(type: T) => messages.find((m) => m.direction === 'response' && m.message.type === type)?.message as Extract<Message, { type: T }> | undefined;
  const options = {
    capability: first('SESSION_CAPABILITY')?.payload,
    applicationPrivateData: first('APPLICATION_PRIVATE_DATA')?.payload.applicationPrivateData,
  };
  for (const envelope of captureEnvelopes(name)) {
    const request = envelope.direction === 'request' ? envelope : envelope.request;
    const shellId = request?.info.shellId?.toUpperCase() ?? '';
    const action = envelope.info.action.slice(envelope.info.action.lastIndexOf('/') + 1);
    const here = messages.filter((m) => m.index === envelope.index && m.direction === envelope.direction).map((m) => m.message);
    let pool = pools.get(shellId);
    const out = (): Message[] => produced.get(shellId) ?? (produced.set(shellId, []), produced.get(shellId)!);
    const take = (step: Step<ServerRunspacePoolEvent>): void => {
      out().push(...step.send);
      for (const event of step.events) {
        events.push(event);
        if (event.kind === 'pipelineCreated') {
          pipelines.set(event.pipeline.pid, event.pipeline);
          take(pool!.forward(event.pipeline, event.pipeline.start()));
        }
        if (event.kind === 'getAvailableRunspaces') pendingAvailable.push(event.ci);
      }
    };
    if (envelope.direction === 'request') {
      if (here.length === 0 && action !== 'Disconnect' && action !== 'Reconnect' && action !== 'Delete') continue;
      if (pool === undefined && here.length > 0) {
        pool = new ServerRunspacePool(options);
        pools.set(shellId, pool);
      }
      if (pool === undefined) continue;
      if (action === 'Disconnect') take(pool.disconnect());
      if (action === 'Reconnect' && pool.state === 'Disconnected') take(pool.reconnect());
      if (action === 'Delete' && request?.info.commandId === undefined) take(pool.close());
      for (const message of here) take(pool.receive(message));
      continue;
    }
    if (pool === undefined) continue;
    // Windows may create the shell under another id than the one the client asked for.
    const createdId = action === 'CreateResponse' ? envelope.info.shellId?.toUpperCase() : undefined;
    if (createdId !== undefined && createdId !== shellId) {
      pools.set(createdId, pool);
      produced.set(createdId, out());
    }
    for (const message of here) {
      (recorded.get(shellId) ?? (recorded.set(shellId, []), recorded.get(shellId)!)).push(message);
      const pipeline = pipelines.get(message.pid);
      switch (message.type) {
        case 'APPLICATION_PRIVATE_DATA':
          if (pool.state === 'Opening') take(pool.opened());
          break;
        case 'RUNSPACE_AVAILABILITY':
          if (typeof message.payload.setMinMaxRunspacesResponse === 'bigint') {
            assert.is(pendingAvailable.shift(), message.payload.ci);
            take(pool.availableRunspaces(message.payload.ci, message.payload.setMinMaxRunspacesResponse));
          } else if (events.some((e) => e.kind === 'resetRunspaceState' && e.ci === message.payload.ci)) {
            take(pool.runspaceStateReset(message.payload.ci, message.payload.setMinMaxRunspacesResponse));
          }
          break;
        case 'PIPELINE_OUTPUT':
        case 'ERROR_RECORD':
        case 'DEBUG_RECORD':
        case 'VERBOSE_RECORD':
        case 'WARNING_RECORD':
        case 'PROGRESS_RECORD':
        case 'INFORMATION_RECORD': {
          if (pipeline === undefined) break; // records of pipelines the client did not create
          take(pool.forward(pipeline, pipeline.write(streamOfMessage(message.type)!, message.payload.value)));
          break;
        }
        case 'ENCRYPTED_SESSION_KEY':
          assert.ok(events.some((e) => e.kind === 'publicKey'));
          take(pool.encryptedSessionKey(message.payload.encryptedSessionKey));
          break;
        case 'PIPELINE_HOST_CALL':
          if (pipeline !== undefined) take(pool.forward(pipeline, pipeline.hostCall(message.payload.methodId, message.payload.parameters)));
          break;
        case 'PIPELINE_STATE': {
          if (pipeline === undefined) break;
          const { pipelineState, exceptionAsErrorRecord } = message.payload;
          if (pipelineState === 4) take(pool.forward(pipeline, pipeline.complete()));
          if (pipelineState === 5) take(pool.forward(pipeline, pipeline.fail(exceptionAsErrorRecord)));
          if (pipelineState === 3) {
            take(pool.forward(pipeline, pipeline.stop()));
            take(pool.forward(pipeline, pipeline.stopped(exceptionAsErrorRecord)));
          }
          break;
        }
      }
    }
  }
  return { pools, produced, recorded, events };
}

const psrpCaptures = captureNames().filter((name) => captureMessages(name).length > 0);

test('every capture replays through the server state machines, which send what Windows sent', () => {
  let compared = 0;
  for (const name of psrpCaptures) {
    let replay: ServerReplay;
    try {
      replay = replayServer(name);
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`);
    }
    const usesConnect = captureEnvelopes(name).some((e) => e.info.action.endsWith('/Connect'));
    for (const [shellId, recorded] of replay.recorded) {
      const produced = replay.produced.get(shellId) ?? [];
      if (usesConnect) {
        // After wxf:Connect, Windows sends APPLICATION_PRIVATE_DATA or repeats the Opened state.
        assert.equal(new Set(produced.map((m) => m.type)).has('RUNSPACEPOOL_INIT_DATA'), true, name);
        continue;
      }
      // Messages for pipelines the client never created (nested pipelines) have no counterpart.
      const routed = recorded.filter((m) => m.pid === '00000000-0000-0000-0000-000000000000' || produced.some((p) => p.pid === m.pid));
      assert.equal(produced.map((m) => m.type), routed.map((m) => m.type), `${name} ${shellId}`);
      assert.equal(produced, routed, `${name} ${shellId}`);
      compared += routed.length;
    }
  }
  assert.ok(compared > 350, `only ${compared} messages compared`);
});

test('open: capability reply, then APPLICATION_PRIVATE_DATA and Opened once the runspaces exist', () => {
  const { pools, events } = replayServer('test_psrp_open_runspace.json');
  const [pool] = pools.values();
  assert.is(pool!.state, 'Closed');
  assert.equal(
    events.filter((e) => e.kind === 'state').map((e) => (e.kind === 'state' ? `${e.previous}->${e.state}` : '')),
    ['BeforeOpen->Opening', 'Opening->Opened', 'Opened->Closed'],
  );
  const init = events.find((e) => e.kind === 'initRunspacePool');
  assert.ok(init && init.kind === 'initRunspacePool' && init.init.maxRunspaces === 1);
});

test('pool sizes: the server answers SET_MAX/SET_MIN itself and refuses sizes below 1', () => {
  const { pools, events } = replayServer('test_psrp_set_runspaces.json');
  const [pool] = pools.values();
  assert.is(pool!.minRunspaces, 2);
  assert.is(pool!.maxRunspaces, 5);
  assert.equal(
    events.filter((e) => e.kind === 'runspacesChanged').map((e) => (e.kind === 'runspacesChanged' ? [e.minRunspaces, e.maxRunspaces] : [])),
    [[1, 5], [2, 5]],
  );
});

test('input reaches the server pipeline in order (test_psrp_with_input)', () => {
  const { events } = replayServer('test_psrp_with_input.json');
  const input = events.flatMap((e) => (e.kind === 'pipeline' && e.event.kind === 'input' ? [e.event.value] : []));
  assert.ok(input.length > 0);
  assert.ok(events.some((e) => e.kind === 'pipeline' && e.event.kind === 'endOfInput'));
});

test('disconnect and connect: RUNSPACEPOOL_INIT_DATA carries the pool sizes', () => {
  const { pools, produced } = replayServer('test_psrp_disconnect_runspaces.json');
  for (const [shellId, pool] of pools) {
    assert.is(pool.state, 'Closed');
    const init = produced.get(shellId)!.find((m) => m.type === 'RUNSPACEPOOL_INIT_DATA');
    assert.equal(init?.payload, { minRunspaces: 1, maxRunspaces: 1 });
  }
});


test('server: invalid transitions and out-of-order messages are typed errors', () => {
  const pool = new ServerRunspacePool();
  const rpid = '11111111-2222-3333-4444-555555555555';
  const nil = '00000000-0000-0000-0000-000000000000';
  const base = { destination: 2, rpid, pid: nil } as const;
  throwsPsrp(() => pool.opened(), 'InvalidRunspacePoolState');
  throwsPsrp(() => pool.disconnect(), 'InvalidRunspacePoolState');
  // INIT_RUNSPACEPOOL before the capabilities were exchanged.
  const init = { ...base, type: 'INIT_RUNSPACEPOOL', payload: { minRunspaces: 1, maxRunspaces: 1, psThreadOptions: 0, apartmentState: 2, hostInfo: { isHostNull: true, isHostUINull: true, isHostRawUINull: true, useRunspaceHost: true }, applicationArguments: null } } as const;
  throwsPsrp(() => pool.receive(init), 'ReceivedUnsupportedAction');
  throwsPsrp(() => pool.receive({ ...base, type: 'SESSION_CAPABILITY', payload: { protocolVersion: '3.0', psVersion: '2.0', serializationVersion: '1.1.0.1' } }), 'ServerNegotiationFailed');
  pool.receive({ ...base, type: 'SESSION_CAPABILITY', payload: { protocolVersion: '2.3', psVersion: '2.0', serializationVersion: '1.1.0.1' } });
  pool.receive(init);
  throwsPsrp(() => pool.receive({ ...base, type: 'GET_AVAILABLE_RUNSPACES', payload: { ci: 1n } }), 'InvalidRunspacePoolState');
  pool.opened();
  throwsPsrp(() => pool.receive({ ...base, rpid: nil, type: 'GET_AVAILABLE_RUNSPACES', payload: { ci: 1n } }), 'ReceivedUnsupportedAction');
  throwsPsrp(() => pool.receive({ ...base, type: 'PIPELINE_INPUT', pid: rpid, payload: { value: 1 } }), 'ReceivedUnsupportedAction');
  const created = pool.receive({ ...base, pid: rpid, type: 'GET_COMMAND_METADATA', payload: { name: null, commandType: 8, namespace: null, argumentList: null } });
  const event = created.events[0];
  assert.ok(event?.kind === 'pipelineCreated');
  const pipeline = event.pipeline;
  throwsPsrp(() => pipeline.complete(), 'InvalidPipelineStateStateGeneral');
  throwsPsrp(() => pool.receive({ ...base, type: 'PIPELINE_INPUT', pid: rpid, payload: { value: 1 } }), 'ReceivedUnsupportedAction');
  pool.forward(pipeline, pipeline.start());
  const done = pool.forward(pipeline, pipeline.complete());
  assert.equal(done.send.map((m) => [m.type, m.destination, m.pid]), [['PIPELINE_STATE', 1, rpid]]);
  assert.is(pool.pipelines.size, 0);
  throwsPsrp(() => pipeline.write('Output', 1), 'InvalidPipelineStateStateGeneral');
  const broken = pool.broken('engine failure');
  assert.equal(broken.send.map((m) => m.type), ['RUNSPACEPOOL_STATE']);
  assert.is(pool.state, 'Broken');
  assert.equal(pool.receive(init), { events: [], send: [] });
});

test('host calls: void methods get call id -100 and no answer, others fresh ids and an answer', () => {
  const rpid = '11111111-2222-3333-4444-555555555555';
  const pid = '66666666-7777-8888-9999-000000000000';
  const server = new ServerPipeline(rpid, pid, { type: 'GET_COMMAND_METADATA', payload: { name: null, commandType: 8, namespace: null, argumentList: null } });
  server.start();
  const calls = [6, 11, 16, 26].map((methodId) => server.hostCall(methodId, ['x']).send[0]!);
  assert.equal(calls.map((m) => (m.type === 'PIPELINE_HOST_CALL' ? m.payload.ci : undefined)), [-100n, 1n, -100n, 2n]);
  const client = new ClientRunspacePool({ rpid });
  const nil = '00000000-0000-0000-0000-000000000000';
  client.open();
  client.receive({ type: 'RUNSPACEPOOL_STATE', destination: 1, rpid, pid: nil, payload: { runspaceState: 2 } });
  const pipeline = client.getCommandMetadata({ name: null, commandType: 8, namespace: null, argumentList: null }, pid);
  client.invoke(pipeline);
  const answers = calls.map((call) => {
    const received = client.receive(call).events[0];
    assert.ok(received?.kind === 'pipeline' && received.event.kind === 'hostCall');
    return pipeline.hostResponse(received.event.call, { returnValue: 'typed' }).send;
  });
  assert.equal(answers.map((sent) => sent.length), [0, 1, 0, 1]);
  const [reply] = answers[1]!;
  assert.equal(reply, { type: 'PIPELINE_HOST_RESPONSE', destination: 2, rpid, pid, payload: { ci: 1n, methodId: 11, returnValue: 'typed' } });
  assert.equal(server.receive(reply!).events, [{ kind: 'hostResponse', response: { ci: 1n, methodId: 11, returnValue: 'typed' } }]);
});

test.run();
