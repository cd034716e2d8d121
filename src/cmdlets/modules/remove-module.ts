/**
 * Remove-Module (alias rmo): unloads modules by name (wildcards) or PSModuleInfo, taking the
 * functions and variables it imported back out of the scopes they went to (those that are still
 * the module's); pwsh's NoModulesRemoved error when a name without wildcards or a module object
 * removed nothing.
 */
import { CmdletInfo, FunctionInfo } from '../../engine/runtime/commands.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { ModuleInfo, sessionModules } from '../../engine/runtime/module-scope.js';
import { ordinalIgnoreCaseKey } from '../../engine/values/index.js';
import { containsWildcardCharacters, WildcardPattern } from '../../engine/wildcard/index.js';
import { argumentList, stringList } from '../parameter-lists.js';
import { moduleStrings } from './module-loading.js';

function unload(runtime: CommandRuntime, module: ModuleInfo): void {
  for (const { scope, functionNames, variableNames } of module.importedInto) {
    for (const name of functionNames) {
      const fn = scope.functions.get(ordinalIgnoreCaseKey(name));
      if (fn instanceof FunctionInfo && fn.scriptBlock.module === module) scope.removeFunction(name);
    }
    for (const name of variableNames) if (scope.local(name) === module.exportedVariables.get(ordinalIgnoreCaseKey(name))) scope.remove(name);
  }
  module.importedInto.length = 0;
  const modules = sessionModules(runtime.frame.context);
  const index = modules.indexOf(module);
  if (index >= 0) modules.splice(index, 1);
}

const removeModule = new CmdletInfo(
  {
    name: 'Remove-Module',
    aliases: ['rmo'],
    implementingType: 'Microsoft.PowerShell.Commands.RemoveModuleCommand',
    defaultParameterSetName: 'name',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    parameters: [
      { name: 'Name', type: 'string[]', parameterSets: { name: { mandatory: true, position: 0, valueFromPipeline: true } } },
      { name: 'ModuleInfo', type: 'System.Management.Automation.PSModuleInfo[]', parameterSets: { ModuleInfo: { mandatory: true, position: 0, valueFromPipeline: true } } },
      { name: 'Force', type: 'switch' },
    ],
  },
  (runtime) => {
    let removed = 0;
    let specific = false;
    return {
      process() {
        const modules = sessionModules(runtime.frame.context);
        let chosen: ModuleInfo[];
        if (runtime.has('ModuleInfo')) {
          specific = true;
          chosen = argumentList(runtime.parameter('ModuleInfo')).filter((m): m is ModuleInfo => m instanceof ModuleInfo && modules.includes(m));
        } else {
          const names = stringList(runtime.parameter('Name'));
          if (names.some((name) => !containsWildcardCharacters(name))) specific = true;
          const patterns = names.map((name) => new WildcardPattern(name));
          chosen = modules.filter((m) => patterns.some((p) => p.isMatch(m.name)));
        }
        for (const module of chosen) {
          if (!runtime.shouldProcess(`${module.name} (Path: '${module.path}')`)) continue;
          unload(runtime, module);
          removed++;
        }
      },
      end() {
        if (removed === 0 && specific && !runtime.has('WhatIf')) {
          runtime.writeError(runtime.errorRecord('System.InvalidOperationException', moduleStrings.NoModulesRemoved, 'Modules_NoModulesRemoved', 'ResourceUnavailable'));
        }
      },
    };
  },
);

export const removeModuleCmdlets = [removeModule];
