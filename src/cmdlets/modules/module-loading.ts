/**
 * Finding and loading modules as pwsh's ModuleCmdletBase does: a name is looked up in each
 * $env:PSModulePath folder (Name/Name.psd1, Name/Name.psm1, then Name/<version>/...); a .psm1
 * runs in the module's own scope; a .psd1 manifest names the root module, nested and required
 * modules, the version and what to export. What a module exports is then imported into a scope.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, delimiter, extname, join } from 'node:path';
import { homedir } from 'node:os';
import { toPSString } from '../../engine/conversion/index.js';
import { runScriptBlock } from '../../engine/runtime/command-processors.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { FunctionInfo } from '../../engine/runtime/commands.js';
import { InvocationInfo, PSErrorException } from '../../engine/runtime/error-record.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { ModuleInfo, loadedModule, moduleOfScope, sessionModules } from '../../engine/runtime/module-scope.js';
import type { Frame } from '../../engine/runtime/frame.js';
import { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import { PSVariable, type Scope } from '../../engine/runtime/session-state.js';
import { readTextFile } from '../../engine/runtime/text-files.js';
import { psVersion } from '../../engine/runtime/version.js';
import { Hashtable, PSObject, PSScriptMethod, type ScriptBlock } from '../../engine/values/index.js';
import { WildcardPattern } from '../../engine/wildcard/index.js';
import { stringList } from '../parameter-lists.js';
import { approvedVerbs } from './approved-verbs.js';

/** pwsh's Modules resource strings used here. */
export const moduleStrings = {
  ModuleNotFound: "The specified module '{0}' was not loaded because no valid module file was found in any module directory.",
  ImportingNonStandardVerb:
    "The names of some imported commands from the module '{0}' include unapproved verbs that might make them less discoverable. To find the commands with unapproved verbs, run the Import-Module command again with the Verbose parameter. For a list of approved verbs, type Get-Verb.",
  ImportingNonStandardVerbVerbose: "The '{0}' command in the {1}' module was imported, but because its name does not include an approved verb, it might be difficult to find. For a list of approved verbs, type Get-Verb.",
  InvalidModuleManifest: "The module manifest '{0}' could not be processed because it is not a valid PowerShell module manifest file. Remove the elements that are not permitted: {1}",
  ModuleManifestInsufficientPowerShellVersion:
    "The version of PowerShell on this computer is '{0}'. The module '{1}' requires a minimum PowerShell version of '{2}' to run. Verify that you have the minimum required version of PowerShell installed, and then try again.",
  CanOnlyBeUsedFromWithinAModule: 'The Export-ModuleMember cmdlet can only be called from inside a module.',
  NoModulesRemoved: 'No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.',
};

/** What Import-Module asked for, beyond the module itself. */
export interface ImportOptions {
  readonly argumentList: readonly unknown[];
  /** -Prefix: put before each imported command's noun. */
  readonly prefix: string;
  /** -Function, -Variable, -Alias and -Cmdlet: only what matches is imported (null: everything exported). */
  readonly functionFilter: readonly string[] | null;
  readonly variableFilter: readonly string[] | null;
  readonly aliasFilter: readonly string[] | null;
  readonly disableNameChecking: boolean;
}

export const defaultImportOptions: ImportOptions = { argumentList: [], prefix: '', functionFilter: null, variableFilter: null, aliasFilter: null, disableNameChecking: true };

/** $env:PSModulePath's folders; pwsh's Unix defaults (user, shared) when it is not set. */
function moduleSearchFolders(): string[] {
  const value = process.env.PSModulePath;
  if (value) return value.split(delimiter).filter((folder) => folder !== '');
  return [join(homedir(), '.local/share/powershell/Modules'), '/usr/local/share/powershell/Modules'];
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** The module file in a module's folder: leaf.psd1, leaf.psm1, then the same under the highest version folder. */
function moduleFileInFolder(folder: string, leaf: string): string | null {
  for (const extension of ['.psd1', '.psm1']) if (isFile(join(folder, leaf + extension))) return join(folder, leaf + extension);
  const versions = readdirSync(folder)
    .filter((entry) => /^\d+(\.\d+){1,3}$/.test(entry) && isFolder(join(folder, entry)))
    .sort((a, b) => compareVersions(b, a));
  for (const version of versions) {
    for (const extension of ['.psd1', '.psm1']) if (isFile(join(folder, version, leaf + extension))) return join(folder, version, leaf + extension);
  }
  return null;
}

function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}

