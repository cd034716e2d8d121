/**
 * The table of natively implemented .NET members. A type's members are declared with C#-like
 * signatures in pwsh's OverloadDefinitions spelling (`static string Join(string separator,
 * Params string[] value)`, `bool TryParse(string s, [ref] int result)`); the signature is both
 * what `"x".Substring` displays and what argument conversion and overload choice read.
 */
import { ordinalIgnoreCaseKey } from '../values/index.js';
import type { DotNetContext } from './context.js';

export interface ParameterInfo {
  readonly name: string;
  /** The parameter type as written in the signature ('int', 'string[]', 'System.StringComparison'). */
  readonly type: string;
  /** `Params T[] name`: the remaining arguments are collected into an array. */
  readonly isParamArray: boolean;
  /** `[ref] T name`: the argument must be a [ref]; the method writes its result there. */
  readonly isByRef: boolean;
  /** `T name = default`: the argument may be left out; the implementation then receives undefined. */
  readonly isOptional: boolean;
}

// Member implementations receive arguments already converted to their parameter types, so
// their parameter lists are typed loosely here and precisely at each implementation.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MethodImplementation = (target: any, args: any, ctx: DotNetContext) => unknown;

export interface MethodOverload {
  readonly isStatic: boolean;
  readonly returnType: string;
  readonly name: string;
  readonly parameters: readonly ParameterInfo[];
  /** The OverloadDefinitions line, exactly the signature text it was declared with. */
  readonly definition: string;
  readonly invoke: MethodImplementation;
}

/**
 * A property pwsh's types.ps1xml adds to a .NET type rather than one the type has: an extended
 * member, listed after the object's own members and before its adapted .NET properties, with
 * its own MemberType. psh computes each with the property's TypeScript getter; this keeps what
 * pwsh shows of it (`System.String Mode{get=Mode;}`, `Target = LinkTarget`).
 */
type TypeTableProperty =
  /** The .NET method pwsh's CodeProperty calls. */
  | { readonly memberType: 'CodeProperty'; readonly getterName: string }
  | { readonly memberType: 'ScriptProperty'; readonly getterScript: string }
  | { readonly memberType: 'AliasProperty'; readonly referencedMemberName: string };

export interface PropertyDefinition {
  readonly type: string;
  /** `owner` is the value the member is read from: the PSObject itself when the target is wrapped. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly get: (target: any, owner?: any) => unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly set?: (target: any, value: any) => void;
  /** A `hidden` property of a script class (or a types.ps1xml member marked hidden): readable, but not listed. */
  readonly hidden?: boolean;
  readonly typeTable?: TypeTableProperty;
}

export interface PropertyMember extends PropertyDefinition {
  readonly name: string;
}

export interface MethodGroup {
  readonly name: string;
  readonly overloads: readonly MethodOverload[];
}

/** What a type declares; instance and static members live in separate tables as in .NET. */
export interface TypeDefinition {
  readonly fullName: string;
  readonly properties?: Readonly<Record<string, PropertyDefinition>>;
  readonly staticProperties?: Readonly<Record<string, PropertyDefinition>>;
  /** Method signatures (instance, or `static ...`) with their implementations. */
  readonly methods?: readonly (readonly [signature: string, invoke: MethodImplementation])[];
  /** Constructor signatures, written `TypeName new(args)` as pwsh shows `[T]::new`. */
  readonly constructors?: readonly (readonly [signature: string, invoke: MethodImplementation])[];
}

export class TypeMembers {
  readonly properties = new Map<string, PropertyMember>();
  readonly staticProperties = new Map<string, PropertyMember>();
  readonly methods = new Map<string, MethodGroup>();
  readonly staticMethods = new Map<string, MethodGroup>();
  readonly constructors: MethodGroup;

  constructor(readonly fullName: string) {
    this.constructors = { name: 'new', overloads: [] };
  }
}

const typesByName = new Map<string, TypeMembers>();

/** Adds a type's members to the table (merging with earlier declarations for the same type). */
export function defineType(definition: TypeDefinition): TypeMembers {
  const key = ordinalIgnoreCaseKey(definition.fullName);
  const members = typesByName.get(key) ?? new TypeMembers(definition.fullName);
  typesByName.set(key, members);
  for (const [name, property] of Object.entries(definition.properties ?? {})) {
    members.properties.set(ordinalIgnoreCaseKey(name), { name, ...property });
  }
  for (const [name, property] of Object.entries(definition.staticProperties ?? {})) {
    members.staticProperties.set(ordinalIgnoreCaseKey(name), { name, ...property });
  }
  for (const [signature, invoke] of definition.methods ?? []) {
    const overload = parseSignature(signature, invoke);
    addOverload(overload.isStatic ? members.staticMethods : members.methods, overload);
  }
  for (const [signature, invoke] of definition.constructors ?? []) {
    (members.constructors.overloads as MethodOverload[]).push(parseSignature(signature, invoke));
  }
  return members;
}

/** A fresh, empty member table for a type, dropping what it had: a script class defined again. */
export function replaceTypeMembers(fullName: string): TypeMembers {
  const members = new TypeMembers(fullName);
  typesByName.set(ordinalIgnoreCaseKey(fullName), members);
  return members;
}

export function typeMembers(fullName: string): TypeMembers | undefined {
  return typesByName.get(ordinalIgnoreCaseKey(fullName));
}

function addOverload(groups: Map<string, MethodGroup>, overload: MethodOverload): void {
  const key = ordinalIgnoreCaseKey(overload.name);
  const group = groups.get(key) ?? { name: overload.name, overloads: [] };
  (group.overloads as MethodOverload[]).push(overload);
  groups.set(key, group);
}

const signaturePattern = /^(static )?(\S+) (\w+)\((.*)\)$/;
const parameterPattern = /^(\[ref\] )?(Params )?(\S+) (\w+)( = .+)?$/;

/** Reads a declaration signature; a malformed one is a programming error in this folder. */
function parseSignature(signature: string, invoke: MethodImplementation): MethodOverload {
  const match = signaturePattern.exec(signature);
  if (!match) throw new Error(`Malformed member signature: ${signature}`);
  const parameters = match[4] === '' ? [] : splitParameters(match[4]!).map((text) => {
    const parameter = parameterPattern.exec(text);
    if (!parameter) throw new Error(`Malformed parameter '${text}' in ${signature}`);
    return {
      name: parameter[4]!,
      type: parameter[3]!,
      isByRef: parameter[1] !== undefined,
      isParamArray: parameter[2] !== undefined,
      isOptional: parameter[5] !== undefined,
    };
  });
  return { isStatic: match[1] !== undefined, returnType: match[2]!, name: match[3]!, parameters, definition: signature, invoke };
}

/** Splits 'a, b' at commas outside generic brackets ('Dictionary[string,int] d'). */
function splitParameters(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}
