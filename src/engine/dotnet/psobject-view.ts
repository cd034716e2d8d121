/**
 * `$x.psobject` and `$x.pstypenames`: PowerShell's view of any value's members. Properties lists
 * the note properties and then the .NET properties, each with Name, Value, MemberType,
 * TypeNameOfValue; TypeNames is the object's live type-name list.
 */
import { Hashtable, ordinalIgnoreCaseKey, PSAliasProperty, PSNoteProperty, PSObject, PSScriptProperty, psTypeNames, typeNamesOf } from '../values/index.js';
import { WildcardPattern } from '../wildcard/index.js';
import { memberTypesType } from './member-types.js';
import { convertTo, objectToString } from '../conversion/index.js';
import { defineType } from './member-table.js';
import { registerNativeType } from './type-registration.js';
import { findProperty, typeChain } from './type-chain.js';
import type { PropertyMember, TypeMembers } from './member-table.js';
import { argumentException, DotNetException } from './errors.js';
import { fullTypeName, signatureTypeName } from './csharp-type-names.js';
import { getMember, setMember } from './instance-members.js';

/** One property as `$x.psobject.Properties` lists it (System.Management.Automation.PSPropertyInfo). */
export class PSPropertyView {
  readonly [psTypeNames]: readonly string[];

  constructor(
    readonly name: string,
    readonly memberType: 'NoteProperty' | 'Property' | 'AliasProperty' | 'ScriptProperty' | 'CodeProperty',
    private readonly read: () => unknown,
    private readonly write: ((value: unknown) => void) | undefined,
    /** The declared .NET type of a .NET property; a note property reports its value's type. */
    private readonly declaredType?: string,
    /** An alias, script or code property's definition, as its ToString() gives it. */
    private readonly definition?: string,
  ) {
    this[psTypeNames] = [
      `System.Management.Automation.PS${memberType}`,
      'System.Management.Automation.PSPropertyInfo',
      'System.Management.Automation.PSMemberInfo',
      'System.Object',
    ];
  }

  get value(): unknown {
    return this.read();
  }

  set value(value: unknown) {
    if (!this.write) throw new DotNetException('System.Management.Automation.SetValueException', `Set accessor for property "${this.name}" is unavailable.`);
    this.write(value);
  }

  get isSettable(): boolean {
    return this.write !== undefined;
  }

  get typeNameOfValue(): string {
    return this.declaredType ?? typeNamesOf(this.read())[0] ?? 'System.Object';
  }

  /** pwsh's PSPropertyInfo.ToString(): 'string Name=Ann' for a note, 'int Length {get;}' for a .NET property. */
  toString(): string {
    if (this.definition !== undefined) return this.definition;
    const type = signatureTypeName(this.typeNameOfValue);
    if (this.memberType === 'NoteProperty') {
      const value = this.read();
      return value === null || value === undefined ? `object ${this.name}=null` : `${type} ${this.name}=${objectToString(value)}`;
    }
    return `${type} ${this.name} {get;${this.write ? 'set;' : ''}}`;
  }
}

/** `$x.psobject.Properties`: enumerable, indexable by name, with Add/Remove/Match. */
export class PSPropertyCollection implements Iterable<PSPropertyView> {
  readonly [psTypeNames] = ['System.Management.Automation.PSMemberInfoIntegratingCollection`1[[System.Management.Automation.PSPropertyInfo, System.Management.Automation]]', 'System.Object'];

  constructor(private readonly owner: unknown) {}

  get items(): PSPropertyView[] {
    return propertiesOf(this.owner);
  }

  [Symbol.iterator](): Iterator<PSPropertyView> {
    return this.items[Symbol.iterator]();
  }

  find(name: string): PSPropertyView | undefined {
    const key = name.toLowerCase();
    return this.items.find((property) => property.name.toLowerCase() === key);
  }

  add(property: PSNoteProperty): void {
    if (!(this.owner instanceof PSObject)) throw argumentException('System.ArgumentException', 'Cannot add a member to a value that is not a PSObject.');
    this.owner.members.add(new PSNoteProperty(property.name, property.value));
  }

  remove(name: string): void {
    if (this.owner instanceof PSObject) this.owner.members.remove(name);
  }
}

/** The properties of a value, note properties first (a dictionary's keys are not properties). */
function propertiesOf(owner: unknown): PSPropertyView[] {
  const properties: PSPropertyView[] = [];
  const seen = new Set<string>();
  const add = (property: PSPropertyView) => {
    if (seen.has(property.name.toLowerCase())) return;
    seen.add(property.name.toLowerCase());
    properties.push(property);
  };
  if (owner instanceof PSObject) {
    for (const member of [...owner.members, ...owner.adaptedProperties]) {
      if (member instanceof PSNoteProperty) {
        add(new PSPropertyView(member.name, 'NoteProperty', () => member.value, (value) => (member.value = value)));
      } else if (member instanceof PSAliasProperty || member instanceof PSScriptProperty) {
        add(scriptedProperty(owner, member));
      }
    }
    if (owner.baseObject === undefined) return properties;
  }
  const base = owner instanceof PSObject ? owner.baseObject : owner;
  const { extended, adapted } = typeProperties(base, owner);
  for (const property of extended) add(property);
  for (const property of adapted) add(property);
  return properties;
}

