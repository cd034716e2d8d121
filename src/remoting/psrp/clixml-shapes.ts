/**
 * Building and reading the object shapes PSRP message bodies use (MS-PSRP 2.2.5.2): property
 * bags without type names, typed lists, enum objects. Readers accept what Windows, pwsh and
 * pypsrp write (an enum object or a bare integer, a typed list or a bare array) and throw
 * typed errors for anything else, so hostile bodies fail cleanly.
 */
import { Hashtable, isEnumValue, PSObject, Version } from '../../engine/values/index.js';
import { PsrpError } from './errors.js';

/** The list type PowerShell uses for Cmds, Args and ExtraCmds. */
export const PSOBJECT_LIST_TYPE_NAMES: readonly string[] = [
  'System.Collections.Generic.List`1[[System.Management.Automation.PSObject, System.Management.Automation, Version=1.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]',
  'System.Object',
];
export const ARRAY_LIST_TYPE_NAMES: readonly string[] = ['System.Collections.ArrayList', 'System.Object'];
export const STRING_ARRAY_TYPE_NAMES: readonly string[] = ['System.String[]', 'System.Array', 'System.Object'];

/** An object with extended properties only and no type names: the shape of every message body. */
export function propertyBag(entries: readonly (readonly [string, unknown] | undefined)[]): PSObject {
  const bag = new PSObject(undefined, []);
  for (const entry of entries) if (entry !== undefined) bag.addNoteProperty(entry[0], entry[1]);
  return bag;
}

export function typedList(typeNames: readonly string[], items: readonly unknown[]): PSObject {
  return new PSObject([...items], [...typeNames]);
}

export function versionValue(text: string, name: string): Version {
  const version = Version.parse(text);
  if (version === undefined) throw new PsrpError('ReceivedUnsupportedDataType', [`${name} '${text}'`]);
  return version;
}

/** Reads the properties of a message body or nested object. */
export class Shape {
  private constructor(
    private readonly object: PSObject,
    private readonly where: string,
  ) {}

  static of(value: unknown, where: string): Shape {
    if (!(value instanceof PSObject)) throw unsupported(where, value);
    return new Shape(value, where);
  }

  has(name: string): boolean {
    return this.object.property(name) !== undefined;
  }

  /** The property's value; a missing property is pwsh's MissingProperty error. */
  get(name: string): unknown {
    const property = this.object.property(name);
    if (property === undefined) throw new PsrpError('MissingProperty', [name], this.where);
    return property.value;
  }

  optional(name: string): unknown {
    return this.object.property(name)?.value;
  }

  shape(name: string): Shape {
    return Shape.of(this.get(name), `${this.where}.${name}`);
  }

  int32(name: string): number {
    return int32Of(this.get(name), `${this.where}.${name}`);
  }

  int64(name: string): bigint {
    const value = this.get(name);
    if (typeof value === 'bigint') return value;
    if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
    throw unsupported(`${this.where}.${name}`, value);
  }

  boolean(name: string): boolean {
    const value = this.get(name);
    if (typeof value !== 'boolean') throw unsupported(`${this.where}.${name}`, value);
    return value;
  }

  /** A Boolean that older peers may leave out. */
  optionalBoolean(name: string, fallback: boolean): boolean {
    return this.has(name) ? this.boolean(name) : fallback;
  }

  string(name: string): string {
    const value = this.get(name);
    if (typeof value !== 'string') throw unsupported(`${this.where}.${name}`, value);
    return value;
  }

  nullableString(name: string): string | null {
    const value = this.optional(name);
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw unsupported(`${this.where}.${name}`, value);
    return value;
  }

  version(name: string): string {
    const value = this.get(name);
    if (value instanceof Version) return value.toString();
    if (typeof value === 'string' && Version.parse(value) !== undefined) return value;
    throw unsupported(`${this.where}.${name}`, value);
  }

  /** The items of a list (typed list object or bare array); null stays null. */
  nullableList(name: string): unknown[] | null {
    const value = this.optional(name);
    if (value === undefined || value === null) return null;
    return listItems(value, `${this.where}.${name}`);
  }

  list(name: string): unknown[] {
    return listItems(this.get(name), `${this.where}.${name}`);
  }
}

/** An Int32 written bare or as an enum object (whose base object is the integer). */
export function int32Of(value: unknown, where: string): number {
  const raw = isEnumValue(value) ? value.baseObject : value;
  if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
  throw unsupported(where, value);
}

export function listItems(value: unknown, where: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (value instanceof PSObject && Array.isArray(value.baseObject)) return value.baseObject;
  throw unsupported(where, value);
}

export function dictionaryOf(value: unknown, where: string): Hashtable {
  if (value instanceof Hashtable) return value;
  if (value instanceof PSObject && value.baseObject instanceof Hashtable) return value.baseObject;
  throw unsupported(where, value);
}

function unsupported(where: string, value: unknown): PsrpError {
  const kind = value === null ? '$null' : value instanceof PSObject ? 'an object' : Array.isArray(value) ? 'a list' : typeof value;
  return new PsrpError('ReceivedUnsupportedDataType', [where], `found ${kind}`);
}
