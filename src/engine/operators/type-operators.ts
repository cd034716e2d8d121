/** -is, -isnot and -as: type tests and the conversion that yields $null instead of failing. */
import { baseObject, parserStrings, RuntimeException, tryConvertTo } from '../conversion/index.js';
import { isTypeValue, typeOf, type PSTypeInfo } from '../types/index.js';
import { isEnumValue } from '../values/index.js';
import type { OperatorContext } from './context.js';

export function isInstanceOf(value: unknown, typeOperand: unknown, context: OperatorContext): boolean {
  const type = typeFromOperand(typeOperand, context, '-is');
  const base = baseObject(value);
  if (base === null || base === undefined) return false;
  // An enum value is a PSObject over its number: the object, not the number, has the enum's types.
  if (isEnumValue(value)) return type.isInstance(value);
  return type.isInstance(base) || (typeOf(base)?.baseTypeNames.includes(type.fullName) ?? false);
}

export function asType(value: unknown, typeOperand: unknown, context: OperatorContext): unknown {
  return tryConvertTo(value, typeFromOperand(typeOperand, context, '-as'));
}

function typeFromOperand(operand: unknown, context: OperatorContext, operator: '-is' | '-as'): PSTypeInfo {
  const base = baseObject(operand);
  if (isTypeValue(base)) return base;
  const resolved = typeof base === 'string' ? context.resolveType(base) : null;
  if (resolved) return resolved;
  const message = operator === '-is' ? parserStrings.IsOperatorRequiresType : parserStrings.AsOperatorRequiresType;
  throw new RuntimeException(message, operator === '-is' ? 'IsOperatorRequiresType' : 'AsOperatorRequiresType', 'InvalidOperation');
}
