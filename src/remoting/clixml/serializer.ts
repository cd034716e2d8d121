/**
 * psh value -> CLIXML element tree (MS-PSRP 2.2.5). One ClixmlSerializer numbers RefIds and TN
 * ids for everything it writes, which is the "lifetime of a serializer" of MS-PSRP 2.2.5.3.3:
 * one per PSRP message, one per Export-Clixml file.
 */
import { Hashtable } from '../../engine/values/hashtable.js';
import type { PSMemberInfoCollection } from '../../engine/values/member-collection.js';
import { PSMemberSet, PSNoteProperty, type PSMemberInfo } from '../../engine/values/ps-member.js';
import { PSObject } from '../../engine/values/ps-object.js';
import { typeNameOf, typeNamesOf } from '../../engine/values/type-names.js';
import type { XmlAttribute, XmlElement, XmlNode } from '../xml/element.js';
import { ClixmlError } from './errors.js';
import { writePrimitive } from './primitives.js';
import { encodeClixmlString } from './string-encoding.js';
import { containerElementFor } from './type-names.js';

/** Nesting deeper than this cannot be read back (the XML layer refuses it), so it is not written. */
const maxNesting = 400;
const noAttributes: readonly XmlAttribute[] = [];

export class ClixmlSerializer {
  private readonly objectRefIds = new Map<object, string>();
  private readonly typeNameRefIds = new Map<string, string>();

  /**
   * @param namespace '' for PSRP message bodies (Windows sends them without a namespace), or the
   *   PowerShell namespace for documents whose root declares it.
   */
  constructor(private readonly namespace = '') {}

  /**
   * Serializes one value. `depth` counts the levels of objects written out in full: 1 writes
   * this object's properties and elements, but nested objects only as their ToString text, as
   * PowerShell does when it runs out of depth. Primitives are always written in full.
   */
  serialize(value: unknown, depth = Infinity): XmlElement {
    return this.write(value, undefined, depth, 0);
  }

  private el(local: string, attributes: readonly XmlAttribute[], children: readonly XmlNode[]): XmlElement {
    return { ns: this.namespace, prefix: '', local, attributes, children };
  }

  private write(value: unknown, name: string | undefined, depth: number, nesting: number): XmlElement {
    if (nesting > maxNesting) throw new ClixmlError('TooDeep', `The value nests more than ${maxNesting} objects deep`);
    const attributes: XmlAttribute[] = name === undefined ? [] : [attr('N', encodeClixmlString(name))];
    if (value === null || value === undefined) return this.el('Nil', attributes, []);
    const primitive = writePrimitive(value);
    if (primitive) return this.el(primitive.tag, attributes, [primitive.text]);
    if (!(value instanceof PSObject || value instanceof Hashtable || Array.isArray(value))) {
      throw new ClixmlError('Unserializable', `A ${typeof value === 'object' ? value.constructor.name : typeof value} is not a psh value`);
    }
    const refId = this.objectRefIds.get(value);
    if (refId !== undefined) {
      attributes.push(attr('RefId', refId));
      return this.el('Ref', attributes, []);
    }
    if (depth < 1 && !(value instanceof PSObject && writePrimitive(value.baseObject))) {
      // Too deep to expand: PowerShell writes the object's ToString text in its place. Enums
      // and other primitives wrapped in a PSObject are small and always written in full.
      return this.el('S', attributes, [encodeClixmlString(toStringText(value))]);
    }
    const ownRefId = String(this.objectRefIds.size);
    this.objectRefIds.set(value, ownRefId);
    attributes.push(attr('RefId', ownRefId));
    const object = value instanceof PSObject ? value : undefined;
    const base = object ? object.baseObject : value;
    // A PSObject's type names are written as they are (even none); a bare array or Hashtable gets its own.
    const typeNames = object ? object.typeNames : typeNamesOf(base);
    const children: XmlElement[] = [];
    if (typeNames.length > 0) children.push(this.writeTypeNames(typeNames));
    if (object?.toStringText !== undefined) children.push(this.el('ToString', noAttributes, [encodeClixmlString(object.toStringText)]));
    if (base !== undefined) children.push(this.writeContent(base, typeNames, depth, nesting));
    if (object) {
      if (object.adaptedProperties.size > 0) children.push(this.el('Props', noAttributes, this.writeMembers(object.adaptedProperties, depth, nesting)));
      const extended = this.writeMembers(object.members, depth, nesting);
      if (extended.length > 0) children.push(this.el('MS', noAttributes, extended));
    }
    return this.el('Obj', attributes, children);
  }

  private writeTypeNames(typeNames: readonly string[]): XmlElement {
    const key = typeNames.join('\n');
    const refId = this.typeNameRefIds.get(key);
    if (refId !== undefined) return this.el('TNRef', [attr('RefId', refId)], []);
    const ownRefId = String(this.typeNameRefIds.size);
    this.typeNameRefIds.set(key, ownRefId);
    return this.el(
      'TN',
      [attr('RefId', ownRefId)],
      typeNames.map((typeName) => this.el('T', noAttributes, [encodeClixmlString(typeName)])),
    );
  }

  /** The base object's own content: a primitive, the elements of a known container, or a wrapped PSObject. */
  private writeContent(base: unknown, typeNames: readonly string[], depth: number, nesting: number): XmlElement {
    if (Array.isArray(base)) {
      return this.el(containerElementFor(typeNames), noAttributes, base.map((item) => this.write(item, undefined, depth - 1, nesting + 1)));
    }
    if (base instanceof Hashtable) {
      const entries: XmlElement[] = [];
      for (const [key, value] of base) {
        entries.push(this.el('En', noAttributes, [this.write(key, 'Key', depth - 1, nesting + 1), this.write(value, 'Value', depth - 1, nesting + 1)]));
      }
      return this.el('DCT', noAttributes, entries);
    }
    if (base instanceof PSObject) return this.write(base, undefined, depth, nesting + 1);
    const primitive = writePrimitive(base);
    if (!primitive) throw new ClixmlError('Unserializable', `A PSObject's base object must be a primitive, an array, a Hashtable or a PSObject`);
    return this.el(primitive.tag, noAttributes, [primitive.text]);
  }

  /** Note properties and member sets; other member kinds (script properties, methods) have no CLIXML form. */
  private writeMembers(members: PSMemberInfoCollection<PSMemberInfo>, depth: number, nesting: number): XmlElement[] {
    const written: XmlElement[] = [];
    for (const member of members) {
      if (member instanceof PSNoteProperty) written.push(this.write(member.value, member.name, depth - 1, nesting + 1));
      else if (member instanceof PSMemberSet) {
        written.push(this.el('MS', [attr('N', encodeClixmlString(member.name))], this.writeMembers(member.members, depth, nesting + 1)));
      }
    }
    return written;
  }
}

function attr(local: string, value: string): XmlAttribute {
  return { ns: '', prefix: '', local, value };
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
