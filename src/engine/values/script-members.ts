/**
 * The members Add-Member gives an object besides note properties: AliasProperty,
 * ScriptProperty and ScriptMethod. The values layer cannot run script blocks, so a script
 * member carries the runner of the command that created it (a scope under the caller's, with
 * `$this` set to the object the member is read from).
 */
import type { PSMemberInfo } from './ps-member.js';
import type { ScriptBlock } from './script-block.js';

/** Runs a member's script block with `$this` and the arguments; returns its output as a list. */
export type ScriptMemberRunner = (block: ScriptBlock, thisValue: unknown, args: readonly unknown[]) => unknown[];

/** pwsh's DoInvokeReturnAsIs: no output is undefined (AutomationNull), one item itself, more an array. */
function returnAsIs(output: unknown[]): unknown {
  return output.length === 0 ? undefined : output.length === 1 ? output[0] : output;
}

/** Converts a value to the named type (the engine's argument conversion). */
type AliasValueConverter = (value: unknown, typeName: string) => unknown;

/**
 * `Add-Member -MemberType AliasProperty -Name N -Value Target [-SecondValue Type]`. The values
 * layer cannot convert values, so the alias carries the engine's converter.
 */
export class PSAliasProperty implements PSMemberInfo {
  readonly memberType = 'AliasProperty' as const;

  constructor(
    readonly name: string,
    readonly referencedMemberName: string,
    /** The type name the value is converted to (-SecondValue), or null. */
    readonly conversionType: string | null,
    private readonly convert: AliasValueConverter,
  ) {}

  /** A value read from or written to the referenced member, converted to the alias's type when it names one. */
  converted(value: unknown): unknown {
    return this.conversionType === null ? value : this.convert(value, this.conversionType);
  }
}

/** `Add-Member -MemberType ScriptProperty -Name N -Value {getter} [-SecondValue {setter}]`. */
export class PSScriptProperty implements PSMemberInfo {
  readonly memberType = 'ScriptProperty' as const;

  constructor(
    readonly name: string,
    readonly getterScript: ScriptBlock | null,
    readonly setterScript: ScriptBlock | null,
    private readonly run: ScriptMemberRunner,
  ) {}

  /** The getter's output for `owner`; $null without a getter or output. */
  get(owner: unknown): unknown {
    return this.getterScript === null ? null : (returnAsIs(this.run(this.getterScript, owner, [])) ?? null);
  }

  /** Runs the setter with the value as its argument; false when the property has no setter. */
  set(owner: unknown, value: unknown): boolean {
    if (this.setterScript === null) return false;
    this.run(this.setterScript, owner, [value]);
    return true;
  }
}

/** `Add-Member -MemberType ScriptMethod -Name N -Value {body}`. */
export class PSScriptMethod implements PSMemberInfo {
  readonly memberType = 'ScriptMethod' as const;

  constructor(
    readonly name: string,
    readonly script: ScriptBlock,
    private readonly run: ScriptMemberRunner,
  ) {}

  /** The method's output; undefined when it wrote nothing. */
  invoke(owner: unknown, args: readonly unknown[]): unknown {
    return returnAsIs(this.run(this.script, owner, args));
  }
}
