/**
 * Reading, writing and invoking members of a value, in PowerShell's order: a PSObject's own
 * (extended, then adapted) members; a dictionary's keys; the .NET type's properties and
 * methods; the intrinsic Count/Length/ForEach/Where; then member enumeration over a
 * collection's elements.
 */
import { Hashtable, isEnumValue, PSAliasProperty, PSNoteProperty, PSObject, PSScriptMethod, PSScriptProperty, typeNamesOf } from '../values/index.js';
import { convertArgumentValue } from './argument-conversion.js';
import { fullTypeName } from './csharp-type-names.js';
import type { DotNetContext } from './context.js';
import { enumerableItems, formatMessage } from '../conversion/index.js';
import {
  DotNetException,
  RuntimeException,
  GetValueInvocationException,
  invokeMethodOnNull,
  methodNotFound,
  propertyIsReadOnly,
  propertyNotFound,
  setValueFailure,
} from './errors.js';
import { intrinsicCount, invokeIntrinsicMethod, isIntrinsicMethod } from './intrinsic-members.js';
import { found, notFound, type MemberResult } from './member-result.js';
import { extendedTypeSystemStrings, getErrorTextStrings } from './messages.js';
import { callMethod } from './method-call.js';
import { PSMethod } from './ps-method.js';
import { GenericDictionary } from './types/generic-collections.js';
import { intrinsicView } from './psobject-view.js';
import { findMethod, findProperty, typeChain } from './type-chain.js';

/**
 * `target.name`. `strict` (Set-StrictMode 2 or later) drops the answers PowerShell gives for
 * members that do not exist: a scalar's Count/Length and a dictionary's $null for a missing key.
 */
export function getMember(target: unknown, name: string, strict = false): MemberResult {
  const view = target === null || target === undefined ? undefined : intrinsicView(target, name);
  if (view !== undefined) return found(view);
  if (target instanceof PSObject) {
    const own = target.members.get(name) ?? target.adaptedProperties.get(name);
    if (own instanceof PSNoteProperty) return found(own.value);
    if (own instanceof PSScriptProperty) return found(own.get(target));
    if (own instanceof PSAliasProperty) return aliasedMember(target, own);
    if (own !== undefined) return found(own);
  }
  const base = baseObject(target);
  if (base instanceof Hashtable && base.has(name)) return found(base.get(name));
  if (base instanceof GenericDictionary && base.keyType === 'System.String' && base.has(name)) return found(base.get(name));
  const chain = typeChain(base);
  const property = findProperty(chain, name);
  if (property) {
    try {
      return found(property.get(base, target));
    } catch (error) {
      if (error instanceof DotNetException) throw new GetValueInvocationException(property.name, error);
      throw error;
    }
  }
  const method = findMethod(chain, name);
  if (method) return found(new PSMethod(method.name, base, method.overloads));
  const collection = enumerableItems(base);
  if (collection !== undefined) {
    const enumerated = enumerating(base, () => enumerateMember(collection, name, strict), notFound);
    const count = intrinsicCount(base, name);
    return enumerated.found || count === undefined ? enumerated : found(collection.length);
  }
  if (strict) return notFound;
  const count = intrinsicCount(base, name);
  if (count !== undefined) return found(count);
  // A dictionary answers any name, with $null for a missing key.
  if (base instanceof Hashtable) return found(null);
  return notFound;
}

/** An alias property's value: the referenced member's, converted to the alias's type when it names one. */
function aliasedMember(target: PSObject, alias: PSAliasProperty): MemberResult {
  const result = getMember(target, alias.referencedMemberName);
  return result.found ? found(alias.converted(result.value)) : result;
}

/** The collections whose members are being enumerated, innermost last. */
const collectionsInEnumeration = new Set<unknown>();
/** How deeply collections may nest in member enumeration before it fails as pwsh's call depth does. */
const maxEnumerationDepth = 1000;

/**
 * Runs a member enumeration over `collection`; a collection that (directly or not) contains
 * itself contributes nothing the second time, and runaway nesting fails instead of
 * overflowing the stack.
 */
function enumerating<T>(collection: unknown, enumerate: () => T, whenCyclic: T): T {
  if (collectionsInEnumeration.has(collection)) return whenCyclic;
  if (collectionsInEnumeration.size >= maxEnumerationDepth) {
    throw new RuntimeException(getErrorTextStrings.ScriptCallDepthException, 'CallDepthOverflow', 'InvalidOperation', 'System.Management.Automation.ScriptCallDepthException');
  }
  collectionsInEnumeration.add(collection);
  try {
    return enumerate();
  } finally {
    collectionsInEnumeration.delete(collection);
  }
}

