/**
 * psh value -> CLIXML text (MS-PSRP 2.2.5), written directly as strings (see reader.ts for why
 * CLIXML bypasses the general XML layer). One ClixmlSerializer numbers RefIds and TN ids for
 * everything it writes, which is the "lifetime of a serializer" of MS-PSRP 2.2.5.3.3: one per PSRP
 * message, one per Export-Clixml file.
 */
import { Hashtable } from '../../engine/values/hashtable.js';
import type { PSMemberInfoCollection } from '../../engine/values/member-collection.js';
import { PSMemberSet, PSNoteProperty, type PSMemberInfo } from '../../engine/values/ps-member.js';
import { PSObject } from '../../engine/values/ps-object.js';
import { typeNameOf, typeNamesOf } from '../../engine/values/type-names.js';
import { ClixmlError } from './errors.js';
import type { NativeObjectDescriber } from './native-objects.js';
import { writeNativeAsText, writeNativeContent, writeNativeObject, type SerializerCore } from './native-object-writer.js';
import { primitiveElement } from './primitives.js';
import { containerElementFor } from './type-names.js';
import { clixmlStringText, element, elementNames } from './xml-escape.js';

/**
 * PowerShell's serializer writes at most 50 levels of objects below the top (MaxDepthBelowTopLevel);
 * at the 50th it writes the text of its DeserializationTooDeep resource as a string instead.
 */
const maxLevelsBelowTop = 50;
const nestedTooDeeplyText = 'Serialized XML is nested too deeply.';

/** A type name list written as <TN>: a copy of the names, and its RefId attribute as written. */
interface WrittenTypeNames {
  readonly typeNames: readonly string[];
  readonly refIdAttribute: string;
}

/**
 * Type name lists written, by most derived name, that later objects refer to with <TNRef>. Lists
 * sharing a first name are compared one by one, which stays cheap because there are few; past
 * this many, further lists with that first name are written in full each time.
 */
const maxListsPerFirstTypeName = 32;

export class ClixmlSerializer {
  /** The RefId attribute as written (` RefId="n"`) of each object written. */
  private readonly objectRefIds = new Map<object, string>();
  private readonly typeNameLists = new Map<string, WrittenTypeNames[]>();
  private typeNameListCount = 0;

  /** `describer` lets .NET-shaped objects be written as property bags (see native-objects.ts); without it they are refused. */
  constructor(private readonly describer?: NativeObjectDescriber) {}

  private nativeWriterCore: SerializerCore | undefined;

  /** The serializer as native-object-writer.ts uses it, made when the first such object is met. */
  private get nativeWriter(): SerializerCore {
    return (this.nativeWriterCore ??= {
      write: (value, nameAttributeText, depth, nesting) => this.write(value, nameAttributeText, depth, nesting),
      list: (items, typeNames, depth, nesting) => this.writeList(items, typeNames, depth, nesting),
      dictionary: (entries, depth, nesting) => this.writeDictionary(entries, depth, nesting),
      typeNames: (typeNames) => this.writeTypeNames(typeNames),
      instanceMembers: (owner, depth, nesting) => this.writeMembers(owner.members, depth, nesting),
      writtenRefId: (value) => this.objectRefIds.get(value),
      newRefId: (value) => {
        const refId = refIdAttribute(this.objectRefIds.size);
        this.objectRefIds.set(value, refId);
        return refId;
      },
      nameAttribute,
    });
  }

  /**
   * One value as CLIXML text, its elements in no namespace (a PSRP message body, or an element of
   * an `<Objs>` document, which declares the namespace once). `depth` counts the levels of objects
   * written out in full, as PowerShell's serializer counts them: an object's adapted (.NET)
   * properties are one level deeper, its own note properties and a list's or dictionary's items
   * at its own level; an object out of depth is written as its ToString text. Primitives, lists
   * and dictionaries are always written in full.
   */
  serialize(value: unknown, depth = Infinity): string {
    return this.write(value, '', depth, 0);
  }

