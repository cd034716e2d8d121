/**
 * pwsh's English texts for the object cmdlets (Select-Object, Sort-Object, Measure-Object, Add-Member,
 * Get-Member, New-Object), keyed by resource name and grouped by the .resx file they come from
 * (test/cmdlets/object-messages.test.ts checks them against pwsh's resources).
 */
export const selectObjectStrings = {
  RenamingMultipleResults: 'Cannot rename multiple results.',
  PropertyNotFound: 'Property "{0}" cannot be found.',
  MutlipleExpandProperties: 'Multiple properties cannot be expanded.',
  AlreadyExistingProperty: 'The property cannot be processed because the property "{0}" already exists.',
  EmptyScriptBlockAndNoName: 'A property is an empty script block and does not provide a name.',
};

export const sortObjectStrings = {
  PropertyNotFound: '"Sort-Object" - "{0}" cannot be found in "InputObject".',
};

/** UtilityCommonStrings.resx. */
export const groupObjectStrings = {
  GroupObjectWithHashTable: 'The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.',
  GroupObjectSingleProperty: 'The command cannot be run because using the AsHashTable parameter with more than one property requires adding the AsString parameter.',
  InvalidOperation:
    'The objects grouped by this property cannot be expanded because there is a key duplication. Provide a valid value for the property, and then try again.',
};

export const measureObjectStrings = {
  PropertyNotFound: 'The property "{0}" cannot be found in the input for any objects.',
  NonNumericInputObject: 'Input object "{0}" is not numeric.',
};

export const addMemberStrings = {
  WrongMemberCount: 'To add a member, only one member type can be specified. The member types specified are: "{0}"',
  CannotAddMemberType: 'Cannot add a member with type "{0}". Specify a different type for the MemberTypes parameter.',
  Value2ShouldNotBeSpecified:
    'The SecondValue parameter is not necessary for a member of type "{0}", and should not be specified. Do not specify the SecondValue parameter when you add members of this type.',
  Value1Prompt: 'The Value parameter is required for a member of type "{0}". Specify the Value parameter when adding members of this type.',
  Value1AndValue2AreNotBothNull:
    'Both Value and SecondValue parameters should not be null for a member of type "{0}". Specify a non-null value for one of the two parameters.',
  MemberAlreadyExists:
    'Cannot add a member with the name "{0}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.',
  AliasReferenceShouldNotBeNullOrEmpty: 'The member referenced by this alias should not be null or empty.',
  Value1ShouldNotBeNull:
    'The Value parameter should not be null for a member of type "{0}". Specify a non-null value for the Value parameter when adding members of this type.',
  InvalidValueForNotePropertyName:
    'The parameter NotePropertyName cannot take values that could be converted to the type {0}. To define the name of a member with those values, use Add-Member, and specify the member type.',
  Value2ShouldNotBeNull:
    'The SecondValue parameter should not be null for a member of type "{0}". Specify a non-null value for the SecondValue parameter when adding members of this type.',
  NotePropertyNameShouldNotBeNull: 'The name for a NoteProperty member should not be null or an empty string.',
  TypeNameShouldNotBeEmpty: 'The TypeName parameter should not be null, empty, or contain only white spaces.',
};

export const getMemberStrings = {
  NoObjectSpecified: 'You must specify an object for the Get-Member cmdlet.',
};

export const newObjectStrings = {
  CannotFindAppropriateCtor: 'A constructor was not found. Cannot find an appropriate constructor for type {0}.',
  TypeNotFound: 'Cannot find type [{0}]: verify that the assembly containing this type is loaded.',
  MemberNotFound: 'The member "{1}" was not found for the specified {2} object.',
  InvalidValue: 'The value supplied is not valid, or the property is read-only. Change the value, and then try again.',
};

/**
 * FormatAndOut_MshParameter.resx (not among the shared resources; texts from pwsh's source):
 * the errors for calculated-property hashtables.
 */
export const mshParameterStrings = {
  UnknownParameterTypeError: 'Cannot convert {0} to one of the following types {1}.',
  NullParameterTypeError: 'The value of a parameter was null; one of the following types was expected: {0}.',
  DuplicateKeyError: 'The duplicated key "{0}" conflicts with "{1}".',
  IllegalTypeMultiError: 'The "{0}" key has a type, {1}, that is not valid; expected types are {2}.',
  IllegalTypeSingleError: 'The "{0}" key has a type, {1}, that is not valid; expected type is {2}.',
  AmbiguousKeyError: 'The {0} key is ambiguous; {1} and {2} conflict.',
  DictionaryKeyNonStringError: 'The {0} key type is not valid. The key must be a string.',
  MissingKeyValueError: 'The {0} key has no value.',
  MissingKeyMandatoryEntryError: 'A mandatory entry for {0} is missing.',
  IllegalKeyError: 'The {0} key is not valid.',
  MshExEmptyStringHashError: 'The "{0}" key cannot have an empty string value.',
  MshExEmptyStringError: 'An empty string value is not allowed.',
  MshExGlobbingHashError: 'The "{0}" key cannot have wildcard characters in value "{1}".',
  MshExGlobbingStringError: 'Wildcard characters are not allowed in "{0}".',
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
