/**
 * pwsh's English texts for the data and utility cmdlets (JSON, CSV, variables, aliases, dates,
 * host), keyed by resource name and grouped by the .resx file they come from
 * (test/cmdlets/data-messages.test.ts checks them against pwsh's resources).
 */

/** Microsoft.PowerShell.Commands.Utility/WebCmdletStrings.resx */
export const webCmdletStrings = {
  JsonMaxDepthReached: 'Resulting JSON is truncated as serialization has exceeded the set depth of {0}.',
  JsonDeserializationFailed: 'Conversion from JSON failed with error: {0}',
  NonStringKeyInDictionary: "The type '{0}' is not supported for serialization or deserialization of a dictionary. Keys must be strings.",
  EmptyKeyInJsonString: 'The provided JSON includes a property whose name is an empty string, this is only supported using the -AsHashTable switch.',
  DuplicateKeysInJsonString: "Cannot convert the JSON string because a dictionary that was converted from the string contains the duplicated key '{0}'.",
  KeysWithDifferentCasingInJsonString:
    "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '{0}' was '{1}'.",
};

/** System.Management.Automation/SessionStateStrings.resx */
export const sessionStateStrings = {
  VariableNotFound: "Cannot find a variable with the name '{0}'.",
  VariableAlreadyExists: "A variable with name '{0}' already exists.",
  VariableNotWritable: 'Cannot overwrite variable {0} because it is read-only or constant.',
  VariableNotRemovable: 'Cannot remove variable {0} because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.',
  VariableCannotBeMadeConstant: 'Existing variable {0} cannot be made constant. Variables can be made constant only at creation time.',
  ScopeIDExceedsAvailableScopes: "The scope number '{0}' exceeds the number of active scopes.",
  AliasNotFound: "Cannot find alias because alias '{0}' does not exist.",
  AliasAlreadyExists: "The alias is not allowed, because an alias with the name '{0}' already exists.",
  AliasNotWritable: 'Alias is not writeable because alias {0} is read-only or constant and cannot be written to.',
  AliasNotRemovable: 'Alias was not removed because alias {0} is constant or read-only.',
  AliasCannotBeMadeConstant: 'Alias {0} cannot be made constant after it has been created. Aliases can only be made constant at creation time.',
};

/** System.Management.Automation/AutomationExceptions.resx */
export const automationExceptions = {
  InvalidScopeIdArgument:
    'Cannot process argument because the value of parameter "{0}" is not valid. Valid values are "Global", "Local", or "Script", or a number relative to the current scope (0 through the number of scopes where 0 is the current scope and 1 is its parent). Change the value of the "{0}" parameter and run the operation again.',
};

/** Microsoft.PowerShell.Commands.Utility/VariableCommandStrings.resx */
export const variableCommandStrings = {
  SetVariableAction: 'Set variable',
  SetVariableTarget: 'Name: {0} Value: {1}',
  NewVariableAction: 'New variable',
  NewVariableTarget: 'Name: {0} Value: {1}',
  RemoveVariableAction: 'Remove variable',
  RemoveVariableTarget: 'Name: {0}',
  ClearVariableAction: 'Clear variable',
  ClearVariableTarget: 'Name: {0}',
};

/** Microsoft.PowerShell.Commands.Utility/AliasCommandStrings.resx */
export const aliasCommandStrings = {
  SetAliasAction: 'Set Alias',
  SetAliasTarget: 'Name: {0} Value: {1}',
  NewAliasAction: 'New Alias',
  NewAliasTarget: 'Name: {0} Value: {1}',
  NoAliasFound: "This command cannot find a matching alias because an alias with the {0} '{1}' does not exist.",
};

/** Microsoft.PowerShell.Commands.Utility/GetRandomCommandStrings.resx */
export const getRandomCommandStrings = {
  MinGreaterThanOrEqualMax: 'The Minimum value ({0}) cannot be greater than or equal to the Maximum value ({1}).',
};

/** Microsoft.PowerShell.Commands.Utility/StartSleepStrings.resx */
export const startSleepStrings = {
  MaximumDurationExceeded: "The '-Duration' parameter value must not exceed '{0}', provided value was '{1}'.",
};

/** Microsoft.PowerShell.Commands.Utility/CsvCommandStrings.resx */
export const csvCommandStrings = {
  CannotAppendCsvWithMismatchedPropertyNames:
    'Cannot append CSV content to the following file: {1}. The appended object does not have a property that corresponds to the following column: {0}. To continue with mismatched properties, add the -Force parameter, and then retry the command.',
  CannotSpecifyQuoteFieldsAndUseQuotes: 'You must specify either the -UseQuotes or -QuoteFields parameters, but not both.',
  CannotSpecifyPathAndLiteralPath: 'You must specify either the -Path or -LiteralPath parameters, but not both.',
  UseDefaultNameForUnspecifiedHeader: 'One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.',
  CannotSpecifyAppendAndNoHeader: 'You must specify either the -Append or -NoHeader parameters, but not both.',
};

/** Microsoft.PowerShell.ConsoleHost/ConsoleHostUserInterfaceSecurityResources.resx */
export const consoleHostSecurityStrings = {
  PromptForCredential_User: 'User: ',
  PromptForCredential_Password: 'Password for user {0}: ',
};

/** Microsoft.PowerShell.Commands.Utility/WriteProgressResourceStrings.resx */
export const writeProgressStrings = {
  Processing: 'Processing',
};

/** Microsoft.PowerShell.Commands.Utility/MatchStringStrings.resx */
export const matchStringStrings = {
  FileReadError: 'The file {0} cannot be read: {1}',
  FilterContextWarning: 'The option "Context" is not valid when searching results that are piped from Select-String output.',
  InvalidRegex: 'The string {0} is not a valid regular expression: {1}',
  CannotSpecifyCultureWithoutSimpleMatch: 'You must specify -Culture parameter only with -SimpleMatch parameter.',
};

/** Microsoft.PowerShell.Commands.Utility/ConvertFromStringData.resx */
export const convertFromStringDataStrings = {
  InvalidDataLine: "Data line '{0}' is not in 'name=value' format. ",
  DataItemAlreadyDefined: "Data item '{1}' in line '{0}' is already defined. ",
};