  /** `name` is the N attribute as written (` N="..."`), or ''. */
  private write(value: unknown, name: string, depth: number, nesting: number): string {
    if (nesting >= maxLevelsBelowTop - 1) return element(elementNames.S, name, nestedTooDeeplyText);
    if (value === null || value === undefined) return '<Nil' + name + '/>';
    if (!(value instanceof PSObject || value instanceof Hashtable || Array.isArray(value))) {
      const primitive = primitiveElement(value, name);
      if (primitive !== undefined) return primitive;
      if (this.describer && typeof value === 'object') return writeNativeObject(this.nativeWriter, this.describer, value, name, depth, nesting);
      throw new ClixmlError('Unserializable', `A ${typeof value === 'object' ? value.constructor.name : typeof value} is not a psh value`);
    }
    const refIdAttributeText = this.objectRefIds.get(value);
    if (refIdAttributeText !== undefined) return '<Ref' + name + refIdAttributeText + '/>';
    const heldContainer = value instanceof PSObject ? isContainer(value.baseObject) : true;
    if (depth < 1 && !heldContainer && !(value instanceof PSObject && primitiveElement(value.baseObject, '') !== undefined)) {
      // Too deep to expand: PowerShell writes the object's ToString text in its place. Enums
      // and other primitives wrapped in a PSObject are small and always written in full, and so
      // are lists and dictionaries, their items at the same depth (pwsh's HandleKnownContainerTypes).
      const native = this.describer && value instanceof PSObject ? nativeBaseOf(value) : undefined;
      if (native) return writeNativeAsText(this.nativeWriter, this.describer!, native, value as PSObject, name, nesting);
      return element(elementNames.S, name, clixmlStringText(toStringText(value)));
    }
    const ownRefIdAttribute = refIdAttribute(this.objectRefIds.size);
    this.objectRefIds.set(value, ownRefIdAttribute);
    const object = value instanceof PSObject ? value : undefined;
    const base = object ? object.baseObject : value;
    // A PSObject's type names are written as they are (even none); a bare array or Hashtable gets its own.
    const typeNames = object ? object.typeNames : typeNamesOf(base);
    let content = '';
    if (typeNames.length > 0) content += this.writeTypeNames(typeNames);
    if (object?.toStringText !== undefined) content += element(elementNames.ToString, '', clixmlStringText(object.toStringText));
    if (base !== undefined) {
      const baseContent = this.writeContent(base, typeNames, depth, nesting);
      if (baseContent === undefined) {
        // A .NET-shaped base object: its properties and the wrapper's members are written together.
        content = writeNativeContent(this.nativeWriter, this.describer!, base as object, object!, content, depth, nesting);
        return element(elementNames.Obj, name === '' ? ownRefIdAttribute : name + ownRefIdAttribute, content);
      }
      content += baseContent;
    }
    // Adapted properties are one level deeper; the object's own members are at its own depth
    // (pwsh's WriteMemberInfoCollection: IsInstance members keep the depth), except that a
    // container out of depth is written without them.
    if (object && (depth >= 1 || !heldContainer)) {
      if (object.adaptedProperties.size > 0) content += element(elementNames.Props, '', this.writeMembers(object.adaptedProperties, depth - 1, nesting));
      const extended = this.writeMembers(object.members, depth, nesting);
      if (extended !== '') content += '<MS>' + extended + '</MS>';
    }
    return element(elementNames.Obj, name === '' ? ownRefIdAttribute : name + ownRefIdAttribute, content);
  }

  private writeTypeNames(typeNames: readonly string[]): string {
    let written = this.typeNameLists.get(typeNames[0]!);
    if (written) for (const list of written) if (sameTypeNames(list.typeNames, typeNames)) return '<TNRef' + list.refIdAttribute + '/>';
    const ownRefIdAttribute = refIdAttribute(this.typeNameListCount++);
    if (!written) this.typeNameLists.set(typeNames[0]!, (written = []));
    if (written.length < maxListsPerFirstTypeName) written.push({ typeNames: typeNames.slice(), refIdAttribute: ownRefIdAttribute });
    let content = '';
    for (const typeName of typeNames) content += typeNameElements.written(typeName);
    return '<TN' + ownRefIdAttribute + '>' + content + '</TN>';
  }

