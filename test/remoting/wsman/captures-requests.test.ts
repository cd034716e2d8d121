/**
 * Every request pypsrp sent to Windows is reproduced by psh's builders for the same operation with the
 * same inputs: identical after normalising GUIDs (canonical XML: same elements, attributes, namespaces
 * and text, in order). The inputs come from psh's request parser, and for a spread of operations also
 * from literal values written here.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  NS,
  OPTION,
  RESOURCE_URI,
  SIGNAL,
  buildRequest,
  parseRequest,
  signalKind,
  type WsmanRequest,
} from '../../../src/remoting/wsman/index.js';
import { canonicalForm, parseXml, type XmlElement } from '../../../src/remoting/xml/index.js';
import { loadCapture, loadCaptures, normaliseGuids } from './fixtures.js';

/**
 * Where psh deliberately writes something else than pypsrp. Each entry rewrites the captured request to
 * what psh sends; keep it small.
 */
const DIFFERENCES: readonly { what: string; why: string; rewrite: (el: XmlElement) => XmlElement }[] = [
  {
    what: "rsp:Stream/@End: pypsrp's winrs client writes 'True'/'False', psh 'true'/'false'",
    why: 'xs:boolean canonical form, which is also what Windows writes (End="true" in ReceiveResponse)',
    rewrite: (el) =>
      el.ns === NS.shell && el.local === 'Stream'
        ? { ...el, attributes: el.attributes.map((a) => (a.local === 'End' ? { ...a, value: a.value.toLowerCase() } : a)) }
        : el,
  },
];

function rewrite(el: XmlElement): XmlElement {
  const own = DIFFERENCES.reduce((e, d) => d.rewrite(e), el);
  return { ...own, children: own.children.map((c) => (typeof c === 'string' ? c : rewrite(c))) };
}

function canonical(xml: string, applyDifferences = false): string {
  const root = parseXml(xml);
  return canonicalForm(applyDifferences ? rewrite(root) : root, { normaliseText: normaliseGuids });
}

test('every captured request is rebuilt identically from its parsed inputs, and no longer', () => {
  let count = 0;
  const operations = new Set<string>();
  for (const capture of loadCaptures()) {
    for (const m of capture.messages) {
      const request = parseRequest(m.request);
      operations.add(request.body.operation);
      const built = buildRequest(request);
      assert.fixture(canonical(built), canonical(m.request, true), `${capture.file} ${request.body.operation}`);
      // Windows accepted pypsrp's envelopes at their MaxEnvelopeSize; psh's are never longer.
      assert.ok(Buffer.byteLength(built) <= Buffer.byteLength(m.request), `${capture.file}: psh's envelope is longer`);
      count++;
    }
  }
  assert.ok(count >= 500, `only ${count} requests`);
  assert.equal([...operations].sort(), ['Command', 'Connect', 'Create', 'Delete', 'Disconnect', 'Enumerate', 'Get', 'Receive', 'Reconnect', 'Send', 'Signal']);
});

test('the differences table is needed: without it the winrs Send requests differ', () => {
  const send = loadCapture('test_winrs_send.json').messages.find((m) => m.request.includes('End="True"'))!.request;
  assert.is.not(canonical(buildRequest(parseRequest(send))), canonical(send));
});

/** The headers pypsrp puts on every request of a session. */
function headers(to: string, sessionId: string, maxEnvelopeSize: number, rest: Partial<WsmanRequest['headers']> = {}): WsmanRequest['headers'] {
  return {
    to,
    messageId: 'uuid:00000000-0000-0000-0000-000000000000',
    resourceUri: RESOURCE_URI.powerShell,
    maxEnvelopeSize,
    operationTimeout: 'PT20S',
    locale: 'en-US',
    dataLocale: 'en-US',
    sessionId,
    ...rest,
  };
}

function base64Of(xml: string, local: string): Uint8Array {
  const el = (function find(e: XmlElement): XmlElement | undefined {
    if (e.local === local) return e;
    for (const c of e.children) if (typeof c !== 'string') {
      const hit = find(c);
      if (hit) return hit;
    }
    return undefined;
  })(parseXml(xml));
  return Buffer.from(String(el?.children[0]), 'base64');
}

test('literal inputs reproduce the PSRP runspace pool requests of test_psrp_open_runspace', () => {
  const [create, receive, , del] = loadCapture('test_psrp_open_runspace.json').messages.map((m) => m.request);
  const session = 'uuid:AECF49AF-7164-43E6-B10A-E38E8C4986AD';
  const to = 'https://127.0.0.1:55986/wsman';
  const shellId = '76056A84-51DC-4F24-9262-CA2A55464B2B';
  const built = buildRequest({
    headers: headers(to, session, 153600, { options: [{ name: OPTION.protocolVersion, value: '2.3', mustComply: true }] }),
    body: { operation: 'Create', shell: { shellId, inputStreams: ['stdin', 'pr'], outputStreams: ['stdout'], creationXml: base64Of(create, 'creationXml') } },
  });
  assert.fixture(canonical(built), canonical(create));
  const builtReceive = buildRequest({
    headers: headers(to, session, 153600, { options: [{ name: OPTION.keepAlive, value: 'True' }], selectors: [{ name: 'ShellId', value: shellId }] }),
    body: { operation: 'Receive', desiredStream: { streams: ['stdout'] } },
  });
  assert.fixture(canonical(builtReceive), canonical(receive));
  const builtDelete = buildRequest({ headers: headers(to, session, 512000, { selectors: [{ name: 'ShellId', value: shellId }] }), body: { operation: 'Delete' } });
  assert.fixture(canonical(builtDelete), canonical(del));
});

