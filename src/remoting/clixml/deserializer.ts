/**
 * CLIXML -> psh values (MS-PSRP 2.2.5), in one pass over the text: the deserializer pulls elements
 * from a ClixmlReader and builds each value as its elements are read, as PowerShell's own
 * deserializer does. One ClixmlDeserializer resolves the RefIds and TN ids of one document (a PSRP
 * message body or an Export-Clixml file).
 */
import { Hashtable } from '../../engine/values/hashtable.js';
import type { PSMemberInfoCollection } from '../../engine/values/member-collection.js';
import { PSMemberSet, PSNoteProperty, type PSMemberInfo } from '../../engine/values/ps-member.js';
import { PSObject } from '../../engine/values/ps-object.js';
import { typeNameOf } from '../../engine/values/type-names.js';
import { ClixmlError } from './errors.js';
import { primitiveReaders, type PrimitiveReader } from './primitives.js';
import { detached, KnownNameMap, RememberedContents, type ClixmlReader } from './reader.js';
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

/**
 * Whether an <Obj> that holds a container and has a RefId is read as a PSObject (true) or as the
 * bare container (false), by the position of its start tag. See ClixmlDeserializer.settle.
 */
export type ContainerShapes = ReadonlyMap<number, boolean>;

const noTypeNames: readonly string[] = [];

/**
 * The type name lists of <TN> elements read before, by their text: the same lists come in
 * document after document (every object of a pipeline's output, for one).
 */
const typeNameListContents = new RememberedContents<readonly string[]>();
/** The elements of an <Obj> that hold only text: its primitive content and its ToString. */
const plainObjectParts = new KnownNameMap<PrimitiveReader>(new Map([...primitiveReaders, ['ToString', decodeClixmlString]]));
/** The primitive elements, for nextPlainChild. */
const plainPrimitives = new KnownNameMap(primitiveReaders);
/** The remembered lists as a received object shows them, "Deserialized."-marked (see receivedTypeNames). */
const markedTypeNameLists = new WeakMap<readonly string[], readonly string[]>();

function rememberedTypeNames(read: readonly string[]): readonly string[] {
  const typeNames = read.map(detached);
  markedTypeNameLists.set(typeNames, receivedTypeNames(typeNames, undefined));
  return typeNames;
}

/**
 * The registration of an <Obj> whose shape is not settled yet; `referenced` once a <Ref> returned
 * it, `settled` once its shape is known (marked rather than removed: removing the last entry of a
 * Map shrinks it, which costs more).
 */
interface Unsettled {
  value: unknown;
  referenced: boolean;
  settled: boolean;
}

export class ClixmlDeserializer {
  private readonly objects = new Map<string, unknown>();
  private readonly typeNameLists = new Map<string, readonly string[]>();
  /** Open <Obj>s registered before their shape was certain, by RefId. */
  private readonly unsettled = new Map<string, Unsettled>();
  /** Shapes this pass guessed wrong for an object that was referenced before its end; see settle. */
  private misjudged: Map<number, boolean> | undefined;
  private readonly markDeserialized: boolean;

  constructor(
    private readonly reader: ClixmlReader,
    options: DeserializeOptions = {},
    /** The shapes a first pass found (see settle), to get right from the start. */
    private readonly knownShapes?: ContainerShapes,
  ) {
    this.markDeserialized = options.markDeserialized ?? true;
  }

  /**
   * The shapes this pass got wrong for objects referenced from inside themselves, or undefined when
   * every reference holds the value it should: then the values read are right. Otherwise the
   * document must be read again with these shapes known up front (at most once more: with every
   * shape known, no guess is made).
   */
  get shapesToCorrect(): ContainerShapes | undefined {
    return this.misjudged;
  }

