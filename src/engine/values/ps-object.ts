import { PSMemberInfoCollection } from './member-collection.js';
import { PSNoteProperty, type PSMemberInfo } from './ps-member.js';
import { PSAliasProperty, PSScriptProperty } from './script-members.js';

export const psCustomObjectTypeNames: readonly string[] = ['System.Management.Automation.PSCustomObject', 'System.Object'];

/**
 * PowerShell's PSObject: an optional base object wrapped with type names, extended members and
 * adapted properties.
 *
 * - `baseObject` is undefined for a PSCustomObject (a pure property bag).
 * - `typeNames` lists the type names most derived first (`$x.pstypenames`).
 * - `members` are the extended members (CLIXML <MS>): note properties, member sets, and
 *   whatever the engine adds.
 * - `adaptedProperties` are the properties of the base object's own type (CLIXML <Props>), as
 *   received from another process; psh's own objects normally have none.
 * - `toStringText` is the ToString() text the object carries (CLIXML <ToString>), if any.
 */
export class PSObject {
  readonly members = new PSMemberInfoCollection<PSMemberInfo>();
  readonly adaptedProperties = new PSMemberInfoCollection<PSNoteProperty>();
  toStringText: string | undefined;

  constructor(
    public baseObject: unknown = undefined,
    public typeNames: string[] = [],
  ) {}

  /** [pscustomobject]@{...}: a property bag whose note properties keep the given order. */
  static customObject(properties: Iterable<readonly [string, unknown]> | Record<string, unknown> = []): PSObject {
    const object = new PSObject(undefined, [...psCustomObjectTypeNames]);
    const entries = Symbol.iterator in properties ? (properties as Iterable<readonly [string, unknown]>) : Object.entries(properties);
    for (const [name, value] of entries) object.members.add(new PSNoteProperty(name, value));
    return object;
  }

  get isCustomObject(): boolean {
    return this.baseObject === undefined;
  }

  addNoteProperty(name: string, value: unknown): void {
    this.members.add(new PSNoteProperty(name, value));
  }

  /** The note property of that name: extended first, then adapted, as PowerShell resolves them. */
  property(name: string): PSNoteProperty | undefined {
    const member = this.members.get(name);
    if (member instanceof PSNoteProperty) return member;
    return this.adaptedProperties.get(name);
  }

  /**
   * The value of the named property as PSObject.Properties[name] reads it: a note property's
   * value, an alias property's (its referenced property's, converted) or a script property's
   * getter output; undefined when there is none.
   */
  propertyValue(name: string): unknown {
    const member = this.members.get(name);
    if (member instanceof PSScriptProperty) return member.get(this);
    if (member instanceof PSAliasProperty) return member.converted(this.propertyValue(member.referencedMemberName));
    return this.property(name)?.value;
  }
}
