/**
 * Structural equality of psh values for round-trip tests: same shape, same types, same
 * member order and names, and the same sharing (a value shared or cyclic on one side is shared
 * the same way on the other).
 */
import { Hashtable, PSMemberSet, PSNoteProperty, PSObject, type PSMemberInfo } from '../../../src/engine/values/index.js';

export function valuesEqual(a: unknown, b: unknown): boolean {
  return equal(a, b, new Map());
}

function equal(a: unknown, b: unknown, pairs: Map<object, object>): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return typeof a === typeof b && (Object.is(a, b) || a === b);
  }
  if (pairs.has(a)) return pairs.get(a) === b;
  pairs.set(a, b);
  if (a.constructor !== b.constructor) return false;
  if (a instanceof Uint8Array) return Buffer.from(a).equals(b as Uint8Array);
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => equal(item, other[i], pairs));
  }
  if (a instanceof Hashtable) {
    const other = b as Hashtable;
    if (a.ordered !== other.ordered || a.size !== other.size) return false;
    const left = [...a];
    const right = [...other];
    return left.every(([key, value], i) => equal(key, right[i]![0], pairs) && equal(value, right[i]![1], pairs));
  }
  if (a instanceof PSObject) {
    const other = b as PSObject;
    return (
      a.typeNames.join('\n') === other.typeNames.join('\n') &&
      a.toStringText === other.toStringText &&
      equal(a.baseObject, other.baseObject, pairs) &&
      membersEqual([...a.adaptedProperties], [...other.adaptedProperties], pairs) &&
      membersEqual([...a.members], [...other.members], pairs)
    );
  }
  if ('equals' in a && typeof a.equals === 'function') return a.equals(b) as boolean;
  return false;
}

function membersEqual(a: PSMemberInfo[], b: PSMemberInfo[], pairs: Map<object, object>): boolean {
  return (
    a.length === b.length &&
    a.every((member, i) => {
      const other = b[i]!;
      if (member.name !== other.name || member.memberType !== other.memberType) return false;
      if (member instanceof PSNoteProperty) return equal(member.value, (other as PSNoteProperty).value, pairs);
      if (member instanceof PSMemberSet) return membersEqual([...member.members], [...(other as PSMemberSet).members], pairs);
      return member === other;
    })
  );
}
