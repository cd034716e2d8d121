/**
 * System.Management.Automation.PSVariable as the *-Variable cmdlets hand it out: a live view of
 * one of the engine's variables (setting Value sets the variable), with the options and
 * description pwsh keeps on it. The engine's variables know only read-only and private; the
 * rest of ScopedItemOptions (Constant, AllScope) and the description are kept here.
 */
import { enumValue } from '../engine/conversion/index.js';
import { defineEnum, enumNumber } from '../engine/dotnet/enums.js';
import { defineType } from '../engine/dotnet/member-table.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import type { PSVariable } from '../engine/runtime/session-state.js';
import { psTypeNames } from '../engine/values/index.js';
import { engineViews } from '../format/index.js';

/** System.Management.Automation.ScopedItemOptions (flags). */
export const scopedItemOptions = { None: 0, ReadOnly: 1, Constant: 2, Private: 4, AllScope: 8, Unspecified: 16 } as const;
export const scopedItemOptionsType = defineEnum('System.Management.Automation.ScopedItemOptions', scopedItemOptions, true);

defineEnum('System.Management.Automation.SessionStateEntryVisibility', { Public: 0, Private: 1 });

interface VariableExtras {
  description: string;
  /** Constant and AllScope; ReadOnly and Private live on the variable itself. */
  flags: number;
}

const extras = new WeakMap<PSVariable, VariableExtras>();

function extrasOf(variable: PSVariable): VariableExtras {
  let found = extras.get(variable);
  if (!found) extras.set(variable, (found = { description: '', flags: 0 }));
  return found;
}

/** The variable's ScopedItemOptions as a number. */
export function variableOptions(variable: PSVariable): number {
  const flags = extrasOf(variable).flags;
  const readOnly = variable.isReadOnly && (flags & scopedItemOptions.Constant) === 0 ? scopedItemOptions.ReadOnly : 0;
  return flags | readOnly | (variable.isPrivate ? scopedItemOptions.Private : 0);
}

/** Sets the options; Constant implies read-only (the engine refuses assignments to either). */
export function setVariableOptions(variable: PSVariable, options: number): void {
  extrasOf(variable).flags = options & (scopedItemOptions.Constant | scopedItemOptions.AllScope);
  variable.isReadOnly = (options & (scopedItemOptions.ReadOnly | scopedItemOptions.Constant)) !== 0;
  variable.isPrivate = (options & scopedItemOptions.Private) !== 0;
}

export function isConstant(variable: PSVariable): boolean {
  return (extrasOf(variable).flags & scopedItemOptions.Constant) !== 0;
}

export function setVariableDescription(variable: PSVariable, description: string): void {
  extrasOf(variable).description = description;
}

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
      get: (info: VariableInfo) => extrasOf(info.variable).description,
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
