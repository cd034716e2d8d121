/**
 * Type.ToString(): how pwsh's messages name a type. It is FullName, except that a generic type's
 * arguments are written by their own ToString, without assemblies:
 * `System.Collections.Generic.List`1[System.Int32]` where FullName has
 * `List`1[[System.Int32, System.Private.CoreLib, Version=...]]`.
 *
 * It reads both notations a type name arrives in: an assembly-qualified FullName, and a method
 * signature's name (`System.Collections.Generic.IEnumerable[System.Int32]`), whose generic
 * definition lacks the arity that ToString writes. Array ranks (`[]`, `[,]`) stay as they are.
 */
import { parseTypeNameText, type TypeNameText } from '../types/index.js';

export function typeText(name: string): string {
  if (!name.includes('[')) return name;
  const parsed = parseTypeNameText(name);
  return parsed ? parsedTypeText(parsed) : name;
}

function parsedTypeText(type: TypeNameText): string {
  let text = type.name;
  const count = type.genericArguments.length;
  if (count > 0) text += `${text.includes('`') ? '' : `\`${count}`}[${type.genericArguments.map(parsedTypeText).join(',')}]`;
  for (const rank of type.arrayRanks) text += `[${','.repeat(rank - 1)}]`;
  return text;
}
