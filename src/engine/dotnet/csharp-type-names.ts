/**
 * Signatures are written the way pwsh displays them (ToStringCodeMethods.Type): C# keywords for
 * the built-in types, full names for the rest. This maps a signature's type name to its .NET
 * full name, which is what argument conversion and error messages use.
 */
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
};

export function fullTypeName(signatureType: string): string {
  if (signatureType.endsWith('[]')) return fullTypeName(signatureType.slice(0, -2)) + '[]';
  return keywordTypes[signatureType] ?? signatureType;
}
