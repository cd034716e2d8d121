/**
 * The primitive types and containers of psh's value model, with pwsh's accelerators for them.
 * Class-library types (StringBuilder, List[T], Regex...) are registered by src/engine/dotnet.
 */
import {
  Char,
  DateTime,
  Guid,
  Hashtable,
  NumericValue,
  PSObject,
  TimeSpan,
  typeNamesOf,
  type NumericTypeName,
} from '../values/index.js';
import type { PSTypeInfo } from './ps-type.js';
import { isTypeValue, registerType } from './registry.js';
// type-of.ts imports this module too; typeOf is only called later, once both are loaded.
import { typeOf } from './type-of.js';

const valueTypeBases = ['System.ValueType', 'System.Object'];
const numericInterfaces = ['System.IComparable', 'System.IFormattable', 'System.IConvertible'];

/** A type whose instances are the values typeNamesOf names with it (or a type derived from it). */
function namedType(fullName: string, baseTypeNames: string[], extra: Partial<PSTypeInfo> = {}): PSTypeInfo {
  return {
    fullName,
    name: fullName.slice(fullName.lastIndexOf('.') + 1),
    baseTypeNames,
    isInstance: (value) => value !== null && value !== undefined && typeNamesOf(value).includes(fullName),
    ...extra,
  };
}

function valueType(fullName: string, defaultValue: () => unknown, interfaces: string[] = []): PSTypeInfo {
  return namedType(fullName, [...valueTypeBases, ...interfaces], { isValueType: true, defaultValue });
}

function numericType(typeName: NumericTypeName, zero: () => unknown): PSTypeInfo {
  return valueType(typeName, zero, numericInterfaces);
}

export const objectType = registerType(
  { fullName: 'System.Object', name: 'Object', baseTypeNames: [], isInstance: (value) => value !== null && value !== undefined },
  'object',
);
registerType(namedType('System.ValueType', ['System.Object']));
export const stringType = registerType(
  namedType('System.String', ['System.Object', 'System.IComparable', 'System.Collections.IEnumerable', 'System.IConvertible']),
  'string',
);
export const charType = registerType(valueType('System.Char', () => new Char(0), ['System.IComparable', 'System.IConvertible']), 'char');
export const booleanType = registerType(valueType('System.Boolean', () => false, ['System.IComparable', 'System.IConvertible']), 'bool');

export const sbyteType = registerType(numericType('System.SByte', () => NumericValue.integer('System.SByte', 0)), 'sbyte');
export const byteType = registerType(numericType('System.Byte', () => NumericValue.integer('System.Byte', 0)), 'byte');
export const int16Type = registerType(numericType('System.Int16', () => NumericValue.integer('System.Int16', 0)), 'int16', 'short');
export const uint16Type = registerType(numericType('System.UInt16', () => NumericValue.integer('System.UInt16', 0)), 'uint16', 'ushort');
export const int32Type = registerType(valueType('System.Int32', () => 0, numericInterfaces), 'int', 'int32');
export const uint32Type = registerType(numericType('System.UInt32', () => NumericValue.integer('System.UInt32', 0)), 'uint32', 'uint');
export const int64Type = registerType(valueType('System.Int64', () => 0n, numericInterfaces), 'long', 'int64');
export const uint64Type = registerType(numericType('System.UInt64', () => NumericValue.uint64(0n)), 'uint64', 'ulong');
export const singleType = registerType(numericType('System.Single', () => NumericValue.single(0)), 'float', 'single');
export const doubleType = registerType(numericType('System.Double', () => NumericValue.double(0)), 'double');
export const decimalType = registerType(numericType('System.Decimal', () => NumericValue.decimal('0')), 'decimal');

export const arrayType = registerType(
  namedType('System.Array', ['System.Object', 'System.Collections.IList', 'System.Collections.ICollection', 'System.Collections.IEnumerable']),
  'array',
);
export const hashtableType = registerType(
  {
    ...namedType('System.Collections.Hashtable', ['System.Object', 'System.Collections.IDictionary', 'System.Collections.ICollection', 'System.Collections.IEnumerable']),
    isInstance: (value) => value instanceof Hashtable,
  },
  'hashtable',
);
export const orderedDictionaryType = registerType(
  {
    ...namedType('System.Collections.Specialized.OrderedDictionary', [
      'System.Object',
      'System.Collections.Specialized.IOrderedDictionary',
      'System.Collections.IDictionary',
      'System.Collections.ICollection',
      'System.Collections.IEnumerable',
    ]),
    isInstance: (value) => value instanceof Hashtable && value.ordered,
  },
  'ordered',
);

