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
  /**
   * What caused the change, when something did: the ErrorRecord the peer sent (a deserialized
   * value), or the PsrpError psh raised itself (a failed negotiation).
   */
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

/** The state of a RunspacePool or pipeline, and the StateChanged events its changes produce. */
export abstract class StateMachine<S extends string, E extends { readonly kind: string }> {
  private current: S;

  protected constructor(initial: S) {
    this.current = initial;
  }

  get state(): S {
    return this.current;
  }

  /** Moves to `state` and records the change in `step`; staying in a state records nothing. */
  protected moveTo(state: S, step: Step<E>, reason?: unknown): void {
    if (state === this.current) return;
    const previous = this.current;
    this.current = state;
    const change: StateChanged<S> = reason === undefined ? { kind: 'state', previous, state } : { kind: 'state', previous, state, reason };
    // Every machine's event union includes its StateChanged<S>.
    step.events.push(change as unknown as E);
  }

  protected transition(state: S, reason?: unknown): Step<E> {
    const step = emptyStep<E>();
    this.moveTo(state, step, reason);
    return step;
  }
}

/**
 * Adds a pipeline's step to its pool's step (events wrapped as the pool's 'pipeline' events) and
 * drops a finished pipeline from the pool's pipeline table (3.1.1.3.2, 3.2.1.3.2).
 */
export function forwardPipelineStep<P extends { readonly pid: string; readonly state: string }, PE, E>(
  table: Map<string, P>,
  pipeline: P,
  pipelineStep: Step<PE>,
  step: Step<E>,
  wrap: (event: PE) => E,
): Step<E> {
  step.send.push(...pipelineStep.send);
  for (const event of pipelineStep.events) step.events.push(wrap(event));
  if (pipeline.state === 'Completed' || pipeline.state === 'Stopped' || pipeline.state === 'Failed') table.delete(pipeline.pid);
  return step;
}
