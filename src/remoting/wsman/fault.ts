/**
 * SOAP 1.2 faults as WinRM sends them: s:Code/s:Value + s:Subcode, s:Reason/s:Text, and in s:Detail an
 * optional w:FaultDetail URI plus Microsoft's f:WSManFault (MS-WSMV 2.2.4.43) carrying the numeric
 * WS-Man error code. WsmanFault is both the error a client throws and what a server serializes.
 */
import {
  XML_NAMESPACE,
  attribute,
  attributeValue,
  findChild,
  isElement,
  resolveQName,
  textOf,
  type XmlElement,
  type XmlName,
} from '../xml/index.js';
import { WsmanMessageError } from './errors.js';
import { NS, PREFIX, type NamespaceKey } from './namespaces.js';
import { childText, wsElement } from './xml.js';

/** f:WSManFault: Windows nests one inside f:ProviderFault for plugin errors. */
export interface WsmanFaultDetail {
  readonly code: number;
  readonly machine: string;
  /** Text of f:Message (Windows ends it with a space); empty when the message is a ProviderFault. */
  readonly message?: string;
  readonly providerFault?: ProviderFault;
}

export interface ProviderFault {
  readonly provider?: string;
  readonly path?: string;
  readonly providerId?: string;
  /** Text content of the ProviderFault (plugins such as winrscmd.dll put the message here). */
  readonly text?: string;
  readonly wsmanFault?: WsmanFaultDetail;
}

export interface WsmanFaultInit {
  /** s:Code/s:Value, e.g. {soap-envelope}Sender or Receiver. */
  readonly code: XmlName;
  /** s:Subcode/s:Value, e.g. {wsman}TimedOut, {addressing}InvalidMessageInformationHeader. */
  readonly subcode?: XmlName;
  readonly reason: string;
  readonly reasonLang?: string;
  /** w:FaultDetail URI, e.g. .../faultDetail/UnexpectedSelectors. */
  readonly faultDetail?: string;
  readonly detail?: WsmanFaultDetail;
  /**
   * HTTP status a server should answer with. WinRM uses 500 for SOAP faults; 413 marks a request body
   * over the size limit (MS-WSMV 3.1.4.1.20), where no envelope should be processed at all.
   */
  readonly httpStatus?: number;
}

export class WsmanFault extends Error implements WsmanFaultInit {
  override readonly name = 'WsmanFault';
  readonly code: XmlName;
  readonly subcode?: XmlName;
  readonly reason: string;
  readonly reasonLang?: string;
  readonly faultDetail?: string;
  readonly detail?: WsmanFaultDetail;
  readonly httpStatus: number;

  constructor(init: WsmanFaultInit) {
    super(faultText(init));
    this.code = init.code;
    this.subcode = init.subcode;
    this.reason = init.reason;
    this.reasonLang = init.reasonLang;
    this.faultDetail = init.faultDetail;
    this.detail = init.detail;
    this.httpStatus = init.httpStatus ?? 500;
  }

  /** The WS-Man error code (e.g. 2150858793 for an OperationTimeout), when Windows supplied one. */
  get wsmanCode(): number | undefined {
    return this.detail?.code;
  }
}

/** The most specific human-readable text in the fault, trimmed. */
function faultText(init: WsmanFaultInit): string {
  let d = init.detail;
  while (d) {
    if (d.message?.trim()) return d.message.trim();
    if (d.providerFault?.text?.trim()) return d.providerFault.text.trim();
    d = d.providerFault?.wsmanFault;
  }
  return init.reason.trim();
}

function qnameText(name: XmlName): string {
  const key = (Object.keys(NS) as NamespaceKey[]).find((k) => NS[k] === name.ns);
  return key ? `${PREFIX[key]}:${name.local}` : name.local;
}

function detailElement(d: WsmanFaultDetail): XmlElement {
  const pf = d.providerFault;
  const provider = pf
    ? wsElement('wsmanFault', 'ProviderFault', {
        attributes: [
          ...(pf.provider === undefined ? [] : [attribute('provider', pf.provider)]),
          ...(pf.path === undefined ? [] : [attribute('path', pf.path)]),
          ...(pf.providerId === undefined ? [] : [attribute('providerId', pf.providerId)]),
        ],
        children: [pf.text, pf.wsmanFault ? detailElement(pf.wsmanFault) : undefined],
      })
    : undefined;
  return wsElement('wsmanFault', 'WSManFault', {
    // Windows declares xmlns:f on every f:WSManFault, nested ones included.
    declarations: new Map([[PREFIX.wsmanFault, NS.wsmanFault]]),
    attributes: [attribute('Code', String(d.code)), attribute('Machine', d.machine)],
    children: [d.message === undefined && !provider ? undefined : wsElement('wsmanFault', 'Message', { children: [d.message, provider] })],
  });
}

