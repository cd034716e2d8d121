/**
 * Server-side faults: each factory builds the fault Windows sends (compared with the captured Windows
 * faults where one exists), survives a build/parse round trip, and request errors map to faults.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  NS,
  WSMAN_ERROR,
  WsmanFault,
  WsmanMessageError,
  buildFault,
  checkRequestHeaders,
  faultFor,
  invalidTimeoutFault,
  mustUnderstandFault,
  operationTimedOutFault,
  parseEnvelope,
  parseRequest,
  parseResponse,
  requestTooLargeFault,
  responseTooLargeFault,
  unknownCommandFault,
  unknownShellFault,
  envelopeTooSmallFault,
  headerRequiredFault,
  actionNotSupportedFault,
  invalidXmlFault,
  invalidBodyFault,
  ACTION,
  isOperationTimeout,
  newMessageId,
  replyHeaders,
} from '../../../src/remoting/wsman/index.js';
import { XmlError } from '../../../src/remoting/xml/index.js';
import { loadCapture, selfClosing } from './fixtures.js';

function reparse(fault: WsmanFault, relatesTo = 'uuid:11111111-2222-3333-4444-555555555555'): { fault: WsmanFault; xml: string } {
  const xml = buildFault(fault, {
    messageId: 'uuid:AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE',
    to: 'http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous',
    relatesTo,
  });
  try {
    parseResponse(xml);
  } catch (e) {
    if (e instanceof WsmanFault) return { fault: e, xml };
    throw e;
  }
  throw new Error('the built fault did not parse as a fault');
}

function windowsFault(file: string, match: (r: string) => boolean): string {
  const m = loadCapture(file).messages.find((x) => x.response && match(x.response));
  if (!m?.response) throw new Error(`no matching fault in ${file}`);
  return m.response;
}

/** psh's fault envelope vs Windows' bytes, given the same message ids. */
function assertSameAsWindows(built: WsmanFault, windows: string) {
  const { headers } = parseEnvelope(windows);
  const xml = buildFault(built, { messageId: headers.messageId, to: headers.to, relatesTo: headers.relatesTo, activityId: headers.activityId });
  assert.fixture(xml, selfClosing(windows));
}

test('operationTimedOutFault is, byte for byte, the Receive time-out Windows sends; clients recognise it', () => {
  const windows = windowsFault('test_psrp_long_running_cmdlet.json', (r) => r.includes('TimedOut'));
  assertSameAsWindows(operationTimedOutFault('127.0.0.1'), windows);
  assert.is(operationTimedOutFault('x').wsmanCode, 2150858793);
  let received: unknown;
  try {
    parseResponse(windows);
  } catch (e) {
    received = e;
  }
  assert.ok(isOperationTimeout(received));
  assert.not.ok(isOperationTimeout(unknownCommandFault('x')));
  assert.not.ok(isOperationTimeout(new Error('timeout')));
});

