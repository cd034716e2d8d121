/** System.Object: the members every .NET object has. */
import { objectToString as convertedText } from '../../conversion/index.js';
import { PSObject } from '../../values/index.js';
import { defineType } from '../member-table.js';
import { valueEquals } from '../../operators/comparison.js';

defineType({
  fullName: 'System.Object',
  methods: [
    ['string ToString()', (target: unknown) => objectToString(target)],
    ['bool Equals(System.Object obj)', (target: unknown, [other]: [unknown]) => valueEquals(target, other)],
    ['int GetHashCode()', (target: unknown) => hashCode(objectToString(target))],
  ],
});

/**
 * Object.ToString(): the value's own text (the conversion module's rendering, with numbers in
 * their invariant forms), or the type name for objects that do not override it. A
 * PSCustomObject's ToString() is empty, unlike its string conversion ('@{a=1}').
 */
export function objectToString(target: unknown): string {
  if (target instanceof PSObject && target.isCustomObject && target.toStringText === undefined) return '';
  return convertedText(target);
}

/** A stable 32-bit hash of the text (String.GetHashCode is randomized per process in .NET; any stable value serves). */
function hashCode(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}
