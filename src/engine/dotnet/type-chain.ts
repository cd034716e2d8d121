/**
 * Finding a value's .NET members: its type names, most derived first, each with the members
 * declared for it. A derived type's overload hides a base overload with the same parameter
 * types, as in .NET.
 */
import { isTypeValue } from '../types/index.js';
import { ordinalIgnoreCaseKey, PSNoteProperty, PSObject, typeNamesOf } from '../values/index.js';
import { runtimeTypeNames } from './types/system-type.js';
import { typeMembers, type MethodGroup, type MethodOverload, type PropertyMember, type TypeMembers } from './member-table.js';

/** The .NET type names of a value, most derived first ([type] values are System.RuntimeType). */
export function dotNetTypeNames(value: unknown): readonly string[] {
  if (isTypeValue(value)) return runtimeTypeNames;
  if (value instanceof PSNoteProperty) return noteTypeNames;
  return typeNamesOf(value);
}

/** The value model's note property, as the .NET surface shows it ([psnoteproperty]). */
const noteTypeNames: readonly string[] = [
  'System.Management.Automation.PSNoteProperty',
  'System.Management.Automation.PSPropertyInfo',
  'System.Management.Automation.PSMemberInfo',
  'System.Object',
];

export function typeChain(value: unknown): TypeMembers[] {
  const chain: TypeMembers[] = [];
  for (const name of dotNetTypeNames(value)) {
    // A constructed generic type (List`1[[System.Int32, ...]]) has the members of its definition (List`1).
    const members = typeMembers(name) ?? (name.includes('`') ? typeMembers(name.slice(0, name.indexOf('['))) : undefined);
    if (members) chain.push(members);
  }
  // A deserialized object's type names are all "Deserialized." ones, yet as any PSObject it
  // still has System.Object's methods (ToString gives the text it was deserialized with).
  if (value instanceof PSObject) {
    const objectMembers = typeMembers('System.Object');
    if (objectMembers && !chain.includes(objectMembers)) chain.push(objectMembers);
  }
  return chain;
}

export function findProperty(chain: readonly TypeMembers[], name: string, isStatic = false): PropertyMember | undefined {
  const key = ordinalIgnoreCaseKey(name);
  for (const members of chain) {
    const property = (isStatic ? members.staticProperties : members.properties).get(key);
    if (property) return property;
  }
  return undefined;
}

/** All overloads of the named method along the chain, or undefined when there is no such method. */
export function findMethod(chain: readonly TypeMembers[], name: string, isStatic = false): { name: string; overloads: readonly MethodOverload[] } | undefined {
  const key = ordinalIgnoreCaseKey(name);
  let groups: MethodGroup[] | undefined;
  let first: MethodGroup | undefined;
  for (const members of chain) {
    const group = (isStatic ? members.staticMethods : members.methods).get(key);
    if (!group) continue;
    if (!first) first = group;
    else (groups ??= [first]).push(group);
  }
  if (!first) return undefined;
  // One type declares it (the common case): its own overload list, the same array every call,
  // so the overload choice for it can be remembered.
  if (!groups) return first;
  const overloads: MethodOverload[] = [];
  for (const group of groups) {
    for (const overload of group.overloads) {
      if (!overloads.some((existing) => sameParameters(existing, overload))) overloads.push(overload);
    }
  }
  return { name: first.name, overloads };
}

function sameParameters(a: MethodOverload, b: MethodOverload): boolean {
  return a.parameters.length === b.parameters.length && a.parameters.every((parameter, i) => parameter.type === b.parameters[i]!.type);
}
