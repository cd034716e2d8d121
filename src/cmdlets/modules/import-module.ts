/**
 * Import-Module (alias ipmo) as pwsh 7.4 has it for script modules: by name (through
 * $env:PSModulePath) or path, or a PSModuleInfo; a module already loaded is imported again
 * without running its code unless -Force; the exports go to the global scope (the module's own
 * scope when a module imports another), or the caller's scope with -Scope Local.
 */
import { CmdletInfo } from '../../engine/runtime/commands.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { ModuleInfo, sessionModules } from '../../engine/runtime/module-scope.js';
import type { Scope } from '../../engine/runtime/session-state.js';
import { argumentList, stringList } from '../parameter-lists.js';
import { defaultImportTarget, findModuleFile, importModule, loadModule, moduleAsCustomObject, moduleNotFound, type ImportOptions } from './module-loading.js';

/** Where the exports go: -Global/-Scope Global, -Scope Local, else the importing module's scope or the global scope. */
function importTarget(runtime: CommandRuntime): Scope {
  const frame = runtime.frame;
  const scope = runtime.has('Scope') ? String(runtime.parameter('Scope')).toLowerCase() : null;
  if (runtime.switch('Global') || scope === 'global') return frame.context.globalScope;
  if (scope === 'local') return frame.scope;
  return defaultImportTarget(frame);
}

function importOptions(runtime: CommandRuntime): ImportOptions {
  const filter = (name: string) => (runtime.has(name) ? stringList(runtime.parameter(name)) : null);
  return {
    argumentList: argumentList(runtime.parameter('ArgumentList')),
    prefix: runtime.has('Prefix') ? String(runtime.parameter('Prefix') ?? '') : '',
    functionFilter: filter('Function'),
    variableFilter: filter('Variable'),
    aliasFilter: filter('Alias'),
    disableNameChecking: runtime.switch('DisableNameChecking'),
  };
}

/** Imports one module (loading it first when it is not loaded or -Force asks), writing what -PassThru and -AsCustomObject ask for. */
function importOne(runtime: CommandRuntime, module: ModuleInfo | null, path: string): void {
  const context = runtime.frame.context;
  const loaded = module ?? sessionModules(context).find((m) => m.path === path);
  const options = importOptions(runtime);
  const target = loaded && !runtime.switch('Force') ? loaded : loadModule(runtime, path, options.argumentList);
  if (runtime.switch('AsCustomObject')) {
    runtime.writeObject(moduleAsCustomObject(runtime, target));
    return;
  }
  importModule(runtime, target, importTarget(runtime), options);
  if (runtime.switch('PassThru')) runtime.writeObject(target);
}

const importModuleCmdlet = new CmdletInfo(
  {
    name: 'Import-Module',
    aliases: ['ipmo'],
    implementingType: 'Microsoft.PowerShell.Commands.ImportModuleCommand',
    defaultParameterSetName: 'Name',
    outputType: ['System.Management.Automation.PSModuleInfo'],
    parameters: [
      { name: 'Name', type: 'string[]', parameterSets: { Name: { mandatory: true, position: 0, valueFromPipeline: true } } },
      { name: 'ModuleInfo', type: 'System.Management.Automation.PSModuleInfo[]', parameterSets: { ModuleInfo: { mandatory: true, position: 0, valueFromPipeline: true } } },
      { name: 'Global', type: 'switch' },
      { name: 'Prefix', type: 'string', validation: [{ kind: 'ValidateNotNull' }] },
      { name: 'Function', type: 'string[]', validation: [{ kind: 'ValidateNotNull' }] },
      { name: 'Cmdlet', type: 'string[]', validation: [{ kind: 'ValidateNotNull' }] },
      { name: 'Variable', type: 'string[]', validation: [{ kind: 'ValidateNotNull' }] },
      { name: 'Alias', type: 'string[]', validation: [{ kind: 'ValidateNotNull' }] },
      { name: 'Force', type: 'switch' },
      { name: 'SkipEditionCheck', type: 'switch' },
      { name: 'PassThru', type: 'switch' },
      { name: 'AsCustomObject', type: 'switch' },
      { name: 'MinimumVersion', type: 'version', aliases: ['Version'] },
      { name: 'MaximumVersion', type: 'string' },
      { name: 'RequiredVersion', type: 'version' },
      { name: 'ArgumentList', type: 'object[]', aliases: ['Args'] },
      { name: 'DisableNameChecking', type: 'switch' },
      { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'] },
      { name: 'Scope', type: 'string', validation: [{ kind: 'ValidateSet', values: ['Local', 'Global'], ignoreCase: true }] },
    ],
  },
  (runtime) => ({
    process() {
      if (runtime.has('ModuleInfo')) {
        for (const module of argumentList(runtime.parameter('ModuleInfo'))) importOne(runtime, module as ModuleInfo, (module as ModuleInfo).path);
        return;
      }
      for (const name of stringList(runtime.parameter('Name'))) {
        const path = findModuleFile(runtime, name);
        if (path === null) {
          runtime.writeError(moduleNotFound(runtime, name).errorRecord);
          continue;
        }
        importOne(runtime, null, path);
      }
    },
  }),
);

export const importModuleCmdlets = [importModuleCmdlet];
