/**
 * The pattern operand of -match, -replace and -split: a [regex] object is used as it is, with
 * its own options (as pwsh does); anything else is pattern text compiled with the operator's.
 */
import { baseObject, toPSString } from '../conversion/index.js';
import { Regex } from '../dotnet/types/regex.js';
import { dotNetRegex, type DotNetRegex, type RegexOptions } from './dotnet-regex.js';

/** RegexOptions.IgnoreCase, for building a [regex] from pattern text. */
const ignoreCaseOption = 1;

export function patternRegex(operand: unknown, options: RegexOptions): DotNetRegex {
  const base = baseObject(operand);
  return base instanceof Regex ? base.compiled : dotNetRegex(toPSString(operand), options);
}

/** The operand as a [regex] object (for handing Match objects to script blocks). */
export function patternRegexObject(operand: unknown, ignoreCase: boolean): Regex {
  const base = baseObject(operand);
  if (base instanceof Regex) return base;
  // Compile first so an invalid pattern fails with the operators' error, not the constructor's.
  dotNetRegex(toPSString(operand), { ignoreCase });
  return new Regex(toPSString(operand), ignoreCase ? ignoreCaseOption : 0);
}