  /** The value whose start tag the reader has just read; reads through its end tag. */
  readValue(): unknown {
    const reader = this.reader;
    const tag = this.tag();
    if (tag === 'Obj') return this.readObject();
    if (tag === 'Ref') {
      const refId = requiredAttribute(reader, 'Ref', 'RefId');
      if (!this.objects.has(refId)) throw new ClixmlError('UnknownReference', `<Ref RefId="${refId}"> refers to no earlier object`);
      const unsettled = this.openRegistration(refId);
      if (unsettled) unsettled.referenced = true;
      reader.skipElement();
      return this.objects.get(refId);
    }
    if (tag === 'Nil') {
      reader.skipElement();
      return null;
    }
    const read = primitiveReaders.get(tag);
    if (!read) throw new ClixmlError('UnknownElement', `<${tag}> is not a CLIXML value element`);
    return read(this.textContent(tag));
  }

  /** The current element's name, provided it is in no namespace or the PowerShell namespace. */
  tag(): string {
    const ns = this.reader.ns;
    if (ns !== '' && ns !== powerShellNamespace) {
      throw new ClixmlError('UnknownElement', `<${this.reader.local}> in namespace '${ns}' is not a CLIXML element`);
    }
    return this.reader.local;
  }

  /**
   * An <Obj>: type names, ToString, at most one content element (a primitive, a container, or
   * another object), adapted properties and extended members, in any order. The object is
   * registered under its RefId before anything that could refer to it is read, so that references
   * from inside an object to itself resolve.
   */
  private readObject(): unknown {
    const reader = this.reader;
    const refId = reader.attribute('RefId');
    const start = reader.start;
    let typeNames = noTypeNames;
    let toString: string | undefined;
    let contentTag: string | undefined;
    let base: unknown;
    /** The PSObject, once members or a wrapped object call for one, or a container's guess made it. */
    let object: PSObject | undefined;
    /** Members or a wrapped object were read: the value is a PSObject whatever else the <Obj> holds. */
    let mustWrap = false;
    for (;;) {
      const plain = reader.nextPlainChild(plainObjectParts);
      if (plain === undefined && !reader.nextChild()) break;
      if (reader.text !== '') refuseText(reader.text, 'Obj');
      const tag = this.tag();
      if (tag === 'TN') typeNames = this.readTypeNames();
      else if (tag === 'TNRef') {
        typeNames = this.typeNamesById(requiredAttribute(reader, 'TNRef', 'RefId'));
        reader.skipElement();
      } else if (tag === 'ToString') toString = decodeClixmlString(plain !== undefined ? reader.content : this.textContent(tag));
      else if (tag === 'Props' || tag === 'MS') {
        if (!mustWrap) {
          mustWrap = true;
          object ??= new PSObject();
          if (refId !== undefined) this.register(refId, start, object, true);
        }
        this.readMembers(tag, tag === 'Props' ? object!.adaptedProperties : object!.members);
      } else if (contentTag !== undefined) throw new ClixmlError('UnknownElement', `<${tag}> is not allowed in <Obj>`);
      else if (tag === 'LST' || tag === 'IE' || tag === 'STK' || tag === 'QUE' || tag === 'DCT') {
        contentTag = tag;
        const container = tag === 'DCT' ? new Hashtable(typeNames[0] === 'System.Collections.Specialized.OrderedDictionary') : [];
        base = container;
        if (refId !== undefined && !mustWrap) {
          // Whether the value is the bare container depends on what follows it: guess that
          // nothing does (the usual case), unless a first pass found out.
          const wrap = this.knownShapes?.get(start) ?? !(typeNames[0] === typeNameOf(container));
          if (wrap) object ??= new PSObject();
          this.register(refId, start, wrap ? object : container, false);
        }
        if (Array.isArray(container)) this.readItems(tag, container);
        else this.readDictionary(container);
      } else if (tag === 'Obj' || tag === 'Ref') {
        contentTag = tag;
        mustWrap = true;
        object ??= new PSObject();
        if (refId !== undefined) this.register(refId, start, object, true);
        object.baseObject = this.readValue();
      } else if (tag === 'Nil') {
        contentTag = tag;
        reader.skipElement();
      } else {
        const read = primitiveReaders.get(tag);
        if (!read) throw new ClixmlError('UnknownElement', `<${tag}> is not allowed in <Obj>`);
        contentTag = tag;
        base = read(plain !== undefined ? reader.content : this.textContent(tag));
      }
    }
    if (reader.text !== '') refuseText(reader.text, 'Obj');

    // The bare value stands for the object when nothing would be lost: a container whose type
    // names say it is exactly that container, or a primitive with nothing added to it.
    const isBare =
      !mustWrap &&
      (contentTag === 'LST' || contentTag === 'IE' || contentTag === 'STK' || contentTag === 'QUE' || contentTag === 'DCT'
        ? typeNames[0] === typeNameOf(base)
        : contentTag !== undefined && contentTag !== 'Nil' && typeNames.length === 0 && toString === undefined);
    let value: unknown = base;
    if (!isBare) {
      object ??= new PSObject();
      if (contentTag !== 'Obj' && contentTag !== 'Ref') object.baseObject = base;
      object.typeNames = this.markDeserialized ? receivedTypeNames(typeNames, typeNameOf(base), markedTypeNameLists.get(typeNames)) : [...typeNames];
      object.toStringText = toString;
      value = object;
    }
    if (refId !== undefined) this.settle(refId, start, value, !isBare);
    return value;
  }