  /**
   * The base object's own content: a primitive, the elements of a known container, or a wrapped
   * PSObject; undefined for a .NET-shaped object the describer can write.
   */
  private writeContent(base: unknown, typeNames: readonly string[], depth: number, nesting: number): string | undefined {
    if (Array.isArray(base)) return this.writeList(base, typeNames, depth, nesting);
    if (base instanceof Hashtable) return this.writeDictionary(base, depth, nesting);
    if (base instanceof PSObject) return this.write(base, '', depth, nesting + 1);
    const primitive = primitiveElement(base, '');
    if (primitive !== undefined) return primitive;
    if (this.describer && typeof base === 'object') return undefined;
    throw new ClixmlError('Unserializable', `A PSObject's base object must be a primitive, an array, a Hashtable or a PSObject`);
  }

  /** A list's elements at the list's own depth (pwsh's WriteEnumerable), in the element its type names call for. */
  private writeList(items: Iterable<unknown>, typeNames: readonly string[], depth: number, nesting: number): string {
    let written = '';
    for (const item of items) written += this.write(item, '', depth, nesting + 1);
    return element(elementNames[containerElementFor(typeNames)], '', written);
  }

  /** A dictionary's entries at the dictionary's own depth (pwsh's WriteDictionary); a Hashtable is visited with its cheaper forEach. */
  private writeDictionary(entries: Hashtable | readonly (readonly [unknown, unknown])[], depth: number, nesting: number): string {
    let written = '';
    const writeEntry = (value: unknown, key: unknown) => {
      written += '<En>' + this.write(key, ' N="Key"', depth, nesting + 1) + this.write(value, ' N="Value"', depth, nesting + 1) + '</En>';
    };
    if (entries instanceof Hashtable) entries.forEach(writeEntry);
    else for (const [key, value] of entries) writeEntry(value, key);
    return element(elementNames.DCT, '', written);
  }

  /** Note properties, their values written at `depth`, and member sets; other member kinds (script properties, methods) have no CLIXML form. */
  private writeMembers(members: PSMemberInfoCollection<PSMemberInfo>, depth: number, nesting: number): string {
    let written = '';
    for (const member of members) {
      if (member instanceof PSNoteProperty) written += this.write(member.value, nameAttribute(member.name), depth, nesting + 1);
      else if (member instanceof PSMemberSet) written += element(elementNames.MS, nameAttribute(member.name), this.writeMembers(member.members, depth, nesting + 1));
    }
    return written;
  }
}

/** ` RefId="n"`: built once for the first RefIds, which every document uses. */
function refIdAttribute(refId: number): string {
  if (refId >= refIdAttributes.length) return ' RefId="' + refId + '"';
  return (refIdAttributes[refId] ??= ' RefId="' + refId + '"');
}

const refIdAttributes: (string | undefined)[] = new Array<string | undefined>(256);

function sameTypeNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The text written for a name that recurs from object to object (property names, type names),
 * remembered rather than checked for characters to escape each time; bounded, since names come
 * from the values written.
 */
class WrittenNames {
  private readonly texts = new Map<string, string>();

  constructor(private readonly write: (name: string) => string) {}

  written(name: string): string {
    let text = this.texts.get(name);
    if (text === undefined) {
      if (this.texts.size >= maxRememberedNames) this.texts.clear();
      this.texts.set(name, (text = this.write(name)));
    }
    return text;
  }
}

const maxRememberedNames = 1024;
const nameAttributes = new WrittenNames((name) => ' N="' + clixmlStringText(name) + '"');
const typeNameElements = new WrittenNames((typeName) => element(elementNames.T, '', clixmlStringText(typeName)));

function nameAttribute(name: string): string {
  return nameAttributes.written(name);
}

/** The base object of a PSObject wrapping a .NET-shaped object (not a psh value), else undefined. */
function nativeBaseOf(object: PSObject): object | undefined {
  const base = object.baseObject;
  if (typeof base !== 'object' || base === null || base instanceof PSObject || isContainer(base) || primitiveElement(base, '') !== undefined) return undefined;
  return base;
}

function isContainer(value: unknown): boolean {
  return Array.isArray(value) || value instanceof Hashtable;
}

/** The text an object beyond the depth limit is written as: its own ToString, else its type's. */
function toStringText(value: unknown): string {
  if (value instanceof PSObject) {
    if (value.toStringText !== undefined) return value.toStringText;
    if (value.baseObject === undefined) return '';
    return toStringText(value.baseObject);
  }
  return isContainer(value) ? typeNameOf(value)! : String(value);
}
