/**
 * Signatures are written the way pwsh displays them (ToStringCodeMethods.Type): C# keywords for
 * the built-in types, full names for the rest. This maps a signature's type name to its .NET
 * full name, which is what argument conversion and error messages use.
 */
import { parseTypeNameText, type TypeNameText } from '../types/index.js';

const keywordTypes: Readonly<Record<string, string>> = {
  bool: 'System.Boolean',
  byte: 'System.Byte',
  sbyte: 'System.SByte',
  char: 'System.Char',
  decimal: 'System.Decimal',
  double: 'System.Double',
  float: 'System.Single',
  int: 'System.Int32',
  uint: 'System.UInt32',
  long: 'System.Int64',
  ulong: 'System.UInt64',
  short: 'System.Int16',
  ushort: 'System.UInt16',
  object: 'System.Object',
  string: 'System.String',
  void: 'System.Void',
  array: 'System.Array',
  type: 'System.Type',
  datetime: 'System.DateTime',
  guid: 'System.Guid',
  scriptblock: 'System.Management.Automation.ScriptBlock',
  hashtable: 'System.Collections.Hashtable',
  timespan: 'System.TimeSpan',
};

/**
 * The .NET full name of a signature's type; a generic parameter ('T') is replaced by the
 * target's type argument (List[int] has { T: 'System.Int32' }).
 */
export function fullTypeName(signatureType: string, typeArguments: TypeArguments = noTypeArguments): string {
  if (signatureType.endsWith('[]')) return fullTypeName(signatureType.slice(0, -2), typeArguments) + '[]';
  if (!signatureType.includes('[')) return typeArguments[signatureType] ?? keywordTypes[signatureType] ?? signatureType;
  const parsed = parseTypeNameText(signatureType);
  return parsed ? parsedFullTypeName(parsed, typeArguments) : signatureType;
}

/** A generic signature type (`IEnumerable[T]`) with each type argument made a full name. */
function parsedFullTypeName(type: TypeNameText, typeArguments: TypeArguments): string {
  let text = typeArguments[type.name] ?? keywordTypes[type.name] ?? type.name;
  if (type.genericArguments.length > 0) text += `[${type.genericArguments.map((argument) => parsedFullTypeName(argument, typeArguments)).join(',')}]`;
  for (const rank of type.arrayRanks) text += `[${','.repeat(rank - 1)}]`;
  return text;
}

/** The name pwsh displays for a .NET full name: the C# keyword where there is one ('System.Int32' is 'int'). */
export function signatureTypeName(fullName: string): string {
  if (fullName.endsWith('[]')) return signatureTypeName(fullName.slice(0, -2)) + '[]';
  const keyword = Object.entries(keywordTypes).find(([, name]) => name === fullName)?.[0];
  return keyword === undefined || keyword === 'object' || keyword === 'array' || keyword === 'type' ? fullName : keyword;
}

export type TypeArguments = Readonly<Record<string, string>>;

const noTypeArguments: TypeArguments = {};

/** Objects (and types) of a generic .NET type name their type arguments under this key. */
export const genericTypeArguments: unique symbol = Symbol('genericTypeArguments');

export function typeArgumentsOf(target: unknown): TypeArguments {
  if (typeof target === 'object' && target !== null && genericTypeArguments in target) {
    return (target as { [genericTypeArguments]: TypeArguments })[genericTypeArguments];
  }
  return noTypeArguments;
}