/** A name that is a path (it has a folder separator or a module file's extension), rather than a module's name. */
function isModulePath(name: string): boolean {
  return /[\\/]/.test(name) || /\.(psm1|psd1|ps1|dll)$/i.test(name);
}

/** The module file a name or path stands for, or null when there is none. */
export function findModuleFile(runtime: CommandRuntime, name: string): string | null {
  if (isModulePath(name)) {
    const full = runtime.frame.context.location.fileSystemPath(name);
    if (isFile(full)) return full;
    if (isFolder(full)) return moduleFileInFolder(full, basename(full));
    for (const extension of ['.psd1', '.psm1']) if (isFile(full + extension)) return full + extension;
    return null;
  }
  for (const folder of moduleSearchFolders()) {
    const moduleFolder = join(folder, name);
    if (!isFolder(moduleFolder)) continue;
    const file = moduleFileInFolder(moduleFolder, name);
    if (file) return file;
  }
  return null;
}

/** The module file each available module in $env:PSModulePath has (Get-Module -ListAvailable, auto-loading). */
export function availableModuleFiles(): string[] {
  const files: string[] = [];
  for (const folder of moduleSearchFolders()) {
    if (!isFolder(folder)) continue;
    for (const entry of readdirSync(folder)) {
      if (!isFolder(join(folder, entry))) continue;
      const file = moduleFileInFolder(join(folder, entry), entry);
      if (file) files.push(file);
    }
  }
  return files;
}

export function moduleNotFound(runtime: CommandRuntime, name: string): PSErrorException {
  return new PSErrorException(runtime.errorRecord('System.IO.FileNotFoundException', formatMessage(moduleStrings.ModuleNotFound, name), 'Modules_ModuleNotFound', 'ResourceUnavailable', name));
}

/** What a .psd1 file outputs when run as data in the global scope (pwsh's restricted language, unchecked here). */
export function manifestOutput(frame: Frame, path: string): unknown[] {
  return frame.context.runner.invoke(frame.withScope(frame.context.globalScope), ScriptBlockValue.parse(readTextFile(path), path), []);
}

/** A .psd1 file's hashtable; an error when it outputs anything else. */
export function readManifest(runtime: CommandRuntime, path: string): Hashtable {
  const output = manifestOutput(runtime.frame, path);
  const data = output.length === 1 ? output[0] : null;
  if (!(data instanceof Hashtable)) {
    throw new PSErrorException(runtime.errorRecord('System.Management.Automation.PSInvalidOperationException', formatMessage(moduleStrings.InvalidModuleManifest, path, ''), 'Modules_InvalidManifest', 'ResourceUnavailable', path));
  }
  return data;
}

/** A manifest key's value as a list of strings (null when the manifest leaves it out). */
export function manifestList(manifest: Hashtable, key: string): string[] | null {
  return manifest.has(key) ? stringList(manifest.get(key)) : null;
}

export function manifestText(manifest: Hashtable, key: string): string | null {
  const value = manifest.has(key) ? manifest.get(key) : null;
  return value === null || value === undefined ? null : toPSString(value);
}

/** Loads a module file (.psm1, .ps1 or .psd1) and registers it as loaded; the caller imports its exports. */
export function loadModule(runtime: CommandRuntime, path: string, argumentList: readonly unknown[]): ModuleInfo {
  const module = extname(path).toLowerCase() === '.psd1' ? loadManifestModule(runtime, path, argumentList) : loadScriptModule(runtime, path, basename(path, extname(path)), argumentList);
  const modules = sessionModules(runtime.frame.context);
  const index = modules.findIndex((m) => m.name.toLowerCase() === module.name.toLowerCase() && m.path === module.path);
  if (index >= 0) modules.splice(index, 1);
  modules.push(module);
  return module;
}

