/**
 * Small PowerShell snippets Pester's assertions are defined by (`$a -is $b`, `$a -contains $b`,
 * ...), run through the engine so the assertions keep exactly PowerShell's operator semantics.
 */
import { ExceptionValue, newErrorRecord, PSErrorException, type InvocationInfo } from '../../engine/runtime/error-record.js';
import { runScriptBlock } from '../../engine/runtime/command-processors.js';
import type { Frame } from '../../engine/runtime/frame.js';
import { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import type { Scope } from '../../engine/runtime/session-state.js';

const parsedSnippets = new Map<string, ScriptBlockValue>();

/** Script text Pester's commands run, parsed the first time it is needed. */
export function parsedScript(text: string): ScriptBlockValue {
  let block = parsedSnippets.get(text);
  if (!block) parsedSnippets.set(text, (block = ScriptBlockValue.parse(text)));
  return block;
}

/** Runs `param($a, $b) <body>` with the given arguments and returns its output. */
function runSnippet(frame: Frame, body: string, ...args: unknown[]): unknown[] {
  return frame.context.runner.invoke(frame, parsedScript(`param($a, $b) ${body}`), args);
}

/** The single value a snippet returns. */
export function snippetValue(frame: Frame, body: string, ...args: unknown[]): unknown {
  const output = runSnippet(frame, body, ...args);
  return output.length === 1 ? output[0] : output;
}

export function snippetTrue(frame: Frame, body: string, ...args: unknown[]): boolean {
  return snippetValue(frame, body, ...args) === true;
}

/** Evaluates script text in a new scope under `frame` (no parameters, so any variable is visible). */
export function evaluateText(frame: Frame, text: string): unknown[] {
  return frame.context.runner.invoke(frame, parsedScript(text), []);
}

/**
 * Runs `action` as inside a try block: Pester runs test code in try/catch, so any terminating
 * error (not only `throw`) ends the test and reaches Pester instead of being written and skipped.
 */
export function insideTry<T>(frame: Frame, action: () => T): T {
  frame.context.handlerDepth++;
  try {
    return action();
  } finally {
    frame.context.handlerDepth--;
  }
}

/** Runs test code in `scope` as Pester does: inside its try/catch, the output discarded. */
export function runIn(frame: Frame, scope: Scope, block: ScriptBlockValue): void {
  insideTry(frame, () => runScriptBlock(frame.withScope(scope).withOutput(() => {}), block, [], { dotSource: true }));
}

/** The error Pester's functions raise with `throw "message"`: a RuntimeException that ends the script. */
export function scriptThrow(message: string, invocation?: InvocationInfo): PSErrorException {
  const record = newErrorRecord(new ExceptionValue('System.Management.Automation.RuntimeException', message), message, 'OperationStopped', null, invocation);
  record.terminatesScript = true;
  return new PSErrorException(record);
}
