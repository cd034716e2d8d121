/**
 * Type.ToString(): how pwsh's conversion messages name a type. It is FullName, except that a
 * generic type's arguments are written by their own ToString, without assemblies:
 * `System.Collections.Generic.List`1[System.Int32]` where FullName has
 * `List`1[[System.Int32, System.Private.CoreLib, Version=...]]`.
 */
export function typeText(fullName: string): string {
  const open = fullName.indexOf('[[');
  if (open < 0) return fullName;
  const typeArguments: string[] = [];
  let index = open + 1;
  while (fullName[index] === '[') {
    const end = closingBracket(fullName, index);
    const qualified = fullName.slice(index + 1, end);
    typeArguments.push(typeText(qualified.slice(0, topLevelComma(qualified))));
    index = end + 1;
    if (fullName[index] === ',') index++;
  }
  // What follows the argument list: an array rank, or nothing.
  return `${fullName.slice(0, open)}[${typeArguments.join(',')}]${typeText(fullName.slice(index + 1))}`;
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '[') depth++;
    else if (text[index] === ']' && --depth === 0) return index;
  }
  return text.length;
}

/** Where an assembly-qualified name's assembly part starts (after the type's own brackets). */
function topLevelComma(text: string): number {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '[') depth++;
    else if (text[index] === ']') depth--;
    else if (text[index] === ',' && depth === 0) return index;
  }
  return text.length;
}
