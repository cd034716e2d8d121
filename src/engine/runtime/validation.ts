/**
 * Parameter validation attributes: [ValidateSet], [ValidateRange], [ValidatePattern],
 * [ValidateScript], [ValidateLength], [ValidateCount], [ValidateNotNull] and
 * [ValidateNotNullOrEmpty], with pwsh's messages (Metadata.resx). Each attribute becomes a check
 * that returns the failure message, or null when the value passes.
 */
import type { AttributeAst, ExpressionAst } from '../../../grammar/ast.js';
import { toBoolean, toPSString, enumerableItems } from '../conversion/index.js';
import { dotNetRegex, firstMatch, psCompare, psEquals } from '../operators/index.js';
import { compileExpression, pipelineResult, valueOf } from './compile-expression.js';
import type { Frame } from './frame.js';
import { formatMessage } from './messages.js';
import { ScriptBlockValue } from './script-block.js';

/** Metadata.resx texts. */
const metadataStrings = {
  ValidateSetFailure: 'The argument "{0}" does not belong to the set "{1}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.',
  ValidatePatternFailure: 'The argument "{0}" does not match the "{1}" pattern. Supply an argument that matches "{1}" and try the command again.',
  ValidateScriptFailure: 'The "{1}" validation script for the argument with value "{0}" did not return a result of True. Determine why the validation script failed, and then try the command again.',
  ValidateLengthMinLengthFailure: 'The character length ({1}) of the argument is too short. Specify an argument with a length that is greater than or equal to "{0}", and then try the command again.',
  ValidateLengthMaxLengthFailure: 'The character length ({1}) of the argument is too long. Specify an argument with a length that is shorter than or equal to "{0}", and then try the command again.',
  ValidateNotNullFailure: 'The argument is null. Provide a valid value for the argument, and then try running the command again.',
  ValidateNotNullOrEmptyFailure: 'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.',
  ValidateRangeSmallerThanMinRangeFailure: 'The {0} argument is less than the minimum allowed range of {1}. Supply an argument that is greater than or equal to {1} and then try the command again.',
  ValidateRangeGreaterThanMaxRangeFailure: 'The {0} argument is greater than the maximum allowed range of {1}. Supply an argument that is less than or equal to {1} and then try the command again.',
  ValidateCountExactFailure: 'The parameter requires exactly {0} value(s) - {1} value(s) were provided.',
  ValidateCountMinMaxFailure: 'The parameter requires at least {0} value(s) and no more than {1} value(s) - {2} value(s) were provided.',
} as const;

/** A compiled validation attribute: the failure message for a value, or null. */
export type Validator = (value: unknown, f: Frame) => string | null;

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  const items = enumerableItems(value);
  return items !== undefined && (items.length === 0 || items.some((item) => item === null || item === undefined));
}

/** The validator for an attribute, or null when the attribute is not a validation attribute. */
export function compileValidator(attribute: AttributeAst, name: string): Validator | null {
  const args = attribute.positionalArguments;
  const values = (f: Frame) => args.map((a: ExpressionAst) => valueOf(compileExpression(a)(f)));
  switch (name) {
    case 'validatenotnull':
      return (value) => (value === null ? metadataStrings.ValidateNotNullFailure : null);
    case 'validatenotnullorempty':
      return (value) => (isEmpty(value) ? metadataStrings.ValidateNotNullOrEmptyFailure : null);
    case 'validateset': {
      const ignoreCase = !attribute.namedArguments.some((a) => a.argumentName.toLowerCase() === 'ignorecase' && a.argument?.kind === 'Variable' && a.argument.unqualifiedName.toLowerCase() === 'false');
      return (value, f) => {
        const set = values(f).flatMap((v) => enumerableItems(v) ?? [v]);
        for (const item of enumerableItems(value) ?? [value]) {
          if (!set.some((s) => psEquals(toPSString(item), toPSString(s), ignoreCase))) {
            return formatMessage(metadataStrings.ValidateSetFailure, toPSString(item), set.map((s) => toPSString(s)).join(','));
          }
        }
        return null;
      };
    }
    case 'validatepattern':
      return (value, f) => {
        const pattern = toPSString(values(f)[0] ?? '');
        for (const item of enumerableItems(value) ?? [value]) {
          if (!firstMatch(dotNetRegex(pattern, { ignoreCase: true }), toPSString(item))) {
            return formatMessage(metadataStrings.ValidatePatternFailure, toPSString(item), pattern);
          }
        }
        return null;
      };
    case 'validaterange':
      return (value, f) => {
        const [min, max] = values(f);
        for (const item of enumerableItems(value) ?? [value]) {
          if (min !== undefined && min !== null && psCompare(item, min) < 0) return formatMessage(metadataStrings.ValidateRangeSmallerThanMinRangeFailure, toPSString(item), toPSString(min));
          if (max !== undefined && max !== null && psCompare(item, max) > 0) return formatMessage(metadataStrings.ValidateRangeGreaterThanMaxRangeFailure, toPSString(item), toPSString(max));
        }
        return null;
      };
    case 'validatelength':
      return (value, f) => {
        const [min, max] = values(f).map(Number);
        for (const item of enumerableItems(value) ?? [value]) {
          const length = toPSString(item).length;
          if (length < min) return formatMessage(metadataStrings.ValidateLengthMinLengthFailure, min, length);
          if (length > max) return formatMessage(metadataStrings.ValidateLengthMaxLengthFailure, max, length);
        }
        return null;
      };
    case 'validatecount':
      return (value, f) => {
        const [min, max] = values(f).map(Number);
        const count = (enumerableItems(value) ?? [value]).length;
        if (count >= min && count <= max) return null;
        return min === max ? formatMessage(metadataStrings.ValidateCountExactFailure, min, count) : formatMessage(metadataStrings.ValidateCountMinMaxFailure, min, max, count);
      };
    case 'validatescript': {
      const script = args[0];
      if (script?.kind !== 'ScriptBlockExpression') return null;
      const block = new ScriptBlockValue(script.scriptBlock);
      return (value, f) => {
        for (const item of enumerableItems(value) ?? [value]) {
          const output = f.context.runner.invoke(f, block, [], item);
          if (!toBoolean(pipelineResult(output) ?? null)) return formatMessage(metadataStrings.ValidateScriptFailure, toPSString(item), block.text);
        }
        return null;
      };
    }
  }
  return null;
}
