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
  EmptyInputString: 'The input expression must not be empty. Specify at least one identifier name in each input expression. ',
  EmptyTokenString: 'Unable to match an empty identifier name to a valid enumerator name. Specify one of the following enumerator names and retry: {0}.',
  NoIdentifierGroupingAllowed: 'Use of parentheses is not valid in the expression because identifier grouping is not allowed. Try removing the parentheses, or if a subexpression is enclosed, try expanding the expression.',
  SyntaxErrorBinaryOperatorExpected: 'Unable to parse the expression due to an unexpected token. Only an OR (,) operator or AND (+) operator is expected after an identifier name.',
  SyntaxErrorIdentifierExpected: 'Unable to parse the expression due to an unexpected token after a NOT (!) operator. An identifier name is expected after a NOT (!) operator.',
  SyntaxErrorUnexpectedBinaryOperator:
    'Unable to parse the expression due to an unexpected token. An identifier name or a NOT (!) operator is expected at the start of the expression, or after an OR (,) operator or an AND (+) operator. Also, an expression must not end with an OR (,), AND (+) or NOT (!) operator.',
  NoEnumNameMatch: 'Unable to match the identifier name {0} to a valid enumerator name. Specify one of the following enumerator names and try again:\n{1}',
  MultipleEnumNameMatch: 'The identifier name {0} cannot be processed because it is either too similar or identical to the following enumerator names: {1}. Use a more specific identifier name.',
} as const;

export { formatMessage } from '../../../grammar/errors.js';
