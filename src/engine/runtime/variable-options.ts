/**
 * The ScopedItemOptions and description pwsh keeps on a variable beyond what the engine's
 * PSVariable knows (read-only and private live on the variable itself; Constant and AllScope,
 * and the description, are kept here), so the runspace can give its automatic variables pwsh's
 * options and the *-Variable cmdlets can show and change them.
 */
import type { PSVariable } from './session-state.js';

/** System.Management.Automation.ScopedItemOptions (flags). */
export const scopedItemOptions = { None: 0, ReadOnly: 1, Constant: 2, Private: 4, AllScope: 8, Unspecified: 16 } as const;

interface VariableExtras {
  description: string;
  /** Constant and AllScope. */
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

export function variableDescription(variable: PSVariable): string {
  return extrasOf(variable).description;
}

export function setVariableDescription(variable: PSVariable, description: string): void {
  extrasOf(variable).description = description;
}
