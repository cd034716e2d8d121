/**
 * Preference variables ($ErrorActionPreference, $WarningPreference, $VerbosePreference,
 * $DebugPreference, $InformationPreference) and what writing an error does under each
 * ActionPreference: Stop makes it terminating, Ignore drops it, SilentlyContinue only records
 * it in $Error and the -ErrorVariable lists, Continue also shows it.
 */
import { toPSString } from '../conversion/index.js';
import { defineEnum } from '../dotnet/enums.js';
import type { PSTypeInfo } from '../types/index.js';
import { actionPreferenceType, confirmImpactType } from '../../binding/preference-types.js';
import type { ErrorRecord } from './error-record.js';
import { PSErrorException } from './error-record.js';
import type { Frame } from './frame.js';

/** The enums pwsh types its preference variables with. */
export const preferenceTypes: Readonly<Record<'ActionPreference' | 'ConfirmImpact' | 'ErrorView', PSTypeInfo>> = {
  ActionPreference: actionPreferenceType,
  ConfirmImpact: confirmImpactType,
  ErrorView: defineEnum('System.Management.Automation.ErrorView', { NormalView: 0, CategoryView: 1, ConciseView: 2, DetailedView: 3 }),
};

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
