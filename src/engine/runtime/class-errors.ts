/**
 * Errors in class and enum definitions. pwsh finds them when it parses or defines the types and
 * reports a ParseException before anything runs; psh finds them when it compiles or defines
 * the types (before the script's other statements run) and raises the same error, ending the run.
 */
import type { Extent } from '../../../grammar/extent.js';
import { ExceptionValue, InvocationInfo, newErrorRecord, PSErrorException } from './error-record.js';

export function classDefinitionError(errorId: string, message: string, extent: Extent): PSErrorException {
  const exception = new ExceptionValue('System.Management.Automation.ParseException', message);
  const record = newErrorRecord(exception, errorId, 'ParserError', null, new InvocationInfo(null, extent));
  record.terminatesScript = true;
  return new PSErrorException(record);
}
