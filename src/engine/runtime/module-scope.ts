/**
 * A module's own session state, as pwsh's PSModuleInfo and its SessionState: the module's code
 * runs in a script scope of its own whose parent is the global scope (not the importer's), and
 * the functions it defines keep running there, so a module function sees the module's $script:
 * variables rather than its caller's locals. Export-ModuleMember's selections and what the
 * module ended up exporting live here too; the cmdlets (src/cmdlets/modules/) fill them in.
 */
import { ordinalIgnoreCaseKey, psTypeNames } from '../values/index.js';
import type { FunctionInfo } from './commands.js';
import type { ExecutionContext, Frame } from './frame.js';
import { Scope, type PSVariable } from './session-state.js';

/** System.Management.Automation.ModuleType (the kinds psh makes). */
export type ModuleTypeName = 'Binary' | 'Script' | 'Manifest';

/** What Export-ModuleMember named so far (wildcard patterns), by member kind. */
export interface ExportSelection {
  functions: string[];
  cmdlets: string[];
  variables: string[];
  aliases: string[];
}

/** System.Management.Automation.PSModuleInfo (its members are defined with the module cmdlets). */
export class ModuleInfo {
  readonly [psTypeNames] = ['System.Management.Automation.PSModuleInfo', 'System.Object'];
  moduleType: ModuleTypeName = 'Script';
  version = '0.0';
  description = '';
  guid = '00000000-0000-0000-0000-000000000000';
  /** Export-ModuleMember's selections; null while the module has not called it (all functions are exported then). */
  exportSelection: ExportSelection | null = null;
  /** What the module exports, by ordinalIgnoreCaseKey, in the order they were found. */
  readonly exportedFunctions = new Map<string, FunctionInfo>();
  readonly exportedVariables = new Map<string, PSVariable>();
  /** Alias name -> the command it names. */
  readonly exportedAliases = new Map<string, string>();
  readonly nestedModules: ModuleInfo[] = [];
  /** Where Import-Module put the exported commands (Remove-Module takes them back out). */
  readonly importedInto: { scope: Scope; functionNames: string[]; variableNames: string[] }[] = [];

  /** The module's own scope: a script scope under the global scope. */
  readonly scope: Scope;
  /** A frame running in that scope (the module's code runs in it; attribute arguments are read in it). */
  readonly frame: Frame;

  constructor(
    readonly name: string,
    /** The module's file ('' for a dynamic module made by New-Module). */
    readonly path: string,
    /** The importer's frame: the module's frame writes where it does. */
    importer: Frame,
  ) {
    this.scope = new Scope(importer.context.globalScope, true);
    this.scope.module = this;
    this.frame = importer.withScope(this.scope, null);
  }

  /** PSModuleInfo.ModuleBase: the module file's folder. */
  get moduleBase(): string {
    return this.path.replace(/[\\/][^\\/]*$/, '');
  }

  toString(): string {
    return this.name;
  }
}

/** The module whose code runs in `scope` (its own scope or one below it), or null outside modules. */
export function moduleOfScope(scope: Scope): ModuleInfo | null {
  for (let s: Scope | null = scope; s; s = s.parent) if (s.module) return s.module;
  return null;
}

/**
 * The parent of a new scope for calling a block that belongs to `module`: the module's scope when
 * called from outside the module (pwsh pushes the scope on the module's session state), the
 * caller's scope when the module calls its own code (scopes stay dynamic inside the module). A
 * block of no module called from module code runs in the global session state, under its global
 * scope (psh does not keep the global session state's own stack of callers).
 */
export function callParentScope(module: ModuleInfo | null, callerScope: Scope): Scope {
  if (module === null) {
    const callerModule = moduleOfScope(callerScope);
    return callerModule === null ? callerScope : (callerModule.scope.parent ?? callerScope);
  }
  for (let s: Scope | null = callerScope; s; s = s.parent) if (s === module.scope) return callerScope;
  return module.scope;
}

const loadedModules = new WeakMap<ExecutionContext, ModuleInfo[]>();

/** The session's imported modules, oldest first (Get-Module lists them so). */
export function sessionModules(context: ExecutionContext): ModuleInfo[] {
  let modules = loadedModules.get(context);
  if (!modules) loadedModules.set(context, (modules = []));
  return modules;
}

/** The loaded module of that name, or undefined. */
export function loadedModule(context: ExecutionContext, name: string): ModuleInfo | undefined {
  const key = ordinalIgnoreCaseKey(name);
  return sessionModules(context).find((module) => ordinalIgnoreCaseKey(module.name) === key);
}

/**
 * What the engine asks of the module cmdlets, which install it (they read $env:PSModulePath):
 * importing the available module that exports a command nobody defines (pwsh's module
 * auto-loading), and importing a module by name (`#requires -Modules`); each is true when a
 * module was imported. Until installed, nothing is imported.
 */
interface ModuleImporter {
  autoLoad(frame: Frame, commandName: string): boolean;
  importByName(frame: Frame, moduleName: string): boolean;
}
let importer: ModuleImporter = { autoLoad: () => false, importByName: () => false };

export function setModuleImporter(installed: ModuleImporter): void {
  importer = installed;
}

export function autoLoadModuleFor(frame: Frame, commandName: string): boolean {
  return importer.autoLoad(frame, commandName);
}

export function importModuleByName(frame: Frame, moduleName: string): boolean {
  return importer.importByName(frame, moduleName);
}
