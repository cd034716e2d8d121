/**
 * System.Management.Automation.PSTypeName (a type's name and, when the name resolves, the type:
 * what Get-Command -ParameterType takes), and pwsh's ParameterMetadata.IsMatchingType: a
 * resolved type matches the parameters it converts to implicitly (itself, a base type, a wider
 * number, or an array of those); an unresolved name is a wildcard matched against the end of the
 * parameter type's full name or its element type's.
 */
import { isTypeValue, noConversion, resolveType, type PSTypeInfo } from '../../types/index.js';
import { psTypeNames } from '../../values/index.js';
import { WildcardPattern } from '../../wildcard/index.js';
import { defineType } from '../member-table.js';
import { registerNativeType } from '../type-registration.js';

export class PSTypeName {
  readonly [psTypeNames] = ['System.Management.Automation.PSTypeName', 'System.Object'];
  constructor(
    readonly name: string,
    readonly type: PSTypeInfo | null,
  ) {}
  toString(): string {
    return this.name;
  }
}

registerNativeType('System.Management.Automation.PSTypeName', ['System.Object'], {
  isInstance: (value) => value instanceof PSTypeName,
  convertFrom: (value) => {
    if (typeof value === 'string') return new PSTypeName(value, resolveType(value) ?? null);
    if (isTypeValue(value)) return new PSTypeName(value.fullName, value);
    return noConversion;
  },
});

defineType({
  fullName: 'System.Management.Automation.PSTypeName',
  properties: {
    Name: { type: 'string', get: (t: PSTypeName) => t.name },
    Type: { type: 'type', get: (t: PSTypeName) => t.type },
  },
});

/** C#'s implicit numeric conversions (LanguagePrimitives ranks them NumericImplicit), by source type. */
const widerNumbers: Readonly<Record<string, readonly string[]>> = {
  'System.SByte': ['Int16', 'Int32', 'Int64', 'Single', 'Double', 'Decimal'],
  'System.Byte': ['Int16', 'UInt16', 'Int32', 'UInt32', 'Int64', 'UInt64', 'Single', 'Double', 'Decimal'],
  'System.Int16': ['Int32', 'Int64', 'Single', 'Double', 'Decimal'],
  'System.UInt16': ['Int32', 'UInt32', 'Int64', 'UInt64', 'Single', 'Double', 'Decimal'],
  'System.Char': ['UInt16', 'Int32', 'UInt32', 'Int64', 'UInt64', 'Single', 'Double', 'Decimal'],
  'System.Int32': ['Int64', 'Single', 'Double', 'Decimal'],
  'System.UInt32': ['Int64', 'UInt64', 'Single', 'Double', 'Decimal'],
  'System.Int64': ['Single', 'Double', 'Decimal'],
  'System.UInt64': ['Single', 'Double', 'Decimal'],
  'System.Single': ['Double'],
};

const objectTypes = new Set(['System.Object', 'System.Management.Automation.PSObject']);

/** A parameter that takes any object as it is (object, PSObject, or arrays of them). */
function acceptsAnyObject(parameterType: PSTypeInfo): boolean {
  return objectTypes.has(parameterType.fullName) || (parameterType.elementType !== undefined && objectTypes.has(parameterType.elementType.fullName));
}

/** Identity, assignment to a base type or interface, or numeric widening. */
function isImplicitScalar(from: PSTypeInfo, to: PSTypeInfo): boolean {
  if (from.fullName === to.fullName || from.baseTypeNames.includes(to.fullName)) return true;
  return widerNumbers[from.fullName]?.some((name) => `System.${name}` === to.fullName) ?? false;
}

/** What FigureConversion ranks NumericImplicitS2A or better: the scalar conversions, to the type or to an array of it. */
function convertsImplicitly(from: PSTypeInfo, to: PSTypeInfo): boolean {
  if (isImplicitScalar(from, to)) return true;
  if (!to.elementType) return false;
  return isImplicitScalar(from.elementType ?? from, to.elementType);
}

export function isMatchingType(parameterType: PSTypeInfo, wanted: PSTypeName): boolean {
  if (wanted.type) {
    if (wanted.type.fullName === 'System.Object') return acceptsAnyObject(parameterType);
    return !acceptsAnyObject(parameterType) && convertsImplicitly(wanted.type, parameterType);
  }
  const pattern = new WildcardPattern(`*${wanted.name}`);
  return pattern.isMatch(parameterType.fullName) || (parameterType.elementType !== undefined && pattern.isMatch(parameterType.elementType.fullName));
}
