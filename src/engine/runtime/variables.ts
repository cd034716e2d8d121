/**
 * Reading and writing variables by their qualified names: scope qualifiers (global:, script:,
 * local:, private:), the env: drive backed by the process environment, variable: and
 * function:, and the automatic variables whose values live outside the scopes ($?, $Error,
 * $PWD).
 */
import { convertTo } from '../conversion/index.js';
import { ordinalIgnoreCaseKey, ScriptBlock } from '../values/index.js';
import { toPSString } from '../conversion/index.js';
import type { PSTypeInfo } from '../types/index.js';
import { runtimeError, toErrorRecord } from './errors.js';
import type { Frame } from './frame.js';
import { formatMessage, runtimeStrings } from './messages.js';
import { PSVariable } from './session-state.js';
import { FunctionInfo, functionScriptBlock } from './commands.js';
import { ScriptBlockValue } from './script-block.js';

const constants = new Set(['true', 'false', 'null']);

/** Automatic variables whose values live outside the scopes. */
const specialVariables = new Map<string, (f: Frame) => unknown>([
  ['?', (f) => f.context.lastSuccess],
  ['ERROR', (f) => f.context.errors],
  ['PWD', () => process.cwd()],
]);

/**
 * Reads `$qualifier:name`. `key` is ordinalIgnoreCaseKey(name), computed once by the compiler.
 */
export function readVariable(f: Frame, qualifier: string | null, name: string, key = ordinalIgnoreCaseKey(name)): unknown {
  switch (qualifier) {
    case 'env': {
      const value = process.env[name];
      return value === undefined ? null : value;
    }
    case 'function':
      return functionScriptBlock(f, name);
  }
  const special = specialVariables.get(key);
  if (special) return special(f);
  const scope = qualifier === null ? f.scope : (f.scope.qualified(qualifier) ?? f.scope);
  const variable = scope.lookupKey(key);
  return variable === undefined ? null : variable.value;
}

/** `$x = value`: the current scope's own variable (or the qualified scope's), converted to its type constraint. */
export function assignVariable(f: Frame, qualifier: string | null, name: string, value: unknown, typeConstraint: PSTypeInfo | null = null, key = ordinalIgnoreCaseKey(name)): unknown {
  if (qualifier === 'env') {
    if (value === null || value === '') delete process.env[name];
    else process.env[name] = String(value);
    return value;
  }
  if (qualifier === 'function') {
    // `$function:name = { ... }` defines (or with $null removes) a function in the current scope.
    if (value === null) f.scope.functions.delete(ordinalIgnoreCaseKey(name));
    else f.scope.defineFunction(new FunctionInfo(name, false, ScriptBlockValue.from(value instanceof ScriptBlock ? value : (f.context.runner.create(toPSString(value)) as ScriptBlock))));
    return value;
  }
  const lowered = key.toLowerCase();
  if (constants.has(lowered)) {
    // `$null = expr` discards the value; $true and $false are constants.
    if (lowered === 'null' && typeConstraint === null) return value;
    throw runtimeError('VariableNotWritable', 'WriteError', formatMessage(runtimeStrings.VariableNotWritable, name), 'System.Management.Automation.SessionStateUnauthorizedAccessException', name);
  }
  const scope = qualifier === null ? f.scope : (f.scope.qualified(qualifier) ?? f.scope);
  const existing = scope.localKey(key);
  if (existing) {
    if (existing.isReadOnly) {
      throw runtimeError('VariableNotWritable', 'WriteError', formatMessage(runtimeStrings.VariableNotWritable, name), 'System.Management.Automation.SessionStateUnauthorizedAccessException', name);
    }
    if (typeConstraint) existing.typeConstraint = typeConstraint;
    existing.value = existing.typeConstraint ? convertForVariable(value, existing.typeConstraint) : value;
    return existing.value;
  }
  const converted = typeConstraint ? convertForVariable(value, typeConstraint) : value;
  scope.define(new PSVariable(name, converted, typeConstraint, qualifier === 'private'));
  return converted;
}

/**
 * A value converted to a variable's type constraint. A failure is pwsh's
 * ArgumentTransformationMetadataException (MetadataError) with the conversion's message.
 */
function convertForVariable(value: unknown, type: PSTypeInfo): unknown {
  try {
    return convertTo(value, type);
  } catch (e) {
    const message = toErrorRecord(e, null).message;
    throw runtimeError('RuntimeException', 'MetadataError', message, 'System.Management.Automation.ArgumentTransformationMetadataException');
  }
}
