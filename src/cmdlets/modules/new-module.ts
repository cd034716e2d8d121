/**
 * New-Module (alias nmo): a dynamic module from a script block, named __DynamicModule_<guid>
 * unless -Name names it; it exports every function unless its code calls Export-ModuleMember,
 * is imported where Import-Module would import it, but is not added to Get-Module's list.
 * -ReturnResult writes the block's output instead, -AsCustomObject a custom object.
 */
import { randomUUID } from 'node:crypto';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { ModuleInfo } from '../../engine/runtime/module-scope.js';
import { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import { ScriptBlock } from '../../engine/values/index.js';
import { argumentList, stringList } from '../parameter-lists.js';
import { defaultImportOptions, defaultImportTarget, importModule, moduleAsCustomObject, runModuleCode } from './module-loading.js';

const newModule = new CmdletInfo(
  {
    name: 'New-Module',
    aliases: ['nmo'],
    implementingType: 'Microsoft.PowerShell.Commands.NewModuleCommand',
    defaultParameterSetName: 'ScriptBlock',
    outputType: ['System.Management.Automation.PSModuleInfo'],
    parameters: [
      { name: 'Name', type: 'string', parameterSets: { Name: { mandatory: true, position: 0, valueFromPipeline: true } } },
      { name: 'ScriptBlock', type: 'scriptblock', parameterSets: { Name: { mandatory: true, position: 1 }, ScriptBlock: { mandatory: true, position: 0 } } },
      { name: 'Function', type: 'string[]' },
      { name: 'Cmdlet', type: 'string[]' },
      { name: 'ReturnResult', type: 'switch' },
      { name: 'AsCustomObject', type: 'switch' },
      { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], valueFromRemainingArguments: true },
    ],
  },
  (runtime) => ({
    process() {
      const guid = randomUUID();
      const name = runtime.has('Name') ? String(runtime.parameter('Name')) : `__DynamicModule_${guid}`;
      const module = new ModuleInfo(name, guid, runtime.frame);
      const code = ScriptBlockValue.from(runtime.parameter('ScriptBlock') as ScriptBlock);
      const results: unknown[] = [];
      runModuleCode(module, code, argumentList(runtime.parameter('ArgumentList')), (value) => results.push(value));
      if (!runtime.switch('AsCustomObject')) {
        const functionFilter = runtime.has('Function') ? stringList(runtime.parameter('Function')) : null;
        importModule(runtime, module, defaultImportTarget(runtime.frame), { ...defaultImportOptions, functionFilter });
      }
      if (runtime.switch('ReturnResult')) for (const value of results) runtime.writeObject(value);
      else if (runtime.switch('AsCustomObject')) runtime.writeObject(moduleAsCustomObject(runtime, module));
      else runtime.writeObject(module);
    },
  }),
);

export const newModuleCmdlets = [newModule];
