/**
 * The SOAP headers of WS-Management messages (DSP0226 §5-6, MS-WSMV 3.1.4.1): one typed object for both
 * requests and responses, written in the order the respective peer uses and read in any order.
 */
import { randomUUID } from 'node:crypto';
import { XML_NAMESPACE, attribute, elementChildren, findChildren, textOf, type XmlElement, type XmlName } from '../xml/index.js';
import { WsmanMessageError } from './errors.js';
import { NS } from './namespaces.js';
import { ANONYMOUS_ADDRESS } from './uris.js';
import { mustUnderstand, wsElement } from './xml.js';

export interface Selector {
  readonly name: string;
  readonly value: string;
}

export interface WsmanOption {
  readonly name: string;
  readonly value: string;
  /** MustComply="true": the service must fault rather than ignore the option. */
  readonly mustComply?: boolean;
  readonly type?: string;
}

export interface WsmanHeaders {
  /** wsa:Action; '' when a parsed message had none (only Identify is valid without one). */
  readonly action: string;
  readonly messageId?: string;
  readonly to?: string;
  /** wsa:ReplyTo/wsa:Address; requests send the anonymous address. */
  readonly replyTo?: string;
  readonly relatesTo?: string;
  readonly resourceUri?: string;
  /** Largest response envelope the client accepts, in octets. */
  readonly maxEnvelopeSize?: number;
  /** xs:duration text, e.g. 'PT20S' (see durationToSeconds). */
  readonly operationTimeout?: string;
  readonly locale?: string;
  readonly dataLocale?: string;
  readonly sessionId?: string;
  readonly activityId?: string;
  readonly selectors?: readonly Selector[];
  readonly options?: readonly WsmanOption[];
  /** Parsed only: headers marked mustUnderstand="true" that psh does not implement. */
  readonly notUnderstood?: readonly XmlName[];
}

export type MessageRole = 'request' | 'response';

export function selectorSetElement(selectors: readonly Selector[]): XmlElement {
  return wsElement('wsman', 'SelectorSet', {
    children: selectors.map((s) => wsElement('wsman', 'Selector', { attributes: [attribute('Name', s.name)], children: [s.value] })),
  });
}

export function parseSelectorSet(set: XmlElement): Selector[] {
  return findChildren(set, NS.wsman, 'Selector').map((s) => ({
    name: s.attributes.find((a) => a.local === 'Name' && a.ns === '')?.value ?? '',
    value: textOf(s).trim(),
  }));
}

function locale(local: string, key: 'wsman' | 'wsmv', lang: string): XmlElement {
  return wsElement(key, local, {
    attributes: [mustUnderstand(false), { ns: XML_NAMESPACE, prefix: 'xml', local: 'lang', value: lang }],
  });
}

function optionSetElement(options: readonly WsmanOption[]): XmlElement {
  return wsElement('wsman', 'OptionSet', {
    attributes: [mustUnderstand(true)],
    children: options.map((o) =>
      wsElement('wsman', 'Option', {
        attributes: [
          ...(o.mustComply === undefined ? [] : [attribute('MustComply', String(o.mustComply))]),
          attribute('Name', o.name),
          ...(o.type === undefined ? [] : [attribute('Type', o.type)]),
        ],
        children: [o.value],
      }),
    ),
  });
}

/**
 * Header elements in wire order. Requests follow the order pypsrp sends (the captures' order), responses
 * the order Windows answers with.
 */
export function headerElements(h: WsmanHeaders, role: MessageRole): XmlElement[] {
  const text = (key: 'addressing' | 'wsman' | 'wsmv', local: string, value: string | number | undefined, mu?: boolean) =>
    value === undefined
      ? undefined
      : wsElement(key, local, { attributes: mu === undefined ? [] : [mustUnderstand(mu)], children: [String(value)] });
  const parts =
    role === 'request'
      ? [
          text('addressing', 'Action', h.action, true),
          h.dataLocale === undefined ? undefined : locale('DataLocale', 'wsmv', h.dataLocale),
          h.locale === undefined ? undefined : locale('Locale', 'wsman', h.locale),
          text('wsman', 'MaxEnvelopeSize', h.maxEnvelopeSize, true),
          text('addressing', 'MessageID', h.messageId),
          text('wsman', 'OperationTimeout', h.operationTimeout),
          wsElement('addressing', 'ReplyTo', {
            children: [wsElement('addressing', 'Address', { attributes: [mustUnderstand(true)], children: [h.replyTo ?? ANONYMOUS_ADDRESS] })],
          }),
          text('wsman', 'ResourceURI', h.resourceUri, true),
          text('wsmv', 'SessionId', h.sessionId, false),
          text('addressing', 'To', h.to),
          h.options?.length ? optionSetElement(h.options) : undefined,
          h.selectors?.length ? selectorSetElement(h.selectors) : undefined,
        ]
      : [
          text('addressing', 'Action', h.action),
          text('addressing', 'MessageID', h.messageId),
          text('wsmv', 'ActivityId', h.activityId),
          text('addressing', 'To', h.to),
          text('addressing', 'RelatesTo', h.relatesTo),
        ];
  return parts.filter((p): p is XmlElement => p !== undefined);
}

