/**
 * pwsh's English texts for member access and method invocation errors (those the conversion
 * module's tables do not already hold), keyed by resource id and grouped by the .resx file they
 * come from; test/engine/dotnet/messages.test.ts checks each against pwsh's resources. Fill the
 * `{0}` placeholders with the conversion module's formatMessage.
 */
export const extendedTypeSystemStrings = {
  MethodArgumentCountException: 'Cannot find an overload for "{0}" and the argument count: "{1}".',
  MethodArgumentConversionException: 'Cannot convert argument "{0}", with value: "{1}", for "{2}" to type "{3}": "{4}"',
  MethodInvocationException: 'Exception calling "{0}" with "{1}" argument(s): "{2}"',
  NonRefArgumentToRefParameter: "Argument: '{0}' should be a {1}. Use {2}.",
  ExceptionWhenSetting: 'Exception setting "{0}": "{1}"',
  ExceptionWhenGetting: 'Exception getting "{0}": "{1}"',
} as const;

export const parserStrings = {
  InvokeMethodOnNull: 'You cannot call a method on a null-valued expression.',
  PropertyNotFound: "The property '{0}' cannot be found on this object. Verify that the property exists and can be set.",
  PropertyIsReadOnly: "'{0}' is a ReadOnly property.",
  NumberToReturnMustBeGreaterThanZero:
    "The 'numberToReturn' value provided to the third argument of the Where() operator must be greater than zero. Please correct the argument's value and try running your script again.",
  EmptyExpressionRequiresANonDefaultMode:
    'If the expression passed to the Where() operator is null then you must specify a non-Default value for the selection mode argument. Please change the value of the mode argument to a value other than Default and try running your script again.',
  ForEachNonexistentMemberReference:
    "The ForEach() operator could not find a member '{0}' on the target object. Please verify that the named member exists and then try running your script again.",
  CannotIndex: 'Unable to index into an object of type "{0}".',
} as const;

export const getErrorTextStrings = {
  ScriptCallDepthException: 'The script failed due to call depth overflow.',
} as const;
