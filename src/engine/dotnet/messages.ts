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
  SetWithoutSetterException: 'Set accessor for property "{0}" is unavailable.',
  CannotAccessByRefLikePropertyOrField: 'Cannot get or set the property or field "{0}" of the ByRef-like type "{1}". ByRef-like types are not supported in PowerShell.',
} as const;

export { parserStrings } from '../../../grammar/parser-strings.js';

export const getErrorTextStrings = {
  ScriptCallDepthException: 'The script failed due to call depth overflow.',
} as const;
