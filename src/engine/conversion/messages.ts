/**
 * pwsh's English texts for conversion and operator errors, keyed by resource id and grouped by
 * the .resx file they come from (test/engine/conversion/messages.test.ts checks each against
 * pwsh's resources). `{0}`... are composite-format placeholders.
 */
export const extendedTypeSystemStrings = {
  InvalidCastException: 'Cannot convert the "{0}" value of type "{1}" to type "{2}".',
  InvalidCastExceptionWithInnerException: 'Cannot convert value "{0}" to type "{1}". Error: "{2}"',
  InvalidCastFromNull: 'Cannot convert null to type "{0}".',
  InvalidCastExceptionEnumerationNoValue:
    'Cannot convert value "{0}" to type "{1}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "{2}".',
  InvalidCastExceptionEnumerationNull:
    'Cannot convert null to type "{0}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "{1}".',
  ComparisonFailure: 'Could not compare "{0}" to "{1}". Error: "{2}"',
  NotIcomparable: 'Cannot compare "{0}" because it is not IComparable.',
  MemberAlreadyPresent: 'The member "{0}" is already present.',
} as const;

export { parserStrings } from '../../../grammar/parser-strings.js';

export const enumExpressionEvaluatorStrings = {
  NoEnumNameMatch: 'Unable to match the identifier name {0} to a valid enumerator name. Specify one of the following enumerator names and try again:\n{1}',
  MultipleEnumNameMatch: 'The identifier name {0} cannot be processed because it is either too similar or identical to the following enumerator names: {1}. Use a more specific identifier name.',
} as const;

export { formatMessage } from '../../../grammar/errors.js';