test('replyHeaders relate a reply to its request the way Windows does', () => {
  const request = parseRequest(loadCapture('test_psrp_open_runspace.json').messages[0].request);
  const reply = replyHeaders(request.headers);
  assert.is(reply.relatesTo, request.headers.messageId);
  assert.is(reply.to, 'http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous');
  assert.match(reply.messageId!, /^uuid:[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  assert.is.not(newMessageId(), newMessageId());
});

test('unknownShellFault and unknownCommandFault are, byte for byte, the invalid selector faults Windows sends', () => {
  assertSameAsWindows(unknownShellFault('127.0.0.1'), windowsFault('test_psrp_is_alive_invalid_selectors.json', (r) => r.includes('Fault')));
  assertSameAsWindows(unknownCommandFault('127.0.0.1'), windowsFault('test_psrp_receive_failure.json', (r) => r.includes('Fault')));
  assert.is(unknownCommandFault('m').wsmanCode, 2150858843);
});

test('invalidTimeoutFault is, byte for byte, the invalid header fault Windows sends for PT-1S', () => {
  const windows = windowsFault('test_psrp_is_alive_other_wsman_error.json', (r) => r.includes('Fault'));
  assertSameAsWindows(invalidTimeoutFault('127.0.0.1', 'PT-1S'), windows);
  // WS-Addressing faults travel with the addressing fault action, as in the capture.
  assert.is(parseEnvelope(windows).headers.action, ACTION.AddressingFault);
  assert.ok(reparse(invalidTimeoutFault('m', 'PT-1S')).xml.includes(ACTION.AddressingFault));
  assert.ok(reparse(operationTimedOutFault('m')).xml.includes(ACTION.WsmanFault));
});

test('every fault factory survives a build/parse round trip with its code', () => {
  const cases: [WsmanFault, number][] = [
    [operationTimedOutFault('srv'), WSMAN_ERROR.OperationTimedOut],
    [unknownShellFault('srv'), WSMAN_ERROR.UnexpectedSelectors],
    [unknownCommandFault('srv'), WSMAN_ERROR.UnexpectedSelectors],
    [invalidTimeoutFault('srv', 'PTxS'), WSMAN_ERROR.InvalidMessageInformationHeader],
    [headerRequiredFault('srv'), WSMAN_ERROR.MessageInformationHeaderRequired],
    [actionNotSupportedFault('srv'), WSMAN_ERROR.ActionNotSupported],
    [mustUnderstandFault('srv'), WSMAN_ERROR.MustUnderstand],
    [invalidXmlFault('srv'), WSMAN_ERROR.InvalidXml],
    [invalidBodyFault('srv'), WSMAN_ERROR.InvalidSoapBody],
    [responseTooLargeFault('srv'), WSMAN_ERROR.MaxEnvelopeSizeExceeded],
    [requestTooLargeFault('srv'), WSMAN_ERROR.ServerEnvelopeLimit],
    [envelopeTooSmallFault('srv'), WSMAN_ERROR.MinEnvelopeSize],
  ];
  for (const [fault, code] of cases) {
    const { fault: parsed } = reparse(fault);
    assert.is(parsed.wsmanCode, code);
    assert.equal(parsed.code, fault.code);
    assert.equal(parsed.subcode, fault.subcode);
    assert.is(parsed.reason, fault.reason);
    assert.equal(parsed.detail, fault.detail);
    assert.is(parsed.message, fault.message);
    assert.is(parsed.detail?.machine, 'srv');
  }
  assert.is(requestTooLargeFault('srv').httpStatus, 413);
  assert.is(operationTimedOutFault('srv').httpStatus, 500);
  assert.equal(mustUnderstandFault('srv').code, { ns: NS.soap, local: 'MustUnderstand' });
});

test('fault text is escaped and Unicode survives', () => {
  const fault = new WsmanFault({
    code: { ns: NS.soap, local: 'Receiver' },
    subcode: { ns: NS.wsman, local: 'InternalError' },
    reason: 'a < b & "c" — ünïcode',
    detail: { code: 5, machine: 'host', providerFault: { provider: 'p<1>', text: 'x & y' } },
  });
  const { fault: parsed } = reparse(fault);
  assert.is(parsed.reason, 'a < b & "c" — ünïcode');
  assert.is(parsed.detail?.providerFault?.provider, 'p<1>');
  assert.is(parsed.message, 'x & y');
});

const request = (headers: string, body = '<s:Body/>') =>
  `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd"><s:Header>${headers}</s:Header>${body}</s:Envelope>`;
const GET = '<a:Action>http://schemas.xmlsoap.org/ws/2004/09/transfer/Get</a:Action>';
const ID = '<a:MessageID>uuid:1</a:MessageID>';

function faultOf(fn: () => unknown): WsmanFault {
  try {
    fn();
  } catch (e) {
    return faultFor(e, 'srv');
  }
  throw new Error('no error');
}

test('checkRequestHeaders: timeouts, missing MessageID, mustUnderstand headers', () => {
  const check = (xml: string) => checkRequestHeaders(parseRequest(xml).headers, 'srv');
  check(request(GET + ID + '<w:OperationTimeout>PT60.000S</w:OperationTimeout>'));
  assert.is(faultOf(() => check(request(GET + ID + '<w:OperationTimeout>PT-1S</w:OperationTimeout>'))).message, 'The WS-Management service cannot process the request. The XML contains an invalid timeout field in the SOAP header: PT-1S.');
  assert.is(faultOf(() => check(request(GET + ID + '<w:OperationTimeout>soon</w:OperationTimeout>'))).wsmanCode, WSMAN_ERROR.InvalidMessageInformationHeader);
  assert.is(faultOf(() => check(request(GET))).wsmanCode, WSMAN_ERROR.MessageInformationHeaderRequired);
  const unknown = request(GET + ID + '<x:Thing xmlns:x="urn:x" s:mustUnderstand="true">1</x:Thing><y:Other xmlns:y="urn:y">2</y:Other>');
  assert.equal(parseRequest(unknown).headers.notUnderstood, [{ ns: 'urn:x', local: 'Thing' }]);
  assert.is(faultOf(() => check(unknown)).wsmanCode, WSMAN_ERROR.MustUnderstand);
});

test('faultFor maps request errors to the faults a server sends', () => {
  assert.is(faultOf(() => parseRequest('<a><b></a>')).wsmanCode, WSMAN_ERROR.InvalidXml);
  assert.is(faultOf(() => parseRequest('<nope/>')).wsmanCode, WSMAN_ERROR.InvalidSoapBody);
  assert.is(faultOf(() => parseRequest(request(ID))).wsmanCode, WSMAN_ERROR.MessageInformationHeaderRequired);
  assert.is(faultOf(() => parseRequest(request('<a:Action>urn:unknown</a:Action>' + ID))).wsmanCode, WSMAN_ERROR.ActionNotSupported);
  assert.is(
    faultOf(() => parseRequest(request(GET + ID + '<w:MaxEnvelopeSize>lots</w:MaxEnvelopeSize>'))).wsmanCode,
    WSMAN_ERROR.InvalidMessageInformationHeader,
  );
  const receive = '<a:Action>http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive</a:Action>';
  assert.is(faultOf(() => parseRequest(request(receive + ID))).wsmanCode, WSMAN_ERROR.InvalidSoapBody);
  assert.is(faultFor(new XmlError('TooLarge', 'big'), 'srv').httpStatus, 413);
  assert.is(faultFor(new WsmanMessageError('InvalidBody', 'x'), 'srv').wsmanCode, WSMAN_ERROR.InvalidSoapBody);
  const internal = faultFor(new TypeError('secret stack detail'), 'srv');
  assert.not.match(internal.reason, /secret/);
  assert.is(internal.wsmanCode, WSMAN_ERROR.ProviderFailure);
});

test.run();
