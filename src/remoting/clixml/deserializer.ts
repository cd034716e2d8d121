/**
 * CLIXML element tree -> psh values (MS-PSRP 2.2.5). One ClixmlDeserializer resolves the RefIds
 * and TN ids of one document (a PSRP message body or an Export-Clixml file).
 */
import { Hashtable } from '../../engine/values/hashtable.js';
import type { PSMemberInfoCollection } from '../../engine/values/member-collection.js';
import { PSMemberSet, PSNoteProperty, type PSMemberInfo } from '../../engine/values/ps-member.js';
import { PSObject } from '../../engine/values/ps-object.js';
import { typeNameOf } from '../../engine/values/type-names.js';
import { attributeValue, isElement, textOf, type XmlElement } from '../xml/element.js';
import { ClixmlError } from './errors.js';
import { primitiveReaders } from './primitives.js';
import { decodeClixmlString } from './string-encoding.js';
import { receivedTypeNames } from './type-names.js';

export const powerShellNamespace = 'http://schemas.microsoft.com/powershell/2004/04';

export interface DeserializeOptions {
  /**
   * Prefix type names of objects that are not rebuilt as their real type with "Deserialized.",
   * as PowerShell does (default true). False keeps the sender's type names unchanged.
   */
  readonly markDeserialized?: boolean;
}

const containerTags = new Set(['LST', 'IE', 'STK', 'QUE', 'DCT']);
/** Content that is itself an object: Windows writes a PSObject wrapping another PSObject this way. */
const wrappedTags = new Set(['Obj', 'Ref', 'Nil']);

export class ClixmlDeserializer {
  private readonly objects = new Map<string, unknown>();
  private readonly typeNameLists = new Map<string, readonly string[]>();
  private readonly markDeserialized: boolean;

  constructor(options: DeserializeOptions = {}) {
    this.markDeserialized = options.markDeserialized ?? true;
  }

  deserialize(el: XmlElement): unknown {
    const tag = clixmlTag(el);
    if (tag === 'Obj') return this.readObject(el);
    if (tag === 'Ref') {
      const refId = requiredAttribute(el, 'RefId');
      if (!this.objects.has(refId)) throw new ClixmlError('UnknownReference', `<Ref RefId="${refId}"> refers to no earlier object`);
      return this.objects.get(refId);
    }
    if (tag === 'Nil') return null;
    const reader = primitiveReaders.get(tag);
    if (!reader) throw new ClixmlError('UnknownElement', `<${tag}> is not a CLIXML value element`);
    return reader(textContent(el));
  }

  private readObject(el: XmlElement): unknown {
    let typeNames: readonly string[] = [];
    let toString: string | undefined;
    let content: XmlElement | undefined;
    let adapted: XmlElement | undefined;
    let extended: XmlElement | undefined;
    for (const child of childElements(el)) {
      const tag = clixmlTag(child);
      if (tag === 'TN') typeNames = this.readTypeNames(child);
      else if (tag === 'TNRef') typeNames = this.typeNamesById(requiredAttribute(child, 'RefId'));
      else if (tag === 'ToString') toString = decodeClixmlString(textContent(child));
      else if (tag === 'Props') adapted = child;
      else if (tag === 'MS') extended = child;
      else if (content === undefined && (containerTags.has(tag) || primitiveReaders.has(tag) || wrappedTags.has(tag))) content = child;
      else throw new ClixmlError('UnknownElement', `<${tag}> is not allowed in <Obj>`);
    }

    // Build the (still empty) value first and register it, so that references from inside
    // the object to the object itself resolve.
    const contentTag = content && clixmlTag(content);
    let base: unknown;
    if (contentTag === 'DCT') base = new Hashtable(typeNames[0] === 'System.Collections.Specialized.OrderedDictionary');
    else if (contentTag !== undefined && containerTags.has(contentTag)) base = [];
    else if (content !== undefined && contentTag !== 'Obj' && contentTag !== 'Ref') base = this.deserialize(content);

    const hasMembers = adapted !== undefined || extended !== undefined;
    let value: unknown;
    // The bare value stands for the object when nothing would be lost: a container whose type
    // names say it is exactly that container, or a primitive with nothing added to it.
    const isBareContainer = (Array.isArray(base) || base instanceof Hashtable) && typeNames[0] === typeNameOf(base);
    const isBarePrimitive = primitiveReaders.has(contentTag ?? '') && typeNames.length === 0 && toString === undefined;
    if (!hasMembers && (isBareContainer || isBarePrimitive)) value = base;
    else {
      const object = new PSObject(base === null ? undefined : base, this.markDeserialized ? receivedTypeNames(typeNames, typeNameOf(base)) : [...typeNames]);
      object.toStringText = toString;
      value = object;
    }
    const refId = attributeValue(el, 'RefId');
    if (refId !== undefined) this.objects.set(refId, value);

    if (value instanceof PSObject && (contentTag === 'Obj' || contentTag === 'Ref')) value.baseObject = this.deserialize(content!);
    if (content && Array.isArray(base)) for (const item of childElements(content)) base.push(this.deserialize(item));
    if (content && base instanceof Hashtable) this.readDictionary(content, base);
    if (value instanceof PSObject) {
      if (adapted) this.readMembers(adapted, value.adaptedProperties);
      if (extended) this.readMembers(extended, value.members);
    }
    return value;
  }

