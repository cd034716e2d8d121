/**
 * pwsh 7's ConciseView of an ErrorRecord (the default $ErrorView), following the logic of
 * pwsh's ErrorRecord format view: "Reason: message" for errors in single-line commands, and the
 * "Line |" block with the source line for errors in script files or past the first line.
 */
import { ErrorRecord, type InvocationInfo } from '../engine/runtime/error-record.js';
import { conciseErrorView } from './position-message.js';

/** The word before the colon: Exception for `throw`, else the command, activity, category or exception type. */
function reasonOf(record: ErrorRecord, invocation: InvocationInfo | null): string {
  if (record.exception.wasThrownFromThrowStatement) return 'Exception';
  // A script reports as its file name (MyCommand.Name), not its path.
  if (invocation?.commandName) return invocation.commandName.replace(/^.*[\\/](?=[^\\/]+\.ps1$)/i, '');
  if (record.categoryInfo.activity) return record.categoryInfo.activity;
  if (record.categoryInfo.category !== 'NotSpecified') return record.categoryInfo.category;
  return record.categoryInfo.reason;
}

export function conciseErrorRecordView(record: ErrorRecord, windowWidth = 120): string {
  const invocation = record.invocationInfo;
  const reason = reasonOf(record, invocation);
  const extent = invocation?.extent ?? null;
  const showLine = extent !== null && (extent.file !== undefined || extent.startLineNumber > 1);
  const message = record.detailsMessage ?? record.message;
  if (showLine) return conciseErrorView(reason, extent, message, extent.file !== undefined ? windowWidth : 0);
  return `${reason}: ${message}`;
}