const UNDERSTOOD = new Set(
  [
    [NS.addressing, 'Action'],
    [NS.addressing, 'MessageID'],
    [NS.addressing, 'To'],
    [NS.addressing, 'ReplyTo'],
    [NS.addressing, 'RelatesTo'],
    [NS.wsman, 'ResourceURI'],
    [NS.wsman, 'MaxEnvelopeSize'],
    [NS.wsman, 'OperationTimeout'],
    [NS.wsman, 'Locale'],
    [NS.wsman, 'SelectorSet'],
    [NS.wsman, 'OptionSet'],
    [NS.wsmv, 'DataLocale'],
    [NS.wsmv, 'SessionId'],
    [NS.wsmv, 'ActivityId'],
  ].map(([ns, local]) => `{${ns}}${local}`),
);

/** Reads the s:Header element; unknown headers are ignored unless marked mustUnderstand. */
export function parseHeaders(header: XmlElement | undefined): WsmanHeaders {
  const h: Record<string, unknown> = {};
  const notUnderstood: XmlName[] = [];
  for (const el of header ? elementChildren(header) : []) {
    const value = textOf(el).trim();
    const key = `{${el.ns}}${el.local}`;
    if (!UNDERSTOOD.has(key)) {
      const mu = el.attributes.find((a) => a.ns === NS.soap && a.local === 'mustUnderstand')?.value.trim();
      if (mu === 'true' || mu === '1') notUnderstood.push({ ns: el.ns, local: el.local });
      continue;
    }
    switch (el.local) {
      case 'Action':
        h.action = value;
        break;
      case 'MessageID':
        h.messageId = value;
        break;
      case 'To':
        h.to = value;
        break;
      case 'RelatesTo':
        h.relatesTo = value;
        break;
      case 'ReplyTo':
        h.replyTo = findChildren(el, NS.addressing, 'Address').map((a) => textOf(a).trim())[0];
        break;
      case 'ResourceURI':
        h.resourceUri = value;
        break;
      case 'MaxEnvelopeSize': {
        const n = Number(value);
        if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) {
          throw new WsmanMessageError('InvalidHeader', `The MaxEnvelopeSize header is not a number: ${value}`);
        }
        h.maxEnvelopeSize = n;
        break;
      }
      case 'OperationTimeout':
        h.operationTimeout = value;
        break;
      case 'Locale':
      case 'DataLocale':
        h[el.local === 'Locale' ? 'locale' : 'dataLocale'] = el.attributes.find((a) => a.ns === XML_NAMESPACE && a.local === 'lang')?.value;
        break;
      case 'SessionId':
        h.sessionId = value;
        break;
      case 'ActivityId':
        h.activityId = value;
        break;
      case 'SelectorSet':
        h.selectors = parseSelectorSet(el);
        break;
      case 'OptionSet':
        h.options = findChildren(el, NS.wsman, 'Option').map((o) => {
          const attr = (name: string) => o.attributes.find((a) => a.ns === '' && a.local === name)?.value;
          const mustComply = attr('MustComply');
          const type = attr('Type');
          return {
            name: attr('Name') ?? '',
            value: textOf(o).trim(),
            ...(mustComply === undefined ? {} : { mustComply: mustComply.trim().toLowerCase() === 'true' }),
            ...(type === undefined ? {} : { type }),
          };
        });
        break;
    }
  }
  // Identify requests carry no headers at all, so a missing Action is the dispatcher's call to make.
  h.action ??= '';
  if (notUnderstood.length > 0) h.notUnderstood = notUnderstood;
  return h as unknown as WsmanHeaders;
}

/** Value of a named selector (ShellId) or option (WSMAN_CMDSHELL_OPTION_KEEPALIVE). */
export function selectorValue(h: WsmanHeaders, name: string): string | undefined {
  return h.selectors?.find((s) => s.name === name)?.value;
}

export function optionValue(h: WsmanHeaders, name: string): string | undefined {
  return h.options?.find((o) => o.name === name)?.value;
}


/** A fresh MessageID in the form Windows and pypsrp use ('uuid:' + upper-case GUID). */
export function newMessageId(): string {
  return `uuid:${randomUUID().toUpperCase()}`;
}

/**
 * Headers of a server's reply to a request: a new MessageID, RelatesTo the request's MessageID and
 * the anonymous To, as Windows answers (the Action follows from the response body).
 */
export function replyHeaders(request: Pick<WsmanHeaders, 'messageId'>, messageId = newMessageId()): Omit<WsmanHeaders, 'action'> {
  return { messageId, to: ANONYMOUS_ADDRESS, ...(request.messageId === undefined ? {} : { relatesTo: request.messageId }) };
}
