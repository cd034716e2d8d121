import { ordinalIgnoreCaseKey } from './case-insensitive.js';
import type { PSMemberInfo } from './ps-member.js';

/** Members in the order they were added, looked up by name case-insensitively as PowerShell does. */
export class PSMemberInfoCollection<T extends PSMemberInfo = PSMemberInfo> implements Iterable<T> {
  private readonly byName = new Map<string, T>();

  get size(): number {
    return this.byName.size;
  }

  /** Adds the member, replacing (in place) any member of the same name. */
  add(member: T): void {
    this.byName.set(ordinalIgnoreCaseKey(member.name), member);
  }

  get(name: string): T | undefined {
    return this.byName.get(ordinalIgnoreCaseKey(name));
  }

  has(name: string): boolean {
    return this.byName.has(ordinalIgnoreCaseKey(name));
  }

  remove(name: string): boolean {
    return this.byName.delete(ordinalIgnoreCaseKey(name));
  }

  [Symbol.iterator](): Iterator<T> {
    return this.byName.values();
  }
}
