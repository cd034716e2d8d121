/**
 * Preference variables ($ErrorActionPreference, $WarningPreference, $VerbosePreference,
 * $DebugPreference, $InformationPreference) and what writing an error does under each
 * ActionPreference: Stop makes it terminating, Ignore drops it, SilentlyContinue only records
 * it in $Error and the -ErrorVariable lists, Continue also shows it.
 */
import { toPSString } from '../conversion/index.js';
import type { ErrorRecord } from './error-record.js';
import { PSErrorException } from './error-record.js';
import type { Frame } from './frame.js';

export type ActionPreference = 'stop' | 'continue' | 'silentlycontinue' | 'ignore' | 'inquire' | 'suspend' | 'break';

export type PreferenceVariable = 'ErrorActionPreference' | 'WarningPreference' | 'VerbosePreference' | 'DebugPreference' | 'InformationPreference' | 'ProgressPreference';

export function preference(f: Frame, name: PreferenceVariable): ActionPreference {
  const value = f.variable(name);
  return (value === null ? 'continue' : toPSString(value).toLowerCase()) as ActionPreference;
}

/**
 * Writes a non-terminating error (or a statement-terminating one that no try/trap handles):
 * recorded in $Error and shown unless the preference says otherwise; $? becomes false.
 */
export function writeErrorRecord(f: Frame, record: ErrorRecord, action: ActionPreference = preference(f, 'ErrorActionPreference')): void {
  f.context.lastSuccess = false;
  f.context.failureCount++;
  switch (action) {
    case 'stop':
      record.terminatesScript = true;
      throw new PSErrorException(record);
    case 'ignore':
      return;
    case 'silentlycontinue':
      f.context.recordError(record);
      f.streams.silencedError?.(record);
      return;
    default:
      f.context.recordError(record);
      f.streams.error(record);
  }
}
