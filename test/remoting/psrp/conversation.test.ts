import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  buildMessage,
  ClientRunspacePool,
  Defragmenter,
  Fragmenter,
  NULL_HOST_INFO,
  parseMessage,
  ServerRunspacePool,
  type ClientRunspacePoolEvent,
  type CreatePipeline,
  type Message,
  type ServerPipeline,
  type ServerRunspacePoolEvent,
  type Step,
} from '../../../src/remoting/psrp/index.js';
import { Hashtable, PSObject } from '../../../src/engine/values/index.js';

/**
 * psh's client and psh's server state machines talking through the whole wire layer:
 * typed message -> bytes -> fragments packed into small payloads -> defragmented -> parsed.
 */
class Wire {
  private readonly clientFragmenter = new Fragmenter();
  private readonly serverFragmenter = new Fragmenter();
  private readonly toServer = new Defragmenter();
  private readonly toClient = new Defragmenter();

  constructor(private readonly payloadSize: number) {}

  carry(messages: readonly Message[], direction: 'toServer' | 'toClient'): Message[] {
    const fragmenter = direction === 'toServer' ? this.clientFragmenter : this.serverFragmenter;
    const payloads = fragmenter.pack(messages.map(buildMessage), this.payloadSize);
    return payloads.flatMap((payload) => this[direction].pushBytes(payload)).map((bytes) => parseMessage(bytes));
  }
}

function script(text: string, noInput: boolean): CreatePipeline {
  return {
    noInput,
    apartmentState: 2,
    remoteStreamOptions: 0,
    addToHistory: false,
    hostInfo: NULL_HOST_INFO,
    isNested: false,
    powerShell: {
      isNested: false,
      history: null,
      redirectShellErrorOutputPipe: false,
      cmds: [{ cmd: text, isScript: true, useLocalScope: null, mergeMyResult: 0, mergeToResult: 0, mergePreviousResults: 0, args: [] }],
    },
  };
}

