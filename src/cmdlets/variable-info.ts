/**
 * System.Management.Automation.PSVariable as the *-Variable cmdlets hand it out: a live view of
 * one of the engine's variables (setting Value sets the variable), with the options and
 * description pwsh keeps on it (src/engine/runtime/variable-options.ts).
 */
import { enumValue } from '../engine/conversion/index.js';
import { defineEnum, enumNumber } from '../engine/dotnet/enums.js';
import { defineType } from '../engine/dotnet/member-table.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import type { PSVariable } from '../engine/runtime/session-state.js';
import { isConstant, scopedItemOptions, setVariableDescription, variableDescription, variableOptions } from '../engine/runtime/variable-options.js';
import { psTypeNames } from '../engine/values/index.js';
import { engineViews } from '../format/index.js';

// Still imported from here by the alias and variable providers and by alias.ts.
export { isConstant, scopedItemOptions };
export const scopedItemOptionsType = defineEnum('System.Management.Automation.ScopedItemOptions', scopedItemOptions, true);

defineEnum('System.Management.Automation.SessionStateEntryVisibility', { Public: 0, Private: 1 });

/** An -Option argument (already converted to ScopedItemOptions) as a number. */
export function optionsNumber(value: unknown): number {
  return enumNumber(value);
}

export class VariableInfo {
  readonly [psTypeNames] = ['System.Management.Automation.PSVariable', 'System.Object'];

  constructor(readonly variable: PSVariable) {}

  toString(): string {
    return this.variable.name;
  }
}

registerNativeType('System.Management.Automation.PSVariable', ['System.Object'], { isInstance: (value) => value instanceof VariableInfo });

defineType({
  fullName: 'System.Management.Automation.PSVariable',
  properties: {
    Name: { type: 'string', get: (info: VariableInfo) => info.variable.name },
    Description: {
      type: 'string',
      get: (info: VariableInfo) => variableDescription(info.variable),
      set: (info: VariableInfo, value: unknown) => setVariableDescription(info.variable, value === null ? '' : String(value)),
    },
    Value: {
      type: 'System.Object',
      get: (info: VariableInfo) => info.variable.value ?? null,
      set: (info: VariableInfo, value: unknown) => {
        info.variable.value = value;
      },
    },
    Visibility: { type: 'System.Management.Automation.SessionStateEntryVisibility', get: () => 'Public' },
    Module: { type: 'System.Management.Automation.PSModuleInfo', get: () => null },
    ModuleName: { type: 'string', get: () => '' },
    Options: {
      type: 'System.Management.Automation.ScopedItemOptions',
      get: (info: VariableInfo) => enumValue(scopedItemOptionsType, BigInt(variableOptions(info.variable))),
    },
    Attributes: { type: 'System.Collections.ObjectModel.Collection[System.Attribute]', get: () => [] },
  },
});

// PowerShellCore.format.ps1xml: variables as a Name (30 wide) and Value table.
engineViews.register('System.Management.Automation.PSVariable', { kind: 'table', columns: [{ width: 30, value: 'Name' }, { value: 'Value' }] });
