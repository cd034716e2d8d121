/**
 * What every state machine call returns: the events for the higher layer (state changes among
 * them) and the PSRP messages to send, in order. The I/O layer decides how to carry them
 * (creationXml, wxf:Command, wxf:Send, a Receive response...).
 */
import { PsrpError } from './errors.js';
import type { Destination, MessageTypeName } from './message-type.js';
import type { Message, MessageOf, Payloads } from './messages.js';

export interface Step<E> {
  readonly events: E[];
  readonly send: Message[];
}

export interface StateChanged<S> {
  readonly kind: 'state';
  readonly previous: S;
  readonly state: S;
  /** The ErrorRecord (deserialized value) that caused the change, when there is one. */
  readonly reason?: unknown;
}

export function emptyStep<E>(): Step<E> {
  return { events: [], send: [] };
}

export function message<T extends MessageTypeName>(
  type: T,
  destination: Destination,
  rpid: string,
  pid: string,
  payload: Payloads[T],
): MessageOf<T> {
  return { type, destination, rpid, pid, payload };
}

/** Throws pwsh's InvalidRunspacePoolState error unless `state` is one of `allowed`. */
export function requirePoolState<S extends string>(state: S, allowed: readonly S[]): void {
  if (!allowed.includes(state)) throw new PsrpError('InvalidRunspacePoolState', [allowed.join("' or '"), state]);
}

/** Throws pwsh's pipeline state error unless `state` is one of `allowed`. */
export function requirePipelineState<S extends string>(state: S, allowed: readonly S[]): void {
  if (!allowed.includes(state)) {
    throw new PsrpError('InvalidPipelineStateStateGeneral', [], `state ${state}, expected ${allowed.join(' or ')}`);
  }
}
