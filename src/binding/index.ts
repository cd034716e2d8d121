/**
 * Parameter binding for cmdlets and functions: command metadata, the binder, ShouldProcess and
 * syntax text. The evaluator builds a ParameterBinder per command invocation.
 */
export {
  ParameterBinder,
  type BindOptions,
  type CommandArgument,
  type MandatoryPrompt,
  type PipelineBindingOutcome,
} from './binder.js';
export { defaultBindingContext, type BindingContext, type PropertyLookup } from './context.js';
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
export { commandParameterSetSyntax, commandSyntax, helpParameterSetSyntax, shortTypeName, wrapSyntax, type ParameterSetSyntax } from './syntax.js';
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
