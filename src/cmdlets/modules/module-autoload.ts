/**
 * Module auto-loading: a command that is not found is looked for among the commands the modules
 * in $env:PSModulePath export (a manifest's FunctionsToExport, or the functions a .psm1 without
 * a manifest defines at its top level, read by parsing it), and the first module exporting it
 * is imported into the global scope, as `Import-Module` would; `#requires -Modules` imports by name.
 */
import { extname } from 'node:path';
import { parse } from '../../../grammar/parser/index.js';
import type { Frame } from '../../engine/runtime/frame.js';
import { loadedModule, setModuleImporter } from '../../engine/runtime/module-scope.js';
import { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import { readTextFile } from '../../engine/runtime/text-files.js';
import { Hashtable } from '../../engine/values/index.js';
import { WildcardPattern } from '../../engine/wildcard/index.js';
import { availableModuleFiles, manifestList, manifestOutput, manifestText } from './module-loading.js';

/** The function names a .psm1 defines at its top level. */
function scriptModuleFunctions(path: string): string[] {
  const statements = parse(readTextFile(path), path).ast.endBlock?.statements ?? [];
  return statements.flatMap((statement) => (statement.kind === 'FunctionDefinition' ? [statement.name] : []));
}

/** The commands a module file says it exports: its manifest's FunctionsToExport (patterns), else its root module's functions. */
function exportedNames(frame: Frame, path: string): string[] {
  if (extname(path).toLowerCase() !== '.psd1') return scriptModuleFunctions(path);
  const manifest = manifestOutput(frame, path)[0];
  if (!(manifest instanceof Hashtable)) return [];
  const listed = manifestList(manifest, 'FunctionsToExport');
  if (listed !== null) return listed;
  const root = manifestText(manifest, 'RootModule') ?? manifestText(manifest, 'ModuleToProcess');
  return root === null ? [] : scriptModuleFunctions(path.replace(/[^\\/]*$/, root));
}

const importByPath = ScriptBlockValue.parse('Import-Module -Name $args[0]');
const quietImport = ScriptBlockValue.parse('Import-Module -Name $args[0] -ErrorAction SilentlyContinue');

function autoLoad(frame: Frame, commandName: string): boolean {
  for (const path of availableModuleFiles()) {
    let names: string[];
    try {
      names = exportedNames(frame, path);
    } catch {
      continue; // A module that cannot be read exports nothing to look for.
    }
    if (!names.some((name) => new WildcardPattern(name).isMatch(commandName))) continue;
    frame.context.runner.invoke(frame.withScope(frame.context.globalScope), importByPath, [path]);
    return true;
  }
  return false;
}

/** `#requires -Modules Name`: the module imported into the global scope unless loaded; false when it is not found. */
function importByName(frame: Frame, moduleName: string): boolean {
  if (loadedModule(frame.context, moduleName)) return true;
  const errorsBefore = frame.context.errors.items.length;
  frame.context.runner.invoke(frame.withScope(frame.context.globalScope), quietImport, [moduleName]);
  return loadedModule(frame.context, moduleName) !== undefined || frame.context.errors.items.length === errorsBefore;
}

setModuleImporter({ autoLoad, importByName });
