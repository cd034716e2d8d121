import { ordinalIgnoreCaseKey } from './case-insensitive.js';
import type { PSMemberInfo } from './ps-member.js';

/**
 * Collections up to this size are searched name by name; larger ones keep an index. Most objects
 * have a handful of members, and comparing a few names costs less than upper-casing and hashing
 * every name (which was most of the cost of building a deserialized object).
 */
const maxScannedSize = 12;

/** Members in the order they were added, looked up by name case-insensitively as PowerShell does. */
export class PSMemberInfoCollection<T extends PSMemberInfo = PSMemberInfo> implements Iterable<T> {
  private items: T[] = [];
  /** Position of each member by ordinalIgnoreCaseKey(name); only while the collection is large and unchanged by removal. */
  private positions: Map<string, number> | undefined;

  get size(): number {
    return this.items.length;
  }

  /** Adds the member, replacing (in place) any member of the same name. */
  add(member: T): void {
    const position = this.position(member.name);
    if (position >= 0) {
      this.items[position] = member;
      return;
    }
    this.items.push(member);
    this.positions?.set(ordinalIgnoreCaseKey(member.name), this.items.length - 1);
  }

  get(name: string): T | undefined {
    const position = this.position(name);
    return position < 0 ? undefined : this.items[position];
  }

  has(name: string): boolean {
    return this.position(name) >= 0;
  }

  remove(name: string): boolean {
    const position = this.position(name);
    if (position < 0) return false;
    // A new array rather than a splice: an iteration under way goes on over the members it started with.
    this.items = this.items.filter((_, index) => index !== position);
    this.positions = undefined;
    return true;
  }

  [Symbol.iterator](): Iterator<T> {
    return this.items.values();
  }

  private position(name: string): number {
    const items = this.items;
    if (items.length <= maxScannedSize) {
      for (let i = 0; i < items.length; i++) if (sameNameIgnoringCase(items[i]!.name, name)) return i;
      return -1;
    }
    if (this.positions === undefined) {
      this.positions = new Map();
      for (let i = 0; i < items.length; i++) this.positions.set(ordinalIgnoreCaseKey(items[i]!.name), i);
    }
    return this.positions.get(ordinalIgnoreCaseKey(name)) ?? -1;
  }
}

/** ordinalIgnoreCaseKey(a) === ordinalIgnoreCaseKey(b), without building either key for ASCII names. */
function sameNameIgnoringCase(a: string, b: string): boolean {
  // The keys keep the length of the names. (Compared first: telling two strings apart by their
  // text costs a call, and most names differ in length.)
  if (a.length !== b.length) return false;
  if (a === b) return true;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0x80 || y >= 0x80) return ordinalIgnoreCaseKey(a) === ordinalIgnoreCaseKey(b);
    // ASCII letters differ only in bit 0x20.
    if ((x | 0x20) !== (y | 0x20) || (x | 0x20) < 0x61 || (x | 0x20) > 0x7a) return false;
  }
  return true;
}
