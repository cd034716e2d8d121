/**
 * pwsh's English texts for parameter binding, argument validation and ShouldProcess, keyed by
 * resource name and grouped by the .resx file they come from (test/binding/messages.test.ts
 * checks each one against pwsh's resources). `{0}`... are composite-format placeholders; for a
 * ParameterBindingException {0} is the command, {1} the parameter, {2} its type, {3} the
 * argument's type and {6}... the error's own arguments.
 */
export const parameterBinderStrings = {
  NamedParameterNotFound: "A parameter cannot be found that matches parameter name '{1}'.",
  PositionalParameterNotFound: "A positional parameter cannot be found that accepts argument '{1}'.",
  MissingArgument: "Missing an argument for parameter '{1}'. Specify a parameter of type '{2}' and try again.",
  AmbiguousParameter: "Parameter cannot be processed because the parameter name '{1}' is ambiguous. Possible matches include:{6}.",
  CannotConvertArgument: "Cannot convert '{6}' to the type '{2}' required by parameter '{1}'. {7}",
  CannotConvertArgumentNoMessage: "Cannot bind parameter '{1}'. {6}",
  AmbiguousPositionalParameterNoName: 'Cannot bind positional parameters because no names were given.',
  AmbiguousParameterSet:
    'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
  MissingMandatoryParameter: 'Cannot process command because of one or more missing mandatory parameters:{1}.',
  ParameterAlreadyBound:
    'Cannot bind parameter because parameter \'{1}\' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".',
  ScriptBlockArgumentNoInput:
    "Cannot evaluate parameter '{1}' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input.",
  ScriptBlockArgumentInvocationFailed: "The input to the script block for parameter '{1}' failed. {6}",
  ScriptBlockArgumentNoOutput: "Cannot evaluate parameter '{1}' because its argument input did not produce any output.",
  InputObjectNotBound:
    'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
  InputObjectMissingMandatory: 'The input object cannot be bound because it did not contain the information required to bind all mandatory parameters: {6}',
  PromptMessage: 'Supply values for the following parameters:',
  PromptCaption: 'cmdlet {0} at command pipeline position {1}',
  ParameterArgumentTransformationError: "Cannot process argument transformation on parameter '{1}'. {6}",
  ParameterArgumentValidationError: "Cannot validate argument on parameter '{1}'. {6}",
  ParameterArgumentValidationErrorNullNotAllowed: "Cannot bind argument to parameter '{1}' because it is null.",
  ParameterArgumentValidationErrorEmptyStringNotAllowed: "Cannot bind argument to parameter '{1}' because it is an empty string.",
  ParameterArgumentValidationErrorEmptyCollectionNotAllowed: "Cannot bind argument to parameter '{1}' because it is an empty collection.",
  ParameterArgumentValidationErrorEmptyArrayNotAllowed: "Cannot bind argument to parameter '{1}' because it is an empty array.",
  DefaultBindingErrorElaborationMultiple:
    '{6} This error might have been caused by applying the default parameter binding. You can disable the default parameter binding in $PSDefaultParameterValues by setting $PSDefaultParameterValues["Disabled"] to be $true, and then trying again. The following default parameters were successfully bound for this cmdlet when the error occurred:{7}',
  DefaultBindingErrorElaborationSingle:
    '{6} This failure might be caused by applying the default parameter binding. You can disable the default parameter binding in $PSDefaultParameterValues by setting $PSDefaultParameterValues["Disabled"] to be $true, and retry. The following default parameter was successfully bound for this cmdlet when the error occurred:{7}',
  FailToBindDefaultParameter: "The binding of default value '{0}' to parameter '{1}' failed: {2}",
} as const;

