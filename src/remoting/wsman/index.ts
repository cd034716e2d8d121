/**
 * Sans-I/O WS-Management (MS-WSMV over SOAP 1.2) for both the psh client and the psh WS-Man server:
 * typed requests/responses/faults in, envelope text out, and back. No sockets, timers or HTTP here.
 *
 * Client: buildRequest({ headers, body: { operation: 'Receive', ... } }) -> POST it; then
 *   parseResponseFor('Receive', bytes) -> typed body, or throws WsmanFault (isOperationTimeout(e):
 *   poll again), XmlError (hostile/malformed XML) or WsmanMessageError (not a usable message).
 *   sendPayloadCapacity() says how many PSRP bytes fit in one Send.
 * Server: checkRequestSize() before parsing (HTTP 413), parseRequest(bytes) -> typed request,
 *   checkRequestHeaders(), responseSizeLimit(); answer with buildResponse({ headers:
 *   replyHeaders(request.headers), body }) or buildFault(fault, replyHeaders(...)), where
 *   faultFor(error) turns any parse error into the fault Windows would send, and the *Fault()
 *   factories build Windows' own faults (time-out, unknown shell/command, invalid header...).
 */
export { NS, PREFIX, type NamespaceKey } from './namespaces.js';
export { ACTION, ANONYMOUS_ADDRESS, COMMAND_STATE, FAULT_DETAIL, OPTION, RESOURCE_URI, SELECTOR_FILTER_DIALECT, SIGNAL } from './uris.js';
export { durationToSeconds, secondsToDuration } from './duration.js';
export { WsmanMessageError, type WsmanMessageErrorKind } from './errors.js';
export { newMessageId, optionValue, replyHeaders, selectorValue, type MessageRole, type Selector, type WsmanHeaders, type WsmanOption } from './headers.js';
export { buildEnvelope, parseEnvelope, type EnvelopeOptions, type ParsedEnvelope } from './envelope.js';
export { WsmanFault, type ProviderFault, type WsmanFaultDetail, type WsmanFaultInit } from './fault.js';
export type { EnvironmentVariable, Shell } from './shell.js';
export { commandStateName, type CommandState, type CommandStateName, type DesiredStream, type StreamData } from './stream.js';
export type { CommandInfo, EnumerateRequest, EnumerationItem, EnumerationResult, PullRequest } from './enumeration.js';
export type { IdentifyResponse } from './identify.js';
export {
  buildRequest,
  parseRequest,
  signalKind,
  type CommandLine,
  type Operation,
  type RequestBody,
  type Signal,
  type SignalKind,
  type WsmanRequest,
} from './request.js';
export {
  buildFault,
  buildResponse,
  parseResponse,
  parseResponseFor,
  type EndpointReference,
  type ResponseBody,
  type ResponseFor,
  type WsmanResponse,
} from './response.js';
export {
  MIN_MAX_ENVELOPE_SIZE,
  checkRequestSize,
  payloadCapacity,
  receivePayloadCapacity,
  responseSizeLimit,
  sendPayloadCapacity,
} from './envelope-size.js';
export { checkRequestHeaders } from './request-checks.js';
export {
  WSMAN_ERROR,
  actionNotSupportedFault,
  envelopeTooSmallFault,
  faultFor,
  headerRequiredFault,
  invalidBodyFault,
  invalidHeaderFault,
  invalidTimeoutFault,
  invalidXmlFault,
  isOperationTimeout,
  mustUnderstandFault,
  operationTimedOutFault,
  requestTooLargeFault,
  responseTooLargeFault,
  unknownCommandFault,
  unknownShellFault,
} from './windows-faults.js';
