/**
 * What the binder needs from the rest of the engine, as injected functions: resolving the
 * parameter types, pwsh's conversions, property lookup on pipeline objects (for
 * ValueFromPipelineByPropertyName) and truth. `defaultBindingContext` wires the engine's own
 * modules; tests and hosts may pass their own.
 */
import { convertTo, enumerableItems, toBoolean } from '../engine/conversion/index.js';
import { getMember, PSMethod } from '../engine/dotnet/index.js';
import { arrayTypeOf, resolveType, type PSTypeInfo } from '../engine/types/index.js';
import { Hashtable, PSObject, typeNamesOf } from '../engine/values/index.js';
import type { ParameterMetadata } from './metadata.js';
import './preference-types.js';

export type PropertyLookup = { readonly found: true; readonly value: unknown } | { readonly found: false };

export interface BindingContext {
  /** The type a parameter declares, or null when psh does not know it. */
  resolveType(name: string): PSTypeInfo | null;
  /** pwsh's LanguagePrimitives.ConvertTo; throws an error with pwsh's message when it cannot convert. */
  convertTo(value: unknown, type: PSTypeInfo): unknown;
  /** A pipeline object's property, as `$input.Name` finds it (not methods, not dictionary keys). */
  getProperty(input: unknown, name: string): PropertyLookup;
  /** pwsh's truth ($true for ValidateScript results). */
  isTrue(value: unknown): boolean;
}

/**
 * A type psh has no implementation for (PSSession, types that came from another process): its
 * instances are the values that carry its type name, and nothing else converts to it.
 */
function nominalType(fullName: string): PSTypeInfo {
  if (fullName.endsWith('[]')) return arrayTypeOf(nominalType(fullName.slice(0, -2)));
  const key = fullName.toLowerCase();
  return {
    fullName,
    name: fullName.slice(fullName.lastIndexOf('.') + 1),
    baseTypeNames: ['System.Object'],
    isInstance: (value) => value !== null && value !== undefined && typeNamesOf(value).some((n) => n.toLowerCase() === key),
  };
}

function getProperty(input: unknown, name: string): PropertyLookup {
  if (input instanceof PSObject) {
    const property = input.property(name);
    if (property) return { found: true, value: property.value };
    if (input.baseObject === undefined) return { found: false };
  }
  const base = input instanceof PSObject ? input.baseObject : input;
  // Dictionary keys and collection members are not properties of the object for binding.
  if (base === null || base === undefined || base instanceof Hashtable || enumerableItems(base) !== undefined) return { found: false };
  const member = getMember(base, name);
  return member.found && !(member.value instanceof PSMethod) ? member : { found: false };
}

export const defaultBindingContext: BindingContext = {
  resolveType: (name) => resolveType(name) ?? nominalType(name),
  convertTo: (value, type) => convertTo(value, type),
  getProperty,
  isTrue: toBoolean,
};

/** The type a parameter declares, as the context resolves it; a name it does not know is object. */
export function resolveParameterType(parameter: ParameterMetadata, context: BindingContext = defaultBindingContext): PSTypeInfo {
  return context.resolveType(parameter.typeName) ?? context.resolveType('System.Object')!;
}
