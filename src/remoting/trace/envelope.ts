/**
 * Pulls what the trace decoder needs out of one SOAP envelope: the WS-Addressing Action and
 * message ids, the shell it addresses, and the base64 PSRP payloads it carries (creationXml,
 * connectXml, connectResponseXml, rsp:Arguments, rsp:Stream).
 */
import { attributeValue, elementChildren, findChild, textOf, type XmlElement } from '../xml/index.js';
import { WsmanMessageError, selectorValue, type WsmanHeaders } from '../wsman/index.js';
import { parseHeaders } from '../wsman/headers.js';
import { NS } from '../wsman/namespaces.js';
import { TraceError } from './errors.js';

export interface EnvelopePayload {
  /** Local name of the element that carried it. */
  readonly element: string;
  /** Stream name: the Stream element's Name, "stdin" for the creation/connect/command blobs. */
  readonly stream: string;
  /** CommandId the payload belongs to; '' when it targets the RunspacePool. */
  readonly commandId: string;
  /** The element's text: base64 for PSRP; WinRS shells carry plain command lines in Arguments. */
  readonly text: string;
}

export interface EnvelopeInfo {
  readonly action: string;
  readonly messageId: string | undefined;
  readonly relatesTo: string | undefined;
  readonly resourceUri: string | undefined;
  readonly shellId: string | undefined;
  /** The command (pipeline) a Signal, Receive, Connect... addresses, or a CommandResponse created. */
  readonly commandId: string | undefined;
  readonly payloads: readonly EnvelopePayload[];
}

const PAYLOAD_ELEMENTS: ReadonlyMap<string, string> = new Map([
  ['creationXml', NS.powershell],
  ['connectXml', NS.powershell],
  ['connectResponseXml', NS.powershell],
  ['Arguments', NS.shell],
  ['Stream', NS.shell],
]);

export function readEnvelope(envelope: XmlElement): EnvelopeInfo {
  if (envelope.ns !== NS.soap || envelope.local !== 'Envelope') {
    throw new TraceError(`Expected a SOAP Envelope, found <${envelope.local}>.`);
  }
  const header = findChild(envelope, NS.soap, 'Header');
  const body = findChild(envelope, NS.soap, 'Body');
  if (header === undefined || body === undefined) throw new TraceError('The SOAP envelope has no Header or no Body.');
  let headers: WsmanHeaders;
  try {
    headers = parseHeaders(header);
  } catch (error) {
    if (error instanceof WsmanMessageError) throw new TraceError(`The SOAP header does not parse: ${error.message}`);
    throw error;
  }
  if (headers.action === '') throw new TraceError('The SOAP envelope has no wsa:Action header.');
  const payloads: EnvelopePayload[] = [];
  collectPayloads(body, '', payloads);
  return {
    action: headers.action,
    messageId: headers.messageId,
    relatesTo: headers.relatesTo,
    resourceUri: headers.resourceUri,
    shellId: selectorValue(headers, 'ShellId') ?? bodyShellId(body),
    commandId: bodyCommandId(body),
    payloads,
  };
}

function selectorShellId(parent: XmlElement): string | undefined {
  const set = findChild(parent, NS.wsman, 'SelectorSet');
  if (set === undefined) return undefined;
  for (const selector of elementChildren(set)) {
    if (selector.local === 'Selector' && attributeValue(selector, 'Name') === 'ShellId') return textOf(selector).trim();
  }
  return undefined;
}

/**
 * wxf:Create names the shell in an attribute; its response in the ResourceCreated endpoint
 * reference and an rsp:ShellId child. Windows may pick another id than the one asked for.
 */
function bodyShellId(body: XmlElement): string | undefined {
  const created = findChild(body, NS.transfer, 'ResourceCreated');
  const reference = created === undefined ? undefined : findChild(created, NS.addressing, 'ReferenceParameters');
  const fromReference = reference === undefined ? undefined : selectorShellId(reference);
  if (fromReference !== undefined) return fromReference;
  const shell = findChild(body, NS.shell, 'Shell');
  if (shell === undefined) return undefined;
  const id = findChild(shell, NS.shell, 'ShellId');
  return attributeValue(shell, 'ShellId') ?? (id === undefined ? undefined : textOf(id).trim());
}

function bodyCommandId(body: XmlElement): string | undefined {
  const operation = elementChildren(body)[0];
  if (operation === undefined) return undefined;
  const id = attributeValue(operation, 'CommandId') ?? textOfChild(operation, 'CommandId');
  return id?.trim().toUpperCase();
}

function textOfChild(el: XmlElement, local: string): string | undefined {
  const child = findChild(el, NS.shell, local);
  return child === undefined ? undefined : textOf(child);
}

function collectPayloads(el: XmlElement, commandId: string, out: EnvelopePayload[]): void {
  for (const child of elementChildren(el)) {
    if (PAYLOAD_ELEMENTS.get(child.local) === child.ns) {
      out.push({
        element: child.local,
        stream: child.local === 'Stream' ? (attributeValue(child, 'Name') ?? '') : 'stdin',
        commandId: (attributeValue(child, 'CommandId') ?? commandId).toUpperCase(),
        text: textOf(child),
      });
    } else {
      collectPayloads(child, attributeValue(child, 'CommandId') ?? commandId, out);
    }
  }
}