/** A .psm1 (or .ps1) run in a new module's scope, with $PSScriptRoot, $PSCommandPath, $MyInvocation and $args for it. */
function loadScriptModule(runtime: CommandRuntime, path: string, name: string, argumentList: readonly unknown[], into?: ModuleInfo): ModuleInfo {
  const module = into ?? new ModuleInfo(name, path, runtime.frame);
  const scope = module.scope;
  scope.define(new PSVariable('PSScriptRoot', module.moduleBase));
  scope.define(new PSVariable('PSCommandPath', path));
  scope.define(PSVariable.lazy('MyInvocation', () => new InvocationInfo(path, null, 'ExternalScript')));
  runModuleCode(module, ScriptBlockValue.parse(readTextFile(path), path), argumentList, (value) => runtime.writeObject(value));
  return module;
}

/** Runs a module's code in its scope (with $args), then works out what it exports. */
export function runModuleCode(module: ModuleInfo, block: ScriptBlockValue, argumentList: readonly unknown[], out: (value: unknown) => void): void {
  module.scope.define(new PSVariable('args', [...argumentList]));
  runScriptBlock(module.frame.withOutput(out), block, argumentList, { dotSource: true });
  collectExports(module);
}

/** What a module exports once its code has run: Export-ModuleMember's selection, or every function. */
function collectExports(module: ModuleInfo): void {
  const selection = module.exportSelection;
  const matches = (patterns: readonly string[], name: string) => patterns.some((p) => new WildcardPattern(p).isMatch(name));
  module.exportedFunctions.clear();
  for (const [key, fn] of module.scope.functions) {
    if (fn instanceof FunctionInfo && (selection === null || matches(selection.functions, fn.name))) module.exportedFunctions.set(key, fn);
  }
  module.exportedVariables.clear();
  module.exportedAliases.clear();
  if (selection === null) return;
  for (const [key, variable] of module.scope.variables) if (matches(selection.variables, variable.name)) module.exportedVariables.set(key, variable);
  for (const entry of module.frame.context.aliases.all()) if (matches(selection.aliases, entry.name)) module.exportedAliases.set(entry.name.toLowerCase(), entry.definition);
}

/** Keeps only the exports a manifest's *ToExport list (or an Import-Module filter) names. */
function keepMatching<T>(exports: Map<string, T>, patterns: readonly string[] | null, nameOf: (key: string, value: T) => string): void {
  if (patterns === null) return;
  const compiled = patterns.map((p) => new WildcardPattern(p));
  for (const [key, value] of [...exports]) if (!compiled.some((p) => p.isMatch(nameOf(key, value)))) exports.delete(key);
}

function loadManifestModule(runtime: CommandRuntime, path: string, argumentList: readonly unknown[]): ModuleInfo {
  const manifest = readManifest(runtime, path);
  const name = basename(path, extname(path));
  const wantedVersion = manifestText(manifest, 'PowerShellVersion');
  if (wantedVersion !== null && compareVersions(wantedVersion, psVersion) > 0) {
    const message = formatMessage(moduleStrings.ModuleManifestInsufficientPowerShellVersion, psVersion, path, wantedVersion);
    throw new PSErrorException(runtime.errorRecord('System.InvalidOperationException', message, 'Modules_InsufficientPowerShellVersion', 'ResourceUnavailable', path));
  }
  for (const required of manifestList(manifest, 'RequiredModules') ?? []) {
    if (loadedModule(runtime.frame.context, required)) continue;
    const file = findModuleFile(runtime, required);
    if (!file) throw moduleNotFound(runtime, required);
    importModule(runtime, loadModule(runtime, file, []), runtime.frame.context.globalScope, defaultImportOptions);
  }
  const root = manifestText(manifest, 'RootModule') ?? manifestText(manifest, 'ModuleToProcess');
  const base = path.replace(/[\\/][^\\/]*$/, '');
  const rootPath = root ? (findModuleFile(runtime, join(base, root)) ?? join(base, root)) : null;
  const module = new ModuleInfo(name, rootPath ?? path, runtime.frame);
  module.moduleType = rootPath === null ? 'Manifest' : /\.dll$/i.test(rootPath) ? 'Binary' : 'Script';
  module.version = manifestText(manifest, 'ModuleVersion') ?? '0.0';
  module.description = manifestText(manifest, 'Description') ?? '';
  module.guid = manifestText(manifest, 'GUID') ?? module.guid;
  for (const nested of manifestList(manifest, 'NestedModules') ?? []) {
    const file = findModuleFile(runtime, isModulePath(nested) ? join(base, nested) : nested);
    if (!file) throw moduleNotFound(runtime, nested);
    const nestedModule = extname(file).toLowerCase() === '.psd1' ? loadManifestModule(runtime, file, []) : loadScriptModule(runtime, file, basename(file, extname(file)), []);
    module.nestedModules.push(nestedModule);
    importModule(runtime, nestedModule, module.scope, defaultImportOptions);
  }
  if (rootPath !== null) {
    if (!isFile(rootPath)) throw moduleNotFound(runtime, root!);
    loadScriptModule(runtime, rootPath, name, argumentList, module);
  } else collectExports(module);
  keepMatching(module.exportedFunctions, manifestList(manifest, 'FunctionsToExport'), (_, fn) => fn.name);
  keepMatching(module.exportedVariables, manifestList(manifest, 'VariablesToExport'), (_, v) => v.name);
  keepMatching(module.exportedAliases, manifestList(manifest, 'AliasesToExport'), (name) => name);
  return module;
}

