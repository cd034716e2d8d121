/**
 * RunspacePool and pipeline states. The wire values are MS-PSRP's (2.2.3.4, 2.2.3.5); the state
 * machines use pwsh's public state names, where NegotiationSent / NegotiationSucceeded are steps
 * inside Opening or Connecting and Disconnecting exists only on the side that disconnects.
 */
export type RunspacePoolState =
  | 'BeforeOpen'
  | 'Opening'
  | 'Opened'
  | 'Closed'
  | 'Closing'
  | 'Broken'
  | 'Disconnecting'
  | 'Disconnected'
  | 'Connecting';

/** MS-PSRP 2.2.3.4 RunspacePoolState values, as sent in RUNSPACEPOOL_STATE. */
export const RunspacePoolStateValue = {
  BeforeOpen: 0,
  Opening: 1,
  Opened: 2,
  Closed: 3,
  Closing: 4,
  Broken: 5,
  NegotiationSent: 6,
  NegotiationSucceeded: 7,
  Connecting: 8,
  Disconnected: 9,
} as const;
export type RunspacePoolStateName = keyof typeof RunspacePoolStateValue;

/** MS-PSRP 2.2.3.5 PSInvocationState: the same names and values pwsh uses. */
export const PSInvocationState = {
  NotStarted: 0,
  Running: 1,
  Stopping: 2,
  Stopped: 3,
  Completed: 4,
  Failed: 5,
  Disconnected: 6,
} as const;
export type PSInvocationState = keyof typeof PSInvocationState;

export function runspacePoolStateName(value: number): RunspacePoolStateName | undefined {
  return enumName(RunspacePoolStateValue, value);
}

export function psInvocationStateName(value: number): PSInvocationState | undefined {
  return enumName(PSInvocationState, value);
}

export function isFinishedPipelineState(state: PSInvocationState): boolean {
  return state === 'Completed' || state === 'Stopped' || state === 'Failed';
}

function enumName<K extends string>(table: Readonly<Record<K, number>>, value: number): K | undefined {
  for (const key of Object.keys(table) as K[]) if (table[key] === value) return key;
  return undefined;
}
