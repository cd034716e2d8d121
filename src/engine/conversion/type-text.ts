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
export function typeText(name: string): string {
  const open = name.indexOf('[');
  if (open < 0) return name;
  let text = name.slice(0, open);
  let index = open;
  while (name[index] === '[') {
    const end = closingBracket(name, index);
    const inside = name.slice(index + 1, end);
    if (isArrayRank(inside)) {
      text += `[${inside}]`;
    } else {
      const typeArguments = inside.startsWith('[') ? qualifiedTypeArguments(inside) : topLevelParts(inside);
      if (!text.includes('`')) text += `\`${typeArguments.length}`;
      text += `[${typeArguments.map(typeText).join(',')}]`;
    }
    index = end + 1;
  }
  return text + name.slice(index);
}

/** `[]`, `[,]`, `[*]`: an array's brackets rather than a generic type's arguments. */
function isArrayRank(inside: string): boolean {
  return /^[,*]*$/.test(inside);
}

/** `[System.Int32, System.Private.CoreLib, ...],[...]`: each argument's type name, without its assembly. */
function qualifiedTypeArguments(inside: string): string[] {
  return topLevelParts(inside).map((qualified) => topLevelParts(qualified.slice(1, -1))[0]!);
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '[') depth++;
    else if (text[index] === ']' && --depth === 0) return index;
  }
  return text.length;
}

/** The text split at the commas outside any brackets, each part trimmed. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '[') depth++;
    else if (text[index] === ']') depth--;
    else if (text[index] === ',' && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}