/**
 * The properties a value has from its type, after any PSObject's own members: the extended
 * (types.ps1xml) ones and the adapted .NET ones, most derived type first, a name possibly
 * repeated down the type chain (the first one counts). Serialization also writes hidden
 * extended members (`includeHidden`), as pwsh's serializer matches them with IncludeHidden.
 */
export function typeProperties(base: unknown, owner: unknown, includeHidden = false): { extended: PSPropertyView[]; adapted: PSPropertyView[] } {
  const chain = typeChain(base);
  const extended = typeTableProperties(chain, includeHidden).map((property) => typeTableView(base, owner, property, chain));
  const adapted: PSPropertyView[] = [];
  for (const members of chain) {
    for (const property of members.properties.values()) if (!property.hidden && !property.typeTable) adapted.push(dotNetProperty(base, property));
  }
  return { extended, adapted };
}

/**
 * The types.ps1xml properties along a type chain in pwsh's TypeTable order: a base type's first
 * (its table is merged from System.Object down), a derived type's replacing a base's in place.
 */
export function typeTableProperties(chain: readonly TypeMembers[], includeHidden = false): PropertyMember[] {
  const byName = new Map<string, PropertyMember>();
  for (let i = chain.length - 1; i >= 0; i--) {
    for (const property of chain[i]!.properties.values()) if (property.typeTable && (includeHidden || !property.hidden)) byName.set(ordinalIgnoreCaseKey(property.name), property);
  }
  return [...byName.values()];
}

/** A types.ps1xml property as pwsh's PSCodeProperty, PSScriptProperty or PSAliasProperty shows it; read-only. */
export function typeTableView(base: unknown, owner: unknown, property: PropertyMember, chain: readonly TypeMembers[]): PSPropertyView {
  const read = () => property.get(base, owner);
  const { name } = property;
  const table = property.typeTable!;
  switch (table.memberType) {
    case 'CodeProperty': {
      // TypeNameOfValue is the getter method's return type, by its full name.
      const type = fullTypeName(property.type);
      return new PSPropertyView(name, 'CodeProperty', read, undefined, type, `${type} ${name}{get=${table.getterName};}`);
    }
    case 'ScriptProperty':
      return new PSPropertyView(name, 'ScriptProperty', read, undefined, 'System.Object', `System.Object ${name} {get=${table.getterScript};}`);
    case 'AliasProperty': {
      const referenced = findProperty(chain, table.referencedMemberName);
      return new PSPropertyView(name, 'AliasProperty', read, undefined, fullTypeName(referenced?.type ?? 'System.Object'), `${name} = ${table.referencedMemberName}`);
    }
  }
}

/** An Add-Member alias or script property, read and written through the object's members. */
function scriptedProperty(owner: PSObject, member: PSAliasProperty | PSScriptProperty): PSPropertyView {
  const read = () => {
    const result = getMember(owner, member.name);
    return result.found ? result.value : null;
  };
  if (member instanceof PSAliasProperty) {
    const conversion = member.conversionType === null ? '' : `(${member.conversionType})`;
    return new PSPropertyView(member.name, 'AliasProperty', read, (value) => setMember(owner, member.name, value), member.conversionType ?? undefined, `${member.name} = ${conversion}${member.referencedMemberName}`);
  }
  const accessors = `${member.getterScript === null ? '' : `get=${member.getterScript.text};`}${member.setterScript === null ? '' : `set=${member.setterScript.text};`}`;
  const write = member.setterScript === null ? undefined : (value: unknown) => setMember(owner, member.name, value);
  return new PSPropertyView(member.name, 'ScriptProperty', read, write, 'System.Object', `System.Object ${member.name} {${accessors}}`);
}

function dotNetProperty(base: unknown, property: PropertyMember): PSPropertyView {
  const write = property.set ? (value: unknown) => property.set!(base, value) : undefined;
  return new PSPropertyView(property.name, 'Property', () => property.get(base), write, property.type);
}

/** `$x.psobject`: System.Management.Automation.PSObject as a script sees it. */
export class PSObjectView {
  readonly [psTypeNames] = ['System.Management.Automation.PSObject', 'System.Object'];

  constructor(readonly target: unknown) {}

  get baseObject(): unknown {
    return this.target instanceof PSObject && this.target.baseObject !== undefined ? this.target.baseObject : this.target;
  }
}

/** `$x.pstypenames`: a PSObject's own list (so Insert changes it), a copy for other values. */
export function psTypeNamesOf(target: unknown): string[] {
  if (target instanceof PSObject) {
    if (target.typeNames.length === 0) target.typeNames.push(...typeNamesOf(target));
    return target.typeNames;
  }
  return [...typeNamesOf(target)];
}

