/**
 * Reading and writing variables by their qualified names: scope qualifiers (global:, script:,
 * local:, private:), the env: drive backed by the process environment, variable: and
 * function:, and the automatic variables whose values live outside the scopes ($?, $Error,
 * $PWD).
 */
import { convertTo } from '../conversion/index.js';
import { ordinalIgnoreCaseKey } from '../values/index.js';
import type { PSTypeInfo } from '../types/index.js';
import { runtimeError, toErrorRecord } from './errors.js';
import type { Frame } from './frame.js';
import { formatMessage, runtimeStrings } from './messages.js';
import { currentVariableTablesVersion, PSVariable, type Scope } from './session-state.js';
import { functionScriptBlock } from './commands.js';
import { setEnvironmentVariable } from './environment-variables.js';
import { functionFromValue } from './function-definition.js';
import { PathInfo } from './path-info.js';
import { checkUndefinedVariableRead, type StrictVariableRead } from './strict-mode.js';

const constants = new Set(['true', 'false', 'null']);

/** Automatic variables whose values live outside the scopes. */
const specialVariables = new Map<string, (f: Frame) => unknown>([
  ['?', (f) => f.context.lastSuccess],
  ['ERROR', (f) => f.context.errors],
  ['PWD', (f) => new PathInfo(f.context.location.current)],
]);

/** Reads a variable; compiled once per variable expression. */
export type VariableReader = (f: Frame) => unknown;

/** Assigns a variable (converting to `typeConstraint` when given) and returns the value stored. */
export type VariableWriter = (f: Frame, value: unknown, typeConstraint?: PSTypeInfo | null) => unknown;

/** Reads `$qualifier:name` once (for names known only at run time). */
export function readVariable(f: Frame, qualifier: string | null, name: string): unknown {
  return variableReader(qualifier, name)(f);
}

/** `$x = value` once (for names known only at run time). */
export function assignVariable(f: Frame, qualifier: string | null, name: string, value: unknown, typeConstraint: PSTypeInfo | null = null): unknown {
  return variableWriter(qualifier, name)(f, value, typeConstraint);
}

/**
 * How `$qualifier:name` is read, decided once from the name and qualifier. A variable expression
 * gives `strict`, where it is: reading a variable that was never set is then an error under
 * Set-StrictMode; other reads (splatting, the engine's own) give $null.
 */
export function variableReader(qualifier: string | null, name: string, strict: StrictVariableRead | null = null): VariableReader {
  switch (qualifier) {
    case 'env':
      return () => {
        const value = process.env[name];
        return value === undefined ? null : value;
      };
    case 'function':
      return (f) => functionScriptBlock(f, name);
  }
  const key = ordinalIgnoreCaseKey(name);
  const special = specialVariables.get(key);
  if (special) return special;
  const lookup = new CachedLookup((scope) => (qualifier === null ? scope : (scope.qualified(qualifier) ?? scope)).lookupKey(key));
  return (f) => {
    const variable = lookup.find(f.scope);
    if (variable !== undefined) return variable.value;
    if (strict) checkUndefinedVariableRead(f.scope, strict);
    return null;
  };
}

/**
 * A variable lookup that remembers its last answer for the scope it started from: loops run the
 * same access in the same scope many times, and the answer stands until a scope's variable table
 * changes (see currentVariableTablesVersion).
 */
class CachedLookup {
  private scope: Scope | null = null;
  private version = -1;
  private found: PSVariable | undefined;

  constructor(private readonly lookup: (scope: Scope) => PSVariable | undefined) {}

  find(scope: Scope): PSVariable | undefined {
    const version = currentVariableTablesVersion();
    if (scope !== this.scope || version !== this.version) {
      this.found = this.lookup(scope);
      this.scope = scope;
      this.version = version;
    }
    return this.found;
  }
}

/**
 * How `$qualifier:name = value` is done, decided once: the current scope's own variable (or the
 * qualified scope's), converted to its type constraint.
 */
export function variableWriter(qualifier: string | null, name: string): VariableWriter {
  if (qualifier === 'env') {
    return (_f, value) => {
      setEnvironmentVariable(name, value);
      return value;
    };
  }
  if (qualifier === 'function') {
    // `$function:name = { ... }` defines (or with $null removes) a function in the current scope.
    return (f, value) => {
      if (value === null) f.scope.removeFunction(name);
      else f.scope.defineFunction(functionFromValue(f, name, value));
      return value;
    };
  }
  const key = ordinalIgnoreCaseKey(name);
  const lowered = key.toLowerCase();
  if (constants.has(lowered)) {
    // `$null = expr` discards the value; $true and $false are constants.
    return (_f, value, typeConstraint = null) => {
      if (lowered === 'null' && typeConstraint === null) return value;
      throw notWritable(name);
    };
  }
  const isPrivate = qualifier === 'private';
  const targetScope = (scope: Scope) => (qualifier === null ? scope : (scope.qualified(qualifier) ?? scope));
  const lookup = new CachedLookup((scope) => targetScope(scope).localKey(key));
  return (f, value, typeConstraint = null) => {
    const existing = lookup.find(f.scope);
    if (existing) {
      if (existing.isReadOnly) throw notWritable(name);
      if (typeConstraint) existing.typeConstraint = typeConstraint;
      existing.value = existing.typeConstraint ? convertForVariable(value, existing.typeConstraint) : value;
      return existing.value;
    }
    const converted = typeConstraint ? convertForVariable(value, typeConstraint) : value;
    targetScope(f.scope).define(new PSVariable(name, converted, typeConstraint, isPrivate));
    return converted;
  };
}

function notWritable(name: string) {
  return runtimeError('VariableNotWritable', 'WriteError', formatMessage(runtimeStrings.VariableNotWritable, name), 'System.Management.Automation.SessionStateUnauthorizedAccessException', name);
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
