/**
 * How a failed test's errors are shown: Pester's DisplayErrorMessage (the assertion's message,
 * or `ExceptionType: message` for other errors) and DisplayStackTrace (`at <line>, file:line`
 * for an assertion, then the script frames inside the test, as `at <ScriptBlock>, file:line`).
 */
import { ExceptionValue, newErrorRecord, PSErrorException, type ErrorRecord } from '../../engine/runtime/error-record.js';
import { toPSString } from '../../engine/conversion/index.js';
import type { Extent } from '../../../grammar/extent.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import type { ExecutionContext } from '../../engine/runtime/frame.js';
import { pesterState } from './test-tree.js';

const assertionFailedErrorId = 'PesterAssertionFailed';

/** Stack lines captured when an assertion fails, while the call stack is still whole. */
const assertionStackTraces = new WeakMap<ErrorRecord, string[]>();

/** pwsh's `at name, file: line N` stack lines in Pester's `at name, file:N` form. */
function pesterStackLines(scriptStackTrace: string, frameCount: number): string[] {
  const lines = scriptStackTrace.split('\n').filter((line) => line.trim() !== '');
  return lines.slice(0, Math.max(1, frameCount)).map((line) => line.replace(/: line (\d+)$/, ':$1'));
}

/** Records where a Should failed: its line, then the frames from it up to the test's body. */
function recordAssertionStack(record: ErrorRecord, context: ExecutionContext, at: Extent | null, testStackDepth: number): void {
  const lines: string[] = [];
  if (at) lines.push(`at ${at.source.line(at.startLineNumber).trim()}, ${at.file ?? '<No file>'}:${at.startLineNumber}`);
  lines.push(...pesterStackLines(context.scriptStackTrace(at), context.callStack.length - testStackDepth));
  assertionStackTraces.set(record, lines);
}

/** The error a failed assertion raises: Pester fails it with `throw`, which ends the script, not only the statement. */
export function assertionFailure(runtime: CommandRuntime, message: string): PSErrorException {
  const record = newErrorRecord(new ExceptionValue('System.Exception', message), assertionFailedErrorId, 'InvalidResult', null, runtime.invocation);
  record.terminatesScript = true;
  recordAssertionStack(record, runtime.frame.context, runtime.invocation.extent, pesterState(runtime.frame.context).runningTestStackDepth);
  return new PSErrorException(record);
}

/** The lines Pester prints under a failed test for one error. */
export function failureLines(record: ErrorRecord, testStackDepth: number): string[] {
  const assertionStack = assertionStackTraces.get(record);
  if (assertionStack) return [...record.message.split('\n'), ...assertionStack];
  const typeName = record.exception.exceptionTypeName.replace(/^.*\./, '');
  const trace = toPSString(record.propertyValue('ScriptStackTrace') ?? '');
  const extent = record.invocationInfo?.extent;
  const stack = trace !== '' ? pesterStackLines(trace, trace.split('\n').length - testStackDepth) : extent ? [`at <ScriptBlock>, ${extent.file ?? '<No file>'}:${extent.startLineNumber}`] : [];
  return [`${typeName}: ${record.message}`, ...stack];
}
