/**
 * The members of an object as pwsh's PSObject.Members lists them for Get-Member, and for the
 * wildcard member names of ForEach-Object and Where-Object: the object's own members (note,
 * alias and script properties, script methods), the ones types.ps1xml gives its type, then its
 * .NET properties and methods (or a type's static ones).
 */
import { signatureTypeName } from '../engine/dotnet/csharp-type-names.js';
import { PSMethod, PSPropertyCollection } from '../engine/dotnet/index.js';
import { typeTableProperties, typeTableView } from '../engine/dotnet/psobject-view.js';
import type { MethodGroup, PropertyMember, TypeMembers } from '../engine/dotnet/member-table.js';
import { findMethod, findProperty, typeChain } from '../engine/dotnet/type-chain.js';
import { isEnumValue, PSObject, PSScriptMethod, typeNamesOf } from '../engine/values/index.js';
import { WildcardPattern } from '../engine/wildcard/index.js';

/** A member as Get-Member lists it (and ForEach-Object and Where-Object match names against). */
export interface FoundMember {
  readonly name: string;
  readonly memberType: string;
  readonly definition: string;
  /** A property accessor or operator method, which only -Force lists. */
  readonly isSpecial?: boolean;
}

function methodMember(group: { name: string; overloads: MethodGroup['overloads'] }, target: unknown): FoundMember {
  return {
    name: group.name,
    memberType: 'Method',
    definition: new PSMethod(group.name, target, group.overloads).toString(),
    isSpecial: /^(get|set|op|add|remove)_/i.test(group.name),
  };
}

/** The .NET properties and methods along a type chain, a derived type's first. */
export function dotNetMembers(chain: readonly TypeMembers[], target: unknown, isStatic: boolean): FoundMember[] {
  const members: FoundMember[] = [];
  const seen = new Set<string>();
  const propertyMember = (property: PropertyMember): FoundMember => {
    const accessors = property.set ? '{get;set;}' : '{get;}';
    return { name: property.name, memberType: 'Property', definition: `${isStatic ? 'static ' : ''}${signatureTypeName(property.type)} ${property.name} ${accessors}` };
  };
  for (const type of chain) {
    for (const property of (isStatic ? type.staticProperties : type.properties).values()) {
      if (property.hidden || property.typeTable || seen.has(property.name.toLowerCase())) continue;
      seen.add(property.name.toLowerCase());
      members.push(propertyMember(property));
    }
    for (const group of (isStatic ? type.staticMethods : type.methods).values()) {
      if (seen.has(group.name.toLowerCase())) continue;
      seen.add(group.name.toLowerCase());
      // An instance method's overloads come from the whole chain (a derived type's hide a base's).
      members.push(methodMember(isStatic ? group : findMethod(chain, group.name)!, target));
    }
  }
  return members;
}

/** An instance's members: its own (extended) members, then its adapted .NET ones. */
export function instanceMembers(input: unknown): FoundMember[] {
  const members: FoundMember[] = [];
  const own = new Set<string>();
  if (input instanceof PSObject) {
    for (const property of new PSPropertyCollection(input).items) {
      if (property.memberType === 'Property' || !input.members.has(property.name)) continue;
      members.push({ name: property.name, memberType: property.memberType, definition: property.toString() });
      own.add(property.name.toLowerCase());
    }
    for (const member of input.members) {
      if (member instanceof PSScriptMethod) {
        members.push({ name: member.name, memberType: 'ScriptMethod', definition: `System.Object ${member.name}();` });
        own.add(member.name.toLowerCase());
      }
    }
  }
  const base = input instanceof PSObject && input.baseObject !== undefined ? input.baseObject : input;
  const chain = typeChain(base);
  // The members types.ps1xml gives the type (CodeProperty, ScriptProperty...) are extended members too.
  for (const property of typeTableProperties(chain)) {
    if (own.has(property.name.toLowerCase())) continue;
    const view = typeTableView(base, input, property, chain);
    members.push({ name: view.name, memberType: view.memberType, definition: view.toString() });
    own.add(property.name.toLowerCase());
  }
  const adapted = dotNetMembers(chain, base, false);
  // Properties a deserialized object carries without a .NET type psh knows.
  if (input instanceof PSObject) {
    for (const property of input.adaptedProperties) {
      if (adapted.some((member) => member.name.toLowerCase() === property.name.toLowerCase())) continue;
      const type = signatureTypeName(typeNamesOf(property.value)[0] ?? 'System.Object');
      adapted.push({ name: property.name, memberType: 'Property', definition: `${type} ${property.name} {get;set;}` });
    }
  }
  return [...members, ...adapted.filter((member) => !own.has(member.name.toLowerCase()))];
}

/**
 * True when the object has a member of that name: its own, or one of its .NET type (pwsh's
 * PSObject.Members[name]; no dictionary keys, intrinsic Count/Length or member enumeration).
 */
export function hasMember(target: unknown, name: string): boolean {
  if (target instanceof PSObject) {
    if (target.members.has(name) || target.adaptedProperties.has(name)) return true;
    // An enum value keeps its type names, which carry System.Enum's members.
    const isEnum: boolean = isEnumValue(target);
    if (target.baseObject !== undefined && !isEnum) target = target.baseObject;
  }
  const chain = typeChain(target);
  return findProperty(chain, name) !== undefined || findMethod(chain, name) !== undefined;
}

/** The instance members whose names match a wildcard pattern. */
export function matchingMembers(input: unknown, pattern: string): FoundMember[] {
  const wildcard = new WildcardPattern(pattern);
  return instanceMembers(input).filter((member) => wildcard.isMatch(member.name));
}
