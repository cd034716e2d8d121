/**
 * Converting a method argument to its parameter type, and ranking how well it converts (lower
 * is better), for overload choice. pwsh's ranking (LanguagePrimitives.ConversionRank) puts
 * identity first, then assignment to a base type or object, then numeric widening, then
 * narrowing, then every other conversion LanguagePrimitives can make.
 */
import { convertTo, enumerableItems, invalidCast, objectToString } from '../conversion/index.js';
import { resolveType, typeByFullName, typeOf } from '../types/index.js';
import { ScriptBlock } from '../values/index.js';
import { typeArgumentsOf } from './csharp-type-names.js';
import { dotNetTypeNames } from './type-chain.js';
import { isEnumOf } from './enums.js';

export type ConversionRank = number;

// Ranks are decided by types alone, as pwsh does: a value whose conversion then fails (the
// string 'abc' for an int) still makes its overload a candidate, and the failure is reported
// for the overload chosen.
const identity: ConversionRank = 0;
const assignable: ConversionRank = 1;
const numericWidening: ConversionRank = 2;
const numericNarrowing: ConversionRank = 3;
/** A script block becomes a delegate (MatchEvaluator, Predicate[T]) before it would become a string. */
const delegateConversion: ConversionRank = 3.5;
const nullConversion: ConversionRank = 4;
const enumFromString: ConversionRank = 5;
const parseConversion: ConversionRank = 6;
const toStringConversion: ConversionRank = 7;
const languageConversion: ConversionRank = 8;

/** Numeric types by width, for telling widening from narrowing. */
const numericTypeOrder = [
  'System.SByte',
  'System.Byte',
  'System.Int16',
  'System.UInt16',
  'System.Int32',
  'System.UInt32',
  'System.Int64',
  'System.UInt64',
  'System.Single',
  'System.Double',
  'System.Decimal',
];

/** Parameters of these interface types take any collection as it is. */
const collectionInterfaces = ['System.Collections.ICollection', 'System.Collections.IEnumerable'];

const genericEnumerable = 'System.Collections.Generic.IEnumerable[';

/** Delegate parameters take a script block, which the implementation runs through DotNetContext. */
const delegateTypes = ['System.Predicate[', 'System.Func[', 'System.Action', 'System.Comparison[', 'System.Text.RegularExpressions.MatchEvaluator'];

function isDelegateType(typeName: string): boolean {
  return delegateTypes.some((prefix) => typeName.startsWith(prefix));
}

/** Types a string parses into. */
const parsedFromString = new Set([...numericTypeOrder, 'System.Char', 'System.Boolean']);

/** The rank of converting `value` to the named type, or undefined when no conversion applies. */
export function argumentConversionRank(value: unknown, typeName: string): ConversionRank | undefined {
  if (typeName === 'System.Object') return value === null ? identity : assignable;
  if (value === null || value === undefined) return nullConversion;
  const names = dotNetTypeNames(value);
  if (names[0] === typeName) return identity;
  if (names.includes(typeName)) return assignable;
  if (typeByFullName(typeName)?.enumConstants) {
    if (isEnumOf(value, typeName)) return identity;
    if (typeof value === 'string') return enumFromString;
    return numericTypeOrder.includes(names[0]!) ? parseConversion : undefined;
  }
  if (typeName.endsWith('[]')) return arrayRank(value, typeName.slice(0, -2));
  if (typeName.startsWith(genericEnumerable)) return enumerableOfRank(value, typeName.slice(genericEnumerable.length, -1));
  if (collectionInterfaces.some((prefix) => typeName.startsWith(prefix))) return enumerableItems(value) === undefined ? undefined : assignable;
  if (isDelegateType(typeName)) return value instanceof ScriptBlock ? delegateConversion : undefined;
  if (Array.isArray(value)) return typeName === 'System.String' ? languageConversion : undefined;
  const from = numericTypeOrder.indexOf(names[0]!);
  const to = numericTypeOrder.indexOf(typeName);
  // Among widenings the nearest type wins: an Int32 goes to a Double overload before a Decimal one.
  if (from >= 0 && to >= 0) return to > from ? numericWidening + (to - from) / 100 : numericNarrowing;
  if (typeName === 'System.String') return toStringConversion;
  if (typeof value === 'string' && parsedFromString.has(typeName)) return parseConversion;
  if (typeName === 'System.Boolean' || parsedFromString.has(typeName)) return languageConversion;
  // An interface the value's type implements (a CultureInfo for an IFormatProvider).
  if (typeOf(value)?.baseTypeNames.includes(typeName)) return assignable;
  return undefined;
}

/**
 * An IEnumerable[T] parameter takes a collection that is one: pwsh has no conversion to it, so
 * an object[] (what `@(1, 2)` is) does not become an IEnumerable[int] (pwsh issue 16538), while
 * an [int[]] or a List[int] passes as it is. A collection whose element type psh does not know
 * (a dictionary's Keys...) is taken as it is; so is any collection for IEnumerable[object], and
 * for a method's own type parameter, which psh does not infer.
 */
function enumerableOfRank(value: unknown, elementType: string): ConversionRank | undefined {
  if (enumerableItems(value) === undefined) return undefined;
  if (elementType === 'System.Object' || !elementType.includes('.')) return assignable;
  const own = declaredElementType(value);
  return own === undefined || own === elementType ? assignable : undefined;
}

/** The element type an array or a generic collection is declared with. */
function declaredElementType(value: unknown): string | undefined {
  const typeName = dotNetTypeNames(value)[0];
  if (typeName?.endsWith('[]')) return typeName.slice(0, -2);
  return typeArgumentsOf(value).T;
}

/** An array argument ranks by its worst element; a scalar for an array parameter becomes a one-element array. */
function arrayRank(value: unknown, elementType: string): ConversionRank | undefined {
  const elements = Array.isArray(value) ? value : [value];
  let worst: ConversionRank = identity;
  for (const element of elements) {
    const rank = argumentConversionRank(element, elementType);
    if (rank === undefined) return undefined;
    worst = Math.max(worst, rank);
  }
  return Array.isArray(value) ? Math.max(worst, assignable) : languageConversion;
}

/** The argument converted to the named type; throws the conversion's PSInvalidCastException when it cannot be. */
export function convertArgumentValue(value: unknown, typeName: string): unknown {
  const rank = argumentConversionRank(value, typeName);
  if (typeName === 'System.Object' || rank === identity || rank === assignable || (value instanceof ScriptBlock && isDelegateType(typeName))) return value;
  // .NET methods receive $null for reference-type parameters (not '' as PowerShell's own [string] parameters do).
  const type = resolveType(typeName);
  if (value === null && !type?.isValueType) return null;
  if (!type || (rank === undefined && typeName.startsWith(genericEnumerable))) throw invalidCast(objectToString(value), typeOf(value)?.fullName ?? 'null', typeName);
  return convertTo(value, type);
}
