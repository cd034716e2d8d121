/**
 * Defining a function from a value, as `$function:name = value` and Set-Item function:name do:
 * the script block itself, or any other value's text parsed as one.
 */
import { toPSString } from '../conversion/index.js';
import { ScriptBlock } from '../values/index.js';
import { FunctionInfo } from './commands.js';
import type { Frame } from './frame.js';
import { ScriptBlockValue } from './script-block.js';

export function functionFromValue(f: Frame, name: string, value: unknown): FunctionInfo {
  const body = value instanceof ScriptBlock ? value : (f.context.runner.create(toPSString(value)) as ScriptBlock);
  return new FunctionInfo(name, false, ScriptBlockValue.from(body));
}
