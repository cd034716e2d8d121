/**
 * pwsh's Variable provider and its Variable: drive: every variable visible from the caller's
 * scope (the scopes `$variable:name` reads), as PSVariable items whose content is the value.
 */
import { ProviderInfo, PSDriveInfo } from '../../engine/runtime/path-info.js';
import { formatMessage } from '../../engine/conversion/index.js';
import { PSVariable, type Scope } from '../../engine/runtime/session-state.js';
import { sessionStateStrings } from '../data-messages.js';
import { isConstant, VariableInfo } from '../variable-info.js';
import { variableTable } from '../variable.js';
import type { SessionStateProvider } from './session-state-provider.js';

const providerInfo = new ProviderInfo('Variable');

export const variableProvider: SessionStateProvider = {
  providerInfo,
  drive: new PSDriveInfo('Variable', '', providerInfo, 'Drive that contains a view of those variables stored in a session state'),
  names: (runtime) => variableTable(null, runtime.frame.scope).map((variable) => variable.name),
  find: (runtime, name) => runtime.frame.scope.lookup(name)?.name,
  item: (runtime, name) => new VariableInfo(runtime.frame.scope.lookup(name)!),
  content: (runtime, name) => runtime.frame.scope.lookup(name)!.value ?? null,
  remove: (runtime, name, force) => {
    const variable = runtime.frame.scope.lookup(name)!;
    if (isConstant(variable) || (variable.isReadOnly && !force)) {
      return { errorId: 'VariableNotRemovable', message: formatMessage(sessionStateStrings.VariableNotRemovable, variable.name) };
    }
    // From the scope it lives in, as pwsh's SessionState.RemoveVariable does.
    let scope: Scope | null = runtime.frame.scope;
    while (scope && scope.local(name) !== variable) scope = scope.parent;
    scope?.remove(name);
    return undefined;
  },
  // An existing variable is set where it lives; a new one is made in the caller's scope.
  set: (runtime, name, value, force) => {
    const variable = runtime.frame.scope.lookup(name);
    if (!variable) {
      runtime.frame.scope.define(new PSVariable(name, value));
      return undefined;
    }
    if (isConstant(variable) || (variable.isReadOnly && !force)) {
      return { errorId: 'VariableNotWritable', message: formatMessage(sessionStateStrings.VariableNotWritable, variable.name) };
    }
    variable.value = value;
    return undefined;
  },
};
