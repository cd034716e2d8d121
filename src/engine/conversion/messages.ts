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
  InvalidCastExceptionEnumerationNoFlagAndComma: 'Cannot convert value "{0}" to type "{1}" because no commas are allowed for this enumeration.',
  ComparisonFailure: 'Could not compare "{0}" to "{1}". Error: "{2}"',
  NotIcomparable: 'Cannot compare "{0}" because it is not IComparable.',
} as const;

export const parserStrings = {
  MethodNotFound: "Method invocation failed because [{0}] does not contain a method named '{1}'.",
  OperatorRequiresNumber: "The '{0}' operator works only on numbers. The operand is a '{1}'.",
  NotADefinedOperationForType: "The operation '[{0}] {1} [{2}]' is not defined.",
  BadReplaceArgument: 'The {0} operator allows only two elements to follow it, not {1}.',
  BadOperatorArgument: "The argument to operator '{0}' is not valid: {1}.",
  InvalidRegularExpression: 'The regular expression pattern {0} is not valid.',
  InvalidSplitOptionCombination: 'The combination of options with the -split operator is not valid.',
  InvalidSplitOptionWithPredicate: 'Options are not allowed on the -split operator with a predicate.',
  FormatError: 'Error formatting a string: {0}.',
  IsOperatorRequiresType: "The right operand of '-is' must be a type.",
  AsOperatorRequiresType: "The right operand of '-as' must be a type.",
  TypeNotFound: 'Unable to find type [{0}].',
  UnexpectedUnaryOperator: 'Internal error - unexpected unary operator {0}.',
  AddHashTableToNonHashTable: 'A hash table can only be added to another hash table.',
} as const;

export const enumExpressionEvaluatorStrings = {
  NoEnumNameMatch: 'Unable to match the identifier name {0} to a valid enumerator name. Specify one of the following enumerator names and try again:\n{1}',
} as const;

/** Fills `{0}`, `{1}`... with the arguments, as String.Format does for plain placeholders. */
export function formatMessage(template: string, ...args: readonly unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)]));
}