/** Verb-PrefixNoun (PrefixName for a name without a dash), as -Prefix renames imported commands. */
function prefixed(name: string, prefix: string): string {
  if (prefix === '') return name;
  const dash = name.indexOf('-');
  return dash < 0 ? prefix + name : `${name.slice(0, dash + 1)}${prefix}${name.slice(dash + 1)}`;
}

/** Puts what the module exports (filtered by the options) into `target`, warning about unapproved verbs as pwsh does. */
export function importModule(runtime: CommandRuntime, module: ModuleInfo, target: Scope, options: ImportOptions): void {
  const wanted = (patterns: readonly string[] | null, name: string) => patterns === null || patterns.some((p) => new WildcardPattern(p).isMatch(name));
  const record = { scope: target, functionNames: [] as string[], variableNames: [] as string[] };
  let warned = false;
  for (const fn of module.exportedFunctions.values()) {
    if (!wanted(options.functionFilter, fn.name)) continue;
    const name = prefixed(fn.name, options.prefix);
    target.defineFunction(name === fn.name ? fn : new FunctionInfo(name, fn.commandType === 'Filter', fn.scriptBlock));
    record.functionNames.push(name);
    const dash = name.indexOf('-');
    if (!options.disableNameChecking && dash > 0 && !approvedVerbs.has(name.slice(0, dash).toLowerCase())) {
      if (!warned) runtime.writeWarning(formatMessage(moduleStrings.ImportingNonStandardVerb, module.name));
      warned = true;
      runtime.writeVerbose(formatMessage(moduleStrings.ImportingNonStandardVerbVerbose, name, module.name));
    }
  }
  for (const variable of module.exportedVariables.values()) {
    if (!wanted(options.variableFilter, variable.name)) continue;
    target.define(variable);
    record.variableNames.push(variable.name);
  }
  module.importedInto.push(record);
}

/** Where imported commands go by default: the importing module's scope, else the global scope. */
export function defaultImportTarget(frame: Frame): Scope {
  return moduleOfScope(frame.scope)?.scope ?? frame.context.globalScope;
}

/** -AsCustomObject: a PSCustomObject with a script method per exported function and a note property per exported variable. */
export function moduleAsCustomObject(runtime: CommandRuntime, module: ModuleInfo): PSObject {
  const object = PSObject.customObject();
  const run = (block: ScriptBlock, _this: unknown, args: readonly unknown[]) => runtime.frame.context.runner.invoke(runtime.frame, block, args);
  for (const fn of module.exportedFunctions.values()) object.members.add(new PSScriptMethod(fn.name, fn.scriptBlock, run));
  for (const variable of module.exportedVariables.values()) object.addNoteProperty(variable.name, variable.value);
  return object;
}
