/**
 * WS-Man requests of the shell resource as typed objects: buildRequest() for the client, parseRequest()
 * for the server. The operation is named by its Action; the body shapes follow MS-WSMV 2.2.4.
 */
import { attribute, attributeValue, elementChildren, findChild, findChildren, textOf, type XmlElement, type XmlLimits } from '../xml/index.js';
import { parseEnumerate, parsePull, enumerateElement, pullElement, type EnumerateRequest, type PullRequest } from './enumeration.js';
import { buildEnvelope, parseEnvelope } from './envelope.js';
import { WsmanMessageError } from './errors.js';
import type { WsmanHeaders } from './headers.js';
import { identifyElement } from './identify.js';
import { NS } from './namespaces.js';
import { parseShell, shellElement, type Shell } from './shell.js';
import { desiredStreamElement, parseDesiredStream, parseStream, streamElement, type DesiredStream, type StreamData } from './stream.js';
import { ACTION, SIGNAL } from './uris.js';
import { childText, decodeBase64, encodeBase64, requireChild, wsElement } from './xml.js';

export type Operation =
  | 'Identify'
  | 'Get'
  | 'Create'
  | 'Delete'
  | 'Enumerate'
  | 'Pull'
  | 'Command'
  | 'Send'
  | 'Receive'
  | 'Signal'
  | 'Disconnect'
  | 'Reconnect'
  | 'Connect';

export interface CommandLine {
  /** Chosen by the client for PSRP (the PowerShell pipeline id); absent for cmd shells. */
  readonly commandId?: string;
  readonly command: string;
  /** Argument texts; PSRP sends one argument holding base64 PSRP fragments. */
  readonly arguments?: readonly string[];
}

export interface Signal {
  readonly commandId?: string;
  /** A SIGNAL code URI (or PowerShell's 'powershell/signal/crtl_c'). */
  readonly code: string;
}

export type SignalKind = 'ctrl_c' | 'ctrl_break' | 'terminate';

/** What a signal code asks for; both PowerShell spellings of Ctrl+C are accepted. */
export function signalKind(code: string): SignalKind | undefined {
  switch (code.trim()) {
    case SIGNAL.ctrlC:
    case SIGNAL.psCtrlC:
    case SIGNAL.psCtrlCDocumented:
      return 'ctrl_c';
    case SIGNAL.ctrlBreak:
      return 'ctrl_break';
    case SIGNAL.terminate:
      return 'terminate';
    default:
      return undefined;
  }
}

export type RequestBody =
  | { readonly operation: 'Identify' }
  | { readonly operation: 'Get' }
  | { readonly operation: 'Create'; readonly shell: Shell }
  | { readonly operation: 'Delete' }
  | { readonly operation: 'Enumerate'; readonly enumerate: EnumerateRequest }
  | { readonly operation: 'Pull'; readonly pull: PullRequest }
  | { readonly operation: 'Command'; readonly commandLine: CommandLine }
  | { readonly operation: 'Send'; readonly streams: readonly StreamData[] }
  | { readonly operation: 'Receive'; readonly desiredStream: DesiredStream; readonly sequenceId?: number }
  | { readonly operation: 'Signal'; readonly signal: Signal }
  /** Overrides of the shell's IdleTimeOut (xs:duration) and BufferMode while disconnected. */
  | { readonly operation: 'Disconnect'; readonly idleTimeOut?: string; readonly bufferMode?: string }
  | { readonly operation: 'Reconnect' }
  /** connectXml holds PSRP fragments when connecting to a shell; commandId reconnects a pipeline. */
  | { readonly operation: 'Connect'; readonly commandId?: string; readonly connectXml?: Uint8Array };

export interface WsmanRequest<B extends RequestBody = RequestBody> {
  /** The Action is implied by the operation; parsed requests carry the one received. */
  readonly headers: Omit<WsmanHeaders, 'action'> & { readonly action?: string };
  readonly body: B;
}

function bodyElement(body: RequestBody): XmlElement | undefined {
  switch (body.operation) {
    case 'Identify':
      return identifyElement();
    case 'Get':
    case 'Delete':
    case 'Reconnect':
      return undefined;
    case 'Create':
      return shellElement(body.shell, 'request');
    case 'Enumerate':
      return enumerateElement(body.enumerate);
    case 'Pull':
      return pullElement(body.pull);
    case 'Command': {
      const c = body.commandLine;
      return wsElement('shell', 'CommandLine', {
        attributes: c.commandId === undefined ? [] : [attribute('CommandId', c.commandId)],
        children: [wsElement('shell', 'Command', c.command), ...(c.arguments ?? []).map((a) => wsElement('shell', 'Arguments', a))],
      });
    }
    case 'Send':
      return wsElement('shell', 'Send', { children: body.streams.map(streamElement) });
    case 'Receive':
      return wsElement('shell', 'Receive', {
        attributes: body.sequenceId === undefined ? [] : [attribute('SequenceId', String(body.sequenceId))],
        children: [desiredStreamElement(body.desiredStream)],
      });
    case 'Signal':
      return wsElement('shell', 'Signal', {
        attributes: body.signal.commandId === undefined ? [] : [attribute('CommandId', body.signal.commandId)],
        children: [wsElement('shell', 'Code', body.signal.code)],
      });
    case 'Disconnect':
      return wsElement('shell', 'Disconnect', {
        children: [
          body.idleTimeOut === undefined ? undefined : wsElement('shell', 'IdleTimeOut', body.idleTimeOut),
          body.bufferMode === undefined ? undefined : wsElement('shell', 'BufferMode', body.bufferMode),
        ],
      });
    case 'Connect':
      return wsElement('shell', 'Connect', {
        attributes: body.commandId === undefined ? [] : [attribute('CommandId', body.commandId)],
        children: [body.connectXml === undefined ? undefined : wsElement('powershell', 'connectXml', encodeBase64(body.connectXml))],
      });
  }
}

