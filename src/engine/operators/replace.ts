/**
 * -replace / -creplace: .NET Regex.Replace on the left operand's string form. The right operand
 * is the pattern, or (pattern, replacement); the replacement is a .NET substitution string or a
 * script block run with $_ as each Match.
 */
import { ScriptBlock } from '../values/index.js';
import { enumerableItems, formatMessage, parserStrings, RuntimeException, toPSString } from '../conversion/index.js';
import type { OperatorContext } from './context.js';
import { matchAll, substitute } from './dotnet-regex.js';
import { patternRegex, patternRegexObject } from './pattern-operand.js';

export function replace(left: unknown, right: unknown, caseSensitive: boolean, operatorName: string, context: OperatorContext): string {
  const [pattern, replacement] = replaceArguments(right, operatorName);
  const input = toPSString(left);
  let result = '';
  let last = 0;
  if (replacement instanceof ScriptBlock) {
    // The block sees each match as the [regex] class's Match object.
    for (const match of patternRegexObject(pattern, !caseSensitive).matches(input)) {
      result += input.slice(last, match.index);
      result += toPSString(unwrapSingle(context.invokeScriptBlock(replacement, [], match)), context.outputFieldSeparator);
      last = match.index + match.length;
    }
  } else {
    const regex = patternRegex(pattern, { ignoreCase: !caseSensitive });
    const replacementText = toPSString(replacement);
    for (const match of matchAll(regex, input)) {
      result += input.slice(last, match.index) + substitute(replacementText, match, regex, input);
      last = match.index + match[0].length;
    }
  }
  return result + input.slice(last);
}

/** The right operand as (pattern, replacement): one element means replace with ''. */
function replaceArguments(right: unknown, operatorName: string): [unknown, unknown] {
  const items = enumerableItems(right);
  if (!items) return [right, ''];
  if (items.length > 2) {
    throw new RuntimeException(formatMessage(parserStrings.BadReplaceArgument, operatorName, items.length), 'BadReplaceArgument', 'InvalidOperation');
  }
  return [items[0] ?? null, items.length > 1 ? items[1] : ''];
}

function unwrapSingle(output: unknown[]): unknown {
  return output.length === 1 ? output[0] : output;
}
