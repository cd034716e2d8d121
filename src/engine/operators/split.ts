/**
 * -split: the unary form splits on runs of white space; the binary form splits on a .NET regex
 * (or a literal with SimpleMatch, or where a predicate script block says so), with an optional
 * maximum number of substrings (negative counts from the right) and RegexOptions. Captured
 * groups of the pattern are part of the result, as Regex.Split gives them.
 */
import { ScriptBlock, Char } from '../values/index.js';
import {
  ConversionFailure,
  convertTo,
  enumerableItems,
  enumExpressionEvaluatorStrings,
  formatMessage,
  invalidCastWithInner,
  integerOf,
  parserStrings,
  RuntimeException,
  toBoolean,
  toPSString,
} from '../conversion/index.js';
import { int32Type } from '../types/index.js';
import type { OperatorContext } from './context.js';
import { dotNetRegex, groupValue, matchAll, regexEscape, type DotNetRegex, type RegexOptions } from './dotnet-regex.js';
import { patternRegex } from './pattern-operand.js';

/** `-split "a b  c"`: the words, without empty ones. */
export function unarySplit(operand: unknown): string[] {
  const result: string[] = [];
  for (const item of enumerableItems(operand) ?? [operand]) {
    const words = toPSString(item).split(/[\s\u0085]+/).filter((word) => word !== '');
    result.push(...(words.length > 0 ? words : ['']));
  }
  return result;
}

export function split(left: unknown, right: unknown, caseSensitive: boolean, context: OperatorContext): string[] {
  const [separator, countArgument, optionsArgument] = enumerableItems(right) ?? [right];
  const count = countArgument === undefined || countArgument === null ? 0 : Number(integerOf(convertTo(countArgument, int32Type) as number));
  const inputs = (enumerableItems(left) ?? [left]).map((item) => toPSString(item));
  const result: string[] = [];
  if (separator instanceof ScriptBlock) {
    if (optionsArgument !== undefined && optionsArgument !== null && toPSString(optionsArgument) !== '') {
      throw new RuntimeException(parserStrings.InvalidSplitOptionWithPredicate, 'InvalidSplitOptionWithPredicate', 'InvalidOperation');
    }
    for (const input of inputs) result.push(...splitWithPredicate(input, separator, count, context));
    return result;
  }
  const options = splitOptions(optionsArgument, caseSensitive);
  const regex = options.simpleMatch ? dotNetRegex(regexEscape(toPSString(separator)), options) : patternRegex(separator, options);
  for (const input of inputs) result.push(...splitWithRegex(input, regex, count));
  return result;
}

/** System.Management.Automation.SplitOptions, in declaration order. */
const splitOptionNames = ['SimpleMatch', 'RegexMatch', 'CultureInvariant', 'IgnorePatternWhitespace', 'Multiline', 'Singleline', 'IgnoreCase', 'ExplicitCapture'];

interface SplitOptions extends RegexOptions {
  simpleMatch?: boolean;
}

function splitOptions(argument: unknown, caseSensitive: boolean): SplitOptions {
  const options: SplitOptions = { ignoreCase: !caseSensitive };
  if (argument === undefined || argument === null) return options;
  const names = toPSString(argument).split(',').map((name) => name.trim()).filter((name) => name !== '');
  let regexOnly = false;
  for (const name of names) {
    switch (name.toLowerCase()) {
      case 'simplematch':
        options.simpleMatch = true;
        break;
      case 'regexmatch':
      case 'cultureinvariant':
        break;
      case 'ignorecase':
        options.ignoreCase = true;
        break;
      case 'ignorepatternwhitespace':
        options.ignorePatternWhitespace = regexOnly = true;
        break;
      case 'multiline':
        options.multiline = regexOnly = true;
        break;
      case 'singleline':
        options.singleline = regexOnly = true;
        break;
      case 'explicitcapture':
        options.explicitCapture = regexOnly = true;
        break;
      default:
        throw invalidCastWithInner(
          toPSString(argument),
          'System.Management.Automation.SplitOptions',
          new ConversionFailure(
            'System.ArgumentException',
            formatMessage(enumExpressionEvaluatorStrings.NoEnumNameMatch, name, splitOptionNames.join(', ')),
          ),
          'InvalidCastFromStringToEnum',
        );
    }
  }
  if (options.simpleMatch && (regexOnly || names.some((name) => name.toLowerCase() === 'regexmatch'))) {
    throw new RuntimeException(parserStrings.InvalidSplitOptionCombination, 'InvalidSplitOptionCombination', 'InvalidOperation');
  }
  return options;
}

/** Regex.Split with a count: up to `count` pieces (0 = all), from the right when negative. */
function splitWithRegex(input: string, regex: DotNetRegex, count: number): string[] {
  const matches = [...matchAll(regex, input)];
  if (count === 1 || count === -1) return [input];
  const limit = count === 0 ? matches.length : Math.min(matches.length, Math.abs(count) - 1);
  const used = count < 0 ? matches.slice(matches.length - limit) : matches.slice(0, limit);
  const pieces: string[] = [];
  let last = 0;
  for (const match of used) {
    pieces.push(input.slice(last, match.index));
    for (const group of regex.groups) {
      const value = groupValue(match, group);
      if (value !== undefined) pieces.push(value);
    }
    last = match.index + match[0].length;
  }
  pieces.push(input.slice(last));
  return pieces;
}

function splitWithPredicate(input: string, predicate: ScriptBlock, count: number, context: OperatorContext): string[] {
  const pieces: string[] = [];
  let current = '';
  for (let index = 0; index < input.length; index++) {
    const character = input[index]!;
    const limitReached = count > 0 && pieces.length === count - 1;
    if (!limitReached && toBoolean(context.invokeScriptBlock(predicate, [character, index], Char.fromString(character)))) {
      pieces.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  pieces.push(current);
  return pieces;
}
