/**
 * pwsh's English message texts the evaluator reports, copied from pwsh's resources (resource
 * file and name given for each).
 */
export const runtimeStrings = {
  /** DiscoveryExceptions.resx CommandNotFoundException */
  CommandNotFoundException:
    "The term '{0}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
  /** DiscoveryExceptions.resx AliasNotResolvedException */
  AliasNotResolvedException:
    "Cannot resolve alias '{0}' because it refers to term '{1}', which is not recognized as a cmdlet, function, executable program, or script file. Verify the term and try again.",
  /** ParameterBinderStrings.resx NamedParameterNotFound */
  NamedParameterNotFound: "A parameter cannot be found that matches parameter name '{1}'.",
  /** ParameterBinderStrings.resx PositionalParameterNotFound */
  PositionalParameterNotFound: "A positional parameter cannot be found that accepts argument '{1}'.",
  /** ParameterBinderStrings.resx MissingArgument */
  MissingArgument: "Missing an argument for parameter '{1}'. Specify a parameter of type '{2}' and try again.",
  /** ParameterBinderStrings.resx ParameterAlreadyBound */
  ParameterAlreadyBound:
    "Cannot bind parameter because parameter '{1}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\".",
  /** ParameterBinderStrings.resx AmbiguousParameter */
  AmbiguousParameter: "Parameter cannot be processed because the parameter name '{1}' is ambiguous. Possible matches include:{6}.",
  /** ParameterBinderStrings.resx ParameterArgumentTransformationError */
  ParameterArgumentTransformationError: "Cannot process argument transformation on parameter '{1}'. {6}",
  /** ParameterBinderStrings.resx ParameterArgumentValidationError */
  ParameterArgumentValidationError: "Cannot validate argument on parameter '{1}'. {6}",
  /** ParameterBinderStrings.resx MissingMandatoryParameter */
  MissingMandatoryParameter: 'Cannot process command because of one or more missing mandatory parameters:{1}.',
  /** ParserStrings.resx TypeNotFound */
  TypeNotFound: 'Unable to find type [{0}].',
  /** ParserStrings.resx VariableNotWritable (SessionStateStrings.resx) */
  VariableNotWritable: 'Cannot overwrite variable {0} because it is read-only or constant.',
  /** ParserStrings.resx InvalidLeftHandSide */
  InvalidLeftHandSide:
    'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
  /** ParserStrings.resx NullArrayIndex */
  NullArrayIndex: 'Index operation failed; the array index evaluated to null.',
  /** ParserStrings.resx BadExpression */
  BadExpression: "The expression after '{0}' in a pipeline element produced an object that was not valid. It must result in a command name, a script block, or a CommandInfo object.",
  /** ParserStrings.resx NullArray */
  NullArray: 'Cannot index into a null array.',
  /** ParserStrings.resx IndexOutOfRange (array assignment) */
  IndexOutOfRange: "Array assignment failed because index '{0}' was out of range.",
  /** ParserStrings.resx CannotIndex */
  CannotIndex: "Unable to index into an object of type \"{0}\".",
  /** ErrorPackage.resx / pwsh's ErrorPreferenceStop */
  ErrorPreferenceStop: 'The running command stopped because the preference variable "{0}" or common parameter is set to Stop: {1}',
  /** GetErrorText.resx ScriptCallDepthException */
  CallDepthOverflow: 'The script failed due to call depth overflow.',
  /** .NET's NotSupportedException text, for what psh cannot run yet (background jobs, classes) */
  OperationNotSupported: 'Specified method is not supported.',
  /** The message pwsh gives `throw` without an argument (a literal in pwsh's compiler) */
  ScriptHalted: 'ScriptHalted',
} as const;

export { formatMessage } from '../../../grammar/errors.js';
