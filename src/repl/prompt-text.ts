/**
 * What psh's prompts show, as pwsh's ConsoleHost does (EvaluatePrompt): the text the session's
 * `prompt` function returns, or `PS>` when it returns nothing, $null, an empty string or fails;
 * `>> ` while a statement is still incomplete. One place for the line prompt (line-prompt.ts) and
 * the Ink prompt's engine (engine-worker.ts, repl-app.tsx).
 */
import type { Runspace } from '../engine/index.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import { toErrorRecord, isControlFlow } from '../engine/runtime/errors.js';
import { objectToString } from '../engine/dotnet/types/system-object.js';

/** pwsh's ConsoleHostStrings.DefaultPrompt. */
const defaultPrompt = 'PS>';

export const continuationPrompt = '>> ';

/**
 * Runs `prompt` in the session and returns its first output object's ToString(). As in pwsh, the
 * prompt's errors are not shown but reach $Error, and $? keeps the value the user's last command
 * left (pwsh restores it after a pipeline that is not added to history).
 */
export function promptText(runspace: Runspace): string {
  const context = runspace.context;
  const lastSuccess = context.lastSuccess;
  const output: unknown[] = [];
  try {
    runspace.invokePipeline('prompt', (value) => { output.push(value); }, { ...context.hostStreams, error: () => {} });
  } catch (e) {
    if (!isControlFlow(e)) context.recordError(e instanceof PSErrorException ? e.errorRecord : toErrorRecord(e, null));
    output.length = 0;
  } finally {
    context.lastSuccess = lastSuccess;
  }
  const first = output.length > 0 ? output[0] : null;
  const text = first === null || first === undefined ? '' : objectToString(first);
  return text || defaultPrompt;
}
