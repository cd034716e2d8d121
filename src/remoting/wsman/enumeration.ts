/**
 * WS-Enumeration on the shell resource (MS-WSMV 3.1.4.8-9): Enumerate (optionally optimized, returning
 * the first items at once, and filtered by a ShellId selector to list a shell's commands) and Pull.
 */
import { attribute, attributeValue, elementChildren, findChild, textOf, type XmlElement } from '../xml/index.js';
import { parseSelectorSet, selectorSetElement, type Selector } from './headers.js';
import { NS } from './namespaces.js';
import { SHELL_DECLARATION, parseShell, shellElement, type Shell } from './shell.js';
import { SELECTOR_FILTER_DIALECT } from './uris.js';
import { childText, wsElement } from './xml.js';

export interface EnumerateRequest {
  /** wsman:OptimizeEnumeration: return items in the EnumerateResponse itself. */
  readonly optimize?: boolean;
  readonly maxElements?: number;
  /** Selector filter, e.g. [{ name: 'ShellId', value }] to enumerate that shell's commands. */
  readonly filter?: { readonly dialect?: string; readonly selectors: readonly Selector[] };
}

export interface PullRequest {
  readonly enumerationContext: string;
  readonly maxElements?: number;
}

/** A command of a shell, as listed by a filtered enumeration. */
export interface CommandInfo {
  readonly commandId: string;
  readonly commandLine?: string;
  /** Windows writes the bare state name here ('Running'), not the CommandState URI. */
  readonly state?: string;
}

export type EnumerationItem =
  | { readonly kind: 'shell'; readonly shell: Shell }
  | { readonly kind: 'command'; readonly command: CommandInfo }
  | { readonly kind: 'other'; readonly element: XmlElement };

export interface EnumerationResult {
  /** Empty when the enumeration is complete (Windows still sends the element). */
  readonly enumerationContext?: string;
  readonly items: readonly EnumerationItem[];
  readonly endOfSequence: boolean;
}

export function enumerateElement(e: EnumerateRequest): XmlElement {
  return wsElement('enumeration', 'Enumerate', {
    children: [
      e.optimize ? wsElement('wsman', 'OptimizeEnumeration') : undefined,
      e.maxElements === undefined ? undefined : wsElement('wsman', 'MaxElements', String(e.maxElements)),
      e.filter === undefined
        ? undefined
        : wsElement('wsman', 'Filter', {
            attributes: [attribute('Dialect', e.filter.dialect ?? SELECTOR_FILTER_DIALECT)],
            children: [selectorSetElement(e.filter.selectors)],
          }),
    ],
  });
}

export function parseEnumerate(el: XmlElement): EnumerateRequest {
  const max = childText(el, 'wsman', 'MaxElements');
  const filter = findChild(el, NS.wsman, 'Filter');
  const set = filter && findChild(filter, NS.wsman, 'SelectorSet');
  return {
    ...(findChild(el, NS.wsman, 'OptimizeEnumeration') ? { optimize: true } : {}),
    ...(max === undefined ? {} : { maxElements: Number(max) }),
    ...(filter ? { filter: { dialect: attributeValue(filter, 'Dialect') ?? SELECTOR_FILTER_DIALECT, selectors: set ? parseSelectorSet(set) : [] } } : {}),
  };
}

export function pullElement(p: PullRequest): XmlElement {
  return wsElement('enumeration', 'Pull', {
    children: [
      wsElement('enumeration', 'EnumerationContext', p.enumerationContext),
      p.maxElements === undefined ? undefined : wsElement('enumeration', 'MaxElements', String(p.maxElements)),
    ],
  });
}

export function parsePull(el: XmlElement): PullRequest {
  const max = childText(el, 'enumeration', 'MaxElements');
  return {
    enumerationContext: childText(el, 'enumeration', 'EnumerationContext') ?? '',
    ...(max === undefined ? {} : { maxElements: Number(max) }),
  };
}

function itemElement(item: EnumerationItem): XmlElement {
  switch (item.kind) {
    case 'shell':
      return shellElement(item.shell, 'description');
    case 'command':
      return wsElement('shell', 'Command', {
        declarations: SHELL_DECLARATION,
        children: [
          wsElement('shell', 'CommandId', item.command.commandId),
          wsElement('shell', 'CommandLine', item.command.commandLine ?? ''),
          item.command.state === undefined ? undefined : wsElement('shell', 'CommandState', item.command.state),
        ],
      });
    case 'other':
      return item.element;
  }
}

function parseItem(el: XmlElement): EnumerationItem {
  if (el.ns === NS.shell && el.local === 'Shell') return { kind: 'shell', shell: parseShell(el) };
  if (el.ns === NS.shell && el.local === 'Command') {
    const commandLine = findChild(el, NS.shell, 'CommandLine');
    const state = childText(el, 'shell', 'CommandState');
    return {
      kind: 'command',
      command: {
        commandId: childText(el, 'shell', 'CommandId') ?? '',
        ...(commandLine ? { commandLine: textOf(commandLine) } : {}),
        ...(state === undefined ? {} : { state }),
      },
    };
  }
  return { kind: 'other', element: el };
}

/**
 * EnumerateResponse (items in wsman:Items, as optimized enumeration returns them) or PullResponse
 * (items in wsen:Items).
 */
export function enumerationResultElement(r: EnumerationResult, response: 'EnumerateResponse' | 'PullResponse'): XmlElement {
  const itemsNs = response === 'EnumerateResponse' ? 'wsman' : 'enumeration';
  const enumerate = response === 'EnumerateResponse';
  return wsElement('enumeration', response, {
    children: [
      enumerate || r.enumerationContext ? wsElement('enumeration', 'EnumerationContext', r.enumerationContext ?? '') : undefined,
      enumerate && r.items.length === 0 ? undefined : wsElement(itemsNs, 'Items', { children: r.items.map(itemElement) }),
      r.endOfSequence ? wsElement(itemsNs, 'EndOfSequence') : undefined,
    ],
  });
}

export function parseEnumerationResult(el: XmlElement): EnumerationResult {
  const items = findChild(el, NS.wsman, 'Items') ?? findChild(el, NS.enumeration, 'Items');
  const context = childText(el, 'enumeration', 'EnumerationContext');
  return {
    ...(context ? { enumerationContext: context } : {}),
    items: items ? elementChildren(items).map(parseItem) : [],
    endOfSequence: findChild(el, NS.wsman, 'EndOfSequence') !== undefined || findChild(el, NS.enumeration, 'EndOfSequence') !== undefined,
  };
}
