import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ClientRunspacePool } from '../../../src/remoting/psrp/client-runspace-pool.js';
import { captureNames, captureMessages } from './captures.js';
import { replayClient } from './replay.js';
import { throwsPsrp } from './assert-psrp.js';

const psrpCaptures = captureNames().filter((name) => captureMessages(name).length > 0);

test('every capture with PSRP traffic replays through the client state machines', () => {
  assert.ok(psrpCaptures.length > 40, `only ${psrpCaptures.length} captures`);
  for (const name of psrpCaptures) {
    try {
      replayClient(name);
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`);
    }
  }
});

test('open and close (test_psrp_open_runspace)', () => {
  const { pools, transitions, events } = replayClient('test_psrp_open_runspace.json');
  assert.equal(transitions, ['pool BeforeOpen->Opening', 'pool Opening->Opened', 'pool Opened->Closing', 'pool Closing->Closed']);
  const [pool] = pools.values();
  assert.is(pool!.serverCapability?.protocolVersion, '2.3');
  assert.ok(events.some((e) => e.kind === 'applicationPrivateData'));
});

test('run a pipeline to completion (test_psrp_multiple_commands)', () => {
  const { transitions, events } = replayClient('test_psrp_multiple_commands.json');
  assert.ok(transitions.includes('pipeline NotStarted->Running'));
  assert.ok(transitions.includes('pipeline Running->Completed'));
  assert.is(transitions.at(-1), 'pool Closing->Closed');
  const outputs = events.filter((e) => e.kind === 'pipeline' && e.event.kind === 'stream' && e.event.stream === 'Output');
  assert.ok(outputs.length > 0);
});

test('a failing pipeline ends Failed with its ErrorRecord (test_psrp_error_failed)', () => {
  const { events } = replayClient('test_psrp_error_failed.json');
  const failed = events.find((e) => e.kind === 'pipeline' && e.event.kind === 'state' && e.event.state === 'Failed');
  assert.ok(failed && failed.kind === 'pipeline' && failed.event.kind === 'state' && failed.event.reason !== undefined);
});

test('disconnect, reconnect, connect from Disconnected (test_psrp_disconnect_runspaces)', () => {
  const { pools, transitions } = replayClient('test_psrp_disconnect_runspaces.json');
  assert.is(pools.size, 2);
  for (const pool of pools.values()) assert.is(pool.state, 'Closed');
  const first = transitions.slice(0, 8);
  assert.equal(first, [
    'pool BeforeOpen->Opening',
    'pool Opening->Opened',
    'pool Opened->Disconnecting',
    'pool Disconnecting->Disconnected',
    'pool Disconnected->Connecting',
    'pool Connecting->Opened',
    'pool Opened->Disconnecting',
    'pool Disconnecting->Disconnected',
  ]);
  // wxf:Connect: SESSION_CAPABILITY + CONNECT_RUNSPACEPOOL out, RUNSPACEPOOL_INIT_DATA opens the pool.
  assert.ok(transitions.includes('pool Disconnected->Connecting'));
});

test('pipelines survive a disconnect and finish after wxf:Connect (test_psrp_disconnected_commands)', () => {
  const { pools, transitions } = replayClient('test_psrp_disconnected_commands.json');
  assert.is(transitions.filter((t) => t === 'pipeline Running->Disconnected').length, 2);
  assert.is(transitions.filter((t) => t === 'pipeline Disconnected->Running').length, 2);
  assert.is(transitions.filter((t) => t === 'pipeline Running->Completed').length, 2);
  for (const pool of pools.values()) {
    assert.is(pool.state, 'Closed');
    assert.is(pool.pipelines.size, 0);
  }
});

test('stopping a long-running pipeline (test_psrp_long_running_cmdlet)', () => {
  const { transitions } = replayClient('test_psrp_long_running_cmdlet.json');
  assert.ok(transitions.includes('pipeline Running->Stopping') || transitions.includes('pipeline Running->Completed'), transitions.join('\n'));
});

test('pool requests are answered by call id (test_psrp_set_runspaces)', () => {
  const { events, pools } = replayClient('test_psrp_set_runspaces.json');
  const answers = events.flatMap((e) => (e.kind === 'runspaceAvailability' ? [[e.ci, e.response]] : []));
  // Windows refuses the sizes below 1 that pypsrp asks for; the available count is a Signed Long.
  assert.equal(answers, [
    [0n, 1n],
    [1n, true],
    [2n, 5n],
    [3n, true],
    [4n, false],
    [5n, false],
  ]);
  const [pool] = pools.values();
  assert.is(pool!.minRunspaces, 2);
  assert.is(pool!.maxRunspaces, 5);
  assert.is(pool!.state, 'Closed');
});

test('pipeline host calls reach the client (test_psrp_pshost_methods)', () => {
  const { events } = replayClient('test_psrp_pshost_methods.json');
  const calls = events.filter((e) => e.kind === 'pipeline' && e.event.kind === 'hostCall');
  assert.is(calls.length, 1);
});


test('invalid transitions are typed errors', () => {
  const pool = new ClientRunspacePool();
  throwsPsrp(() => pool.disconnect(), 'InvalidRunspacePoolState');
  throwsPsrp(() => pool.setMaxRunspaces(2), 'InvalidRunspacePoolState');
  throwsPsrp(() => pool.closed(), 'InvalidRunspacePoolState');
  pool.open();
  throwsPsrp(() => pool.open(), 'CannotOpenAgain');
  throwsPsrp(() => pool.createPipeline({} as never), 'InvalidRunspacePoolState');
  throwsPsrp(() => new ClientRunspacePool({ minRunspaces: 3, maxRunspaces: 2 }), 'MinPoolGreaterThanMaxPool');
  throwsPsrp(() => new ClientRunspacePool({ maxRunspaces: 0 }), 'MaxPoolLessThan1');
});

test('messages in the wrong state or for the wrong side are typed errors; a closed pool ignores them', () => {
  const pool = new ClientRunspacePool();
  const [, init] = new ClientRunspacePool({ rpid: pool.rpid }).open().send;
  const opened = { type: 'RUNSPACEPOOL_STATE', destination: 1, rpid: pool.rpid, pid: '00000000-0000-0000-0000-000000000000', payload: { runspaceState: 2 } } as const;
  // RUNSPACEPOOL_STATE Opened before the pool was opened.
  throwsPsrp(() => pool.receive(opened), 'InvalidRunspacePoolState');
  pool.open();
  throwsPsrp(() => pool.receive(init!), 'ReceivedUnsupportedAction');
  throwsPsrp(() => pool.receive({ ...opened, payload: { runspaceState: 42 } }), 'ReceivedUnsupportedDataType');
  const orphan = { ...opened, pid: '11111111-1111-1111-1111-111111111111', type: 'PIPELINE_OUTPUT', payload: { value: 1 } } as const;
  throwsPsrp(() => pool.receive(orphan), 'InvalidRunspacePoolState');
  pool.receive(opened);
  assert.is(pool.state, 'Opened');
  // Messages for pipelines the pool does not know are dropped, and reported.
  assert.equal(pool.receive(orphan).events, [{ kind: 'unroutedMessage', message: orphan }]);
  throwsPsrp(() => pool.receive({ ...opened, type: 'RUNSPACE_AVAILABILITY', payload: { ci: 99n, setMinMaxRunspacesResponse: true } }), 'ReceivedUnsupportedAction');
  const closing = pool.close();
  assert.equal(closing.events, [{ kind: 'state', previous: 'Opened', state: 'Closing' }]);
  pool.closed();
  assert.equal(pool.receive(opened), { events: [], send: [] });
});

test('Broken from the server fails the running pipelines', () => {
  const pool = new ClientRunspacePool();
  pool.open();
  const nil = '00000000-0000-0000-0000-000000000000';
  pool.receive({ type: 'RUNSPACEPOOL_STATE', destination: 1, rpid: pool.rpid, pid: nil, payload: { runspaceState: 2 } });
  const pipeline = pool.createPipeline({ noInput: false } as never);
  pool.invoke(pipeline);
  assert.is(pipeline.state, 'Running');
  throwsPsrp(() => pipeline.invoke(), 'InvalidPipelineStateStateGeneral');
  const step = pool.receive({ type: 'RUNSPACEPOOL_STATE', destination: 1, rpid: pool.rpid, pid: nil, payload: { runspaceState: 5, exceptionAsErrorRecord: 'boom' } });
  assert.is(pool.state, 'Broken');
  assert.is(pipeline.state, 'Failed');
  assert.equal(step.events.map((e) => e.kind), ['pipeline', 'state']);
  throwsPsrp(() => pipeline.input(1), 'InvalidPipelineStateStateGeneral');
});

test('features the server protocol lacks are refused with pwsh\'s errors', () => {
  const nil = '00000000-0000-0000-0000-000000000000';
  const open = (protocolVersion: string): ClientRunspacePool => {
    const pool = new ClientRunspacePool();
    pool.open();
    pool.receive({ type: 'SESSION_CAPABILITY', destination: 1, rpid: nil, pid: nil, payload: { protocolVersion, psVersion: '2.0', serializationVersion: '1.1.0.1' } });
    pool.receive({ type: 'RUNSPACEPOOL_STATE', destination: 1, rpid: pool.rpid, pid: nil, payload: { runspaceState: 2 } });
    return pool;
  };
  throwsPsrp(() => open('2.1').disconnect(), 'DisconnectNotSupportedOnServer');
  throwsPsrp(() => open('2.2').resetRunspaceState(), 'ResetRunspaceStateNotSupportedOnServer');
  assert.is(open('2.2').disconnect().events.length, 1);
  assert.is(open('2.3').resetRunspaceState().send[0]!.type, 'RESET_RUNSPACE_STATE');
  // A server speaking another major protocol version breaks the pool.
  const pool = new ClientRunspacePool();
  pool.open();
  const step = pool.receive({ type: 'SESSION_CAPABILITY', destination: 1, rpid: nil, pid: nil, payload: { protocolVersion: '3.0', psVersion: '2.0', serializationVersion: '1.1.0.1' } });
  assert.is(pool.state, 'Broken');
  assert.match(String((step.events[0] as { reason?: unknown }).reason), 'PowerShell client does not support the protocolversion 3.0');
});

test.run();
