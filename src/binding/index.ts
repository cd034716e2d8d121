/**
 * Parameter binding for cmdlets and functions: command metadata, the binder, ShouldProcess and
 * syntax text.
 *
 * Use per command invocation:
 *   const binder = new ParameterBinder(defineCommand(spec));   // metadata: define once per command
 *   binder.bindCommandLine(args, { pipelineInputExpected, defaultParameterValues, ... });
 *   for each input object: const outcome = binder.bindPipelineObject(input);
 *     outcome.bound -> run ProcessRecord with binder.boundParameterValues ($PSBoundParameters)
 *     else          -> write outcome.error as a non-terminating error (target: the input object)
 * bindCommandLine throws ParameterBindingError (a terminating error); its errorId,
 * fullyQualifiedErrorId, category, exceptionTypeName, innerException and position (the
 * argument's extent as given) carry what pwsh's ErrorRecord shows.
 */
export {
  ParameterBinder,
  type BindOptions,
  type CommandArgument,
  type MandatoryPrompt,
  type PipelineBindingOutcome,
} from './binder.js';
export { defaultBindingContext, resolveParameterType, type BindingContext, type PropertyLookup } from './context.js';
export { MetadataError, ParameterBindingError, type BindingErrorCategory, type InnerException } from './errors.js';
export {
  allParameterSets,
  commonParameterNames,
  defineCommand,
  type CommandMetadata,
  type CommandSpec,
  type CommandType,
  type ConfirmImpact,
  type ParameterAttributeSpec,
  type ParameterMetadata,
  type ParameterSetData,
  type ParameterSpec,
} from './metadata.js';
export {
  commandParameterSetSyntax,
  commandSyntax,
  helpParameterSetSyntax,
  parameterSetsOf,
  shortTypeName,
  wrapSyntax,
  type ParameterSetSyntax,
} from './syntax.js';
export { ValidationFailure, type ValidationAttribute, type ValidateRangeKind } from './validation.js';
export {
  choicePromptLine,
  confirmationChoices,
  hotkeyAndLabel,
  ShouldProcess,
  ShouldProcessStopped,
  type ChoiceDescription,
  type ContinueStatus,
  type ShouldProcessHost,
  type ShouldProcessPreferences,
} from './should-process.js';