  /**
   * Registers an open <Obj> under its RefId; `certain` when its shape can no longer change (it has
   * members or wraps an object), else it is a guess that settle checks.
   */
  private register(refId: string, start: number, value: unknown, certain: boolean): void {
    const earlier = this.openRegistration(refId);
    if (earlier && earlier.value !== value && earlier.referenced) (this.misjudged ??= new Map()).set(start, true);
    this.objects.set(refId, value);
    if (!certain) this.unsettled.set(refId, { value, referenced: false, settled: false });
    else if (earlier) earlier.settled = true;
  }

  /** The registration under `refId` whose shape is not settled yet, if any. */
  private openRegistration(refId: string): Unsettled | undefined {
    const registration = this.unsettled.size === 0 ? undefined : this.unsettled.get(refId);
    return registration?.settled === false ? registration : undefined;
  }

  /**
   * At the end of an <Obj>: its value is now known. A container with a RefId is registered when its
   * content starts, as the bare container or as a PSObject, before it is known whether members
   * follow; when the guess was wrong and a reference inside the container already returned it,
   * that reference holds the wrong value. Then the document is read again with the right shape
   * known (shapesToCorrect), which in practice happens only for a list or dictionary that both
   * contains itself and carries members.
   */
  private settle(refId: string, start: number, value: unknown, wrapped: boolean): void {
    const earlier = this.openRegistration(refId);
    if (earlier) {
      if (earlier.value !== value && earlier.referenced) (this.misjudged ??= new Map()).set(start, wrapped);
      earlier.settled = true;
    }
    this.objects.set(refId, value);
  }

  private readTypeNames(): readonly string[] {
    const reader = this.reader;
    const refId = reader.attribute('RefId');
    let typeNames = reader.recall(typeNameListContents);
    if (typeNames === undefined) {
      const contentStart = reader.offset;
      const read: string[] = [];
      while (reader.nextChild()) {
        if (reader.text !== '') refuseText(reader.text, 'TN');
        const tag = this.tag();
        if (tag !== 'T') throw new ClixmlError('UnknownElement', `<${tag}> is not allowed in <TN>`);
        read.push(decodeClixmlString(this.textContent(tag)));
      }
      if (reader.text !== '') refuseText(reader.text, 'TN');
      reader.remember(typeNameListContents, contentStart, () => rememberedTypeNames(read));
      typeNames = read;
    }
    if (refId !== undefined) this.typeNameLists.set(refId, typeNames);
    return typeNames;
  }

  private typeNamesById(refId: string): readonly string[] {
    const typeNames = this.typeNameLists.get(refId);
    if (!typeNames) throw new ClixmlError('UnknownReference', `<TNRef RefId="${refId}"> refers to no earlier <TN>`);
    return typeNames;
  }