test('literal inputs reproduce Disconnect, Reconnect, Connect, Enumerate and Signal requests', () => {
  const requests = loadCapture('test_psrp_disconnect_runspaces.json').messages.map((m) => m.request);
  const find = (action: string) => requests.find((r) => r.includes(`shell/${action}</wsa:Action>`))!;
  const shell = [{ name: 'ShellId', value: 'B6631D8E-65A0-49F2-9053-A1B156C95777' }];
  const session = 'uuid:96676D7F-B39C-41F1-9C6C-02F79AE9C9B5';
  const to = 'https://127.0.0.1:55986/wsman';
  assert.fixture(canonical(buildRequest({ headers: headers(to, session, 512000, { selectors: shell }), body: { operation: 'Disconnect' } })), canonical(find('Disconnect')));
  assert.fixture(canonical(buildRequest({ headers: headers(to, session, 512000, { selectors: shell }), body: { operation: 'Reconnect' } })), canonical(find('Reconnect')));
  const connect = find('Connect');
  const connectSession = 'uuid:1B1A7792-F65D-431A-A256-19F3178EB7C9';
  const builtConnect = buildRequest({
    headers: headers(to, connectSession, 153600, { options: [{ name: OPTION.protocolVersion, value: '2.3', mustComply: true }], selectors: shell }),
    body: { operation: 'Connect', connectXml: base64Of(connect, 'connectXml') },
  });
  assert.fixture(canonical(builtConnect), canonical(connect));
  const enumerate = requests.find((r) => r.includes('SelectorFilter'))!;
  const builtEnumerate = buildRequest({
    headers: headers(to, connectSession, 153600, { resourceUri: RESOURCE_URI.command }),
    body: { operation: 'Enumerate', enumerate: { optimize: true, maxElements: 32000, filter: { selectors: shell } } },
  });
  assert.fixture(canonical(builtEnumerate), canonical(enumerate));

  const signal = loadCapture('test_psrp_nested_command.json').messages.find((m) => m.request.includes('Signal'))!.request;
  const builtSignal = buildRequest({
    headers: headers(to, 'uuid:BB1BBBBF-F5C7-45DC-A736-6CB05C4B21C4', 512000, { selectors: [{ name: 'ShellId', value: 'E1D0B269-64E9-4126-9B83-BFB3A6399F0C' }] }),
    body: { operation: 'Signal', signal: { commandId: '1076F64C-EE0D-4253-A092-E777479C6656', code: SIGNAL.psCtrlCDocumented } },
  });
  assert.fixture(canonical(builtSignal), canonical(signal));
});

test('literal inputs reproduce a winrs Command with arguments, Send with End, and option sets', () => {
  const messages = loadCapture('test_winrs_send.json').messages.map((m) => m.request);
  const command = messages.find((r) => r.includes('shell/Command<'))!;
  const parsed = parseRequest(command);
  const common = { ...parsed.headers, action: undefined };
  const built = buildRequest({
    headers: { ...common, options: [{ name: OPTION.skipCmdShell, value: 'False' }] },
    body: { operation: 'Command', commandLine: { command: 'powershell.exe', arguments: ['-'] } },
  });
  assert.fixture(canonical(built), canonical(command));
  const send = messages.find((r) => r.includes('End="True"'))!;
  const sendHeaders = { ...parseRequest(send).headers, action: undefined };
  const builtSend = buildRequest({
    headers: sendHeaders,
    body: {
      operation: 'Send',
      streams: [{ name: 'stdin', commandId: 'B0973E54-434E-4D99-B4BE-ADE584CE3BFB', end: true, data: Buffer.from('Write-Host "output 2";') }],
    },
  });
  assert.fixture(canonical(builtSend), canonical(send, true));
});

test('signal codes: every spelling of Ctrl+C, Terminate and unknown codes', () => {
  assert.is(signalKind(SIGNAL.ctrlC), 'ctrl_c');
  assert.is(signalKind('powershell/signal/crtl_c'), 'ctrl_c');
  assert.is(signalKind('powershell/signal/ctrl_c'), 'ctrl_c');
  assert.is(signalKind(SIGNAL.terminate), 'terminate');
  assert.is(signalKind(SIGNAL.ctrlBreak), 'ctrl_break');
  assert.is(signalKind('http://example/other'), undefined);
  const terminate = loadCapture('test_psrp_multiple_invocations.json').messages.find((m) => m.request.includes('signal/Terminate'))!;
  const body = parseRequest(terminate.request).body;
  assert.ok(body.operation === 'Signal' && signalKind(body.signal.code) === 'terminate');
});

test.run();
