/**
 * Get-, New-, Set-, Remove- and Clear-Variable over the engine's scopes, as pwsh's Var.cs does
 * them: without -Scope, Get and Clear see every variable visible from the caller, Set, New and
 * Remove only the caller's own scope.
 */
import { formatMessage, toPSString } from '../engine/conversion/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { PSVariable, type Scope } from '../engine/runtime/session-state.js';
import { isConstant, scopedItemOptions, setVariableDescription, setVariableOptions } from '../engine/runtime/variable-options.js';
import type { ParameterSpec } from '../binding/index.js';
import { cmdletErrorRecord, terminatingError } from './cmdlet-errors.js';
import { sessionStateStrings, variableCommandStrings } from './data-messages.js';
import { NameFilter } from './name-filter.js';
import { stringList } from './parameter-lists.js';
import { scopeNamed } from './scope-argument.js';
import { optionsNumber, VariableInfo } from './variable-info.js';

const commandsNamespace = 'Microsoft.PowerShell.Commands';

const scopeParameter: ParameterSpec = { name: 'Scope', type: 'string', validation: [{ kind: 'ValidateNotNullOrEmpty' }] };
const includeExclude: ParameterSpec[] = [
  { name: 'Include', type: 'string[]' },
  { name: 'Exclude', type: 'string[]' },
];
const namesParameter: ParameterSpec = { name: 'Name', type: 'string[]', position: 0, mandatory: true, valueFromPipelineByPropertyName: true };

/** The variables a name pattern finds: in the given scope, or all visible from the caller's scope. */
export function variableTable(scope: Scope | null, current: Scope): PSVariable[] {
  if (scope) return [...scope.variables.values()];
  const seen = new Map<string, PSVariable>();
  for (let s: Scope | null = current; s; s = s.parent) {
    for (const [key, variable] of s.variables) {
      if (!seen.has(key) && (s === current || !variable.isPrivate)) seen.set(key, variable);
    }
  }
  return [...seen.values()];
}

class VariableCommand {
  readonly scope: Scope | null;

  constructor(
    readonly runtime: CommandRuntime,
    /** The scope used without -Scope: null for every visible variable. */
    defaultScope: 'local' | null,
  ) {
    const scopeArgument = runtime.parameter('Scope');
    this.scope = scopeArgument !== undefined ? scopeNamed(runtime, toPSString(scopeArgument)) : defaultScope ? runtime.frame.scope : null;
  }

  matching(name: string): { matches: PSVariable[]; filtered: boolean } {
    const filter = new NameFilter(name, stringList(this.runtime.parameter('Include')), stringList(this.runtime.parameter('Exclude')));
    return filter.select(variableTable(this.scope, this.runtime.frame.scope), (v) => v.name, name);
  }

  notFound(name: string): void {
    this.error('System.Management.Automation.ItemNotFoundException', formatMessage(sessionStateStrings.VariableNotFound, name), 'VariableNotFound', 'ObjectNotFound', name);
  }

  notWritable(name: string): void {
    this.error('System.Management.Automation.SessionStateUnauthorizedAccessException', formatMessage(sessionStateStrings.VariableNotWritable, name), 'VariableNotWritable', 'WriteError', name);
  }

  error(exceptionType: string, message: string, errorId: string, category: 'ObjectNotFound' | 'WriteError' | 'ResourceExists', target: string): void {
    this.runtime.writeError(cmdletErrorRecord(this.runtime, { exceptionType, message, errorId, category, target }));
  }
}

const getVariable = new CmdletInfo(
  {
    name: 'Get-Variable',
    aliases: ['gv'],
    implementingType: `${commandsNamespace}.GetVariableCommand`,
    outputType: ['System.Management.Automation.PSVariable'],
    parameters: [
      { name: 'Name', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'ValueOnly', type: 'switch' },
      ...includeExclude,
      scopeParameter,
    ],
  },
  (runtime) => {
    const command = new VariableCommand(runtime, null);
    return {
      process() {
        const names = runtime.has('Name') ? stringList(runtime.parameter('Name')) : ['*'];
        for (const name of names) {
          const { matches, filtered } = command.matching(name);
          for (const variable of matches) runtime.writeObject(runtime.switch('ValueOnly') ? (variable.value ?? null) : new VariableInfo(variable));
          if (matches.length === 0 && !filtered) command.notFound(name);
        }
      },
    };
  },
);

