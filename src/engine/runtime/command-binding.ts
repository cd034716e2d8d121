/**
 * Where the engine meets the binder (src/binding): the arguments a command line evaluates to,
 * the binder options a running frame supplies ($PSDefaultParameterValues, script blocks run for
 * delay-bind and ValidateScript, the host's mandatory-parameter prompt), and binding errors
 * turned into pwsh's error records.
 */
import type { Extent } from '../../../grammar/extent.js';
import { ParameterBinder, ParameterBindingError, type BindOptions, type CommandArgument, type CommandMetadata, type MandatoryPrompt } from '../../binding/index.js';
import { enumerableItems } from '../conversion/index.js';
import { Hashtable, PSObject, type ScriptBlock } from '../values/index.js';
import { ExceptionValue, InvocationInfo, newErrorRecord, PSErrorException } from './error-record.js';
import type { Frame } from './frame.js';
import { variableReader } from './variables.js';

export type { CommandArgument };

/**
 * `-Name` words a simple function did not take stay in its $args as strings; splatting that
 * $args array (`f @args`) passes them on as parameters again, as pwsh does. This remembers
 * which elements of which $args arrays were written as parameters.
 */
const parameterTokens = new WeakMap<readonly unknown[], ReadonlyMap<number, { readonly name: string; readonly hasValue: boolean }>>();

/** $args of a simple function, remembering its `-Name` words for splatting. */
export function argsArray(binder: ParameterBinder): unknown[] {
  const values = [...binder.unboundArguments];
  if (binder.unboundParameterTokens.size > 0) parameterTokens.set(values, binder.unboundParameterTokens);
  return values;
}

/** The arguments `@value` stands for: a hashtable's entries by name, an array's elements (and $args' `-Name` words) in order. */
export function splatArguments(value: unknown, position: Extent): CommandArgument[] {
  const items = value instanceof Hashtable || (value instanceof PSObject && value.baseObject instanceof Hashtable) ? undefined : enumerableItems(value);
  const tokens = items && parameterTokens.get(items);
  if (!items || !tokens) return [{ kind: 'splat', value, position }];
  const args: CommandArgument[] = [];
  for (let i = 0; i < items.length; i++) {
    const token = tokens.get(i);
    if (!token) args.push({ kind: 'positional', value: items[i], position });
    else if (token.hasValue && i + 1 < items.length) args.push({ kind: 'parameter', name: token.name, colon: true, value: items[++i], position });
    else args.push({ kind: 'parameter', name: token.name, colon: false, position });
  }
  return args;
}

/** Positional arguments from plain values (`& $block 1 2`, `.Invoke(1, 2)`). */
export function positionalArguments(values: readonly unknown[]): CommandArgument[] {
  return values.map((value) => ({ kind: 'positional', value }));
}

/** Binds a command line with what the running frame supplies; throws the binding error as pwsh's error record. */
export function bindCommandLine(
  caller: Frame,
  metadata: CommandMetadata,
  args: readonly CommandArgument[],
  pipelineInputExpected: boolean,
  invocation: () => InvocationInfo,
  pipelinePosition = 1,
): ParameterBinder {
  const binder = new ParameterBinder(metadata);
  try {
    binder.bindCommandLine(args, new FrameBindOptions(caller, pipelineInputExpected, pipelinePosition));
  } catch (e) {
    throw e instanceof ParameterBindingError ? bindingException(e, invocation()) : e;
  }
  return binder;
}

/** $PSDefaultParameterValues, read as compiled code reads a variable (remembered while no scope's variables change). */
const readDefaultParameterValues = variableReader(null, 'PSDefaultParameterValues');

/** What the caller's frame supplies to the binder (one object per invocation: calls are frequent). */
class FrameBindOptions implements BindOptions {
  constructor(
    private readonly caller: Frame,
    readonly pipelineInputExpected: boolean,
    readonly pipelinePosition: number,
  ) {}

  get defaultParameterValues(): Hashtable | null {
    const defaults = readDefaultParameterValues(this.caller);
    const table = defaults instanceof PSObject ? defaults.baseObject : defaults;
    return table instanceof Hashtable && table.size > 0 ? table : null;
  }

  evaluateDefaultValue(script: ScriptBlock, state: PSObject): readonly unknown[] {
    return this.caller.context.runner.invoke(this.caller, script, [], state);
  }

  invokeScriptBlock(script: ScriptBlock, dollarUnder: unknown): readonly unknown[] {
    return this.caller.context.runner.invoke(this.caller, script, [], dollarUnder);
  }

  promptForMissingMandatory(prompt: MandatoryPrompt): ReadonlyMap<string, unknown> | null {
    return promptOnHost(this.caller, prompt);
  }
}

/**
 * The console host's prompt for missing mandatory parameters: the caption and message, then
 * `Name: ` for each parameter (`Name[0]: `, `Name[1]: `... until an empty line for an array).
 * Null when the host cannot ask or the input ended.
 */
function promptOnHost(caller: Frame, prompt: MandatoryPrompt): ReadonlyMap<string, unknown> | null {
  const host = caller.context.host;
  if (!host.interactive) return null;
  host.writeLine(prompt.caption);
  host.writeLine(prompt.message);
  const answers = new Map<string, unknown>();
  for (const field of prompt.fields) {
    if (!field.isArray) {
      const line = host.readLine(`${field.name}: `);
      if (line === null) return null;
      if (line !== '') answers.set(field.name, line);
      continue;
    }
    const values: string[] = [];
    for (;;) {
      const line = host.readLine(`${field.name}[${values.length}]: `);
      if (line === null) return null;
      if (line === '') break;
      values.push(line);
    }
    if (values.length > 0) answers.set(field.name, values);
  }
  return answers;
}

/**
 * A ParameterBindingException as pwsh raises it: its id, category and the offending argument's
 * position; `target` is the pipeline object that did not bind.
 */
export function bindingException(e: ParameterBindingError, invocation: InvocationInfo, target: unknown = null): PSErrorException {
  const inner = e.innerException ? new ExceptionValue(e.innerException.exceptionTypeName, e.innerException.message) : null;
  const exception = new ExceptionValue(e.exceptionTypeName, e.message, inner);
  const position = e.position as Extent | null;
  const at = position ? new InvocationInfo(invocation.commandName, position, invocation.commandType) : invocation;
  return new PSErrorException(newErrorRecord(exception, e.fullyQualifiedErrorId, e.category, target, at));
}
