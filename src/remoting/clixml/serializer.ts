/**
 * psh value -> CLIXML element tree (MS-PSRP 2.2.5). One ClixmlSerializer numbers RefIds and TN
 * ids for everything it writes, which is the "lifetime of a serializer" of MS-PSRP 2.2.5.3.3:
 * one per PSRP message, one per Export-Clixml file.
 */
import {
  Hashtable,
  PSMemberSet,
  PSNoteProperty,
  PSObject,
  typeNameOf,
  typeNamesOf,
  type PSMemberInfoCollection,
  type PSMemberInfo,
} from '../../engine/values/index.js';
import { attribute, element, type XmlAttribute, type XmlElement } from '../xml/index.js';
import { ClixmlError } from './errors.js';
import { writePrimitive } from './primitives.js';
import { encodeClixmlString } from './string-encoding.js';
import { containerElementFor } from './type-names.js';

/** Nesting deeper than this cannot be read back (the XML layer refuses it), so it is not written. */
const maxNesting = 400;

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

  private el(tag: string, attributes: XmlAttribute[], children: (XmlElement | string | undefined)[]): XmlElement {
    return element(this.namespace, '', tag, { attributes, children });
  }

  private write(value: unknown, name: string | undefined, depth: number, nesting: number): XmlElement {
    if (nesting > maxNesting) throw new ClixmlError('TooDeep', `The value nests more than ${maxNesting} objects deep`);
    const nameAttribute = name === undefined ? [] : [attribute('N', encodeClixmlString(name))];
    if (value === null || value === undefined) return this.el('Nil', nameAttribute, []);
    const primitive = writePrimitive(value);
    if (primitive) return this.el(primitive.tag, nameAttribute, [primitive.text]);
    if (!(value instanceof PSObject || value instanceof Hashtable || Array.isArray(value))) {
      throw new ClixmlError('Unserializable', `A ${typeof value === 'object' ? value.constructor.name : typeof value} is not a psh value`);
    }
    const refId = this.objectRefIds.get(value);
    if (refId !== undefined) return this.el('Ref', [...nameAttribute, attribute('RefId', refId)], []);
    if (depth < 1 && !(value instanceof PSObject && writePrimitive(value.baseObject))) {
      // Too deep to expand: PowerShell writes the object's ToString text in its place. Enums
      // and other primitives wrapped in a PSObject are small and always written in full.
      return this.el('S', nameAttribute, [encodeClixmlString(toStringText(value))]);
    }
    const ownRefId = String(this.objectRefIds.size);
    this.objectRefIds.set(value, ownRefId);
    const attributes = [...nameAttribute, attribute('RefId', ownRefId)];
    const object = value instanceof PSObject ? value : undefined;
    const base = object ? object.baseObject : value;
    // A PSObject's type names are written as they are (even none); a bare array or Hashtable gets its own.
    const typeNames = object ? object.typeNames : typeNamesOf(base);
    const children: (XmlElement | undefined)[] = [this.writeTypeNames(typeNames)];
    if (object?.toStringText !== undefined) children.push(this.el('ToString', [], [encodeClixmlString(object.toStringText)]));
    children.push(this.writeContent(base, typeNames, depth, nesting));
    if (object) {
      if (object.adaptedProperties.size > 0) children.push(this.el('Props', [], this.writeMembers(object.adaptedProperties, depth, nesting)));
      const extended = this.writeMembers(object.members, depth, nesting);
      if (extended.length > 0) children.push(this.el('MS', [], extended));
    }
    return this.el('Obj', attributes, children);
  }

  private writeTypeNames(typeNames: readonly string[]): XmlElement | undefined {
    if (typeNames.length === 0) return undefined;
    const encoded = typeNames.map(encodeClixmlString);
    const key = encoded.join('\n');
    const refId = this.typeNameRefIds.get(key);
    if (refId !== undefined) return this.el('TNRef', [attribute('RefId', refId)], []);
    const ownRefId = String(this.typeNameRefIds.size);
    this.typeNameRefIds.set(key, ownRefId);
    return this.el('TN', [attribute('RefId', ownRefId)], encoded.map((typeName) => this.el('T', [], [typeName])));
  }

  /** The base object's own content: a primitive, or the elements of a known container. */
  private writeContent(base: unknown, typeNames: readonly string[], depth: number, nesting: number): XmlElement | undefined {
    if (base === undefined) return undefined;
    if (Array.isArray(base)) {
      return this.el(containerElementFor(typeNames), [], base.map((item) => this.write(item, undefined, depth - 1, nesting + 1)));
    }
    if (base instanceof Hashtable) {
      const entries: XmlElement[] = [];
      for (const [key, value] of base) {
        entries.push(this.el('En', [], [this.write(key, 'Key', depth - 1, nesting + 1), this.write(value, 'Value', depth - 1, nesting + 1)]));
      }
      return this.el('DCT', [], entries);
    }
    if (base instanceof PSObject) return this.write(base, undefined, depth, nesting + 1);
    const primitive = writePrimitive(base);
    if (!primitive) throw new ClixmlError('Unserializable', `A PSObject's base object must be a primitive, an array, a Hashtable or a PSObject`);
    return this.el(primitive.tag, [], [primitive.text]);
  }

  /** Note properties and member sets; other member kinds (script properties, methods) have no CLIXML form. */
  private writeMembers(members: PSMemberInfoCollection<PSMemberInfo>, depth: number, nesting: number): XmlElement[] {
    const written: XmlElement[] = [];
    for (const member of members) {
      if (member instanceof PSNoteProperty) written.push(this.write(member.value, member.name, depth - 1, nesting + 1));
      else if (member instanceof PSMemberSet) {
        written.push(this.el('MS', [attribute('N', encodeClixmlString(member.name))], this.writeMembers(member.members, depth, nesting + 1)));
      }
    }
    return written;
  }
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
