/**
 * pwsh's Function provider and its Function: drive: the functions visible from the caller's
 * scope as FunctionInfo items (what Get-Command writes), whose content is the script block.
 */
import { ProviderInfo, PSDriveInfo } from '../../engine/runtime/path-info.js';
import { functionFromValue } from '../../engine/runtime/function-definition.js';
import type { Scope } from '../../engine/runtime/session-state.js';
import { ordinalIgnoreCaseKey } from '../../engine/values/index.js';
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
    runtime.frame.scope.defineFunction(functionFromValue(runtime.frame, name, value));
    return undefined;
  },
};
