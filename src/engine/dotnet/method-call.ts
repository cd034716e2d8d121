/**
 * Calling a chosen method: argument conversion and overload choice, then the call, with the
 * method's own exceptions wrapped as pwsh wraps them ("Exception calling ...").
 */
import type { DotNetContext } from './context.js';
import { typeArgumentsOf, type TypeArguments } from './csharp-type-names.js';
import { DotNetException, MethodInvocationException } from './errors.js';
import type { MethodOverload } from './member-table.js';
import { chooseOverload } from './overload-resolution.js';
import { outOfMemory } from './text.js';

/**
 * `invocationName` is how an exception from the call names the method, and `conversionName`
 * how an argument's conversion failure does: constructors are chosen as "new" but report
 * ".ctor", as pwsh does.
 */
export function callMethod(
  methodName: string,
  overloads: readonly MethodOverload[],
  target: unknown,
  args: readonly unknown[],
  ctx: DotNetContext,
  invocationName = methodName,
  conversionName = invocationName,
): unknown {
  const chosen = chooseOverload(methodName, overloads, args, typeArgumentsFor(target), conversionName);
  try {
    return chosen.overload.invoke(target, chosen.args, ctx);
  } catch (error) {
    if (error instanceof DotNetException) throw new MethodInvocationException(invocationName, args.length, error);
    // The JS engine's own limit on string and array sizes is .NET's OutOfMemoryException.
    if (error instanceof RangeError && /Invalid (string|array) length/.test(error.message)) throw new MethodInvocationException(invocationName, args.length, outOfMemory());
    throw error;
  }
}

/**
 * What a signature's `T` stands for: an instance's type argument, or for the constructors and
 * static methods of a generic type of one argument ([List[int]]::new), that argument.
 */
function typeArgumentsFor(target: unknown): TypeArguments {
  if (typeof target === 'object' && target !== null && 'genericArguments' in target) {
    const generic = (target as { readonly genericArguments?: readonly { readonly fullName: string }[] }).genericArguments;
    if (generic?.length === 1) return { T: generic[0]!.fullName };
  }
  return typeArgumentsOf(target);
}
