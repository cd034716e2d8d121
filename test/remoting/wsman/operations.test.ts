/**
 * Both directions for every operation, including those the captures do not exercise (Identify, Pull,
 * Disconnect options, command Connect): typed value -> envelope -> the same typed value.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ANONYMOUS_ADDRESS,
  COMMAND_STATE,
  NS,
  OPTION,
  RESOURCE_URI,
  SIGNAL,
  buildRequest,
  buildResponse,
  parseEnvelope,
  parseRequest,
  parseResponse,
  type RequestBody,
  type ResponseBody,
} from '../../../src/remoting/wsman/index.js';
import { element, findChild, parseXml } from '../../../src/remoting/xml/index.js';

const requestHeaders = {
  to: 'http://server:5985/wsman',
  replyTo: ANONYMOUS_ADDRESS,
  messageId: 'uuid:0A0988DE-A676-48CB-B550-8ADEA9049A78',
  resourceUri: RESOURCE_URI.powerShell,
  maxEnvelopeSize: 153600,
  operationTimeout: 'PT20S',
  locale: 'en-US',
  dataLocale: 'de-DE',
  sessionId: 'uuid:AECF49AF-7164-43E6-B10A-E38E8C4986AD',
  selectors: [{ name: 'ShellId', value: '76056A84-51DC-4F24-9262-CA2A55464B2B' }],
  options: [{ name: OPTION.protocolVersion, value: '2.3', mustComply: true }, { name: 'typed', value: 'x', type: 'xs:string' }],
};
const responseHeaders = { messageId: 'uuid:C8DD4BD2-03AE-4FD6-A539-D9CF425F41F7', to: ANONYMOUS_ADDRESS, relatesTo: requestHeaders.messageId, activityId: 'A1' };
const bytes = (...values: number[]) => Uint8Array.from(values);
const commandId = '1076F64C-EE0D-4253-A092-E777479C6656';

const requests: RequestBody[] = [
  { operation: 'Get' },
  { operation: 'Delete' },
  { operation: 'Reconnect' },
  {
    operation: 'Create',
    shell: {
      shellId: '76056A84-51DC-4F24-9262-CA2A55464B2B',
      name: 'psh session',
      inputStreams: ['stdin', 'pr'],
      outputStreams: ['stdout'],
      environment: [{ name: 'A & B', value: ' spaced <value> ' }],
      idleTimeOut: 'PT60S',
      lifetime: 'PT600S',
      workingDirectory: 'C:\\Temp',
      creationXml: bytes(0, 1, 2, 250),
    },
  },
  { operation: 'Command', commandLine: { commandId, command: '', arguments: ['AAEC'] } },
  { operation: 'Command', commandLine: { command: 'cmd.exe', arguments: ['/c', 'echo a && echo b'] } },
  {
    operation: 'Send',
    streams: [
      { name: 'stdin', commandId, data: bytes(1, 2, 3), end: true },
      { name: 'pr', data: bytes(), unit: 'urn:unit', endUnit: false },
    ],
  },
  { operation: 'Receive', desiredStream: { commandId, streams: ['stdout', 'stderr'] }, sequenceId: 4 },
  { operation: 'Receive', desiredStream: { streams: ['stdout'] } },
  { operation: 'Signal', signal: { commandId, code: SIGNAL.psCtrlC } },
  { operation: 'Signal', signal: { code: SIGNAL.terminate } },
  { operation: 'Disconnect' },
  { operation: 'Disconnect', idleTimeOut: 'PT180.000S', bufferMode: 'Drop' },
  { operation: 'Connect', connectXml: bytes(9, 8, 7) },
  { operation: 'Connect', commandId },
  { operation: 'Enumerate', enumerate: {} },
  { operation: 'Enumerate', enumerate: { optimize: true, maxElements: 32000, filter: { dialect: 'urn:dialect', selectors: [{ name: 'ShellId', value: 'S' }] } } },
  { operation: 'Pull', pull: { enumerationContext: 'uuid:F2EF0F83-D6E5-4F70-8E6B-D870551A5D9A', maxElements: 5 } },
];

test('every request body survives build and parse with its headers', () => {
  for (const body of requests) {
    const parsed = parseRequest(buildRequest({ headers: requestHeaders, body }));
    assert.equal(parsed.body, body, body.operation);
    const { action, ...rest } = parsed.headers;
    assert.ok(action?.endsWith(`/${body.operation}`), action);
    assert.equal(rest, requestHeaders);
  }
});

test('Identify: no headers on the request, and the response describes the service', () => {
  const request = buildRequest({ headers: {}, body: { operation: 'Identify' } });
  const env = parseXml(request);
  const header = findChild(env, NS.soap, 'Header')!;
  assert.equal(header.children, []);
  assert.equal(parseRequest(request).body, { operation: 'Identify' });
  const identity = {
    protocolVersions: ['http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd'],
    productVendor: 'Microsoft Corporation',
    productVersion: 'OS: 0.0.0 SP: 0.0 Stack: 3.0',
    securityProfiles: ['http://schemas.dmtf.org/wbem/wsman/1/wsman/secprofile/http/spnego-kerberos'],
  };
  const response = buildResponse({ headers: {}, body: { operation: 'Identify', identity } });
  assert.equal(parseResponse(response).body, { operation: 'Identify', identity });
  assert.ok(response.includes('xmlns:wsmid="http://schemas.dmtf.org/wbem/wsman/identity/1/wsmanidentity.xsd"'));
});

const config = element('http://schemas.microsoft.com/wbem/wsman/1/config', 'cfg', 'Config', {
  children: [element('http://schemas.microsoft.com/wbem/wsman/1/config', 'cfg', 'MaxEnvelopeSizekb', { children: ['500'] })],
});

const responses: ResponseBody[] = [
  { operation: 'Delete' },
  { operation: 'Disconnect' },
  { operation: 'Reconnect' },
  { operation: 'Send' },
  { operation: 'Signal' },
  { operation: 'Command', commandId },
  {
    operation: 'Create',
    resourceCreated: { address: 'http://server:5985/wsman', resourceUri: RESOURCE_URI.powerShell, selectors: [{ name: 'ShellId', value: 'S' }] },
    shell: { shellId: 'S', resourceUri: RESOURCE_URI.powerShell, owner: 'DOMAIN\\user', clientIp: '::1', processId: 42, idleTimeOut: 'PT7200.000S', inputStreams: ['stdin', 'pr'], outputStreams: ['stdout'], state: 'Connected', profileLoaded: 'Yes', childProcesses: 0 },
  },
  { operation: 'Get', shell: { shellId: 'S', state: 'Disconnected', memoryUsed: '46MB' } },
  {
    operation: 'Receive',
    streams: [
      { name: 'stdout', commandId, data: bytes(1, 2) },
      { name: 'stdout', commandId, data: bytes(), end: true },
    ],
    commandState: { commandId, state: COMMAND_STATE.Done, exitCode: 3 },
  },
  { operation: 'Receive', streams: [{ name: 'stdout', data: bytes(5) }], commandState: { commandId, state: COMMAND_STATE.Running } },
  { operation: 'Connect' },
  { operation: 'Connect', inputStreams: ['stdin', 'pr'], outputStreams: ['stdout'], connectResponseXml: bytes(1) },
  {
    operation: 'Enumerate',
    result: {
      items: [
        { kind: 'shell', shell: { shellId: 'A', state: 'Disconnected' } },
        { kind: 'command', command: { commandId, commandLine: '', state: 'Running' } },
      ],
      endOfSequence: true,
    },
  },
  { operation: 'Enumerate', result: { enumerationContext: 'uuid:ctx', items: [], endOfSequence: false } },
  { operation: 'Pull', result: { items: [{ kind: 'shell', shell: { shellId: 'B' } }], endOfSequence: true } },
  { operation: 'Pull', result: { enumerationContext: 'uuid:next', items: [{ kind: 'shell', shell: { shellId: 'C' } }], endOfSequence: false } },
];

test('every response body survives build and parse with its headers', () => {
  for (const body of responses) {
    const xml = buildResponse({ headers: responseHeaders, body });
    const parsed = parseResponse(xml);
    // A parsed Get also carries the raw body element, whatever the resource.
    const { item: _item, ...comparable } = parsed.body as ResponseBody & { item?: unknown };
    assert.equal(comparable, body, body.operation);
    const { action, ...rest } = parsed.headers;
    assert.ok(action?.endsWith(`/${body.operation}Response`), action);
    assert.equal(rest, responseHeaders);
    assert.is(parseEnvelope(xml).lang, 'en-US');
  }
});

test('a Get response on another resource returns the element as received', () => {
  const parsed = parseResponse(buildResponse({ headers: responseHeaders, body: { operation: 'Get', item: config } })).body;
  assert.ok(parsed.operation === 'Get' && parsed.shell === undefined);
  if (parsed.operation === 'Get') assert.is(parsed.item?.local, 'Config');
});

test.run();
