/**
 * MaxEnvelopeSize arithmetic: the capacity functions give the largest payload whose envelope still fits,
 * checked by building the envelopes (captures-requests.test.ts checks psh's requests are never longer
 * than the ones pypsrp sent and Windows accepted).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ANONYMOUS_ADDRESS,
  COMMAND_STATE,
  MIN_MAX_ENVELOPE_SIZE,
  WSMAN_ERROR,
  WsmanFault,
  buildRequest,
  buildResponse,
  checkRequestSize,
  parseRequest,
  payloadCapacity,
  receivePayloadCapacity,
  responseSizeLimit,
  sendPayloadCapacity,
} from '../../../src/remoting/wsman/index.js';
import { loadCapture } from './fixtures.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

test('payloadCapacity accounts for base64 expansion', () => {
  assert.is(payloadCapacity(1000, 600), 300);
  assert.is(payloadCapacity(1000, 601), 297);
  assert.is(payloadCapacity(1000, 1000), 0);
  assert.is(payloadCapacity(1000, 2000), 0);
});

test('a Send of sendPayloadCapacity bytes fits the envelope exactly; 3 more bytes do not', () => {
  const { headers } = parseRequest(loadCapture('test_psrp_small_msg_size.json').messages.find((m) => m.request.includes('shell/Send<'))!.request);
  for (const limit of [MIN_MAX_ENVELOPE_SIZE, 32768, 153600, 512000]) {
    const stream = { name: 'stdin', commandId: '24864ED3-8FB4-4934-AD7D-B29723D4681F' };
    const capacity = sendPayloadCapacity(headers, stream, limit);
    const build = (n: number) => buildRequest({ headers, body: { operation: 'Send', streams: [{ ...stream, data: new Uint8Array(n).fill(0x41) }] } });
    assert.ok(bytes(build(capacity)) <= limit, `${limit}: ${bytes(build(capacity))}`);
    assert.ok(bytes(build(capacity)) > limit - 4, `${limit}: capacity wastes room`);
    assert.ok(bytes(build(capacity + 3)) > limit);
  }
  assert.throws(() => sendPayloadCapacity({ ...headers, maxEnvelopeSize: undefined }, { name: 'stdin' }), RangeError);
});

test('a ReceiveResponse of receivePayloadCapacity bytes fits, with or without CommandState', () => {
  const headers = { messageId: 'uuid:B33F9E2C-03F6-4852-8C42-DF9F010F9C5F', to: ANONYMOUS_ADDRESS, relatesTo: 'uuid:F249DBE7-0E83-4F39-AE4A-28324CF61227' };
  const stream = { name: 'stdout', commandId: '789B3D38-EDB7-494D-AD3B-3D63B099CD76' };
  const state = { commandId: stream.commandId, state: COMMAND_STATE.Done, exitCode: 0 };
  for (const commandState of [undefined, state]) {
    const capacity = receivePayloadCapacity(32768, headers, stream, commandState);
    const build = (n: number) =>
      buildResponse({ headers, body: { operation: 'Receive', streams: [{ ...stream, data: new Uint8Array(n) }], ...(commandState ? { commandState } : {}) } });
    assert.ok(bytes(build(capacity)) <= 32768);
    assert.ok(bytes(build(capacity + 3)) > 32768);
  }
});

test('server limits: request size (HTTP 413) and the MaxEnvelopeSize a client may ask for', () => {
  assert.is(checkRequestSize(500 * 1024, 500, 'srv'), undefined);
  const tooBig = checkRequestSize(500 * 1024 + 1, 500, 'srv');
  assert.instance(tooBig, WsmanFault);
  assert.is(tooBig?.httpStatus, 413);
  assert.is(responseSizeLimit({}, 500, 'srv'), 512000);
  assert.is(responseSizeLimit({ maxEnvelopeSize: 153600 }, 500, 'srv'), 153600);
  assert.is(responseSizeLimit({ maxEnvelopeSize: 10_000_000 }, 500, 'srv'), 512000);
  assert.is(responseSizeLimit({ maxEnvelopeSize: 8192 }, 500, 'srv'), 8192);
  try {
    responseSizeLimit({ maxEnvelopeSize: 8191 }, 500, 'srv');
    assert.unreachable('8191 octets must be refused');
  } catch (e) {
    assert.instance(e, WsmanFault);
    assert.is((e as WsmanFault).wsmanCode, WSMAN_ERROR.MinEnvelopeSize);
    assert.is((e as WsmanFault).subcode?.local, 'EncodingLimit');
  }
});

test.run();