/** The intrinsic `psobject` and `pstypenames` members every value has, or undefined. */
export function intrinsicView(target: unknown, name: string): PSObjectView | string[] | undefined {
  const key = name.toLowerCase();
  if (key === 'psobject') return new PSObjectView(target);
  if (key === 'pstypenames') return psTypeNamesOf(target);
  return undefined;
}

defineType({
  fullName: 'System.Management.Automation.PSObject',
  properties: {
    BaseObject: { type: 'System.Object', get: (view: PSObjectView) => view.baseObject },
    ImmediateBaseObject: { type: 'System.Object', get: (view: PSObjectView) => view.baseObject },
    TypeNames: { type: 'System.Collections.ObjectModel.Collection[string]', get: (view: PSObjectView) => psTypeNamesOf(view.target) },
    Properties: { type: 'System.Management.Automation.PSMemberInfoCollection[System.Management.Automation.PSPropertyInfo]', get: (view: PSObjectView) => new PSPropertyCollection(view.target) },
  },
  methods: [
    ['psobject Copy()', (view: PSObjectView) => copy(view.target)],
    ['string ToString()', (view: PSObjectView) => String(view.target)],
  ],
});

/** PSObject.Copy(): a new object with copies of the note properties (values shared). */
function copy(target: unknown): unknown {
  if (!(target instanceof PSObject)) return target instanceof Hashtable ? Hashtable.from(target.entries(), target.ordered) : target;
  const result = new PSObject(target.baseObject, [...target.typeNames]);
  for (const member of target.members) result.members.add(member instanceof PSNoteProperty ? new PSNoteProperty(member.name, member.value) : member);
  for (const member of target.adaptedProperties) result.adaptedProperties.add(new PSNoteProperty(member.name, member.value));
  result.toStringText = target.toStringText;
  return result;
}

const propertyInfoMembers = {
  Name: { type: 'string', get: (property: PSPropertyView) => property.name },
  Value: {
    type: 'System.Object',
    get: (property: PSPropertyView) => property.value,
    set: (property: PSPropertyView, value: unknown) => {
      property.value = value;
    },
  },
  MemberType: { type: 'System.Management.Automation.PSMemberTypes', get: (property: PSPropertyView) => convertTo(property.memberType, memberTypesType) },
  TypeNameOfValue: { type: 'string', get: (property: PSPropertyView) => property.typeNameOfValue },
  IsSettable: { type: 'bool', get: (property: PSPropertyView) => property.isSettable },
  IsGettable: { type: 'bool', get: () => true },
  IsInstance: { type: 'bool', get: () => true },
};

defineType({ fullName: 'System.Management.Automation.PSPropertyInfo', properties: propertyInfoMembers });

defineType({
  fullName: 'System.Management.Automation.PSMemberInfoIntegratingCollection`1',
  methods: [
    ['System.Management.Automation.PSPropertyInfo get_Item(string name)', (collection: PSPropertyCollection, [name]: [string]) => collection.find(name) ?? null],
    ['void Add(System.Management.Automation.PSPropertyInfo member)', (collection: PSPropertyCollection, [member]: [PSPropertyView | PSNoteProperty]) =>
      collection.add(new PSNoteProperty(member.name, member.value))],
    ['void Remove(string name)', (collection: PSPropertyCollection, [name]: [string]) => collection.remove(name)],
    ['System.Collections.ObjectModel.ReadOnlyPSMemberInfoCollection[System.Management.Automation.PSPropertyInfo] Match(string name)', (collection: PSPropertyCollection, [name]: [string]) => {
      const pattern = new WildcardPattern(name);
      return collection.items.filter((property) => pattern.isMatch(property.name));
    }],
  ],
});

registerNativeType('System.Management.Automation.PSNoteProperty', ['System.Management.Automation.PSPropertyInfo', 'System.Management.Automation.PSMemberInfo', 'System.Object'], {
  isInstance: (value) => value instanceof PSNoteProperty,
}, 'psnoteproperty');

defineType({
  fullName: 'System.Management.Automation.PSNoteProperty',
  properties: {
    Name: { type: 'string', get: (note: PSNoteProperty) => note.name },
    Value: {
      type: 'System.Object',
      get: (note: PSNoteProperty) => note.value,
      set: (note: PSNoteProperty, value: unknown) => {
        note.value = value;
      },
    },
    MemberType: { type: 'System.Management.Automation.PSMemberTypes', get: () => convertTo('NoteProperty', memberTypesType) },
    TypeNameOfValue: { type: 'string', get: (note: PSNoteProperty) => typeNamesOf(note.value)[0] ?? 'System.Object' },
  },
  constructors: [['psnoteproperty new(string name, System.Object value)', (_type, [name, value]: [string, unknown]) => new PSNoteProperty(name, value)]],
});
