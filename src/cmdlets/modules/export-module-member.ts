/**
 * Export-ModuleMember as pwsh has it: inside a module, names (wildcards) of the functions,
 * cmdlets, variables and aliases the module exports; calls add up, and once the module has
 * called it only what it named is exported (see module-loading.ts's collectExports).
 */
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { PSErrorException } from '../../engine/runtime/error-record.js';
import { moduleOfScope } from '../../engine/runtime/module-scope.js';
import { stringList } from '../parameter-lists.js';
import { moduleStrings } from './module-loading.js';

const exportModuleMember = new CmdletInfo(
  {
    name: 'Export-ModuleMember',
    implementingType: 'Microsoft.PowerShell.Commands.ExportModuleMemberCommand',
    parameters: [
      { name: 'Function', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'Cmdlet', type: 'string[]', valueFromPipelineByPropertyName: true },
      { name: 'Variable', type: 'string[]', valueFromPipelineByPropertyName: true },
      { name: 'Alias', type: 'string[]', valueFromPipelineByPropertyName: true },
    ],
  },
  (runtime) => ({
    process() {
      const module = moduleOfScope(runtime.frame.scope);
      if (module === null) {
        throw new PSErrorException(runtime.errorRecord('System.InvalidOperationException', moduleStrings.CanOnlyBeUsedFromWithinAModule, 'Modules_CanOnlyExecuteExportModuleMemberInsideAModule', 'PermissionDenied'));
      }
      const selection = (module.exportSelection ??= { functions: [], cmdlets: [], variables: [], aliases: [] });
      selection.functions.push(...stringList(runtime.parameter('Function')));
      selection.cmdlets.push(...stringList(runtime.parameter('Cmdlet')));
      selection.variables.push(...stringList(runtime.parameter('Variable')));
      selection.aliases.push(...stringList(runtime.parameter('Alias')));
    },
  }),
);

export const exportModuleMemberCmdlets = [exportModuleMember];
