/**
 * Variables, functions and the scopes that hold them. PowerShell scopes are dynamic: a function
 * or script block runs in a new scope whose parent is the caller's scope, so it reads the
 * caller's variables and writes its own. `global:` is the outermost scope, `script:` the
 * nearest script scope, `local:` the current one; a `private:` variable is visible only in the
 * scope that created it.
 */
import { ordinalIgnoreCaseKey } from '../values/index.js';
import type { PSTypeInfo } from '../types/index.js';
import type { ModuleInfo } from './module-scope.js';

export class PSVariable {
  private current: unknown;
  /** Computes the value on first read, for variables most code never reads ($MyInvocation...). */
  private pending: (() => unknown) | null = null;

  constructor(
    readonly name: string,
    value: unknown,
    /** `[int]$x = 5` keeps converting later assignments to Int32. */
    public typeConstraint: PSTypeInfo | null = null,
    public isPrivate = false,
    public isReadOnly = false,
  ) {
    this.current = value;
  }

  /** A variable whose value is computed when first read. */
  static lazy(name: string, compute: () => unknown): PSVariable {
    const variable = new PSVariable(name, undefined);
    variable.pending = compute;
    return variable;
  }

  get value(): unknown {
    if (this.pending) {
      this.current = this.pending();
      this.pending = null;
    }
    return this.current;
  }

  set value(value: unknown) {
    this.pending = null;
    this.current = value;
  }
}

/** A callable defined with `function`/`filter`, or a built-in command. */
export interface CommandDefinition {
  readonly name: string;
  readonly commandType: 'Function' | 'Filter' | 'Cmdlet' | 'Alias';
}

/**
 * Bumped whenever any scope gains, loses or replaces a variable. A variable lookup's result
 * depends only on the scope it starts from and the scopes' variable tables, so compiled code may
 * reuse what it found from the same scope while this is unchanged.
 */
let variableTablesVersion = 0;

export function currentVariableTablesVersion(): number {
  return variableTablesVersion;
}

const noFunctions: ReadonlyMap<string, CommandDefinition> = new Map();

/**
 * Variables a scope has from the start but creates only when something uses them: a function
 * call's $args, $PSBoundParameters, $MyInvocation and $input, which most calls never read.
 */
export interface DeferredVariables {
  /** Their ordinalIgnoreCaseKeys. */
  readonly deferredKeys: readonly string[];
  /** The variable for one of those keys (undefined for any other key). */
  createDeferred(key: string): PSVariable | undefined;
}

export class Scope {
  /** The variables made so far, by ordinalIgnoreCaseKey (`variables` adds the deferred ones). */
  private readonly table = new Map<string, PSVariable>();
  private deferred: DeferredVariables | null = null;
  /** Created with the first function defined here: most scopes (every function call's) define none. */
  private ownFunctions: Map<string, CommandDefinition> | null = null;
  /** Set-StrictMode's major version set in this scope (0: -Off); null when it takes its parent's (see strict-mode.ts). */
  strictModeVersion: number | null = null;
  /** Set on a module's own scope (module-scope.ts): code below it runs in that module. */
  module: ModuleInfo | null = null;

  constructor(
    readonly parent: Scope | null,
    /** True for the scope a script file (or the top-level command) runs in. */
    readonly isScriptScope = false,
  ) {}

  /** Gives this scope variables that are made the first time something looks for them. */
  deferVariables(deferred: DeferredVariables): void {
    this.deferred = deferred;
  }

  /** Every variable of this scope, by ordinalIgnoreCaseKey (the deferred ones made now). */
  get variables(): Map<string, PSVariable> {
    const deferred = this.deferred;
    if (deferred) {
      this.deferred = null;
      for (const key of deferred.deferredKeys) if (!this.table.has(key)) this.table.set(key, deferred.createDeferred(key)!);
    }
    return this.table;
  }

  /** This scope's own variable of that key, making it if it is a deferred one not made yet. */
  private own(key: string): PSVariable | undefined {
    const variable = this.table.get(key);
    if (variable !== undefined || this.deferred === null) return variable;
    const made = this.deferred.createDeferred(key);
    // Made as if it had been there from the start: no lookup's answer changes, so the table version stays.
    if (made) this.table.set(key, made);
    return made;
  }

  /** The variable visible from here: this scope's own, then non-private ones up the chain. */
  lookup(name: string): PSVariable | undefined {
    return this.lookupKey(ordinalIgnoreCaseKey(name));
  }

  /** `lookup` by a name already made a key with ordinalIgnoreCaseKey (compiled code does this once). */
  lookupKey(key: string): PSVariable | undefined {
    const own = this.own(key);
    if (own) return own;
    for (let scope = this.parent; scope; scope = scope.parent) {
      const variable = scope.own(key);
      if (variable && !variable.isPrivate) return variable;
    }
    return undefined;
  }

  /** This scope's own variable of that name. */
  local(name: string): PSVariable | undefined {
    return this.own(ordinalIgnoreCaseKey(name));
  }

  localKey(key: string): PSVariable | undefined {
    return this.own(key);
  }

  /** Creates or replaces this scope's own variable. */
  define(variable: PSVariable): PSVariable {
    return this.defineKey(ordinalIgnoreCaseKey(variable.name), variable);
  }

  /** `define` with the name's ordinalIgnoreCaseKey already known (function calls define the same names every time). */
  defineKey(key: string, variable: PSVariable): PSVariable {
    this.table.set(key, variable);
    variableTablesVersion++;
    return variable;
  }

  remove(name: string): boolean {
    variableTablesVersion++;
    return this.variables.delete(ordinalIgnoreCaseKey(name));
  }

  lookupFunction(name: string): CommandDefinition | undefined {
    return this.lookupFunctionKey(ordinalIgnoreCaseKey(name));
  }

  /** `lookupFunction` by a name already made a key with ordinalIgnoreCaseKey. */
  lookupFunctionKey(key: string): CommandDefinition | undefined {
    for (let scope: Scope | null = this; scope; scope = scope.parent) {
      const found = scope.ownFunctions?.get(key);
      if (found) return found;
    }
    return undefined;
  }

  defineFunction(definition: CommandDefinition): void {
    (this.ownFunctions ??= new Map()).set(ordinalIgnoreCaseKey(definition.name), definition);
  }

  removeFunction(name: string): boolean {
    return this.ownFunctions?.delete(ordinalIgnoreCaseKey(name)) ?? false;
  }

  /** The functions defined in this scope, by ordinalIgnoreCaseKey of their names. */
  get functions(): ReadonlyMap<string, CommandDefinition> {
    return this.ownFunctions ?? noFunctions;
  }

  get global(): Scope {
    let scope: Scope = this;
    while (scope.parent) scope = scope.parent;
    return scope;
  }

  /** The nearest script scope (the global scope when no script is running). */
  get script(): Scope {
    let scope: Scope = this;
    while (!scope.isScriptScope && scope.parent) scope = scope.parent;
    return scope;
  }

  /** The scope a `global:`, `script:`, `local:` or `private:` qualifier names (null: normal lookup). */
  qualified(qualifier: string | null): Scope | null {
    switch (qualifier?.toLowerCase()) {
      case 'global':
        return this.global;
      case 'script':
        return this.script;
      case 'local':
      case 'private':
        return this;
      default:
        return null;
    }
  }
}
