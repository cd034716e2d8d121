/**
 * System.Management.Automation.PSModuleInfo as scripts see it (the engine's ModuleInfo with its
 * exports as Dictionary objects of CommandInfo and PSVariable), and PowerShellCore.format.ps1xml's
 * "Module" table, list and wide views.
 */
import { baseObject, enumValue } from '../../engine/conversion/index.js';
import { defineEnum } from '../../engine/dotnet/enums.js';
import { GenericDictionary, StringComparer } from '../../engine/dotnet/index.js';
import { defineType } from '../../engine/dotnet/member-table.js';
import { registerNativeType } from '../../engine/dotnet/type-registration.js';
import type { FunctionInfo } from '../../engine/runtime/commands.js';
import type { Frame } from '../../engine/runtime/frame.js';
import { ModuleInfo } from '../../engine/runtime/module-scope.js';
import { Guid, Version } from '../../engine/values/index.js';
import { engineViews } from '../../format/index.js';
import { FunctionCommandInfo } from '../command-discovery.js';

const moduleInfoType = 'System.Management.Automation.PSModuleInfo';
const moduleTypes = { Script: 0, Binary: 1, Manifest: 2, Cim: 3 } as const;
const moduleTypeType = defineEnum('System.Management.Automation.ModuleType', moduleTypes);

/** FunctionInfo as scripts see it, its parameters read in the module's own scope. */
function functionCommandInfo(fn: FunctionInfo, frame: Frame): FunctionCommandInfo {
  return new FunctionCommandInfo(fn, (f) => f.scriptBlock.compiled.metadata(f.name, frame));
}

function ignoreCaseDictionary(valueType: string, entries: Iterable<[string, unknown]>): GenericDictionary {
  const dictionary = new GenericDictionary('System.String', valueType, new StringComparer('OrdinalIgnoreCase', true));
  for (const [key, value] of entries) dictionary.set(key, value);
  return dictionary;
}

/** The module's exported functions by name, as FunctionInfo objects. */
function exportedFunctions(module: ModuleInfo): GenericDictionary {
  return ignoreCaseDictionary(
    'System.Management.Automation.FunctionInfo',
    [...module.exportedFunctions.values()].map((fn) => [fn.name, functionCommandInfo(fn, module.frame)]),
  );
}

registerNativeType(moduleInfoType, ['System.Object'], { isInstance: (value) => value instanceof ModuleInfo });
defineType({
  fullName: moduleInfoType,
  properties: {
    Name: { type: 'string', get: (m: ModuleInfo) => m.name },
    Path: { type: 'string', get: (m: ModuleInfo) => m.path },
    ModuleBase: { type: 'string', get: (m: ModuleInfo) => m.moduleBase },
    ModuleType: { type: 'System.Management.Automation.ModuleType', get: (m: ModuleInfo) => enumValue(moduleTypeType, BigInt(moduleTypes[m.moduleType])) },
    Version: { type: 'version', get: (m: ModuleInfo) => Version.parse(m.version) },
    Description: { type: 'string', get: (m: ModuleInfo) => m.description },
    Guid: { type: 'guid', get: (m: ModuleInfo) => new Guid(m.guid) },
    NestedModules: { type: 'System.Management.Automation.PSModuleInfo[]', get: (m: ModuleInfo) => [...m.nestedModules] },
    ExportedFunctions: { type: 'System.Collections.Generic.Dictionary[string,System.Management.Automation.FunctionInfo]', get: exportedFunctions },
    ExportedCommands: { type: 'System.Collections.Generic.Dictionary[string,System.Management.Automation.CommandInfo]', get: exportedFunctions },
    ExportedCmdlets: { type: 'System.Collections.Generic.Dictionary[string,System.Management.Automation.CmdletInfo]', get: () => ignoreCaseDictionary('System.Management.Automation.CmdletInfo', []) },
    ExportedVariables: {
      type: 'System.Collections.Generic.Dictionary[string,System.Management.Automation.PSVariable]',
      get: (m: ModuleInfo) => ignoreCaseDictionary('System.Management.Automation.PSVariable', [...m.exportedVariables.values()].map((v) => [v.name, v])),
    },
    ExportedAliases: {
      type: 'System.Collections.Generic.Dictionary[string,System.Management.Automation.AliasInfo]',
      get: (m: ModuleInfo) => ignoreCaseDictionary('System.Management.Automation.AliasInfo', [...m.exportedAliases].map(([name]) => [name, name])),
    },
    PrivateData: { type: 'object', get: () => null },
  },
});

/** The module a view shows: Format-Table and Format-List receive it wrapped in a PSObject. */
const shown = (value: unknown) => baseObject(value) as ModuleInfo;

/** `$_.ExportedCommands.Keys` and friends: the names, in the order the module exported them. */
const functionNames = (m: unknown) => [...shown(m).exportedFunctions.values()].map((fn) => fn.name);

engineViews.register(moduleInfoType, {
  kind: 'table',
  columns: [
    { label: 'ModuleType', width: 10, value: 'ModuleType' },
    { label: 'Version', width: 10, value: 'Version' },
    { label: 'PreRelease', width: 10, value: { expression: () => null } },
    { label: 'Name', width: 35, value: 'Name' },
    { label: 'ExportedCommands', value: { expression: functionNames } },
  ],
});
engineViews.register(moduleInfoType, {
  kind: 'list',
  items: [
    { value: 'Name' },
    { value: 'Path' },
    { value: 'Description' },
    { value: 'ModuleType' },
    { value: 'Version' },
    { label: 'PreRelease', value: { expression: () => null } },
    { value: 'NestedModules' },
    { label: 'ExportedFunctions', value: { expression: functionNames } },
    { label: 'ExportedCmdlets', value: { expression: () => [] } },
    { label: 'ExportedVariables', value: { expression: (m) => [...shown(m).exportedVariables.values()].map((v) => v.name) } },
    { label: 'ExportedAliases', value: { expression: (m) => [...shown(m).exportedAliases.keys()] } },
  ],
});
engineViews.register(moduleInfoType, { kind: 'wide', value: 'Name' });
