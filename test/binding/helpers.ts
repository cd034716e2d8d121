/** Argument builders and a binding runner the binder tests share. */
import {
  ParameterBinder,
  ParameterBindingError,
  type BindOptions,
  type CommandArgument,
  type CommandMetadata,
} from '../../src/binding/index.js';
import { Hashtable } from '../../src/engine/values/index.js';

/** `-Name` (its value, if any, is the next argument). */
export const p = (name: string, position?: unknown): CommandArgument => ({ kind: 'parameter', name, colon: false, position });
/** `-Name:value`. */
export const pc = (name: string, value: unknown): CommandArgument => ({ kind: 'parameter', name, colon: true, value });
/** A positional argument. */
export const v = (value: unknown, position?: unknown): CommandArgument => ({ kind: 'positional', value, position });
/** `@splat`. */
export const splat = (value: unknown): CommandArgument => ({ kind: 'splat', value });

export function hashtable(entries: Record<string, unknown>): Hashtable {
  const table = new Hashtable();
  for (const [key, value] of Object.entries(entries)) table.set(key, value);
  return table;
}

export type BindOutcome =
  | { readonly ok: true; readonly bound: Record<string, unknown>; readonly set: string; readonly binder: ParameterBinder }
  | { readonly ok: false; readonly error: ParameterBindingError };

/** What the [ValidateScript()] blocks of the test commands compute, by script text (the engine is not involved here). */
const validationScripts: Record<string, (element: unknown) => unknown> = {
  ' $_ % 2 -eq 0 ': (element) => (element as number) % 2 === 0,
};

export function bind(command: CommandMetadata, args: readonly CommandArgument[], options: BindOptions = {}): BindOutcome {
  const binder = new ParameterBinder(command);
  try {
    binder.bindCommandLine(args, { invokeScriptBlock: (script, element) => [validationScripts[script.text]!(element)], ...options });
  } catch (e) {
    if (e instanceof ParameterBindingError) return { ok: false, error: e };
    throw e;
  }
  return { ok: true, bound: Object.fromEntries(binder.boundParameterValues), set: binder.parameterSetName, binder };
}
