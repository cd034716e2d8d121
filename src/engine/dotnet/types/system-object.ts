/** System.Object: the members every .NET object has. */
import { Hashtable, PSObject, typeNamesOf } from '../../values/index.js';
import { defineType } from '../member-table.js';
import { NativeCollection } from '../native-collection.js';
import { valuesEqual } from '../value-equality.js';

defineType({
  fullName: 'System.Object',
  methods: [
    ['string ToString()', (target: unknown) => objectToString(target)],
    ['bool Equals(System.Object obj)', (target: unknown, [other]: [unknown]) => valuesEqual(target, other)],
    ['int GetHashCode()', (target: unknown) => hashCode(objectToString(target))],
  ],
});

/**
 * Object.ToString(): a value's own text, or the type name for objects that do not override it
 * (arrays, hashtables, collections). A PSCustomObject's text is empty.
 */
export function objectToString(target: unknown): string {
  if (target instanceof PSObject) {
    if (target.toStringText !== undefined) return target.toStringText;
    return target.baseObject === undefined ? '' : objectToString(target.baseObject);
  }
  if (typeof target === 'boolean') return target ? 'True' : 'False';
  if (Array.isArray(target) || target instanceof Uint8Array || target instanceof Hashtable || target instanceof NativeCollection) {
    return typeNamesOf(target)[0]!;
  }
  return String(target);
}

/** A stable 32-bit hash of the text (String.GetHashCode is randomized per process in .NET; any stable value serves). */
function hashCode(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}