/** Metadata.resx: the validation attributes' own failure texts. */
export const metadataStrings = {
  ValidateRangePositiveFailure: 'The argument "{0}" cannot be validated because its value is not greater than zero.',
  ValidateRangeNonNegativeFailure: 'The argument "{0}" cannot be validated because its value is not greater than or equal to zero.',
  ValidateRangeNegativeFailure: 'The argument "{0}" cannot be validated because its value is not less than zero.',
  ValidateRangeNonPositiveFailure: 'The argument "{0}" cannot be validated because its value is not less than or equal to zero.',
  ValidateRangeGreaterThanMaxRangeFailure:
    'The {0} argument is greater than the maximum allowed range of {1}. Supply an argument that is less than or equal to {1} and then try the command again.',
  ValidateRangeSmallerThanMinRangeFailure:
    'The {0} argument is less than the minimum allowed range of {1}. Supply an argument that is greater than or equal to {1} and then try the command again.',
  ValidatePatternFailure: 'The argument "{0}" does not match the "{1}" pattern. Supply an argument that matches "{1}" and try the command again.',
  ValidateCountExactFailure: 'The parameter requires exactly {0} value(s) - {1} value(s) were provided.',
  ValidateCountMinMaxFailure: 'The parameter requires at least {0} value(s) and no more than {1} value(s) - {2} value(s) were provided.',
  ValidateCountNotInArray:
    'The ValidateCount attribute cannot be applied to a non-array parameter. Either remove the attribute from the parameter or make the parameter an array parameter.',
  ValidateLengthMinLengthFailure:
    'The character length ({1}) of the argument is too short. Specify an argument with a length that is greater than or equal to "{0}", and then try the command again.',
  ValidateLengthMaxLengthFailure:
    'The character length ({1}) of the argument is too long. Specify an argument with a length that is shorter than or equal to "{0}", and then try the command again.',
  ValidateSetFailure:
    'The argument "{0}" does not belong to the set "{1}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.',
  ValidateNotNullFailure: 'The argument is null. Provide a valid value for the argument, and then try running the command again.',
  ValidateNotNullCollectionFailure:
    'The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again.',
  ValidateNotNullOrEmptyFailure: 'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.',
  ValidateNotNullOrEmptyCollectionFailure:
    'The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.',
  ParameterNameAlreadyExistsForCommand: "A parameter with the name '{0}' was defined multiple times for the command.",
  ParameterNameConflictsWithAlias: "The parameter '{0}' cannot be specified because it conflicts with the parameter alias of the same name for parameter '{1}'.",
  AliasParameterNameAlreadyExistsForCommand: "The parameter alias cannot be specified because an alias with the name '{0}' was already defined multiple times for the command.",
  ParsingTooManyParameterSets: 'Cannot get or run the command. The maximum number of parameter sets for this command has been exceeded.',
  ValidateScriptFailure:
    'The "{1}" validation script for the argument with value "{0}" did not return a result of True. Determine why the validation script failed, and then try the command again.',
} as const;

/** CommandBaseStrings.resx: ShouldProcess and the confirmation prompt. */
export const commandBaseStrings = {
  ContinueOneLabel: '&Yes',
  ContinueOneHelpMessage: 'Continue with only the next step of the operation.',
  ContinueAllLabel: 'Yes to &All',
  ContinueAllHelpMessage: 'Continue with all the steps of the operation.',
  SkipOneLabel: '&No',
  SkipOneHelpMessage: 'Skip this operation and proceed with the next operation.',
  SkipAllLabel: 'No to A&ll',
  SkipAllHelpMessage: 'Skip this operation and all subsequent operations.',
  PauseLabel: '&Suspend',
  PauseHelpMessage: 'Pause the current pipeline and return to the command prompt. Type "{0}" to resume the pipeline.',
  ShouldProcessMessage: 'Performing the operation "{0}" on target "{1}".',
  ShouldProcessWhatIfMessage: 'What if: {0}',
  ShouldProcessWarningFallback: 'Are you sure you want to perform this action?\n{0}',
  InquireCaptionDefault: 'Confirm',
  InquireHalt: 'The running command stopped because the user selected the Stop option.',
  InquireCtrlC: 'The running command stopped because the user interrupted the command.',
} as const;

/** ConsoleHostUserInterfaceStrings.resx: how the console host writes a choice prompt. */
export const consoleHostStrings = {
  PromptForChoiceHelp: '[?] Help ',
  DefaultChoicePrompt: '(default is "{0}"): ',
} as const;

/** HelpDisplayStrings.resx CommonParameters: the placeholder syntax text uses for the common parameters. */
export const helpDisplayStrings = {
  CommonParameters: '<CommonParameters>',
} as const;
