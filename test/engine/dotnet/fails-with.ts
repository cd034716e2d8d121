/** Asserts that a .NET-surface call fails with pwsh's message (and, when given, error id and exception type). */
import * as assert from 'uvu/assert';

export function failsWith(action: () => unknown, message: string, expected: { errorId?: string; type?: abstract new (...args: never[]) => Error } = {}): void {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown, `expected it to fail with: ${message}`);
  if (expected.type) assert.instance(thrown, expected.type);
  assert.is((thrown as Error).message, message);
  if (expected.errorId !== undefined) assert.is((thrown as { errorId?: string }).errorId, expected.errorId);
}
