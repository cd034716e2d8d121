/**
 * pwsh's English texts for the file-system and location cmdlets, one table per resource file
 * (named after it), copied from pwsh's resources.
 */

/** System.Management.Automation/SessionStateStrings.resx */
export const sessionStateStrings = {
  PathNotFound: "Cannot find path '{0}' because it does not exist.",
  LocationUndoStackIsEmpty: 'There is no location history left to navigate backwards.',
  LocationRedoStackIsEmpty: 'There is no location history left to navigate forwards.',
  StackNotFound: "Cannot find location stack '{0}'. It does not exist or it is not a container.",
  PathResolvedToMultiple: "Cannot set the location because path '{0}' resolved to multiple containers. You can only set the location to a single container at a time.",
  GetContainerContentException: "Unable to get content because it is a directory: '{0}'. Please use 'Get-ChildItem' instead.",
  WriteContainerContentException: "Unable to write content because it is a directory: '{0}'.",
  ClearDirectoryContent: "Unable to clear content of '{0}' because it is a directory. Clear-Content is only supported on files.",
  CopyContainerToContainerWithoutRecurseOrContainer: 'Container cannot be copied to another container. The -Recurse or -Container parameter is not specified.',
  CopyContainerItemToLeafError: 'Container cannot be copied onto existing leaf item.',
  RenameMultipleItemError: 'Cannot rename item because the path resolved to multiple items. Only one item can be renamed at a time.',
  MoveItemOneDestination: 'Cannot move the item because the destination resolved to multiple paths. Specify a destination path that resolves to a single destination and try again.',
};

/** System.Management.Automation/FileSystemProviderStrings.resx */
export const fileSystemProviderStrings = {
  DirectoryDisplayGrouping: '    Directory: ',
  RemoveItemActionFile: 'Remove File',
  RemoveItemActionDirectory: 'Remove Directory',
  CopyItemActionFile: 'Copy File',
  CopyItemActionDirectory: 'Copy Directory',
  CopyItemResourceFileTemplate: 'Item: {0} Destination: {1}',
  RenameItemActionFile: 'Rename File',
  RenameItemActionDirectory: 'Rename Directory',
  RenameItemResourceFileTemplate: 'Item: {0} Destination: {1}',
  MoveItemActionFile: 'Move File',
  MoveItemActionDirectory: 'Move Directory',
  MoveItemResourceFileTemplate: 'Item: {0} Destination: {1}',
  NewItemActionFile: 'Create File',
  NewItemActionDirectory: 'Create Directory',
  NewItemActionTemplate: 'Destination: {0}',
  ClearContentActionFile: 'Clear Content',
  ClearContentesourceTemplate: 'Item: {0}',
  ItemNotFound: 'Could not find item {0}.',
  DirectoryExist: 'An item with the specified name {0} already exists.',
  DirectoryNotEmpty: 'Directory {0} cannot be removed because it is not empty.',
  UnknownType: 'The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.',
  DelimiterError: 'A delimiter cannot be specified when reading the stream one byte at a time.',
  CopyError: 'Cannot overwrite the item {0} with itself.',
  TargetCannotBeSubdirectoryOfSource: 'Destination path cannot be a subdirectory of the source or the source itself: {0}.',
  NoFirstLastWaitForRaw: "The '{0}' and '{1}' parameters cannot be specified in the same command.",
};

/** Microsoft.PowerShell.Commands.Management/NavigationResources.resx */
export const navigationResources = {
  RemoveItemWithChildren:
    'The item at {0} has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?',
  SetContentAction: 'Set Content',
  SetContentTarget: 'Path: {0}',
  AddContentAction: 'Add Content',
  AddContentTarget: 'Path: {0}',
  RenameItemDoesntExist: "Cannot rename because item at '{0}' does not exist.",
  ParsePathFormatError: "Cannot parse path because path '{0}' does not have a qualifier specified.",
};

/** Microsoft.PowerShell.Commands.Management/TestPathResources.resx */
export const testPathResources = {
  PathIsNullOrEmptyCollection: 'The provided Path argument was null or an empty collection.',
};

/** System.Management.Automation/PathUtilsStrings.resx */
export const pathUtilsStrings = {
  UtilityFileExistsNoClobber: 'File {0} already exists and {1} was specified.',
  OutFile_MultipleFilesNotSupported: 'Cannot perform operation because the path resolved to more than one file. This command cannot operate on multiple files.',
  OutFile_DidNotResolveFile: 'Cannot perform operation because the wildcard path {0} did not resolve to a file.',
};

/**
 * System.Management.Automation/FormatAndOut_out_xxx.resx (not among the shared resource files;
 * the text is pwsh's source's).
 */
export const formatAndOutStrings = {
  OutFile_Action: 'Output to File',
};
