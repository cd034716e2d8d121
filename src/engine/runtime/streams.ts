/**
 * The streams a command writes besides its output: error (2), warning (3), verbose (4),
 * debug (5) and information (6). A redirection (`2>&1`, `3>$null`, `*> file`) replaces some of
 * them for one pipeline element; the host supplies the outermost set.
 */
import { toPSString } from '../conversion/index.js';
import { PSObject, psTypeNames } from '../values/index.js';
import type { ErrorRecord } from './error-record.js';

export type Emit = (value: unknown) => void;

/** System.Management.Automation.InformationRecord, as Write-Information and Write-Host make it. */
export interface InformationMessage {
  readonly messageData: unknown;
  readonly tags: readonly string[];
  /** True for Write-Host text, which the host shows as it is (no "INFO:" prefix). */
  readonly fromHost: boolean;
  readonly noNewLine?: boolean;
}

/** System.Management.Automation.ProgressRecord, as Write-Progress makes it. */
export class ProgressRecord {
  readonly [psTypeNames] = ['System.Management.Automation.ProgressRecord', 'System.Object'];

  constructor(
    readonly activityId: number,
    readonly activity: string,
    readonly statusDescription: string,
    readonly currentOperation: string | null,
    readonly parentActivityId: number,
    readonly percentComplete: number,
    readonly secondsRemaining: number,
    readonly recordType: 'Processing' | 'Completed',
  ) {}

  /** pwsh's ProgressRecord.ToString(). */
  toString(): string {
    return `parent = ${this.parentActivityId} id = ${this.activityId} act = ${this.activity} stat = ${this.statusDescription} cur = ${this.currentOperation ?? ''} pct = ${this.percentComplete} sec = ${this.secondsRemaining} type = ${this.recordType}`;
  }
}

export interface StreamSinks {
  error(record: ErrorRecord): void;
  /** An error that SilentlyContinue keeps off the error stream: it still reaches the enclosing -ErrorVariable lists. */
  silencedError?(record: ErrorRecord): void;
  warning(message: string): void;
  verbose(message: string): void;
  debug(message: string): void;
  information(message: InformationMessage): void;
  /** The progress stream: a host that shows progress (on a terminal) takes it; the others leave it out. */
  progress?(record: ProgressRecord): void;
}

export type StreamNumber = 2 | 3 | 4 | 5 | 6;

const streamNumbers: Record<string, StreamNumber[]> = {
  All: [2, 3, 4, 5, 6],
  Error: [2],
  Warning: [3],
  Verbose: [4],
  Debug: [5],
  Information: [6],
};

export function streamsNamed(name: string): StreamNumber[] {
  return streamNumbers[name] ?? [];
}

/**
 * WarningRecord, VerboseRecord, DebugRecord and InformationRecord: what a redirected stream
 * writes to the output. Their string form is the message; `prefix` is how the host shows them.
 */
export class StreamRecord extends PSObject {
  constructor(
    typeName: 'WarningRecord' | 'VerboseRecord' | 'DebugRecord' | 'InformationRecord',
    readonly message: string,
    /** "WARNING: ", "VERBOSE: ", "DEBUG: ", or '' for information. */
    readonly prefix: string,
    messageData: unknown = message,
  ) {
    super(undefined, typeName === 'InformationRecord'
      ? ['System.Management.Automation.InformationRecord', 'System.Object']
      : [`System.Management.Automation.${typeName}`, 'System.Management.Automation.InformationalRecord', 'System.Object']);
    if (typeName === 'InformationRecord') this.addNoteProperty('MessageData', messageData);
    else this.addNoteProperty('Message', message);
    this.toStringText = message;
  }
}

/** The sinks with the given streams sent to `target` (each record as one object). */
export function redirectStreams(sinks: StreamSinks, streams: readonly StreamNumber[], target: Emit): StreamSinks {
  const result: StreamSinks = { ...sinks };
  for (const stream of streams) {
    switch (stream) {
      case 2: result.error = (record) => target(record); break;
      case 3: result.warning = (message) => target(new StreamRecord('WarningRecord', message, 'WARNING: ')); break;
      case 4: result.verbose = (message) => target(new StreamRecord('VerboseRecord', message, 'VERBOSE: ')); break;
      case 5: result.debug = (message) => target(new StreamRecord('DebugRecord', message, 'DEBUG: ')); break;
      case 6: result.information = (message) => target(new StreamRecord('InformationRecord', toPSString(message.messageData ?? null), '', message.messageData)); break;
    }
  }
  return result;
}
