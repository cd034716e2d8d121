/**
 * Choosing among a method's overloads and converting the arguments to the chosen parameter
 * types, after pwsh's rules (CoreAdapter.FindBestMethod): overloads whose parameter count fits
 * the argument count are candidates; each argument is ranked by how it converts to its
 * parameter (identity beats assignable beats numeric widening beats any other conversion);
 * the candidate with the best ranks wins, the first declared among equals.
 */
import { formatMessage } from '../conversion/index.js';
import { PSReference, typeNamesOf } from '../values/index.js';
import { fullTypeName, type TypeArguments } from './csharp-type-names.js';
import { typeText } from '../conversion/type-text.js';
import { MethodException, methodCountCouldNotFindBest } from './errors.js';
import { extendedTypeSystemStrings } from './messages.js';
import type { MethodOverload, ParameterInfo } from './member-table.js';
import { argumentConversionRank, convertArgumentValue, type ConversionRank } from './argument-conversion.js';

interface ChosenOverload {
  readonly overload: MethodOverload;
  /** Arguments converted to the parameter types (a Params array collected into one array). */
  readonly args: unknown[];
}

/**
 * Picks the overload for the arguments and converts them. Throws MethodCountCouldNotFindBest
 * when no overload takes the arguments, and the argument conversion error when the chosen
 * overload's conversion fails; that error names the method `conversionName`, which for a
 * constructor is the chosen one's own name (".ctor"), as pwsh's binder names it.
 */
export function chooseOverload(
  methodName: string,
  overloads: readonly MethodOverload[],
  args: readonly unknown[],
  typeArguments: TypeArguments,
  conversionName = methodName,
): ChosenOverload {
  // A lone overload of the right arity is taken without ranking, so a bad argument is reported
  // as a conversion error rather than as a missing overload.
  const only = overloads.length === 1 ? overloads[0]! : undefined;
  if (only && !only.parameters.some((parameter) => parameter.isParamArray) && only.parameters.length === args.length) {
    return { overload: only, args: convertArguments(conversionName, only.parameters, args, typeArguments) };
  }
  const key = argumentTypesKey(args, typeArguments);
  let remembered = key === null ? undefined : choices.get(overloads);
  const cached = key === null ? undefined : remembered?.get(key);
  if (cached && cached.count === overloads.length) {
    return { overload: cached.overload, args: convertArguments(conversionName, cached.overload.parameters, args, typeArguments) };
  }
  let best: { overload: MethodOverload; ranks: ConversionRank[] } | undefined;
  for (const overload of overloads) {
    if (!acceptsCount(overload.parameters, args.length)) continue;
    const ranks = rankArguments(overload.parameters, args, typeArguments);
    if (ranks === undefined) continue;
    if (best === undefined || isBetter(ranks, best.ranks)) best = { overload, ranks };
  }
  if (best === undefined) throw methodCountCouldNotFindBest(methodName, args.length);
  if (key !== null) {
    if (!remembered) choices.set(overloads, (remembered = new Map()));
    remembered.set(key, { overload: best.overload, count: overloads.length });
  }
  return { overload: best.overload, args: convertArguments(conversionName, best.overload.parameters, args, typeArguments) };
}

/**
 * The overload chosen for each list of overloads and argument types: ranking depends only on
 * the arguments' types, and a loop calls the same method with the same types many times. The
 * count guards against a list that grew since (a type gaining overloads).
 */
const choices = new WeakMap<readonly MethodOverload[], Map<string, { overload: MethodOverload; count: number }>>();

/** The arguments' types as a key (`I`nt32, `D`ouble, `S`tring, ... or the type name), or null when they cannot be keyed. */
function argumentTypesKey(args: readonly unknown[], typeArguments: TypeArguments): string | null {
  for (const _ in typeArguments) return null;
  let key = '';
  for (const arg of args) {
    switch (typeof arg) {
      case 'number':
        key += (arg | 0) === arg && !Object.is(arg, -0) ? 'I,' : 'D,';
        continue;
      case 'string':
        key += 'S,';
        continue;
      case 'boolean':
        key += 'B,';
        continue;
      case 'bigint':
        key += 'L,';
        continue;
      case 'object':
        if (arg === null) {
          key += 'N,';
          continue;
        }
        // A [ref] argument ranks by what it holds, an array by its elements.
        if (arg instanceof PSReference || Array.isArray(arg)) return null;
        key += `${typeNamesOf(arg)[0] ?? '?'},`;
        continue;
      default:
        return null;
    }
  }
  return key;
}

