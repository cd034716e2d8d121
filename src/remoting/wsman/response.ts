/**
 * WS-Man responses as typed objects: buildResponse() / buildFault() for the server, parseResponse() for
 * the client (a SOAP fault is thrown as a WsmanFault). Shapes follow what Windows WinRM answers.
 */
import { attribute, elementChildren, findChild, findChildren, textOf, type XmlElement, type XmlLimits } from '../xml/index.js';
import { enumerationResultElement, parseEnumerationResult, type EnumerationResult } from './enumeration.js';
import { buildEnvelope, parseEnvelope } from './envelope.js';
import { WsmanMessageError } from './errors.js';
import { faultElement, findFault, parseFault, type WsmanFaultInit } from './fault.js';
import { parseSelectorSet, selectorSetElement, type Selector, type WsmanHeaders } from './headers.js';
import { identifyResponseElement, parseIdentifyResponse, type IdentifyResponse } from './identify.js';
import { NS, type NamespaceKey } from './namespaces.js';
import type { Operation } from './request.js';
import { parseShell, shellElement, type Shell } from './shell.js';
import { commandStateElement, parseCommandState, parseStream, streamElement, type CommandState, type StreamData } from './stream.js';
import { ACTION } from './uris.js';
import { childText, decodeBase64, encodeBase64, tokens, wsElement } from './xml.js';

/** wst:ResourceCreated: where the new shell lives (its ShellId is a selector). */
export interface EndpointReference {
  readonly address: string;
  readonly resourceUri?: string;
  readonly selectors: readonly Selector[];
}

export type ResponseBody =
  | { readonly operation: 'Identify'; readonly identity: IdentifyResponse }
  /** `shell` when the resource was a shell; `item` is the body element as received (e.g. cfg:Config). */
  | { readonly operation: 'Get'; readonly shell?: Shell; readonly item?: XmlElement }
  | { readonly operation: 'Create'; readonly resourceCreated: EndpointReference; readonly shell?: Shell }
  | { readonly operation: 'Delete' }
  | { readonly operation: 'Enumerate'; readonly result: EnumerationResult }
  | { readonly operation: 'Pull'; readonly result: EnumerationResult }
  | { readonly operation: 'Command'; readonly commandId: string }
  | { readonly operation: 'Send' }
  | {
      readonly operation: 'Receive';
      readonly streams: readonly StreamData[];
      readonly commandState?: CommandState;
      readonly sequenceId?: number;
    }
  | { readonly operation: 'Signal' }
  | { readonly operation: 'Disconnect' }
  | { readonly operation: 'Reconnect' }
  | {
      readonly operation: 'Connect';
      readonly inputStreams?: readonly string[];
      readonly outputStreams?: readonly string[];
      readonly connectResponseXml?: Uint8Array;
    };

export type ResponseFor<O extends Operation> = Extract<ResponseBody, { operation: O }>;

export interface WsmanResponse<B extends ResponseBody = ResponseBody> {
  readonly headers: Omit<WsmanHeaders, 'action'> & { readonly action?: string };
  readonly body: B;
}

function bodyElements(body: ResponseBody): (XmlElement | undefined)[] {
  const shellResponse = (local: string) => wsElement('shell', local);
  switch (body.operation) {
    case 'Identify':
      return [identifyResponseElement(body.identity)];
    case 'Get':
      return [body.shell ? shellElement(body.shell, 'description') : body.item];
    case 'Create': {
      const r = body.resourceCreated;
      return [
        wsElement('transfer', 'ResourceCreated', {
          children: [
            wsElement('addressing', 'Address', r.address),
            wsElement('addressing', 'ReferenceParameters', {
              children: [
                r.resourceUri === undefined ? undefined : wsElement('wsman', 'ResourceURI', r.resourceUri),
                selectorSetElement(r.selectors),
              ],
            }),
          ],
        }),
        body.shell ? shellElement(body.shell, 'description') : undefined,
      ];
    }
    case 'Delete':
    case 'Disconnect':
    case 'Reconnect':
      return [];
    case 'Enumerate':
      return [enumerationResultElement(body.result, 'EnumerateResponse')];
    case 'Pull':
      return [enumerationResultElement(body.result, 'PullResponse')];
    case 'Command':
      return [wsElement('shell', 'CommandResponse', { children: [wsElement('shell', 'CommandId', body.commandId)] })];
    case 'Send':
      return [shellResponse('SendResponse')];
    case 'Signal':
      return [shellResponse('SignalResponse')];
    case 'Receive':
      return [
        wsElement('shell', 'ReceiveResponse', {
          // MS-WSMV's schema spells it SequenceID, its example SequenceId; Windows omits it.
          attributes: body.sequenceId === undefined ? [] : [attribute('SequenceId', String(body.sequenceId))],
          children: [...body.streams.map(streamElement), body.commandState ? commandStateElement(body.commandState) : undefined],
        }),
      ];
    case 'Connect':
      return [
        wsElement('shell', 'ConnectResponse', {
          children: [
            body.inputStreams === undefined ? undefined : wsElement('shell', 'InputStreams', body.inputStreams.join(' ')),
            body.outputStreams === undefined ? undefined : wsElement('shell', 'OutputStreams', body.outputStreams.join(' ')),
            body.connectResponseXml === undefined
              ? undefined
              : wsElement('powershell', 'connectResponseXml', encodeBase64(body.connectResponseXml)),
          ],
        }),
      ];
  }
}

