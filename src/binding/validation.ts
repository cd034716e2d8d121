/**
 * Argument validation attributes (ValidateRange, ValidateSet, ValidatePattern...) with pwsh's
 * rules: which ones look at each element of a collection argument and which at the argument as
 * a whole, and the Metadata.resx text each one fails with. A failure is a ValidationFailure; the
 * binder wraps it into ParameterArgumentValidationError.
 */
import { enumerableItems, formatMessage, isNumeric, toDouble, toPSString } from '../engine/conversion/index.js';
import { dotNetRegex } from '../engine/operators/index.js';
import type { ScriptBlock } from '../engine/values/index.js';
import { metadataStrings } from './messages.js';

export type ValidateRangeKind = 'Positive' | 'NonNegative' | 'Negative' | 'NonPositive';

export type ValidationAttribute =
  | { readonly kind: 'ValidateRange'; readonly min: number; readonly max: number }
  | { readonly kind: 'ValidateRange'; readonly rangeKind: ValidateRangeKind }
  | { readonly kind: 'ValidateSet'; readonly values: readonly string[]; readonly ignoreCase?: boolean }
  | { readonly kind: 'ValidateNotNull' }
  | { readonly kind: 'ValidateNotNullOrEmpty' }
  | { readonly kind: 'ValidatePattern'; readonly pattern: string }
  | { readonly kind: 'ValidateCount'; readonly min: number; readonly max: number }
  | { readonly kind: 'ValidateLength'; readonly min: number; readonly max: number }
  /** pwsh quotes the script block's text in the failure message. */
  | { readonly kind: 'ValidateScript'; readonly script: ScriptBlock }
  /** A cmdlet's own ValidateArgumentsAttribute: `check` throws a ValidationFailure for a bad argument. */
  | { readonly kind: 'ValidateArguments'; readonly check: (value: unknown) => void };

/** Runs a ValidateScript block with $_ set to the element: true when it returned a true result. */
export type ScriptTest = (script: ScriptBlock, element: unknown) => boolean;

/** System.Management.Automation.ValidationMetadataException: what a validation attribute throws. */
export class ValidationFailure extends Error {
  readonly exceptionTypeName = 'System.Management.Automation.ValidationMetadataException';

  constructor(
    message: string,
    /** pwsh's SwallowException: positional binding then tries the argument on other parameters. */
    readonly swallowException = false,
  ) {
    super(message);
  }
}

/** Runs one attribute against the (converted) argument. */
export function validate(attribute: ValidationAttribute, value: unknown, scriptTest: ScriptTest): void {
  switch (attribute.kind) {
    case 'ValidateNotNull':
      return validateNotNull(value);
    case 'ValidateNotNullOrEmpty':
      return validateNotNullOrEmpty(value);
    case 'ValidateCount':
      return validateCount(attribute.min, attribute.max, value);
    case 'ValidateArguments':
      return attribute.check(value);
    default: {
      // The "enumerated arguments" attributes check each element of a collection.
      const items = enumerableItems(value);
      for (const element of items ?? [value]) validateElement(attribute, element, scriptTest);
    }
  }
}

function fail(template: string, ...args: unknown[]): never {
  throw new ValidationFailure(formatMessage(template, ...args.map((a) => (a === null || a === undefined ? '' : a))));
}

function text(value: unknown): string {
  return toPSString(value);
}

function validateNotNull(value: unknown): void {
  if (value === null || value === undefined) fail(metadataStrings.ValidateNotNullFailure);
  const items = enumerableItems(value);
  if (items?.some((item) => item === null || item === undefined)) fail(metadataStrings.ValidateNotNullCollectionFailure);
}

function validateNotNullOrEmpty(value: unknown): void {
  if (value === null || value === undefined || value === '') fail(metadataStrings.ValidateNotNullOrEmptyFailure);
  const items = enumerableItems(value);
  if (items && (items.length === 0 || items.some((item) => item === null || item === undefined || item === ''))) {
    fail(metadataStrings.ValidateNotNullOrEmptyCollectionFailure);
  }
}

function validateCount(min: number, max: number, value: unknown): void {
  const items = enumerableItems(value);
  if (items === undefined) fail(metadataStrings.ValidateCountNotInArray);
  const count = items.length;
  if (count >= min && count <= max) return;
  if (min === max) fail(metadataStrings.ValidateCountExactFailure, max, count);
  fail(metadataStrings.ValidateCountMinMaxFailure, min, max, count);
}

type ElementAttribute = Exclude<ValidationAttribute, { kind: 'ValidateNotNull' | 'ValidateNotNullOrEmpty' | 'ValidateCount' | 'ValidateArguments' }>;

function validateElement(attribute: ElementAttribute, element: unknown, scriptTest: ScriptTest): void {
  // Every enumerated-argument attribute refuses $null elements first.
  if (element === null || element === undefined) fail(metadataStrings.ValidateNotNullFailure);
  switch (attribute.kind) {
    case 'ValidateRange':
      return 'rangeKind' in attribute ? validateRangeKind(attribute.rangeKind, element) : validateRange(attribute.min, attribute.max, element);
    case 'ValidateSet': {
      const candidate = text(element);
      const ignoreCase = attribute.ignoreCase ?? true;
      const inSet = attribute.values.some((v) => (ignoreCase ? v.toLowerCase() === candidate.toLowerCase() : v === candidate));
      if (!inSet) fail(metadataStrings.ValidateSetFailure, candidate, attribute.values.join(','));
      return;
    }
    case 'ValidatePattern': {
      const candidate = text(element);
      // pwsh matches with RegexOptions.IgnoreCase by default.
      const regex = dotNetRegex(attribute.pattern, { ignoreCase: true }).regExp;
      regex.lastIndex = 0;
      if (!regex.test(candidate)) fail(metadataStrings.ValidatePatternFailure, candidate, attribute.pattern);
      return;
    }
    case 'ValidateLength': {
      const candidate = text(element);
      if (candidate.length < attribute.min) fail(metadataStrings.ValidateLengthMinLengthFailure, attribute.min, candidate.length);
      if (candidate.length > attribute.max) fail(metadataStrings.ValidateLengthMaxLengthFailure, attribute.max, candidate.length);
      return;
    }
    case 'ValidateScript':
      if (!scriptTest(attribute.script, element)) fail(metadataStrings.ValidateScriptFailure, text(element), attribute.script.text);
      return;
  }
}

/** The element as a number to compare with the limits (ValidateRange converts to the limits' type). */
function numberOf(element: unknown): number {
  return isNumeric(element) ? toDouble(element) : Number(text(element));
}

function validateRange(min: number, max: number, element: unknown): void {
  const n = numberOf(element);
  if (n < min) fail(metadataStrings.ValidateRangeSmallerThanMinRangeFailure, text(element), min);
  if (n > max) fail(metadataStrings.ValidateRangeGreaterThanMaxRangeFailure, text(element), max);
}

function validateRangeKind(kind: ValidateRangeKind, element: unknown): void {
  const n = numberOf(element);
  const failures: Record<ValidateRangeKind, [boolean, string]> = {
    Positive: [n <= 0, metadataStrings.ValidateRangePositiveFailure],
    NonNegative: [n < 0, metadataStrings.ValidateRangeNonNegativeFailure],
    Negative: [n >= 0, metadataStrings.ValidateRangeNegativeFailure],
    NonPositive: [n > 0, metadataStrings.ValidateRangeNonPositiveFailure],
  };
  const [failed, template] = failures[kind];
  if (failed) fail(template, text(element));
}
