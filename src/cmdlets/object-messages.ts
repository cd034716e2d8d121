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
  IllegalAlignmentValueError: 'The value "{0}" for key "{1}" is not valid; valid values are {2}.',
  OutOfRangeWidthValueError: 'The value "{0}" for key "{1}" should be greater than 0.',
  EmptyFormatStringValueError: 'Cannot have an empty formatting string for key "{0}".',
  MshExEmptyStringHashError: 'The "{0}" key cannot have an empty string value.',
  MshExEmptyStringError: 'An empty string value is not allowed.',
  MshExGlobbingHashError: 'The "{0}" key cannot have wildcard characters in value "{1}".',
  MshExGlobbingStringError: 'Wildcard characters are not allowed in "{0}".',
};

/** System.Management.Automation/InternalCommandStrings.resx: ForEach-Object and Where-Object. */
export const internalCommandStrings = {
  ForEachObjectTarget: 'InputObject: {0}',
  ForEachObjectPropertyAction: "Retrieve the value for property '{0}'",
  ForEachObjectMethodActionWithoutArguments: "Invoke method '{0}'",
  ForEachObjectMethodActionWithArguments: "Invoke method '{0}' with arguments: {1}",
  ForEachObjectKeyAction: "Retrieve the value for key '{0}'",
  AmbiguousPropertyOrMethodName: 'Input name "{0}" is ambiguous. It can be resolved to multiple matched members. Possible matches include:{1}.',
  AmbiguousMethodName: 'Input name "{0}" is ambiguous. It can be resolved to multiple matched methods. Possible matches include:{1}.',
  MethodNotFound: 'Input name "{0}" cannot be resolved to a method.',
  PropertyOrMethodNotFound: 'The input name "{0}" cannot be resolved to a member.',
  PropertyNotFound: 'The input name "{0}" cannot be resolved to a property.',
  InputObjectIsNull: "Cannot operate on a 'null' input object.",
  NoShouldProcessForScriptBlockSet: 'The -WhatIf and -Confirm parameters are not supported for script blocks.',
  ValueNotSpecifiedForWhereObject: 'The specified operator requires both the -Property and -Value parameters. Provide values for both parameters, and then try the command again.',
  OperatorNotSpecified:
    'An operator is required to compare the two specified values. Include a valid operator in the command, and then try the command again. For example, Get-Process | Where-Object -Property Name -eq Idle',
};
