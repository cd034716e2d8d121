/**
 * pwsh's Function provider and its Function: drive: the functions visible from the caller's
 * scope as FunctionInfo items (what Get-Command writes), whose content is the script block.
 */
import { ProviderInfo, PSDriveInfo } from '../../engine/runtime/path-info.js';
import { toPSString } from '../../engine/conversion/index.js';
import { FunctionInfo } from '../../engine/runtime/commands.js';
import { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import type { Scope } from '../../engine/runtime/session-state.js';
import { ordinalIgnoreCaseKey, ScriptBlock } from '../../engine/values/index.js';
import { visibleFunctions } from '../command-discovery.js';
import type { SessionStateProvider } from './session-state-provider.js';

const providerInfo = new ProviderInfo('Function');

export const functionProvider: SessionStateProvider = {
  providerInfo,
  drive: new PSDriveInfo('Function', '', providerInfo, 'Drive that contains a view of the functions stored in a session state'),
  names: (runtime) => [...visibleFunctions(runtime).values()].map((info) => info.fn.name),
  find: (runtime, name) => visibleFunctions(runtime).get(ordinalIgnoreCaseKey(name))?.fn.name,
  item: (runtime, name) => visibleFunctions(runtime).get(ordinalIgnoreCaseKey(name))!,
  content: (runtime, name) => visibleFunctions(runtime).get(ordinalIgnoreCaseKey(name))!.fn.scriptBlock,
  remove: (runtime, name) => {
    // From the innermost scope that defines it, as pwsh's SessionState.RemoveFunction does.
    let scope: Scope | null = runtime.frame.scope;
    while (scope && !scope.removeFunction(name)) scope = scope.parent;
    return undefined;
  },
  // A script block, or text to compile, defines the function in the caller's scope as `$function:name = value` does.
  set: (runtime, name, value) => {
    const body = value instanceof ScriptBlock ? value : (runtime.frame.context.runner.create(toPSString(value)) as ScriptBlock);
    runtime.frame.scope.defineFunction(new FunctionInfo(name, false, ScriptBlockValue.from(body)));
    return undefined;
  },
};