/** [psobject] and [pscustomobject] both name PSObject, as in pwsh; every value can be wrapped in one. */
export const psObjectType = registerType(
  {
    fullName: 'System.Management.Automation.PSObject',
    name: 'PSObject',
    baseTypeNames: ['System.Object'],
    isInstance: (value) => value instanceof PSObject,
  },
  'psobject',
  'pscustomobject',
);
export const psCustomObjectType = registerType(
  {
    fullName: 'System.Management.Automation.PSCustomObject',
    name: 'PSCustomObject',
    baseTypeNames: ['System.Object'],
    isInstance: (value) => value instanceof PSObject && value.isCustomObject,
  },
);
export const scriptBlockType = registerType(namedType('System.Management.Automation.ScriptBlock', ['System.Object']), 'scriptblock');
export const dateTimeType = registerType(
  valueType('System.DateTime', () => new DateTime(0n), ['System.IComparable', 'System.IFormattable', 'System.IConvertible']),
  'datetime',
);
export const timeSpanType = registerType(valueType('System.TimeSpan', () => new TimeSpan(0n), ['System.IComparable', 'System.IFormattable']), 'timespan');
export const guidType = registerType(valueType('System.Guid', () => new Guid('00000000-0000-0000-0000-000000000000'), ['System.IComparable', 'System.IFormattable']), 'guid');
export const versionType = registerType(namedType('System.Version', ['System.Object', 'System.IComparable']), 'version');
export const uriType = registerType(namedType('System.Uri', ['System.Object']), 'uri');
export const xmlDocumentType = registerType(namedType('System.Xml.XmlDocument', ['System.Xml.XmlNode', 'System.Object']), 'xml');
export const secureStringType = registerType(namedType('System.Security.SecureString', ['System.Object']), 'securestring');
export const psReferenceType = registerType(namedType('System.Management.Automation.PSReference', ['System.Object']), 'ref');

/** [type]: what `[int]` itself is (a System.RuntimeType). */
export const typeType = registerType(
  {
    fullName: 'System.Type',
    name: 'Type',
    baseTypeNames: ['System.Reflection.MemberInfo', 'System.Object'],
    isInstance: isTypeValue,
  },
  'type',
);
export const runtimeTypeType = registerType({
  fullName: 'System.RuntimeType',
  name: 'RuntimeType',
  baseTypeNames: ['System.Reflection.TypeInfo', 'System.Type', 'System.Reflection.MemberInfo', 'System.Object'],
  isInstance: isTypeValue,
});

/** [switch]: psh represents a SwitchParameter's value as a boolean. */
export const switchParameterType = registerType(
  { ...valueType('System.Management.Automation.SwitchParameter', () => false), isInstance: (value) => typeof value === 'boolean' },
  'switch',
);
/** [void]: casting to it discards the value. */
export const voidType = registerType({ fullName: 'System.Void', name: 'Void', baseTypeNames: ['System.ValueType', 'System.Object'], isInstance: () => false }, 'void');

/** System.Numerics.BigInteger; psh has no value of this type yet, so nothing is an instance. */
export const bigIntegerType = registerType(
  { fullName: 'System.Numerics.BigInteger', name: 'BigInteger', baseTypeNames: valueTypeBases, isInstance: () => false },
  'bigint',
);

/** An interface: its instances are the values whose type lists it among its base types. */
function interfaceType(fullName: string): PSTypeInfo {
  return registerType({
    fullName,
    name: fullName.slice(fullName.lastIndexOf('.') + 1),
    baseTypeNames: [],
    isInstance: (value) => value !== null && value !== undefined && (typeOf(value)?.baseTypeNames.includes(fullName) ?? false),
  });
}

for (const name of [
  'System.IComparable',
  'System.IFormattable',
  'System.IConvertible',
  'System.IFormatProvider',
  'System.Collections.IEnumerable',
  'System.Collections.ICollection',
  'System.Collections.IList',
  'System.Collections.IDictionary',
  'System.Collections.Specialized.IOrderedDictionary',
]) {
  interfaceType(name);
}

/** The numeric types by full name, for conversions and arithmetic. */
export const numericTypes: ReadonlyMap<string, PSTypeInfo> = new Map(
  [sbyteType, byteType, int16Type, uint16Type, int32Type, uint32Type, int64Type, uint64Type, singleType, doubleType, decimalType].map((type) => [type.fullName, type]),
);
