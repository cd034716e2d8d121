import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { encodeFragments } from '../../../src/remoting/psrp/fragment.js';
import { decodeWsmanTrace, TraceError } from '../../../src/remoting/trace/index.js';
import { allCaptureMessages, captureNames, captureText } from '../psrp/captures.js';

const MESSAGE_LINE = /^(\d+) (request|response) ([A-Z_]+) rpid=([0-9a-f-]{36}) pid=([0-9a-f-]{36})(?: (.*))?$/;

function throwsTrace(fn: () => unknown, includes: string): void {
  try {
    fn();
  } catch (error) {
    assert.instance(error, TraceError);
    assert.ok((error as Error).message.includes(includes), (error as Error).message);
    return;
  }
  assert.unreachable('expected a TraceError');
}

test('every capture file decodes, with one line per envelope and one per PSRP message', () => {
  let messageLines = 0;
  for (const name of captureNames()) {
    const capture = JSON.parse(captureText(name)) as { messages: { request: string; response: string | null }[] };
    const { lines } = decodeWsmanTrace(captureText(name));
    const envelopeLines = lines.filter((line) => /^\d+ (request|response) \S+:\/\//.test(line));
    const envelopes = capture.messages.reduce((n, m) => n + 1 + (m.response ? 1 : 0), 0);
    assert.is(envelopeLines.length, envelopes, name);
    messageLines += lines.filter((line) => MESSAGE_LINE.test(line)).length;
    assert.not.ok(lines.some((line) => line.includes('incomplete')), name);
  }
  assert.is(messageLines, allCaptureMessages().length);
});

test('test_psrp_open_runspace.json decodes to the expected lines', () => {
  const rpid = '846a0576-dc51-244f-9262-ca2a55464b2b';
  const nil = '00000000-0000-0000-0000-000000000000';
  const { lines } = decodeWsmanTrace(captureText('test_psrp_open_runspace.json'));
  assert.equal(lines.slice(0, 7), [
    '1 request http://schemas.xmlsoap.org/ws/2004/09/transfer/Create',
    `1 request SESSION_CAPABILITY rpid=${rpid} pid=${nil} protocolversion=2.3 PSVersion=2.0 SerializationVersion=1.1.0.1`,
    `1 request INIT_RUNSPACEPOOL rpid=${rpid} pid=${nil} MinRunspaces=1 MaxRunspaces=1`,
    '1 response http://schemas.xmlsoap.org/ws/2004/09/transfer/CreateResponse',
    '2 request http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive',
    '2 response http://schemas.microsoft.com/wbem/wsman/1/windows/shell/ReceiveResponse',
    `2 response SESSION_CAPABILITY rpid=${nil} pid=${nil} protocolversion=2.3 PSVersion=2.0 SerializationVersion=1.1.0.1`,
  ]);
  assert.ok(lines[7]!.startsWith(`2 response APPLICATION_PRIVATE_DATA rpid=${rpid} pid=${nil} @{"PSVersionTable"=@{"PSVersion"=5.1.14393.2248;`));
  assert.equal(lines.slice(8), [
    '3 request http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive',
    '3 response http://schemas.microsoft.com/wbem/wsman/1/windows/shell/ReceiveResponse',
    `3 response RUNSPACEPOOL_STATE rpid=${rpid} pid=${nil} Opened`,
    '4 request http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete',
    '4 response http://schemas.xmlsoap.org/ws/2004/09/transfer/DeleteResponse',
  ]);
});

test('pipeline output, states and errors are summarised', () => {
  const multiple = decodeWsmanTrace(captureText('test_psrp_multiple_commands.json')).lines;
  assert.ok(multiple.some((line) => / PIPELINE_OUTPUT .* "Hello World"$/.test(line)));
  assert.ok(multiple.some((line) => / PIPELINE_OUTPUT .* 123$/.test(line)));
  assert.ok(multiple.some((line) => / PIPELINE_STATE .* Completed$/.test(line)));
  const failed = decodeWsmanTrace(captureText('test_psrp_error_failed.json')).lines;
  assert.ok(failed.some((line) => / PIPELINE_STATE .* Failed: \S+.*error/.test(line)), failed.join('\n'));
  const small = decodeWsmanTrace(captureText('test_psrp_small_msg_size.json')).lines;
  // The CREATE_PIPELINE split over Command and Send is reported once, where it completes.
  assert.is(small.filter((line) => line.includes(' CREATE_PIPELINE ')).length, 1);
  assert.ok(small.some((line) => line.startsWith('6 request CREATE_PIPELINE ')));
});

test('a file of raw SOAP envelopes decodes like the capture they came from', () => {
  const name = 'test_psrp_with_input.json';
  const capture = JSON.parse(captureText(name)) as { messages: { request: string; response: string }[] };
  // As a log would hold them: each envelope a document of its own, declaration included.
  const declaration = '<?xml version="1.0" encoding="utf-8"?>';
  const raw = capture.messages.map((m) => `${declaration}\n${m.request}\n\n${declaration}${m.response}\n`).join('');
  const fromRaw = decodeWsmanTrace(raw).lines;
  const fromJson = decodeWsmanTrace(captureText(name)).lines;
  const strip = (lines: string[]): string[] => lines.map((line) => line.replace(/^\d+ /, ''));
  assert.equal(strip(fromRaw), strip(fromJson));
  // Raw envelopes are numbered one by one.
  assert.ok(fromRaw.some((line) => line.startsWith('2 response ')));
  assert.ok(fromRaw.some((line) => line.startsWith(`${capture.messages.length * 2} response `)));
});

test('hostile or broken input gives a TraceError', () => {
  throwsTrace(() => decodeWsmanTrace('hello'), 'neither');
  throwsTrace(() => decodeWsmanTrace('{"messages": 5}'), '"messages"');
  throwsTrace(() => decodeWsmanTrace('{"messages": [ {"request": "<s:Env'), 'not valid JSON');
  throwsTrace(() => decodeWsmanTrace('{"messages": [ {"request": "<a><b></a>"} ]}'), 'Cannot parse exchange 1 request');
  throwsTrace(() => decodeWsmanTrace('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'), 'DOCTYPE');
  throwsTrace(() => decodeWsmanTrace('<x/>'), 'Expected a SOAP Envelope');

  const original = JSON.parse(captureText('test_psrp_open_runspace.json')) as { messages: { request: string; response: string }[] };
  const withCreationXml = (base64: string): string => {
    const request = original.messages[0]!.request.replace(/(<creationXml[^>]*>)[^<]*/, `$1${base64}`);
    return JSON.stringify({ messages: [{ request, response: original.messages[0]!.response }] });
  };
  const creation = /<creationXml[^>]*>([^<]*)/.exec(original.messages[0]!.request)![1]!;
  const bytes = Buffer.from(creation, 'base64');
  // Truncated fragment.
  throwsTrace(() => decodeWsmanTrace(withCreationXml(bytes.subarray(0, bytes.length - 5).toString('base64'))), 'does not decode');
  // Not base64.
  throwsTrace(() => decodeWsmanTrace(withCreationXml('%%%%')), 'not base64');
  // Huge declared length.
  const huge = Buffer.from(bytes);
  huge.writeUInt32BE(0x7fffffff, 17);
  throwsTrace(() => decodeWsmanTrace(withCreationXml(huge.toString('base64'))), 'blob length');
  // Unknown message type.
  const unknown = Buffer.from(bytes);
  unknown.writeUInt32LE(0x00099999, 21 + 4);
  throwsTrace(() => decodeWsmanTrace(withCreationXml(unknown.toString('base64'))), 'unsupported data type');
  // A body that is not CLIXML.
  const body = Buffer.from('<Obj RefId="0"><MS><Bogus N="x">1</Bogus></MS></Obj>');
  const message = Buffer.concat([bytes.subarray(21, 21 + 40), body]);
  const fragment = encodeFragments([{ objectId: 1n, fragmentId: 0n, start: true, end: true, blob: message }]);
  throwsTrace(() => decodeWsmanTrace(withCreationXml(Buffer.from(fragment).toString('base64'))), 'does not decode');
});

test('a trace that ends inside a fragmented message says so', () => {
  const name = 'test_psrp_small_msg_size.json';
  const capture = JSON.parse(captureText(name)) as { messages: unknown[] };
  const cut = JSON.stringify({ messages: capture.messages.slice(0, 5) });
  const { lines } = decodeWsmanTrace(cut);
  assert.ok(lines.at(-1)!.includes('incomplete'));
});

test.run();