/** Windows puts xml:lang on every response envelope. */
const RESPONSE_LANG = 'en-US';

/**
 * The namespaces Windows declares on each response's s:Envelope (used or not; shell descriptions
 * re-declare rsp themselves), from the captures.
 */
const WINDOWS_DECLARATIONS: Record<Exclude<Operation, 'Identify'>, readonly NamespaceKey[]> = {
  Create: ['soap', 'addressing', 'transfer', 'wsman', 'shell', 'wsmv'],
  Command: ['soap', 'addressing', 'transfer', 'wsman', 'shell', 'wsmv'],
  Send: ['soap', 'addressing', 'transfer', 'wsman', 'shell', 'wsmv'],
  Signal: ['soap', 'addressing', 'transfer', 'wsman', 'shell', 'wsmv'],
  Connect: ['soap', 'addressing', 'transfer', 'wsman', 'shell', 'wsmv'],
  Receive: ['soap', 'addressing', 'wsman', 'shell', 'wsmv'],
  Delete: ['soap', 'addressing', 'wsman', 'wsmv'],
  Disconnect: ['soap', 'addressing', 'wsman', 'wsmv'],
  Reconnect: ['soap', 'addressing', 'wsman', 'wsmv'],
  Get: ['soap', 'addressing', 'transfer', 'wsman', 'wsmv'],
  Enumerate: ['soap', 'addressing', 'enumeration', 'wsman', 'wsmv'],
  Pull: ['soap', 'addressing', 'enumeration', 'wsman', 'wsmv'],
};
const FAULT_DECLARATIONS: readonly NamespaceKey[] = ['soap', 'addressing', 'transfer', 'eventing', 'enumeration', 'wsman', 'wsmv'];

export function buildResponse(response: WsmanResponse): string {
  const { body } = response;
  const headers =
    body.operation === 'Identify'
      ? undefined
      : { ...response.headers, action: response.headers.action ?? ACTION[`${body.operation}Response`] };
  const elements = bodyElements(body).filter((e): e is XmlElement => e !== undefined);
  const declare = body.operation === 'Identify' ? [] : WINDOWS_DECLARATIONS[body.operation];
  return buildEnvelope('response', headers, elements, { lang: RESPONSE_LANG, declare, declareOnly: true });
}

/** A fault envelope as Windows writes it (WS-Addressing subcodes use the addressing fault action). */
export function buildFault(fault: WsmanFaultInit, headers: Omit<WsmanHeaders, 'action'>): string {
  const action = fault.subcode?.ns === NS.addressing ? ACTION.AddressingFault : ACTION.WsmanFault;
  // Fault codes are QNames in text (s:Sender, w:TimedOut): these declarations are what binds them.
  return buildEnvelope('response', { ...headers, action }, [faultElement(fault)], { lang: RESPONSE_LANG, declare: FAULT_DECLARATIONS, declareOnly: true });
}

const OPERATION_BY_RESPONSE_ACTION = new Map<string, Exclude<Operation, 'Identify'>>(
  (['Get', 'Create', 'Delete', 'Enumerate', 'Pull', 'Command', 'Send', 'Receive', 'Signal', 'Disconnect', 'Reconnect', 'Connect'] as const).map(
    (op) => [ACTION[`${op}Response`], op],
  ),
);

/**
 * Reads a response envelope (client side). A SOAP fault is thrown as WsmanFault; malformed input as
 * XmlError or WsmanMessageError.
 */
