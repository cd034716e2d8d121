/**
 * Static members of a type (`[math]::PI`, `[string]::Join(...)`) and its constructors
 * (`[T]::new(...)`, New-Object).
 */
import { createEnumValue, ordinalIgnoreCaseKey } from '../values/index.js';
import { convertArgumentValue } from './argument-conversion.js';
import type { DotNetContext } from './context.js';
import { fullTypeName } from './csharp-type-names.js';
import { DotNetException, GetValueInvocationException, methodNotFound, propertyIsReadOnly, propertyNotFound, setValueFailure } from './errors.js';
import { typeMembers, type TypeMembers } from './member-table.js';
import { found, notFound, type MemberResult } from './member-result.js';
import { callMethod } from './method-call.js';
import { PSMethod } from './ps-method.js';
import { findMethod, findProperty } from './type-chain.js';

/** A type as the .NET surface needs it: its full name (PSTypeInfo satisfies this). */
export interface TypeReference {
  readonly fullName: string;
  /** For an enum type: its constants, which are its static members ([StringSplitOptions]::None). */
  readonly enumConstants?: readonly { readonly name: string; readonly value: number | bigint }[];
  /** For a closed generic type (List[int]): its type arguments. */
  readonly genericArguments?: readonly { readonly fullName: string }[];
}

export function getStaticMember(type: TypeReference, name: string): MemberResult {
  const constant = type.enumConstants?.find((candidate) => ordinalIgnoreCaseKey(candidate.name) === ordinalIgnoreCaseKey(name));
  if (constant) return found(createEnumValue(type.fullName, constant.name, constant.value));
  const members = membersOfType(type);
  if (!members) return notFound;
  const property = findProperty([members], name, true);
  if (property) {
    try {
      return found(property.get(type));
    } catch (error) {
      if (error instanceof DotNetException) throw new GetValueInvocationException(property.name, error);
      throw error;
    }
  }
  if (name.toLowerCase() === 'new' && members.constructors.overloads.length > 0) return found(new PSMethod('new', type, members.constructors.overloads));
  const method = findMethod([members], name, true);
  return method ? found(new PSMethod(method.name, type, method.overloads)) : notFound;
}

export function setStaticMember(type: TypeReference, name: string, value: unknown): void {
  const members = membersOfType(type);
  const property = members && findProperty([members], name, true);
  if (!property) throw propertyNotFound(name);
  if (!property.set) throw propertyIsReadOnly(property.name);
  try {
    property.set(type, convertArgumentValue(value, fullTypeName(property.type)));
  } catch (error) {
    throw setValueFailure(property.name, error);
  }
}

export function invokeStaticMethod(type: TypeReference, name: string, args: readonly unknown[], ctx: DotNetContext): unknown {
  if (name.toLowerCase() === 'new') return construct(type, args, ctx);
  const members = membersOfType(type);
  const method = members && findMethod([members], name, true);
  if (!method) throw methodNotFound(type.fullName, name);
  return callMethod(method.name, method.overloads, type, args, ctx);
}

/**
 * `[T]::new(args)` and New-Object: the constructor overload that fits the arguments. `name` is
 * how a missing overload or an argument that does not convert names it: "new" and ".ctor" for
 * `::new` (pwsh's binder), the type's Name for New-Object (DotNetAdapter.ConstructorInvokeDotNet).
 */
export function construct(type: TypeReference, args: readonly unknown[], ctx: DotNetContext, name?: string): unknown {
  const constructors = membersOfType(type)?.constructors.overloads ?? [];
  if (constructors.length === 0) throw methodNotFound(type.fullName, 'new');
  return callMethod(name ?? 'new', constructors, type, args, ctx, '.ctor', name ?? '.ctor');
}

/** A closed generic type (List`1[[System.Int32...]]) has the members of its definition (List`1). */
function membersOfType(type: TypeReference): TypeMembers | undefined {
  const name = type.fullName;
  return typeMembers(name) ?? (name.includes('`') && name.includes('[') ? typeMembers(name.slice(0, name.indexOf('['))) : undefined);
}
