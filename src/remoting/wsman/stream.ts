/**
 * Stream data blocks (rsp:Stream, MS-WSMV 2.2.4.40) of Send requests and Receive responses, the
 * rsp:DesiredStream of a Receive request and the rsp:CommandState reported with output.
 */
import { attribute, attributeValue, textOf, type XmlAttribute, type XmlElement } from '../xml/index.js';
import { COMMAND_STATE } from './uris.js';
import { childText, decodeBase64, encodeBase64, parseBoolean, tokens, wsElement } from './xml.js';

export interface StreamData {
  /** Stream name: 'stdin', 'pr', 'stdout', 'stderr'. */
  readonly name: string;
  /** Absent when the data belongs to the shell itself (PSRP runspace pool messages). */
  readonly commandId?: string;
  readonly data: Uint8Array;
  /** True on the last block of a stream; written only when set. */
  readonly end?: boolean;
  readonly unit?: string;
  readonly endUnit?: boolean;
}

export interface DesiredStream {
  readonly commandId?: string;
  readonly streams: readonly string[];
}

export type CommandStateName = keyof typeof COMMAND_STATE;

export interface CommandState {
  readonly commandId?: string;
  /** The State URI, e.g. COMMAND_STATE.Done. */
  readonly state: string;
  readonly exitCode?: number;
}

/** 'Done' | 'Pending' | 'Running' for a State URI, undefined for anything else. */
export function commandStateName(state: string): CommandStateName | undefined {
  return (Object.keys(COMMAND_STATE) as CommandStateName[]).find((k) => COMMAND_STATE[k] === state);
}

export function streamElement(s: StreamData): XmlElement {
  const attributes: XmlAttribute[] = [attribute('Name', s.name)];
  if (s.commandId !== undefined) attributes.push(attribute('CommandId', s.commandId));
  if (s.end !== undefined) attributes.push(attribute('End', String(s.end)));
  if (s.unit !== undefined) attributes.push(attribute('Unit', s.unit));
  if (s.endUnit !== undefined) attributes.push(attribute('EndUnit', String(s.endUnit)));
  return wsElement('shell', 'Stream', { attributes, children: [encodeBase64(s.data)] });
}

export function parseStream(el: XmlElement): StreamData {
  const commandId = attributeValue(el, 'CommandId');
  const end = parseBoolean(attributeValue(el, 'End'));
  const unit = attributeValue(el, 'Unit');
  const endUnit = parseBoolean(attributeValue(el, 'EndUnit'));
  return {
    name: attributeValue(el, 'Name')?.trim() ?? '',
    ...(commandId === undefined ? {} : { commandId: commandId.trim() }),
    data: decodeBase64(textOf(el), 'Stream'),
    ...(end === undefined ? {} : { end }),
    ...(unit === undefined ? {} : { unit }),
    ...(endUnit === undefined ? {} : { endUnit }),
  };
}

export function desiredStreamElement(d: DesiredStream): XmlElement {
  return wsElement('shell', 'DesiredStream', {
    attributes: d.commandId === undefined ? [] : [attribute('CommandId', d.commandId)],
    children: [d.streams.join(' ')],
  });
}

export function parseDesiredStream(el: XmlElement): DesiredStream {
  const commandId = attributeValue(el, 'CommandId');
  return { ...(commandId === undefined ? {} : { commandId: commandId.trim() }), streams: tokens(textOf(el)) };
}

export function commandStateElement(c: CommandState): XmlElement {
  const attributes = [...(c.commandId === undefined ? [] : [attribute('CommandId', c.commandId)]), attribute('State', c.state)];
  return wsElement('shell', 'CommandState', {
    attributes,
    children: [c.exitCode === undefined ? undefined : wsElement('shell', 'ExitCode', String(c.exitCode))],
  });
}

export function parseCommandState(el: XmlElement): CommandState {
  const commandId = attributeValue(el, 'CommandId');
  const exitCodeText = childText(el, 'shell', 'ExitCode');
  const exitCode = exitCodeText === undefined ? undefined : Number(exitCodeText);
  return {
    ...(commandId === undefined ? {} : { commandId: commandId.trim() }),
    state: attributeValue(el, 'State')?.trim() ?? '',
    ...(exitCode === undefined || !Number.isSafeInteger(exitCode) ? {} : { exitCode }),
  };
}
