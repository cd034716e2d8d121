/**
 * Turning whatever was thrown (a typed error of the conversion/.NET layers, a `throw`, a JS
 * stack overflow) into the ErrorRecord pwsh would have, and raising the evaluator's own errors.
 */
import type { Extent } from '../../../grammar/extent.js';
import { BreakException, ContinueException, ExitException, ReturnException, StopUpstreamException } from './control-flow.js';
import { ErrorRecord, ExceptionValue, InvocationInfo, newErrorRecord, PSErrorException, type ErrorCategoryName } from './error-record.js';
import { formatMessage, runtimeStrings } from './messages.js';
import { PipelineStoppedException } from './stop-request.js';

/** Flow control, and a pipeline stop (which no catch or trap handles, as in pwsh). */
export function isControlFlow(e: unknown): boolean {
  return (
    e instanceof BreakException || e instanceof ContinueException || e instanceof ReturnException ||
    e instanceof ExitException || e instanceof StopUpstreamException || e instanceof PipelineStoppedException
  );
}

/** The shape of the typed errors the conversion, operator and .NET layers throw. */
interface TypedError {
  message: string;
  errorId: string;
  category: string;
  exceptionTypeName?: string;
  innerExceptionTypeName?: string;
  innerException?: { exceptionTypeName: string; message: string };
}

function isTypedError(e: unknown): e is TypedError {
  return e instanceof Error && typeof (e as Partial<TypedError>).errorId === 'string' && typeof (e as Partial<TypedError>).category === 'string';
}

/** The ErrorRecord for a thrown value; `extent` places it when it has no position yet. */
export function toErrorRecord(e: unknown, extent: Extent | null, commandName: string | null = null): ErrorRecord {
  let record: ErrorRecord;
  if (e instanceof PSErrorException) record = e.errorRecord;
  else if (isTypedError(e)) {
    const inner = e.innerException
      ? new ExceptionValue(e.innerException.exceptionTypeName, e.innerException.message)
      : e.innerExceptionTypeName ? new ExceptionValue(e.innerExceptionTypeName, e.message) : null;
    const exception = new ExceptionValue(e.exceptionTypeName ?? 'System.Management.Automation.RuntimeException', e.message, inner);
    record = newErrorRecord(exception, e.errorId, e.category as ErrorCategoryName);
  } else if (e instanceof RangeError && /call stack/i.test(e.message)) {
    const exception = new ExceptionValue('System.Management.Automation.ScriptCallDepthException', runtimeStrings.CallDepthOverflow);
    record = newErrorRecord(exception, 'CallDepthOverflow', 'InvalidOperation');
  } else {
    const message = e instanceof Error ? e.message : String(e);
    const exception = new ExceptionValue('System.Management.Automation.RuntimeException', message);
    record = newErrorRecord(exception, 'RuntimeException', 'NotSpecified');
  }
  if (extent && !record.invocationInfo) record.withInvocation(new InvocationInfo(commandName, extent));
  return record;
}

/**
 * What the evaluator throws at a failing expression: a terminating error with a position. Flow
 * control that passes through the expression (a `return` or `break` in a statement whose value is
 * assigned, a pipeline stop) is thrown on unchanged.
 */
export function errorAt(e: unknown, extent: Extent | null): unknown {
  if (isControlFlow(e)) return e;
  if (e instanceof PSErrorException) {
    if (extent && !e.errorRecord.invocationInfo) e.errorRecord.withInvocation(new InvocationInfo(null, extent));
    return e;
  }
  return new PSErrorException(toErrorRecord(e, extent));
}

/** Raises a RuntimeException-type error of the evaluator's own. */
export function runtimeError(
  errorId: string,
  category: ErrorCategoryName,
  message: string,
  exceptionTypeName = 'System.Management.Automation.RuntimeException',
  targetObject: unknown = null,
): PSErrorException {
  return new PSErrorException(newErrorRecord(new ExceptionValue(exceptionTypeName, message), errorId, category, targetObject));
}

export function typeNotFound(name: string): PSErrorException {
  return runtimeError('TypeNotFound', 'InvalidOperation', formatMessage(runtimeStrings.TypeNotFound, name));
}