/**
 * `$collection.Name` for a name the collection itself lacks: each element's member, nested
 * collections searched in turn, results flattened one level; one result is returned alone.
 */
function enumerateMember(items: readonly unknown[], name: string, strict: boolean): MemberResult {
  const results: unknown[] = [];
  for (const element of items) {
    // A nested collection without the member is itself enumerated by getMember.
    const result = element === null || element === undefined ? notFound : getMember(element, name, strict);
    if (result.found) results.push(...(enumerableItems(result.value) ?? [result.value]));
    // Under strict mode an element without the member fails the whole access, as pwsh's binder for each element does.
    else if (strict) return notFound;
  }
  if (results.length === 0) return notFound;
  return found(results.length === 1 ? results[0] : results);
}

export function setMember(target: unknown, name: string, value: unknown): void {
  if (target instanceof PSObject) {
    const own = target.members.get(name) ?? target.adaptedProperties.get(name);
    if (own instanceof PSNoteProperty) {
      own.value = value;
      return;
    }
    if (own instanceof PSScriptProperty) {
      if (!own.set(target, value)) {
        const message = formatMessage(extendedTypeSystemStrings.SetWithoutSetterException, own.name);
        throw new RuntimeException(message, 'SetWithoutSetterFromScriptProperty', 'NotSpecified', 'System.Management.Automation.SetValueException');
      }
      return;
    }
    if (own instanceof PSAliasProperty) {
      setMember(target, own.referencedMemberName, own.converted(value));
      return;
    }
    if (target.baseObject === undefined) throw propertyNotFound(name);
  }
  const base = baseObject(target);
  if (base === null || base === undefined) throw propertyNotFound(name);
  if (base instanceof Hashtable) {
    base.set(name, value);
    return;
  }
  if (base instanceof GenericDictionary && base.keyType === 'System.String') {
    base.set(name, convertArgumentValue(value, base.valueType));
    return;
  }
  const property = findProperty(typeChain(base), name);
  if (!property) throw propertyNotFound(name);
  if (!property.set) throw propertyIsReadOnly(property.name);
  try {
    property.set(base, convertArgumentValue(value, fullTypeName(property.type)));
  } catch (error) {
    throw setValueFailure(property.name, error);
  }
}

/**
 * `$target.Name(args)`. A void method returns undefined (pwsh's AutomationNull: no output);
 * a method returning $null returns null.
 */
export function invokeMethod(target: unknown, name: string, args: readonly unknown[], ctx: DotNetContext): unknown {
  if (target === null || target === undefined) throw invokeMethodOnNull();
  if (target instanceof PSObject) {
    const own = target.members.get(name);
    if (own instanceof PSScriptMethod) return own.invoke(target, args);
  }
  const base = baseObject(target);
  const method = findMethod(typeChain(base), name);
  if (method) return callMethod(method.name, method.overloads, base, args, ctx);
  if (isIntrinsicMethod(name)) {
    return invokeIntrinsicMethod(base, name, args, ctx, { get: getMember, set: setMember });
  }
  const collection = enumerableItems(base);
  if (collection !== undefined && collection.length > 0) {
    return enumerating(base, () => enumerateMethod(collection, name, args, ctx), undefined);
  }
  throw methodNotFound(typeNamesOf(target)[0] ?? 'System.Object', name);
}

/** `$collection.Method(args)` for a method the collection lacks: called on each element. */
function enumerateMethod(items: readonly unknown[], name: string, args: readonly unknown[], ctx: DotNetContext): unknown {
  const results: unknown[] = [];
  for (const element of items) {
    const value = invokeMethod(element, name, args, ctx);
    if (value !== undefined) results.push(...(enumerableItems(value) ?? [value]));
  }
  if (results.length === 1) return results[0];
  return results.length === 0 ? undefined : results;
}

/**
 * The object whose .NET members apply: a PSObject's base object, or the PSObject itself when
 * it has none. An enum value stays whole: its type names carry System.Enum's members.
 */
function baseObject(target: unknown): unknown {
  if (!(target instanceof PSObject) || target.baseObject === undefined) return target;
  const isEnum: boolean = isEnumValue(target);
  return isEnum ? target : target.baseObject;
}
