/**
 * Writing a .NET-shaped object as PowerShell's InternalSerializer does for a complex object
 * (HandleComplexTypePSObject): <Obj> with its type names, <ToString>, its adapted properties in
 * <Props> and its members in <MS> (the wrapper's instance members, then the type's extended
 * ones). A property whose getter throws is left out; Props is written whenever the type has
 * properties, MS only when a member was written. Beyond the depth limit, or when types.ps1xml
 * says SerializationMethod String, the object is its ToString text.
 */
import { isLiveEnumValue } from '../../engine/values/enum-value.js';
import type { PSObject } from '../../engine/values/ps-object.js';
import type { NativeObjectDescriber, NativeObjectDescription, NativeProperty } from './native-objects.js';
import { clixmlStringText, element, elementNames } from './xml-escape.js';

/** What the writer needs of the ClixmlSerializer that calls it. */
export interface SerializerCore {
  write(value: unknown, nameAttribute: string, depth: number, nesting: number): string;
  /** A list's elements as the container element its type names call for, at the list's own depth. */
  list(items: Iterable<unknown>, typeNames: readonly string[], depth: number, nesting: number): string;
  /** A dictionary's entries as <DCT>, at the dictionary's own depth. */
  dictionary(entries: readonly (readonly [unknown, unknown])[], depth: number, nesting: number): string;
  typeNames(typeNames: readonly string[]): string;
  /** The wrapper's own members (MS content), their values written at `depth`. */
  instanceMembers(owner: PSObject, depth: number, nesting: number): string;
  /** The RefId attribute of an object already written, or undefined. */
  writtenRefId(value: object): string | undefined;
  /** Numbers the object and gives its RefId attribute. */
  newRefId(value: object): string;
  nameAttribute(name: string): string;
}

/** A .NET-shaped value met on its own (not inside a PSObject); `name` is its N attribute as written, or ''. */
export function writeNativeObject(core: SerializerCore, describer: NativeObjectDescriber, value: object, name: string, depth: number, nesting: number): string {
  const written = core.writtenRefId(value);
  if (written !== undefined) return '<Ref' + name + written + '/>';
  const description = describer.describe(value, undefined);
  if (isContainer(description)) {
    const refId = core.newRefId(value);
    return element(elementNames.Obj, name + refId, core.typeNames(description.typeNames) + containerElement(core, description, depth, nesting));
  }
  const ownDepth = description.serializationDepth ?? depth;
  if (ownDepth < 1 || description.serializeAsString) return element(elementNames.S, name, clixmlStringText(description.toStringText));
  const refId = core.newRefId(value);
  const content = core.typeNames(description.typeNames) + element(elementNames.ToString, '', clixmlStringText(description.toStringText));
  return element(elementNames.Obj, name + refId, content + properties(core, description, '', ownDepth, nesting));
}

/**
 * The content of a PSObject whose base object is .NET-shaped, after what the serializer already
 * wrote for the wrapper (`written`: its type names, if it has any, and its own ToString, if set).
 */
export function writeNativeContent(core: SerializerCore, describer: NativeObjectDescriber, base: object, owner: PSObject, written: string, depth: number, nesting: number): string {
  const description = describer.describe(base, owner);
  // A wrapper without type names of its own has its base object's, as pwsh's PSObject does.
  let content = owner.typeNames.length === 0 ? core.typeNames(description.typeNames) + written : written;
  if (isContainer(description)) {
    const members = core.instanceMembers(owner, depth, nesting);
    return content + containerElement(core, description, depth, nesting) + memberSet(members);
  }
  if (owner.toStringText === undefined) content += element(elementNames.ToString, '', clixmlStringText(description.toStringText));
  const ownDepth = description.serializationDepth ?? depth;
  // pwsh writes instance members (IsInstance) at the object's own depth, type members one deeper.
  const instanceMembers = core.instanceMembers(owner, ownDepth, nesting);
  if (description.serializeAsString) {
    return content + element(elementNames.S, '', clixmlStringText(description.toStringText)) + memberSet(instanceMembers);
  }
  return content + properties(core, description, instanceMembers, ownDepth, nesting);
}

/**
 * A PSObject wrapping a .NET-shaped object, out of depth: its ToString text, as a plain string
 * unless the wrapper has instance members, which pwsh keeps (WritePrimitiveTypePSObjectWithNotes:
 * <Obj> with the text and the members at the same depth, type names only when they differ from
 * the object's own). The object is still numbered then, as pwsh does.
 */
export function writeNativeAsText(core: SerializerCore, describer: NativeObjectDescriber, base: object, owner: PSObject, name: string, nesting: number): string {
  const description = describer.describe(base, owner);
  if (isContainer(description)) {
    const refId = core.newRefId(owner);
    const members = core.instanceMembers(owner, 0, nesting);
    const typeNames = core.typeNames(owner.typeNames.length === 0 ? description.typeNames : owner.typeNames);
    return element(elementNames.Obj, name + refId, typeNames + containerElement(core, description, 0, nesting) + memberSet(members));
  }
  const text = clixmlStringText(owner.toStringText ?? description.toStringText);
  if (owner.members.size === 0) return element(elementNames.S, name, text);
  const refId = core.newRefId(owner);
  const ownTypeNames = owner.typeNames.length === 0 || sameNames(owner.typeNames, description.typeNames);
  const typeNames = ownTypeNames ? '' : core.typeNames(owner.typeNames);
  const members = core.instanceMembers(owner, 0, nesting);
  return element(elementNames.Obj, name + refId, typeNames + element(elementNames.S, '', text) + memberSet(members));
}

function isContainer(description: NativeObjectDescription): boolean {
  return description.items !== undefined || description.entries !== undefined;
}

/** A list's elements or a dictionary's entries at the container's own depth (pwsh's WriteEnumerable, WriteDictionary), never its ToString. */
function containerElement(core: SerializerCore, description: NativeObjectDescription, depth: number, nesting: number): string {
  return description.entries ? core.dictionary(description.entries, depth, nesting) : core.list(description.items!, description.typeNames, depth, nesting);
}

/** Members' content as <MS>, or nothing when no member was written (pwsh writes no empty MS). */
function memberSet(members: string): string {
  return members === '' ? '' : '<MS>' + members + '</MS>';
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name.toLowerCase() === b[i]!.toLowerCase());
}

/** <Props> and <MS>: every property one level deeper than the object. */
function properties(core: SerializerCore, description: NativeObjectDescription, instanceMembers: string, depth: number, nesting: number): string {
  let content = '';
  if (description.adaptedProperties.length > 0) content += element(elementNames.Props, '', writeProperties(core, description.adaptedProperties, depth - 1, nesting));
  const members = instanceMembers + writeProperties(core, description.extendedProperties, depth - 1, nesting);
  return content + memberSet(members);
}

function writeProperties(core: SerializerCore, properties: readonly NativeProperty[], depth: number, nesting: number): string {
  let written = '';
  for (const property of properties) {
    let value: unknown;
    try {
      value = property.read();
    } catch {
      // pwsh leaves out a property whose getter fails (GetPropertyValueInThreadSafeManner).
      continue;
    }
    const nameAttribute = core.nameAttribute(property.name);
    // Out of depth, a live enum is its name, as for any complex object (psh's enums are PSObjects
    // the serializer otherwise always writes in full, as pwsh does for deserialized ones).
    if (depth < 1 && isLiveEnumValue(value)) written += element(elementNames.S, nameAttribute, clixmlStringText(value.toStringText ?? ''));
    else written += core.write(value, nameAttribute, depth, nesting + 1);
  }
  return written;
}