const newVariable = new CmdletInfo(
  {
    name: 'New-Variable',
    aliases: ['nv'],
    implementingType: `${commandsNamespace}.NewVariableCommand`,
    supportsShouldProcess: true,
    confirmImpact: 'Low',
    outputType: ['System.Management.Automation.PSVariable'],
    parameters: [
      { name: 'Name', type: 'string', position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
      { name: 'Value', type: 'object', position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'Description', type: 'string' },
      { name: 'Option', type: 'System.Management.Automation.ScopedItemOptions' },
      { name: 'Visibility', type: 'System.Management.Automation.SessionStateEntryVisibility' },
      { name: 'Force', type: 'switch' },
      { name: 'PassThru', type: 'switch' },
      scopeParameter,
    ],
  },
  (runtime) => {
    const command = new VariableCommand(runtime, 'local');
    return {
      process() {
        const name = toPSString(runtime.parameter('Name'));
        const value = runtime.parameter('Value') ?? null;
        const scope = command.scope!;
        const existing = scope.local(name);
        if (existing && !runtime.switch('Force')) {
          command.error('System.Management.Automation.SessionStateException', formatMessage(sessionStateStrings.VariableAlreadyExists, name), 'VariableAlreadyExists', 'ResourceExists', name);
          return;
        }
        if (!runtime.shouldProcess(formatMessage(variableCommandStrings.NewVariableTarget, name, value), variableCommandStrings.NewVariableAction)) return;
        if (existing && (existing.isReadOnly || isConstant(existing))) {
          command.notWritable(name);
          return;
        }
        const variable = scope.define(new PSVariable(name, value));
        if (runtime.has('Option')) setVariableOptions(variable, optionsNumber(runtime.parameter('Option')));
        if (runtime.has('Description')) setVariableDescription(variable, toPSString(runtime.parameter('Description')));
        if (runtime.switch('PassThru')) runtime.writeObject(new VariableInfo(variable));
      },
    };
  },
);

const setVariable = new CmdletInfo(
  {
    name: 'Set-Variable',
    aliases: ['set', 'sv'],
    implementingType: `${commandsNamespace}.SetVariableCommand`,
    supportsShouldProcess: true,
    outputType: ['System.Management.Automation.PSVariable'],
    parameters: [
      namesParameter,
      { name: 'Value', type: 'object', position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      ...includeExclude,
      { name: 'Description', type: 'string' },
      { name: 'Option', type: 'System.Management.Automation.ScopedItemOptions' },
      { name: 'Force', type: 'switch' },
      { name: 'Visibility', type: 'System.Management.Automation.SessionStateEntryVisibility' },
      { name: 'PassThru', type: 'switch' },
      { name: 'Append', type: 'switch' },
      scopeParameter,
    ],
  },
  (runtime) => {
    const command = new VariableCommand(runtime, 'local');
    // -Value on the command line sets it once; values from the pipeline are collected and set at the end.
    const valueGiven = runtime.has('Value');
    const names = stringList(runtime.parameter('Name'));
    const collected: unknown[] = [];
    if (runtime.switch('Append')) {
      if (names.length !== 1) {
        throw terminatingError(runtime, { exceptionType: 'System.InvalidOperationException', message: 'Operation is not valid due to the current state of the object.', errorId: 'SetVariableAppend', category: 'InvalidOperation', target: names });
      }
      const current = runtime.frame.scope.lookup(names[0]!);
      if (current && current.value !== null && current.value !== undefined) collected.push(...(Array.isArray(current.value) ? current.value : [current.value]));
    }
    let sawPipelineValue = false;
    return {
      process() {
        if (valueGiven && !runtime.switch('Append')) return;
        const value = runtime.parameter('Value');
        if (!valueGiven) sawPipelineValue = true;
        if (value !== undefined) collected.push(value);
      },
      end() {
        let value: unknown;
        if (runtime.switch('Append')) value = collected;
        else if (valueGiven) value = runtime.parameter('Value');
        else value = collected.length === 0 ? (sawPipelineValue ? null : undefined) : collected.length === 1 ? collected[0] : collected;
        for (const name of names) assign(command, name, value);
      },
    };
  },
);

/** Sets the matching variables of the scope, or creates one there; `value` undefined leaves values alone. */
function assign(command: VariableCommand, name: string, value: unknown): void {
  const runtime = command.runtime;
  const { matches, filtered } = command.matching(name);
  const options = runtime.has('Option') ? optionsNumber(runtime.parameter('Option')) : undefined;
  const description = runtime.has('Description') ? toPSString(runtime.parameter('Description')) : undefined;
  if (matches.length === 0) {
    if (filtered) return;
    if (!runtime.shouldProcess(formatMessage(variableCommandStrings.SetVariableTarget, name, value ?? null), variableCommandStrings.SetVariableAction)) return;
    const variable = command.scope!.define(new PSVariable(name, value ?? null));
    const privateScope = toPSString(runtime.parameter('Scope') ?? '').toLowerCase() === 'private' ? scopedItemOptions.Private : 0;
    if (options !== undefined || privateScope) setVariableOptions(variable, (options ?? 0) | privateScope);
    if (description !== undefined) setVariableDescription(variable, description);
    if (runtime.switch('PassThru')) runtime.writeObject(new VariableInfo(variable));
    return;
  }
  for (const variable of matches) {
    if (!runtime.shouldProcess(formatMessage(variableCommandStrings.SetVariableTarget, variable.name, value ?? null), variableCommandStrings.SetVariableAction)) continue;
    if (isConstant(variable) || (variable.isReadOnly && !runtime.switch('Force'))) {
      command.notWritable(variable.name);
      continue;
    }
    if (options !== undefined && (options & scopedItemOptions.Constant) !== 0) {
      command.error('System.Management.Automation.SessionStateUnauthorizedAccessException', formatMessage(sessionStateStrings.VariableCannotBeMadeConstant, variable.name), 'VariableCannotBeMadeConstant', 'WriteError', variable.name);
      continue;
    }
    if (value !== undefined) variable.value = value;
    if (options !== undefined) setVariableOptions(variable, options);
    if (description !== undefined) setVariableDescription(variable, description);
    if (runtime.switch('PassThru')) runtime.writeObject(new VariableInfo(variable));
  }
}

const removeVariable = new CmdletInfo(
  {
    name: 'Remove-Variable',
    aliases: ['rv'],
    implementingType: `${commandsNamespace}.RemoveVariableCommand`,
    supportsShouldProcess: true,
    parameters: [namesParameter, ...includeExclude, { name: 'Force', type: 'switch' }, scopeParameter],
  },
  (runtime) => {
    const command = new VariableCommand(runtime, 'local');
    return {
      process() {
        for (const name of stringList(runtime.parameter('Name'))) {
          const { matches, filtered } = command.matching(name);
          if (matches.length === 0 && !filtered) command.notFound(name);
          for (const variable of matches) {
            if (!runtime.shouldProcess(formatMessage(variableCommandStrings.RemoveVariableTarget, variable.name), variableCommandStrings.RemoveVariableAction)) continue;
            if (isConstant(variable) || (variable.isReadOnly && !runtime.switch('Force'))) {
              command.error('System.Management.Automation.SessionStateUnauthorizedAccessException', formatMessage(sessionStateStrings.VariableNotRemovable, variable.name), 'VariableNotRemovable', 'WriteError', variable.name);
              continue;
            }
            command.scope!.remove(variable.name);
          }
        }
      },
    };
  },
);

const clearVariable = new CmdletInfo(
  {
    name: 'Clear-Variable',
    aliases: ['clv'],
    implementingType: `${commandsNamespace}.ClearVariableCommand`,
    supportsShouldProcess: true,
    outputType: ['System.Management.Automation.PSVariable'],
    parameters: [namesParameter, ...includeExclude, { name: 'Force', type: 'switch' }, { name: 'PassThru', type: 'switch' }, scopeParameter],
  },
  (runtime) => {
    const command = new VariableCommand(runtime, null);
    return {
      process() {
        for (const name of stringList(runtime.parameter('Name'))) {
          const { matches, filtered } = command.matching(name);
          if (matches.length === 0 && !filtered) command.notFound(name);
          for (const variable of matches) {
            if (!runtime.shouldProcess(formatMessage(variableCommandStrings.ClearVariableTarget, variable.name), variableCommandStrings.ClearVariableAction)) continue;
            if (isConstant(variable) || (variable.isReadOnly && !runtime.switch('Force'))) {
              command.notWritable(variable.name);
              continue;
            }
            // Without -Scope pwsh clears by setting the name in the caller's scope, shadowing a parent's variable.
            const cleared = command.scope || runtime.frame.scope.local(variable.name) === variable
              ? variable
              : runtime.frame.scope.define(new PSVariable(variable.name, null));
            cleared.value = null;
            if (runtime.switch('PassThru')) runtime.writeObject(new VariableInfo(cleared));
          }
        }
      },
    };
  },
);

export const variableCmdlets: readonly CmdletInfo[] = [getVariable, newVariable, setVariable, removeVariable, clearVariable];
