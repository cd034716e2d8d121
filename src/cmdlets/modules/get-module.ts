/**
 * Get-Module (alias gmo): the session's loaded modules (-All adds their nested modules), or with
 * -ListAvailable the modules in $env:PSModulePath's folders, described by their manifests
 * without running them; -Name takes wildcards.
 */
import { basename, extname } from 'node:path';
import { toPSString } from '../../engine/conversion/index.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { ModuleInfo, sessionModules } from '../../engine/runtime/module-scope.js';
import { WildcardPattern } from '../../engine/wildcard/index.js';
import { stringList } from '../parameter-lists.js';
import { availableModuleFiles, readManifest } from './module-loading.js';

/** A module file in $env:PSModulePath as -ListAvailable shows it: its manifest's version, description and type. */
function availableModule(runtime: CommandRuntime, path: string): ModuleInfo {
  const name = basename(path, extname(path));
  if (extname(path).toLowerCase() !== '.psd1') return new ModuleInfo(name, path, runtime.frame);
  const manifest = readManifest(runtime, path);
  const text = (key: string) => (manifest.has(key) && manifest.get(key) !== null ? toPSString(manifest.get(key)) : null);
  const root = text('RootModule') ?? text('ModuleToProcess');
  const module = new ModuleInfo(name, path, runtime.frame);
  module.moduleType = root === null ? 'Manifest' : /\.dll$/i.test(root) ? 'Binary' : 'Script';
  module.version = text('ModuleVersion') ?? '0.0';
  module.description = text('Description') ?? '';
  return module;
}

/** Loaded modules with (when `all`) their nested modules after each. */
function loadedModules(runtime: CommandRuntime, all: boolean): ModuleInfo[] {
  const withNested = (module: ModuleInfo): ModuleInfo[] => [module, ...(all ? module.nestedModules.flatMap(withNested) : [])];
  return sessionModules(runtime.frame.context).flatMap(withNested);
}

const getModule = new CmdletInfo(
  {
    name: 'Get-Module',
    aliases: ['gmo'],
    implementingType: 'Microsoft.PowerShell.Commands.GetModuleCommand',
    defaultParameterSetName: 'Loaded',
    outputType: ['System.Management.Automation.PSModuleInfo'],
    parameters: [
      { name: 'Name', type: 'string[]', position: 0, valueFromPipeline: true },
      { name: 'All', type: 'switch', parameterSets: { Loaded: {}, Available: {} } },
      { name: 'ListAvailable', type: 'switch', parameterSets: { Available: { mandatory: true } } },
      { name: 'Refresh', type: 'switch', parameterSets: { Available: {} } },
      { name: 'SkipEditionCheck', type: 'switch', parameterSets: { Available: {} } },
      { name: 'PSEdition', type: 'string', parameterSets: { Available: {} } },
    ],
  },
  (runtime) => ({
    process() {
      const patterns = stringList(runtime.parameter('Name')).map((name) => new WildcardPattern(name));
      const wanted = (module: ModuleInfo) => patterns.length === 0 || patterns.some((p) => p.isMatch(module.name));
      const modules = runtime.switch('ListAvailable')
        ? availableModuleFiles().map((path) => availableModule(runtime, path))
        : loadedModules(runtime, runtime.switch('All'));
      for (const module of modules) if (wanted(module)) runtime.writeObject(module);
    },
  }),
);

export const getModuleCmdlets = [getModule];
