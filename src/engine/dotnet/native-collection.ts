import { psTypeNames, type HasPSTypeNames } from '../values/index.js';

/**
 * A .NET collection implemented natively (List[T], ArrayList, regex MatchCollection...): its
 * elements live in `items`, in order. PowerShell enumerates such collections in the pipeline,
 * in member enumeration and in .ForEach()/.Where().
 */
export abstract class NativeCollection implements HasPSTypeNames, Iterable<unknown> {
  abstract readonly [psTypeNames]: readonly string[];

  constructor(readonly items: unknown[] = []) {}

  [Symbol.iterator](): Iterator<unknown> {
    return this.items[Symbol.iterator]();
  }
}