/** The s:Fault element. QName values need s/w/a declared above it: buildEnvelope declares them. */
export function faultElement(f: WsmanFaultInit): XmlElement {
  const soap = (local: string, children: (XmlElement | string | undefined)[]) => wsElement('soap', local, { children });
  return soap('Fault', [
    soap('Code', [soap('Value', [qnameText(f.code)]), f.subcode ? soap('Subcode', [soap('Value', [qnameText(f.subcode)])]) : undefined]),
    soap('Reason', [
      wsElement('soap', 'Text', {
        attributes: [{ ns: XML_NAMESPACE, prefix: 'xml', local: 'lang', value: f.reasonLang ?? 'en-US' }],
        children: [f.reason],
      }),
    ]),
    f.faultDetail === undefined && f.detail === undefined
      ? undefined
      : soap('Detail', [
          f.faultDetail === undefined ? undefined : wsElement('wsman', 'FaultDetail', f.faultDetail),
          f.detail ? detailElement(f.detail) : undefined,
        ]),
  ]);
}

function parseDetail(el: XmlElement): WsmanFaultDetail {
  const code = Number(attributeValue(el, 'Code')?.trim());
  const message = findChild(el, NS.wsmanFault, 'Message');
  const pfEl = message ? findChild(message, NS.wsmanFault, 'ProviderFault') : undefined;
  let providerFault: ProviderFault | undefined;
  if (pfEl) {
    const nested = findChild(pfEl, NS.wsmanFault, 'WSManFault');
    const text = textOf(pfEl);
    const provider = attributeValue(pfEl, 'provider');
    const path = attributeValue(pfEl, 'path');
    const providerId = attributeValue(pfEl, 'providerId');
    providerFault = {
      ...(provider === undefined ? {} : { provider }),
      ...(path === undefined ? {} : { path }),
      ...(providerId === undefined ? {} : { providerId }),
      ...(text.trim() === '' ? {} : { text }),
      ...(nested ? { wsmanFault: parseDetail(nested) } : {}),
    };
  }
  const messageText = message ? textOf(message) : undefined;
  return {
    code: Number.isSafeInteger(code) ? code : 0,
    machine: attributeValue(el, 'Machine') ?? '',
    ...(messageText !== undefined && (messageText.trim() !== '' || !providerFault) ? { message: messageText } : {}),
    ...(providerFault ? { providerFault } : {}),
  };
}

/** Reads an s:Fault element into a WsmanFault. */
export function parseFault(fault: XmlElement): WsmanFault {
  const codeEl = findChild(fault, NS.soap, 'Code');
  const valueEl = codeEl && findChild(codeEl, NS.soap, 'Value');
  if (!codeEl || !valueEl) throw new WsmanMessageError('InvalidBody', 'The SOAP fault has no Code.');
  const subEl = findChild(codeEl, NS.soap, 'Subcode');
  const subValue = subEl && findChild(subEl, NS.soap, 'Value');
  const reasonEl = findChild(fault, NS.soap, 'Reason');
  const textEl = reasonEl && findChild(reasonEl, NS.soap, 'Text');
  const detailEl = findChild(fault, NS.soap, 'Detail');
  const wsmanFault = detailEl && findChild(detailEl, NS.wsmanFault, 'WSManFault');
  return new WsmanFault({
    code: resolveQName(valueEl, textOf(valueEl)),
    subcode: subValue ? resolveQName(subValue, textOf(subValue)) : undefined,
    reason: textEl ? textOf(textEl) : '',
    reasonLang: textEl?.attributes.find((a) => a.ns === XML_NAMESPACE && a.local === 'lang')?.value,
    faultDetail: detailEl ? childText(detailEl, 'wsman', 'FaultDetail') : undefined,
    detail: wsmanFault ? parseDetail(wsmanFault) : undefined,
  });
}

/** The s:Fault element of a body, if the message is a fault. */
export function findFault(body: XmlElement): XmlElement | undefined {
  return body.children.find((c): c is XmlElement => isElement(c) && c.ns === NS.soap && c.local === 'Fault');
}