  private readItems(tag: string, items: unknown[]): void {
    const reader = this.reader;
    while (reader.nextChild()) {
      if (reader.text !== '') refuseText(reader.text, tag);
      items.push(this.readValue());
    }
    if (reader.text !== '') refuseText(reader.text, tag);
  }

  private readDictionary(table: Hashtable): void {
    const reader = this.reader;
    while (reader.nextChild()) {
      if (reader.text !== '') refuseText(reader.text, 'DCT');
      const tag = this.tag();
      if (tag !== 'En') throw new ClixmlError('UnknownElement', `<${tag}> is not allowed in <DCT>`);
      let key: unknown;
      let value: unknown;
      let seen = 0;
      for (;;) {
        const plain = reader.nextPlainChild(plainPrimitives);
        if (plain === undefined && !reader.nextChild()) break;
        if (reader.text !== '') refuseText(reader.text, 'En');
        const name = reader.attribute('N');
        if (name === 'Key' && !(seen & 1)) key = plain !== undefined ? this.plainValue(plain) : this.readValue();
        else if (name === 'Value' && !(seen & 2)) value = plain !== undefined ? this.plainValue(plain) : this.readValue();
        else throw new ClixmlError('MissingName', 'A dictionary <En> holds exactly one N="Key" and one N="Value" element');
        seen |= name === 'Key' ? 1 : 2;
      }
      if (reader.text !== '') refuseText(reader.text, 'En');
      if (seen !== 3) throw new ClixmlError('MissingName', 'A dictionary <En> holds exactly one N="Key" and one N="Value" element');
      if (key === null) throw new ClixmlError('InvalidValue', 'A dictionary key cannot be $null');
      table.set(key, value);
    }
    if (reader.text !== '') refuseText(reader.text, 'DCT');
  }

  private readMembers(ownerTag: string, into: PSMemberInfoCollection<PSMemberInfo>): void {
    const reader = this.reader;
    for (;;) {
      const plain = reader.nextPlainChild(plainPrimitives);
      if (plain === undefined && !reader.nextChild()) break;
      if (reader.text !== '') refuseText(reader.text, ownerTag);
      const tag = this.tag();
      const encodedName = reader.attribute('N');
      if (encodedName === undefined) throw new ClixmlError('MissingName', `<${tag}> in <${ownerTag}> has no N attribute`);
      const name = plain !== undefined && !reader.plainNameMayBeEncoded ? encodedName : decodeClixmlString(encodedName);
      if (plain !== undefined) into.add(new PSNoteProperty(name, this.plainValue(plain)));
      else if (tag === 'MS') {
        const set = new PSMemberSet(name);
        this.readMembers(tag, set.members);
        into.add(set);
      } else {
        into.add(new PSNoteProperty(name, this.readValue()));
      }
    }
    if (reader.text !== '') refuseText(reader.text, ownerTag);
  }

  /** The value of the primitive element nextPlainChild has just read, by its reader. */
  private plainValue(read: PrimitiveReader): unknown {
    this.tag(); // (the namespace check)
    const content = this.reader.content;
    // A string without '_' holds no escape: it is its own text.
    return read === decodeClixmlString && !this.reader.plainContentMayBeEncoded ? content : read(content);
  }

  /** The text of the current element, which may hold no elements; reads through its end tag. */
  private textContent(tag: string): string {
    const text = this.reader.textContent();
    if (text === undefined) throw new ClixmlError('UnknownElement', `<${tag}> holds text only, not elements`);
    return text;
  }
}

/** Text between child elements may only be whitespace (the indentation of Export-Clixml files). */
export function refuseText(text: string, tag: string): void {
  if (text.trim() !== '') throw new ClixmlError('UnknownElement', `<${tag}> cannot hold text`);
}

function requiredAttribute(reader: ClixmlReader, tag: string, name: string): string {
  const value = reader.attribute(name);
  if (value === undefined) throw new ClixmlError('MissingName', `<${tag}> needs a ${name} attribute`);
  return value;
}
