/** `$x.GetType()` and the members of the type objects (System.RuntimeType) scripts read. */
import { typeByFullName, typeOf, type PSTypeInfo } from '../../types/index.js';
import { createEnumValue } from '../../values/index.js';
import { argumentException } from '../errors.js';
import { defineType } from '../member-table.js';

/** The type names member lookup uses for a [type] value. */
export const runtimeTypeNames: readonly string[] = ['System.RuntimeType', 'System.Reflection.TypeInfo', 'System.Type', 'System.Reflection.MemberInfo', 'System.Object'];

function namespaceOf(type: PSTypeInfo): string | null {
  const plain = type.fullName.replace(/[[`].*$/, '');
  const dot = plain.lastIndexOf('.');
  return dot < 0 ? null : plain.slice(0, dot);
}

function baseTypeOf(type: PSTypeInfo): PSTypeInfo | null {
  const name = type.baseTypeNames.find((candidate) => !/^System\.(Collections\.|Runtime\.|IComparable|IConvertible|IFormattable|IEquatable)/.test(candidate) && !/\.I[A-Z]\w*$/.test(candidate));
  return name === undefined ? null : (typeByFullName(name) ?? null);
}

function enumConstantsOf(type: PSTypeInfo): NonNullable<PSTypeInfo['enumConstants']> {
  if (!type.enumConstants) throw argumentException('System.ArgumentException', 'Type provided must be an Enum.', 'enumType');
  return type.enumConstants;
}

defineType({
  fullName: 'System.Object',
  methods: [['type GetType()', (target: unknown) => typeOf(target)]],
});

defineType({
  fullName: 'System.RuntimeType',
  properties: {
    Name: { type: 'string', get: (type: PSTypeInfo) => type.name },
    FullName: { type: 'string', get: (type: PSTypeInfo) => type.fullName },
    Namespace: { type: 'string', get: namespaceOf },
    BaseType: { type: 'type', get: baseTypeOf },
    IsArray: { type: 'bool', get: (type: PSTypeInfo) => type.elementType !== undefined },
    IsEnum: { type: 'bool', get: (type: PSTypeInfo) => type.enumConstants !== undefined },
    IsValueType: { type: 'bool', get: (type: PSTypeInfo) => type.isValueType === true },
    IsGenericType: { type: 'bool', get: (type: PSTypeInfo) => type.genericArguments !== undefined || type.genericParameterCount !== undefined },
    IsClass: { type: 'bool', get: (type: PSTypeInfo) => type.isValueType !== true && !type.fullName.startsWith('System.I') },
    GenericTypeArguments: { type: 'type[]', get: (type: PSTypeInfo) => [...(type.genericArguments ?? [])] },
  },
  methods: [
    ['type GetElementType()', (type: PSTypeInfo) => type.elementType ?? null],
    ['type[] GetGenericArguments()', (type: PSTypeInfo) => [...(type.genericArguments ?? [])]],
    ['bool IsInstanceOfType(System.Object o)', (type: PSTypeInfo, [value]: [unknown]) => value !== null && type.isInstance(value)],
    ['bool IsAssignableFrom(type c)', (type: PSTypeInfo, [other]: [PSTypeInfo | null]) =>
      other !== null && (other === type || other.baseTypeNames.some((name) => name.toLowerCase() === type.fullName.toLowerCase()))],
    ['string[] GetEnumNames()', (type: PSTypeInfo) => enumConstantsOf(type).map((constant) => constant.name)],
    ['array GetEnumValues()', (type: PSTypeInfo) => enumConstantsOf(type).map((constant) => createEnumValue(type.fullName, constant.name, constant.value))],
    ['string ToString()', (type: PSTypeInfo) => type.fullName],
  ],
});
