/**
 * Calling a chosen method: argument conversion and overload choice, then the call, with the
 * method's own exceptions wrapped as pwsh wraps them ("Exception calling ...").
 */
import type { DotNetContext } from './context.js';
import { typeArgumentsOf } from './csharp-type-names.js';
import { DotNetException, MethodInvocationException } from './errors.js';
import type { MethodOverload } from './member-table.js';
import { chooseOverload } from './overload-resolution.js';
import { outOfMemory } from './text.js';

/**
 * `invocationName` is how an exception from the call names the method: constructors are
 * chosen as "new" but report ".ctor", as pwsh does.
 */
export function callMethod(
  methodName: string,
  overloads: readonly MethodOverload[],
  target: unknown,
  args: readonly unknown[],
  ctx: DotNetContext,
  invocationName = methodName,
): unknown {
  const chosen = chooseOverload(methodName, overloads, args, typeArgumentsOf(target));
  try {
    return chosen.overload.invoke(target, chosen.args, ctx);
  } catch (error) {
    if (error instanceof DotNetException) throw new MethodInvocationException(invocationName, args.length, error);
    // The JS engine's own limit on string and array sizes is .NET's OutOfMemoryException.
    if (error instanceof RangeError && /Invalid (string|array) length/.test(error.message)) throw new MethodInvocationException(invocationName, args.length, outOfMemory());
    throw error;
  }
}
