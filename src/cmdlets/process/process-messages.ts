/** pwsh's English texts for the process cmdlets, and .NET's for System.Diagnostics.Process. */

/** Microsoft.PowerShell.Commands.Management/ProcessResources.resx */
export const processResources = {
  NoProcessFoundForGivenName: 'Cannot find a process with the name "{0}". Verify the process name and call the cmdlet again.',
  RecommendIdTagForGivenName: 'Cannot find a process with the name "{0}". Try running with -Id to search by Id of processes.',
  NoProcessFoundForGivenId: 'Cannot find a process with the process identifier {1}.',
  CouldNotStopProcess: 'Cannot stop process "{0} ({1})" because of the following error: {2}',
  ProcessNameForConfirmation: '{0} ({1})',
  StartProcessTarget: '{0} {1}',
  ProcessIsNotTerminated: 'This command stopped operation of "{0} ({1})" because of the following error: {2}.',
  WaitOnItself: 'This command stopped operation because it cannot wait on itself. Specify another process and Run your command again.',
  ProcessNotTerminated: 'This command stopped operation because process "{0} ({1})" is not stopped in the specified time-out.',
  InvalidStartProcess: 'This command cannot be run due to the error: {0}',
  InvalidInput: 'This command cannot be run because either the parameter "{0}" has a value that is not valid or cannot be used with this command. Give a valid input and Run your command again.',
  DuplicateEntry: 'This command cannot be run because "{0}" and "{1}" are same. Give different inputs and Run your command again.',
  ParameterNotSupportedOnPSEdition: "The parameter '{0}' is not supported for the cmdlet '{1}' on this edition of PowerShell.",
};

/** System.Diagnostics.Process's Strings.resx (dotnet/runtime). */
export const dotNetProcessStrings = {
  NoProcessInfo: 'Process has exited, so the requested information is not available.',
  WaitTillExit: 'Process must exit before requested information can be determined.',
  NoProcessHandle: 'Process was not started by this object, so requested information cannot be determined.',
  ProcessHasExited: 'Cannot process request because the process ({0}) has exited.',
  ProcessInformationUnavailable: 'Unable to retrieve the specified information about the process or thread.  It may have exited or may be privileged.',
  KillEntireProcessTree_DisallowedBecauseTreeContainsCallingProcess: 'Cannot be used to terminate a process tree containing the calling process.',
  ErrorStartingProcess: "An error occurred trying to start process '{0}' with working directory '{1}'. {2}",
};