test('client and server open a pool, run a pipeline with input and host call, and close, over 200-byte payloads', () => {
  const wire = new Wire(200);
  const privateData = new PSObject(Hashtable.from({ BashPrivateData: 'x' }), ['System.Management.Automation.PSPrimitiveDictionary', 'System.Collections.Hashtable', 'System.Object']);
  const server = new ServerRunspacePool({ applicationPrivateData: privateData });
  const client = new ClientRunspacePool({ maxRunspaces: 2 });
  const clientEvents: ClientRunspacePoolEvent[] = [];
  const serverEvents: ServerRunspacePoolEvent[] = [];
  let created: ServerPipeline | undefined;

  const toServer = (step: Step<ClientRunspacePoolEvent>): void => {
    clientEvents.push(...step.events);
    for (const message of wire.carry(step.send, 'toServer')) toClient(server.receive(message));
  };
  const toClient = (step: Step<ServerRunspacePoolEvent>): void => {
    serverEvents.push(...step.events);
    for (const event of step.events) if (event.kind === 'pipelineCreated') created = event.pipeline;
    for (const message of wire.carry(step.send, 'toClient')) toServer(client.receive(message));
  };

  toServer(client.open());
  const init = serverEvents.find((e) => e.kind === 'initRunspacePool');
  assert.ok(init?.kind === 'initRunspacePool' && init.init.maxRunspaces === 2);
  assert.is(client.state, 'Opening');
  toClient(server.opened());
  assert.is(client.state, 'Opened');
  assert.equal(client.applicationPrivateData, privateData);

  const pipeline = client.createPipeline(script('$input | ForEach-Object { $_ * 2 }', false));
  toServer(client.invoke(pipeline));
  assert.ok(created);
  toClient(server.forward(created, created.start()));
  toServer(client.forward(pipeline, pipeline.input(21)));
  toServer(client.forward(pipeline, pipeline.input('x'.repeat(1000))));
  toServer(client.forward(pipeline, pipeline.endInput()));
  const input = serverEvents.flatMap((e) => (e.kind === 'pipeline' && e.event.kind === 'input' ? [e.event.value] : []));
  assert.equal(input, [21, 'x'.repeat(1000)]);

  toClient(server.forward(created, created.write('Output', 42)));
  toClient(server.forward(created, created.hostCall(11, [])));
  const call = clientEvents.find((e) => e.kind === 'pipeline' && e.event.kind === 'hostCall');
  assert.ok(call?.kind === 'pipeline' && call.event.kind === 'hostCall');
  toServer(client.forward(pipeline, pipeline.hostResponse(call.event.call, { returnValue: 'typed line' })));
  const response = serverEvents.find((e) => e.kind === 'pipeline' && e.event.kind === 'hostResponse');
  assert.ok(response?.kind === 'pipeline' && response.event.kind === 'hostResponse' && response.event.response.returnValue === 'typed line');

  toClient(server.forward(created, created.complete()));
  assert.is(pipeline.state, 'Completed');
  assert.is(client.pipelines.size, 0);
  assert.is(server.pipelines.size, 0);
  const output = clientEvents.flatMap((e) => (e.kind === 'pipeline' && e.event.kind === 'stream' ? [[e.event.stream, e.event.value]] : []));
  assert.equal(output, [['Output', 42]]);

  toServer(client.setMaxRunspaces(4));
  assert.is(client.maxRunspaces, 4);
  assert.is(server.maxRunspaces, 4);
  toServer(client.getAvailableRunspaces());
  const ask = serverEvents.find((e) => e.kind === 'getAvailableRunspaces');
  assert.ok(ask?.kind === 'getAvailableRunspaces');
  toClient(server.availableRunspaces(ask.ci, 3n));
  assert.equal(clientEvents.filter((e) => e.kind === 'runspaceAvailability').map((e) => (e.kind === 'runspaceAvailability' ? e.response : null)), [true, 3n]);

  // wxf:Disconnect / wxf:Reconnect / wxf:Delete are the I/O layer's; both sides are told.
  toServer(client.disconnect());
  toClient(server.disconnect());
  toServer(client.disconnected());
  assert.equal([client.state, server.state], ['Disconnected', 'Disconnected']);
  toServer(client.reconnect());
  toClient(server.reconnect());
  toServer(client.reconnected());
  assert.equal([client.state, server.state], ['Opened', 'Opened']);
  toServer(client.close());
  toClient(server.close());
  toServer(client.closed());
  assert.equal([client.state, server.state], ['Closed', 'Closed']);
});

test('a stopped pipeline: Signal on the client, PipelineStopped from the server', () => {
  const wire = new Wire(4096);
  const server = new ServerRunspacePool();
  const client = new ClientRunspacePool();
  const deliverToServer = (step: Step<ClientRunspacePoolEvent>): Step<ServerRunspacePoolEvent>[] => wire.carry(step.send, 'toServer').map((m) => server.receive(m));
  const deliverToClient = (step: Step<ServerRunspacePoolEvent>): void => {
    for (const m of wire.carry(step.send, 'toClient')) client.receive(m);
  };
  for (const step of deliverToServer(client.open())) deliverToClient(step);
  deliverToClient(server.opened());
  const pipeline = client.createPipeline(script('Start-Sleep 60', true));
  const [created] = deliverToServer(client.invoke(pipeline));
  const event = created!.events[0];
  assert.ok(event?.kind === 'pipelineCreated');
  const serverPipeline = event.pipeline;
  server.forward(serverPipeline, serverPipeline.start());
  client.forward(pipeline, pipeline.stop());
  assert.is(pipeline.state, 'Stopping');
  server.forward(serverPipeline, serverPipeline.stop());
  deliverToClient(server.forward(serverPipeline, serverPipeline.stopped('The pipeline has been stopped.')));
  assert.is(pipeline.state, 'Stopped');
  // The Signal response arriving afterwards changes nothing.
  assert.equal(client.forward(pipeline, pipeline.stopped()).events, []);
});

test.run();
