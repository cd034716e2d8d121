import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildMessage, parseMessage } from '../../../src/remoting/psrp/message-codec.js';
import { decodeMessage } from '../../../src/remoting/psrp/message.js';
import type { Message } from '../../../src/remoting/psrp/messages.js';
import { allCaptureMessages, type CapturedMessage } from './captures.js';

const captured = allCaptureMessages();
const parsed: [CapturedMessage, Message][] = captured.map((m) => {
  try {
    return [m, parseMessage(m.bytes)];
  } catch (error) {
    throw new Error(`${m.capture} ${m.index} ${m.direction}: ${(error as Error).message}`);
  }
});

test('every PSRP message of every capture parses into a typed message', () => {
  const types = new Set(parsed.map(([, m]) => m.type));
  for (const type of [
    'SESSION_CAPABILITY', 'INIT_RUNSPACEPOOL', 'PUBLIC_KEY', 'ENCRYPTED_SESSION_KEY', 'CONNECT_RUNSPACEPOOL',
    'RUNSPACEPOOL_INIT_DATA', 'RESET_RUNSPACE_STATE', 'SET_MAX_RUNSPACES', 'SET_MIN_RUNSPACES', 'RUNSPACE_AVAILABILITY',
    'RUNSPACEPOOL_STATE', 'CREATE_PIPELINE', 'GET_AVAILABLE_RUNSPACES', 'APPLICATION_PRIVATE_DATA', 'GET_COMMAND_METADATA',
    'PIPELINE_INPUT', 'END_OF_PIPELINE_INPUT', 'PIPELINE_OUTPUT', 'ERROR_RECORD', 'PIPELINE_STATE', 'DEBUG_RECORD',
    'VERBOSE_RECORD', 'WARNING_RECORD', 'PROGRESS_RECORD', 'INFORMATION_RECORD', 'PIPELINE_HOST_CALL', 'PIPELINE_HOST_RESPONSE',
  ]) {
    assert.ok(types.has(type as Message['type']), `no ${type} in the captures`);
  }
  for (const [m, message] of parsed) {
    // Requests go to the server (2), responses to the client (1).
    assert.is(message.destination, m.direction === 'request' ? 2 : 1, `${m.capture} ${m.index}`);
  }
});

test('re-encoding every captured message and parsing it again gives an equal message', () => {
  for (const [m, message] of parsed) {
    const again = parseMessage(buildMessage(message));
    assert.equal(again, message, `${m.capture} ${m.index} ${m.direction} ${message.type}`);
  }
});

test('messages to the client carry a byte-order mark, messages to the server none', () => {
  for (const [m, message] of parsed) {
    const data = decodeMessage(buildMessage(message)).data;
    const hasBom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
    assert.is(hasBom, message.destination === 1 && message.type !== 'END_OF_PIPELINE_INPUT', `${m.capture} ${m.index}`);
  }
});

test('simple messages are rebuilt byte for byte as Windows and pypsrp wrote them', () => {
  const exact = new Set(['SESSION_CAPABILITY', 'RUNSPACEPOOL_STATE', 'RUNSPACEPOOL_INIT_DATA', 'GET_AVAILABLE_RUNSPACES', 'RESET_RUNSPACE_STATE', 'PUBLIC_KEY', 'ENCRYPTED_SESSION_KEY', 'END_OF_PIPELINE_INPUT', 'PIPELINE_INPUT']);
  let checked = 0;
  for (const [m, message] of parsed) {
    if (!exact.has(message.type)) continue;
    // psh's XML writer closes empty elements as <S/> where pypsrp writes <S />: same XML, other bytes.
    if (message.type === 'PIPELINE_INPUT' && (typeof message.payload.value !== 'string' || message.payload.value === '')) continue;
    assert.is(Buffer.from(buildMessage(message)).toString('latin1'), Buffer.from(m.bytes).toString('latin1'), `${m.capture} ${m.index} ${message.type}`);
    checked++;
  }
  assert.ok(checked > 150, `only ${checked} checked`);
});

test.run();
