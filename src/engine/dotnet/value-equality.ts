/** Object.Equals: value equality for the value model's value types, reference equality otherwise. */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const equals = (a as { equals?: unknown }).equals;
  return typeof equals === 'function' && (equals as (other: unknown) => boolean).call(a, b);
}