export function buildRequest(request: WsmanRequest): string {
  const { body } = request;
  const element = bodyElement(body);
  // Identify is the one request without WS-Addressing headers (DSP0226 §11).
  const headers = body.operation === 'Identify' ? undefined : { ...request.headers, action: request.headers.action ?? ACTION[body.operation] };
  return buildEnvelope('request', headers, element ? [element] : []);
}

const OPERATION_BY_ACTION = new Map<string, Exclude<Operation, 'Identify'>>(
  (['Get', 'Create', 'Delete', 'Enumerate', 'Pull', 'Command', 'Send', 'Receive', 'Signal', 'Disconnect', 'Reconnect', 'Connect'] as const).map(
    (op) => [ACTION[op], op],
  ),
);

function expectBody(body: XmlElement, key: 'shell' | 'enumeration', local: string): XmlElement {
  const el = elementChildren(body)[0];
  if (!el || el.ns !== NS[key] || el.local !== local) {
    throw new WsmanMessageError('InvalidBody', `Expected ${local} in the SOAP body.`);
  }
  return el;
}

/** Reads a request envelope (server side). Throws XmlError or WsmanMessageError on bad input. */
export function parseRequest(input: string | Uint8Array, limits?: Partial<XmlLimits>): WsmanRequest {
  const { headers, body } = parseEnvelope(input, limits);
  const first = elementChildren(body)[0];
  if (headers.action === '' && first?.ns === NS.identity && first.local === 'Identify') {
    return { headers, body: { operation: 'Identify' } };
  }
  if (headers.action === '') throw new WsmanMessageError('MissingHeader', 'The request has no wsa:Action header.');
  const operation = OPERATION_BY_ACTION.get(headers.action);
  if (!operation) throw new WsmanMessageError('UnexpectedAction', `Unsupported action: ${headers.action}`);
  return { headers, body: parseRequestBody(operation, body) };
}

function parseRequestBody(operation: Exclude<Operation, 'Identify'>, body: XmlElement): RequestBody {
  switch (operation) {
    case 'Get':
    case 'Delete':
    case 'Reconnect':
      return { operation };
    case 'Create':
      return { operation, shell: parseShell(expectBody(body, 'shell', 'Shell')) };
    case 'Enumerate':
      return { operation, enumerate: parseEnumerate(expectBody(body, 'enumeration', 'Enumerate')) };
    case 'Pull':
      return { operation, pull: parsePull(expectBody(body, 'enumeration', 'Pull')) };
    case 'Command': {
      const el = expectBody(body, 'shell', 'CommandLine');
      const commandId = attributeValue(el, 'CommandId');
      return {
        operation,
        commandLine: {
          ...(commandId === undefined ? {} : { commandId: commandId.trim() }),
          command: textOf(requireChild(el, 'shell', 'Command')),
          arguments: findChildren(el, NS.shell, 'Arguments').map(textOf),
        },
      };
    }
    case 'Send': {
      const streams = findChildren(expectBody(body, 'shell', 'Send'), NS.shell, 'Stream').map(parseStream);
      if (streams.length === 0) throw new WsmanMessageError('InvalidBody', 'Send has no Stream element.');
      return { operation, streams };
    }
    case 'Receive': {
      const el = expectBody(body, 'shell', 'Receive');
      const sequenceId = attributeValue(el, 'SequenceId');
      return {
        operation,
        desiredStream: parseDesiredStream(requireChild(el, 'shell', 'DesiredStream')),
        ...(sequenceId === undefined ? {} : { sequenceId: Number(sequenceId) }),
      };
    }
    case 'Signal': {
      const el = expectBody(body, 'shell', 'Signal');
      const commandId = attributeValue(el, 'CommandId');
      return {
        operation,
        signal: { ...(commandId === undefined ? {} : { commandId: commandId.trim() }), code: textOf(requireChild(el, 'shell', 'Code')).trim() },
      };
    }
    case 'Disconnect': {
      const el = findChild(body, NS.shell, 'Disconnect');
      const idleTimeOut = el && childText(el, 'shell', 'IdleTimeOut');
      const bufferMode = el && childText(el, 'shell', 'BufferMode');
      return {
        operation,
        ...(idleTimeOut === undefined ? {} : { idleTimeOut }),
        ...(bufferMode === undefined ? {} : { bufferMode }),
      };
    }
    case 'Connect': {
      const el = expectBody(body, 'shell', 'Connect');
      const commandId = attributeValue(el, 'CommandId');
      const xml = findChild(el, NS.powershell, 'connectXml');
      return {
        operation,
        ...(commandId === undefined ? {} : { commandId: commandId.trim() }),
        ...(xml ? { connectXml: decodeBase64(textOf(xml), 'connectXml') } : {}),
      };
    }
  }
}