function acceptsCount(parameters: readonly ParameterInfo[], count: number): boolean {
  const last = parameters[parameters.length - 1];
  if (last?.isParamArray) return count >= parameters.length - 1;
  const required = parameters.filter((parameter) => !parameter.isOptional).length;
  return count >= required && count <= parameters.length;
}

/** The rank of each argument against its parameter, or undefined when one cannot convert. */
function rankArguments(parameters: readonly ParameterInfo[], args: readonly unknown[], typeArguments: TypeArguments): ConversionRank[] | undefined {
  const ranks: ConversionRank[] = [];
  for (let i = 0; i < args.length; i++) {
    const parameter = parameters[Math.min(i, parameters.length - 1)]!;
    const rank = rankArgument(parameter, args[i], args.length === parameters.length, typeArguments);
    if (rank === undefined) return undefined;
    ranks.push(rank);
  }
  return ranks;
}

function rankArgument(parameter: ParameterInfo, arg: unknown, countMatches: boolean, typeArguments: TypeArguments): ConversionRank | undefined {
  if (parameter.isByRef) return arg instanceof PSReference ? argumentConversionRank(arg.value, fullTypeName(parameter.type, typeArguments)) : undefined;
  if (parameter.isParamArray) {
    // With as many arguments as parameters, the last may be the array itself.
    const asArray = countMatches ? argumentConversionRank(arg, fullTypeName(parameter.type, typeArguments)) : undefined;
    const asElement = argumentConversionRank(arg, fullTypeName(parameter.type.slice(0, -2), typeArguments));
    if (asArray === undefined || (asElement !== undefined && asElement < asArray)) return asElement === undefined ? undefined : asElement + 1;
    return asArray;
  }
  return argumentConversionRank(arg, fullTypeName(parameter.type, typeArguments));
}

/** Better means no argument ranks worse and one ranks better; otherwise a lower total wins. */
function isBetter(ranks: readonly ConversionRank[], than: readonly ConversionRank[]): boolean {
  let better = false;
  let worse = false;
  for (let i = 0; i < ranks.length; i++) {
    if (ranks[i]! < than[i]!) better = true;
    else if (ranks[i]! > than[i]!) worse = true;
  }
  if (better !== worse) return better;
  return ranks.reduce((a, b) => a + b, 0) < than.reduce((a, b) => a + b, 0);
}

function convertArguments(methodName: string, parameters: readonly ParameterInfo[], args: readonly unknown[], typeArguments: TypeArguments): unknown[] {
  const converted: unknown[] = [];
  for (let i = 0; i < parameters.length; i++) {
    const parameter = parameters[i]!;
    if (parameter.isOptional && i >= args.length) break;
    if (parameter.isParamArray) {
      const rest = args.slice(i);
      const elementType = fullTypeName(parameter.type.slice(0, -2), typeArguments);
      const passesArray = rest.length === 1 && Array.isArray(rest[0]) && argumentConversionRank(rest[0], fullTypeName(parameter.type, typeArguments)) !== undefined;
      const elements = passesArray ? (rest[0] as unknown[]) : rest;
      converted.push(elements.map((element) => convertOne(methodName, parameter, element, elementType)));
      break;
    }
    const arg = args[i];
    if (parameter.isByRef) {
      if (!(arg instanceof PSReference)) throw nonRefArgument(i);
      converted.push(arg);
      continue;
    }
    converted.push(convertOne(methodName, parameter, arg, fullTypeName(parameter.type, typeArguments)));
  }
  return converted;
}

function convertOne(methodName: string, parameter: ParameterInfo, arg: unknown, typeName: string): unknown {
  try {
    return convertArgumentValue(arg, typeName);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    throw new MethodException(
      formatMessage(extendedTypeSystemStrings.MethodArgumentConversionException, parameter.name, displayArgument(arg), methodName, typeText(typeName), error.message),
      'MethodArgumentConversionInvalidCastArgument',
      'NotSpecified',
    );
  }
}

/** A [ref] parameter given a plain value (pwsh counts the argument from 1). */
function nonRefArgument(index: number): MethodException {
  return new MethodException(
    formatMessage(extendedTypeSystemStrings.NonRefArgumentToRefParameter, index + 1, 'System.Management.Automation.PSReference', '[ref]'),
    'NonRefArgumentToRefParameterMsg',
    'NotSpecified',
  );
}

/** How pwsh quotes the offending argument: its ToString(), which for an array is its type name. */
function displayArgument(arg: unknown): string {
  if (arg === null || arg === undefined) return '';
  return Array.isArray(arg) ? typeNamesOf(arg)[0]! : String(arg);
}
