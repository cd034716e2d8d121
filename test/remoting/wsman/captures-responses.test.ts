/**
 * Every response Windows sent in the pypsrp captures parses into the typed response of its operation
 * (or a typed WsmanFault), and psh's server-side builders reproduce it byte for byte (up to how empty
 * elements are spelled).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  COMMAND_STATE,
  NS,
  WsmanFault,
  buildFault,
  buildResponse,
  commandStateName,
  parseEnvelope,
  parseResponse,
  parseResponseFor,
  type ResponseBody,
} from '../../../src/remoting/wsman/index.js';
import { textOf } from '../../../src/remoting/xml/index.js';
import { actionName, loadCapture, loadCaptures, selfClosing } from './fixtures.js';

const captures = loadCaptures();

function responses() {
  return captures.flatMap((c) =>
    c.messages.filter((m) => m.response).map((m) => ({ file: c.file, request: m.request, response: m.response as string, transportError: m.transport_error })),
  );
}

function requestOperation(request: string): string {
  return actionName(parseEnvelope(request).headers.action);
}

function expectFault(fn: () => unknown): WsmanFault {
  try {
    fn();
  } catch (e) {
    if (e instanceof WsmanFault) return e;
    throw e;
  }
  throw new Error('expected a WsmanFault');
}

test('every captured response parses as its operation or as a fault, and psh rebuilds its bytes', () => {
  const all = responses();
  assert.ok(all.length >= 500, `only ${all.length} responses found`);
  let faults = 0;
  for (const { file, request, response, transportError } of all) {
    const operation = requestOperation(request);
    let rebuilt: string;
    try {
      const parsed = parseResponse(response);
      assert.is(parsed.body.operation, operation, `${file}: ${operation}`);
      assert.is(transportError, undefined, `${file}: HTTP 500 answer parsed as success`);
      rebuilt = buildResponse(parsed);
    } catch (e) {
      if (!(e instanceof WsmanFault)) throw new Error(`${file} ${operation}: ${(e as Error).message}`);
      faults++;
      assert.ok(e.wsmanCode !== undefined, `${file}: fault without WS-Man code`);
      const { action: _action, ...headers } = parseEnvelope(response).headers;
      rebuilt = buildFault(e, headers);
    }
    // Byte for byte what Windows sent, but for the spelling of empty elements (see selfClosing).
    assert.fixture(rebuilt, selfClosing(response), file);
  }
  assert.is(faults, 10);
});

test('Receive time-out fault carries 2150858793 (long running cmdlet)', () => {
  const capture = loadCapture('test_psrp_long_running_cmdlet.json');
  const faults = capture.messages.filter((m) => m.response?.includes('TimedOut')).map((m) => expectFault(() => parseResponse(m.response!)));
  assert.ok(faults.length >= 1);
  for (const f of faults) {
    assert.is(f.wsmanCode, 2150858793);
    assert.equal(f.code, { ns: NS.soap, local: 'Receiver' });
    assert.equal(f.subcode, { ns: NS.wsman, local: 'TimedOut' });
    assert.is(f.detail?.machine, '127.0.0.1');
    assert.is(f.message, 'The WS-Management service cannot complete the operation within the time specified in OperationTimeout.');
  }
});

test('unknown shell or command id faults carry 2150858843', () => {
  const cmd = expectFault(() => parseResponse(loadCapture('test_psrp_receive_failure.json').messages.find((m) => m.transport_error)!.response!));
  assert.is(cmd.wsmanCode, 2150858843);
  assert.equal(cmd.subcode, { ns: NS.wsman, local: 'InvalidSelectors' });
  assert.is(cmd.faultDetail, 'http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/UnexpectedSelectors');
  assert.match(cmd.message, /command identifier that does not exist/);

  const shell = expectFault(() => parseResponse(loadCapture('test_psrp_is_alive_invalid_selectors.json').messages.find((m) => m.transport_error)!.response!));
  assert.is(shell.wsmanCode, 2150858843);
  assert.is(shell.detail?.providerFault?.provider, 'Shell provider');
  assert.is(shell.detail?.providerFault?.wsmanFault?.code, 2150858843);
  assert.match(shell.message, /invalid selectors for the resource/);
});

test('invalid header fault carries 2150858767 and the WS-Addressing subcode', () => {
  const m = loadCapture('test_psrp_is_alive_other_wsman_error.json').messages.find((x) => x.transport_error)!;
  const f = expectFault(() => parseResponse(m.response!));
  assert.is(f.wsmanCode, 2150858767);
  assert.equal(f.subcode, { ns: NS.addressing, local: 'InvalidMessageInformationHeader' });
  assert.is(f.message, 'The WS-Management service cannot process the request. The XML contains an invalid timeout field in the SOAP header: PT-1S.');
});

test('provider faults with plain text (winrscmd.dll) keep the text and code', () => {
  const m = loadCapture('test_winrs_no_cmd_shell.json').messages.find((x) => x.transport_error)!;
  const f = expectFault(() => parseResponse(m.response!));
  assert.is(f.wsmanCode, 2147942402);
  assert.is(f.detail?.providerFault?.provider, 'Shell cmd plugin');
  assert.is(f.message, 'The system cannot find the file specified.');
});

test('PSRP Create response: shell id, resource and properties', () => {
  const m = loadCapture('test_psrp_open_runspace.json').messages[0];
  const { body } = parseResponseFor('Create', m.response!);
  assert.equal(body.resourceCreated, {
    address: 'https://127.0.0.1:55986/wsman',
    resourceUri: 'http://schemas.microsoft.com/powershell/Microsoft.PowerShell',
    selectors: [{ name: 'ShellId', value: '76056A84-51DC-4F24-9262-CA2A55464B2B' }],
  });
  assert.is(body.shell?.shellId, '76056A84-51DC-4F24-9262-CA2A55464B2B');
  assert.is(body.shell?.processId, 1868);
  assert.equal(body.shell?.inputStreams, ['stdin', 'pr']);
  assert.equal(body.shell?.outputStreams, ['stdout']);
  assert.is(body.shell?.state, 'Connected');
  assert.is(body.shell?.idleTimeOut, 'PT7200.000S');
  assert.is(body.shell?.owner, 'WIN-NNMU24VVKJ0\\vagrant');
});

test('PSRP Receive response: base64 decodes to PSRP fragments with the BOM before CLIXML', () => {
  const m = loadCapture('test_psrp_open_runspace.json').messages[1];
  const { body } = parseResponseFor('Receive', m.response!);
  assert.is(body.streams.length, 2);
  for (const s of body.streams) {
    assert.is(s.name, 'stdout');
    assert.is(s.commandId, undefined);
    // 21-byte fragment header + 40-byte message header, then Windows' UTF-8 BOM and CLIXML.
    assert.equal([...s.data.subarray(61, 64)], [0xef, 0xbb, 0xbf]);
    assert.is(Buffer.from(s.data.subarray(64, 68)).toString('utf8'), '<Obj');
  }
});

test('cmd Receive response: stream ends and CommandState Done with exit code', () => {
  const m = loadCapture('test_client_execute_cmd.json').messages.find((x) => x.response?.includes('CommandState/Done'))!;
  const { body } = parseResponseFor('Receive', m.response!);
  assert.is(Buffer.from(body.streams[0].data).toString('utf8'), ' Volume in drive C is Windows 2016\r\n');
  const ends = body.streams.filter((s) => s.end);
  assert.equal(ends.map((s) => s.name), ['stdout', 'stderr']);
  assert.is(ends[0].data.length, 0);
  assert.is(commandStateName(body.commandState!.state), 'Done');
  assert.is(body.commandState?.exitCode, 0);
  assert.is(body.commandState?.commandId, '789B3D38-EDB7-494D-AD3B-3D63B099CD76');

  const rc = loadCapture('test_winrs_stderr_rc.json').messages.map((x) => x.response!).find((r) => r.includes(COMMAND_STATE.Done))!;
  const failed = parseResponseFor('Receive', rc).body;
  assert.is(failed.commandState?.exitCode, 1);
  assert.ok(failed.streams.some((s) => s.name === 'stderr' && Buffer.from(s.data).toString().includes('err')));
});

test('Enumerate responses list shells, and commands of a shell', () => {
  const c = loadCapture('test_psrp_disconnected_commands.json');
  const results = c.messages
    .filter((m) => m.request.includes('enumeration/Enumerate'))
    .map((m) => parseResponseFor('Enumerate', m.response!).body.result);
  const shells = results[0];
  assert.ok(shells.endOfSequence);
  assert.is(shells.enumerationContext, undefined);
  assert.equal(shells.items.map((i) => (i.kind === 'shell' ? i.shell.state : i.kind)), ['Disconnected', 'Disconnected']);
  const commands = results[1].items;
  assert.is(commands.length, 1);
  assert.equal(commands[0], { kind: 'command', command: { commandId: 'DB4E8DCF-51CC-423F-A7DF-5D0EA0D6FA08', commandLine: '', state: 'Running' } });
});

test('Connect response returns streams and connectResponseXml bytes', () => {
  const m = loadCapture('test_psrp_disconnect_runspaces.json').messages.find((x) => x.response?.includes('connectResponseXml'))!;
  const { body } = parseResponseFor('Connect', m.response!);
  assert.equal(body.inputStreams, ['stdin', 'pr']);
  assert.equal(body.outputStreams, ['stdout']);
  assert.ok((body.connectResponseXml?.length ?? 0) > 61);
});

test('Get on the config resource keeps the Config element; Get on a shell parses it', () => {
  const config = parseResponseFor('Get', loadCapture('test_wsman_update_envelope_size_150.json').messages[0].response!).body;
  assert.is(config.shell, undefined);
  assert.is(config.item?.local, 'Config');
  const size = config.item!.children.find((c) => typeof c !== 'string' && c.local === 'MaxEnvelopeSizekb');
  assert.is(size && typeof size !== 'string' ? textOf(size) : undefined, '150');

  const shells = loadCapture('test_psrp_is_alive_state_disconnected.json').messages.filter((m) => m.request.includes('transfer/Get'));
  const states = shells.map((m) => (parseResponseFor('Get', m.response!).body as Extract<ResponseBody, { operation: 'Get' }>).shell?.state);
  assert.equal(states, ['Connected', 'Disconnected']);
});

test('parseResponseFor refuses a response to another operation', () => {
  const m = loadCapture('test_psrp_open_runspace.json').messages[0];
  assert.throws(() => parseResponseFor('Receive', m.response!), (e: Error) => e.name === 'WsmanMessageError');
});

test.run();
