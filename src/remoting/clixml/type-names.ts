/**
 * How CLIXML type names relate to psh values: which container element a list's type names call
 * for, and which type names the receiving side marks "Deserialized." (MS-PSRP 2.2.5.2.3).
 */

export const deserializedPrefix = 'Deserialized.';

/** Type names that, like in PowerShell, are rebuilt as the real type and so keep their names. */
const rehydratedTypeNames = new Set(['System.Management.Automation.PSPrimitiveDictionary']);

function withoutPrefix(typeName: string): string {
  return typeName.startsWith(deserializedPrefix) ? typeName.slice(deserializedPrefix.length) : typeName;
}

/** <STK> for stacks, <QUE> for queues, <LST> for every other list (MS-PSRP 2.2.5.2.6). */
export function containerElementFor(typeNames: readonly string[]): 'STK' | 'QUE' | 'LST' {
  for (const typeName of typeNames.map(withoutPrefix)) {
    if (typeName === 'System.Collections.Stack' || typeName.startsWith('System.Collections.Generic.Stack`1')) return 'STK';
    if (typeName === 'System.Collections.Queue' || typeName.startsWith('System.Collections.Generic.Queue`1')) return 'QUE';
  }
  return 'LST';
}

/**
 * The type names a received object shows: "Deserialized."-prefixed (it is a property bag now,
 * not the live type), unless `ownTypeName` says the value psh built really is that type, or
 * the type is one PowerShell rehydrates. `markedBefore` is what this returned for the same list
 * before, when it was marked.
 */
export function receivedTypeNames(typeNames: readonly string[], ownTypeName: string | undefined, markedBefore?: readonly string[]): string[] {
  const first = typeNames[0];
  if (first === undefined || first === ownTypeName || rehydratedTypeNames.has(first)) return typeNames.slice();
  if (markedBefore !== undefined) return markedBefore.slice();
  const marked: string[] = [];
  for (const typeName of typeNames) marked.push(typeName.startsWith(deserializedPrefix) ? typeName : deserializedPrefix + typeName);
  return marked;
}