export function parseResponse(input: string | Uint8Array, limits?: Partial<XmlLimits>): WsmanResponse {
  const { headers, body } = parseEnvelope(input, limits);
  const fault = findFault(body);
  if (fault) throw parseFault(fault);
  const first = elementChildren(body)[0];
  if (headers.action === '' && first?.ns === NS.identity && first.local === 'IdentifyResponse') {
    return { headers, body: { operation: 'Identify', identity: parseIdentifyResponse(first) } };
  }
  const operation = OPERATION_BY_RESPONSE_ACTION.get(headers.action);
  if (!operation) throw new WsmanMessageError('UnexpectedAction', `Unexpected response action: '${headers.action}'`);
  return { headers, body: parseResponseBody(operation, body) };
}

/** parseResponse, checking that the response answers the expected operation. */
export function parseResponseFor<O extends Operation>(
  operation: O,
  input: string | Uint8Array,
  limits?: Partial<XmlLimits>,
): WsmanResponse<ResponseFor<O>> {
  const response = parseResponse(input, limits);
  if (response.body.operation !== operation) {
    throw new WsmanMessageError('UnexpectedAction', `Expected a ${operation} response, got ${response.body.operation}.`);
  }
  return response as WsmanResponse<ResponseFor<O>>;
}

function bodyChild(body: XmlElement, key: 'shell' | 'enumeration' | 'transfer', local: string): XmlElement {
  const el = findChild(body, NS[key], local);
  if (!el) throw new WsmanMessageError('InvalidBody', `Expected ${local} in the SOAP body.`);
  return el;
}

function parseResponseBody(operation: Exclude<Operation, 'Identify'>, body: XmlElement): ResponseBody {
  switch (operation) {
    case 'Delete':
    case 'Disconnect':
    case 'Reconnect':
    case 'Send':
    case 'Signal':
      return { operation };
    case 'Get': {
      const item = elementChildren(body)[0];
      const shell = item?.ns === NS.shell && item.local === 'Shell' ? parseShell(item) : undefined;
      return { operation, ...(shell ? { shell } : {}), ...(item ? { item } : {}) };
    }
    case 'Create': {
      const created = bodyChild(body, 'transfer', 'ResourceCreated');
      const params = findChild(created, NS.addressing, 'ReferenceParameters');
      const set = params && findChild(params, NS.wsman, 'SelectorSet');
      const resourceUri = params && childText(params, 'wsman', 'ResourceURI');
      const shell = findChild(body, NS.shell, 'Shell');
      return {
        operation,
        resourceCreated: {
          address: childText(created, 'addressing', 'Address') ?? '',
          ...(resourceUri === undefined ? {} : { resourceUri }),
          selectors: set ? parseSelectorSet(set) : [],
        },
        ...(shell ? { shell: parseShell(shell) } : {}),
      };
    }
    case 'Enumerate':
      return { operation, result: parseEnumerationResult(bodyChild(body, 'enumeration', 'EnumerateResponse')) };
    case 'Pull':
      return { operation, result: parseEnumerationResult(bodyChild(body, 'enumeration', 'PullResponse')) };
    case 'Command': {
      const commandId = childText(bodyChild(body, 'shell', 'CommandResponse'), 'shell', 'CommandId');
      if (!commandId) throw new WsmanMessageError('InvalidBody', 'CommandResponse has no CommandId.');
      return { operation, commandId };
    }
    case 'Receive': {
      const el = bodyChild(body, 'shell', 'ReceiveResponse');
      // MS-WSMV's custom shell example (4.8.4) interleaves several CommandStates; the last is current.
      const state = findChildren(el, NS.shell, 'CommandState').at(-1);
      const sequenceId = el.attributes.find((a) => a.ns === '' && (a.local === 'SequenceID' || a.local === 'SequenceId'))?.value;
      return {
        operation,
        streams: findChildren(el, NS.shell, 'Stream').map(parseStream),
        ...(state ? { commandState: parseCommandState(state) } : {}),
        ...(sequenceId === undefined ? {} : { sequenceId: Number(sequenceId) }),
      };
    }
    case 'Connect': {
      // Reconnecting a command answers with an empty body or an empty ConnectResponse.
      const el = findChild(body, NS.shell, 'ConnectResponse');
      if (!el) return { operation };
      const inputStreams = childText(el, 'shell', 'InputStreams');
      const outputStreams = childText(el, 'shell', 'OutputStreams');
      const xml = findChild(el, NS.powershell, 'connectResponseXml');
      return {
        operation,
        ...(inputStreams === undefined ? {} : { inputStreams: tokens(inputStreams) }),
        ...(outputStreams === undefined ? {} : { outputStreams: tokens(outputStreams) }),
        ...(xml ? { connectResponseXml: decodeBase64(textOf(xml), 'connectResponseXml') } : {}),
      };
    }
  }
}