  private readTypeNames(el: XmlElement): readonly string[] {
    const typeNames = childElements(el).map((child) => {
      if (clixmlTag(child) !== 'T') throw new ClixmlError('UnknownElement', `<${clixmlTag(child)}> is not allowed in <TN>`);
      return decodeClixmlString(textContent(child));
    });
    const refId = attributeValue(el, 'RefId');
    if (refId !== undefined) this.typeNameLists.set(refId, typeNames);
    return typeNames;
  }

  private typeNamesById(refId: string): readonly string[] {
    const typeNames = this.typeNameLists.get(refId);
    if (!typeNames) throw new ClixmlError('UnknownReference', `<TNRef RefId="${refId}"> refers to no earlier <TN>`);
    return typeNames;
  }

  private readDictionary(el: XmlElement, table: Hashtable): void {
    for (const entry of childElements(el)) {
      if (clixmlTag(entry) !== 'En') throw new ClixmlError('UnknownElement', `<${clixmlTag(entry)}> is not allowed in <DCT>`);
      let key: unknown;
      let value: unknown;
      let seen = 0;
      for (const part of childElements(entry)) {
        const name = attributeValue(part, 'N');
        if (name === 'Key' && !(seen & 1)) key = this.deserialize(part);
        else if (name === 'Value' && !(seen & 2)) value = this.deserialize(part);
        else throw new ClixmlError('MissingName', 'A dictionary <En> holds exactly one N="Key" and one N="Value" element');
        seen |= name === 'Key' ? 1 : 2;
      }
      if (seen !== 3) throw new ClixmlError('MissingName', 'A dictionary <En> holds exactly one N="Key" and one N="Value" element');
      if (key === null) throw new ClixmlError('InvalidValue', 'A dictionary key cannot be $null');
      table.set(key, value);
    }
  }

  private readMembers(el: XmlElement, into: PSMemberInfoCollection<PSMemberInfo>): void {
    for (const child of childElements(el)) {
      const encodedName = attributeValue(child, 'N');
      if (encodedName === undefined) throw new ClixmlError('MissingName', `<${clixmlTag(child)}> in <${clixmlTag(el)}> has no N attribute`);
      const name = decodeClixmlString(encodedName);
      if (clixmlTag(child) === 'MS') {
        const set = new PSMemberSet(name);
        this.readMembers(child, set.members);
        into.add(set);
      } else {
        into.add(new PSNoteProperty(name, this.deserialize(child)));
      }
    }
  }
}

/** The element's name, provided it is in no namespace or the PowerShell namespace. */
export function clixmlTag(el: XmlElement): string {
  if (el.ns !== '' && el.ns !== powerShellNamespace) {
    throw new ClixmlError('UnknownElement', `<${el.local}> in namespace '${el.ns}' is not a CLIXML element`);
  }
  return el.local;
}

/** The element's child elements; text between them may only be whitespace. */
function childElements(el: XmlElement): readonly XmlElement[] {
  const children = el.children;
  let i = 0;
  while (i < children.length && typeof children[i] !== 'string') i++;
  // Compact CLIXML (every PSRP body) has no text between elements: no copy needed.
  if (i === children.length) return children as readonly XmlElement[];
  const elements = children.slice(0, i) as XmlElement[];
  for (; i < children.length; i++) {
    const child = children[i]!;
    if (isElement(child)) elements.push(child);
    else if (child.trim() !== '') throw new ClixmlError('UnknownElement', `<${el.local}> cannot hold text`);
  }
  return elements;
}

function textContent(el: XmlElement): string {
  const children = el.children;
  if (children.length === 1 && typeof children[0] === 'string') return children[0];
  if (children.some(isElement)) throw new ClixmlError('UnknownElement', `<${el.local}> holds text only, not elements`);
  return textOf(el);
}

function requiredAttribute(el: XmlElement, name: string): string {
  const value = attributeValue(el, name);
  if (value === undefined) throw new ClixmlError('MissingName', `<${el.local}> needs a ${name} attribute`);
  return value;
}
