/**
 * $foreach and $switch: the enumerator a running foreach or switch statement walks its items
 * with, as pwsh exposes it (an IEnumerator: MoveNext(), Current, Reset()). The statement moves
 * it too, so `$foreach.MoveNext()` in the body skips the item the loop would have taken next.
 */
import { defineType } from '../dotnet/member-table.js';
import { registerNativeType } from '../dotnet/type-registration.js';
import { psTypeNames } from '../values/index.js';

const enumeratorType = 'System.Collections.IEnumerator';

export class StatementEnumerator {
  readonly [psTypeNames] = [enumeratorType, 'System.Object'];
  private iterator: Iterator<unknown>;
  current: unknown = null;

  constructor(private readonly items: Iterable<unknown>) {
    this.iterator = items[Symbol.iterator]();
  }

  moveNext(): boolean {
    const next = this.iterator.next();
    if (next.done) {
      this.current = null;
      return false;
    }
    this.current = next.value;
    return true;
  }

  reset(): void {
    this.iterator = this.items[Symbol.iterator]();
    this.current = null;
  }
}

registerNativeType(enumeratorType, ['System.Object'], { isInstance: (value) => value instanceof StatementEnumerator });
defineType({
  fullName: enumeratorType,
  properties: {
    Current: { type: 'System.Object', get: (enumerator: StatementEnumerator) => enumerator.current },
  },
  methods: [
    ['bool MoveNext()', (enumerator: StatementEnumerator) => enumerator.moveNext()],
    ['void Reset()', (enumerator: StatementEnumerator) => enumerator.reset()],
  ],
});
