/**
 * The types a script can name: every registered type by full name, pwsh's type accelerators
 * ([int], [hashtable]...), array types built on demand (`int[]`) and closed generic types
 * (`List[string]`). Names are case-insensitive and the `System.` prefix is optional, as in pwsh.
 */
import { ordinalIgnoreCaseKey, typeNamesOf } from '../values/index.js';
import type { PSTypeInfo } from './ps-type.js';
import { parseTypeNameText, type TypeNameText } from './type-name-text.js';

const typesByFullName = new Map<string, PSTypeInfo>();
const accelerators = new Map<string, PSTypeInfo>();
/** The accelerator pwsh prints for a type ("$([int])" is 'int'): the first registered for it. */
const acceleratorNames = new Map<PSTypeInfo, string>();
const arrayTypes = new Map<string, PSTypeInfo>();
const genericTypes = new Map<string, PSTypeInfo>();
/** Every type object handed out, so a [type] value can be told from any other object. */
const knownTypes = new WeakSet<object>();

/** Adds a type (replacing one of the same full name) and, optionally, accelerators for it. */
export function registerType(info: PSTypeInfo, ...acceleratorAliases: string[]): PSTypeInfo {
  typesByFullName.set(ordinalIgnoreCaseKey(info.fullName), info);
  knownTypes.add(info);
  for (const alias of acceleratorAliases) registerTypeAccelerator(alias, info);
  return info;
}

/** Makes `[alias]` name the type, as [psobject]::... TypeAccelerators::Add does. */
export function registerTypeAccelerator(alias: string, info: PSTypeInfo): void {
  accelerators.set(ordinalIgnoreCaseKey(alias), info);
  if (!acceleratorNames.has(info)) acceleratorNames.set(info, alias);
}

/** The accelerator a type prints as, or undefined when it has none. */
export function acceleratorNameOf(info: PSTypeInfo): string | undefined {
  return acceleratorNames.get(info);
}

/** True for a [type] value handed out by this registry. */
export function isTypeValue(value: unknown): value is PSTypeInfo {
  return typeof value === 'object' && value !== null && knownTypes.has(value);
}

/** A registered type by its exact full name (case-insensitive), without accelerators. */
export function typeByFullName(fullName: string): PSTypeInfo | undefined {
  return typesByFullName.get(ordinalIgnoreCaseKey(fullName));
}

/**
 * The type a script means by `name` (`int`, `System.Int32`, `Int32`, `string[]`,
 * `System.Collections.Generic.List[int]`), or null when there is none. `usingNamespaces` are
 * the namespaces `using namespace` brought in; `System` is always searched.
 */
export function resolveType(name: string, usingNamespaces: readonly string[] = []): PSTypeInfo | null {
  const parsed = parseTypeNameText(name);
  return parsed ? resolveParsed(parsed, usingNamespaces) : null;
}

function resolveParsed(parsed: TypeNameText, usingNamespaces: readonly string[]): PSTypeInfo | null {
  let type: PSTypeInfo | null;
  if (parsed.genericArguments.length > 0) {
    // `List[int]` names its definition without the arity a FullName (`List`1[[...]]`) writes.
    const definitionName = parsed.name.includes('`') ? parsed.name : `${parsed.name}\`${parsed.genericArguments.length}`;
    const definition = resolveSimpleName(definitionName, usingNamespaces);
    const typeArguments: PSTypeInfo[] = [];
    for (const argument of parsed.genericArguments) {
      const resolved = resolveParsed(argument, usingNamespaces);
      if (!resolved) return null;
      typeArguments.push(resolved);
    }
    type = definition ? genericTypeOf(definition, typeArguments) : null;
  } else {
    type = resolveSimpleName(parsed.name, usingNamespaces);
  }
  for (const rank of parsed.arrayRanks) {
    if (!type) return null;
    type = arrayTypeOf(type, rank);
  }
  return type;
}

function resolveSimpleName(name: string, usingNamespaces: readonly string[]): PSTypeInfo | null {
  const key = ordinalIgnoreCaseKey(name);
  const direct = accelerators.get(key) ?? typesByFullName.get(key);
  if (direct) return direct;
  for (const namespace of ['System', ...usingNamespaces]) {
    const found = typesByFullName.get(ordinalIgnoreCaseKey(`${namespace}.${name}`));
    if (found) return found;
  }
  return null;
}

/** The closed generic type `definition[typeArguments]`, made once and kept. */
export function genericTypeOf(definition: PSTypeInfo, typeArguments: readonly PSTypeInfo[]): PSTypeInfo | null {
  if (!definition.makeGenericType || definition.genericParameterCount !== typeArguments.length) return null;
  const key = ordinalIgnoreCaseKey(`${definition.fullName}[${typeArguments.map((argument) => argument.fullName).join(',')}]`);
  let closed = genericTypes.get(key);
  if (!closed) {
    closed = definition.makeGenericType(typeArguments);
    genericTypes.set(key, closed);
    knownTypes.add(closed);
  }
  return closed;
}

/** The array type `element[]` (or `element[,]` for rank 2...), made once and kept. */
export function arrayTypeOf(element: PSTypeInfo, rank = 1): PSTypeInfo {
  const suffix = `[${','.repeat(rank - 1)}]`;
  const key = ordinalIgnoreCaseKey(element.fullName + suffix);
  let array = arrayTypes.get(key);
  if (!array) {
    array = {
      fullName: element.fullName + suffix,
      name: element.name + suffix,
      baseTypeNames: ['System.Array', 'System.Object', 'System.Collections.IList', 'System.Collections.ICollection', 'System.Collections.IEnumerable'],
      elementType: element,
      isInstance: (value) => isArrayOf(value, element),
    };
    arrayTypes.set(key, array);
    knownTypes.add(array);
  }
  return array;
}

/**
 * Whether a JS array (or byte[]) is a `element[]`: a plain JS array is object[], a typed one
 * ([int[]]) says its type, byte[] is a Uint8Array.
 */
function isArrayOf(value: unknown, element: PSTypeInfo): boolean {
  if (value instanceof Uint8Array) return element.fullName === 'System.Byte';
  return Array.isArray(value) && typeNamesOf(value)[0] === `${element.fullName}[]`;
}
