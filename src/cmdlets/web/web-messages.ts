/**
 * pwsh's English texts for the web cmdlets: Microsoft.PowerShell.Commands.Utility's
 * WebCmdletStrings.resx (test/cmdlets/web/web-messages.test.ts checks them against it).
 */
export const webRequestStrings = {
  AllowUnencryptedAuthenticationRequired:
    'The cmdlet cannot protect plain text secrets sent over unencrypted connections. To suppress this warning and send plain text secrets over unencrypted networks, reissue the command specifying the AllowUnencryptedAuthentication parameter.',
  AuthenticationCredentialNotSupplied:
    'The cmdlet cannot run because the following parameter is not specified: Credential. The supplied Authentication type requires a Credential. Specify Credential, then retry.',
  AuthenticationTokenNotSupplied:
    'The cmdlet cannot run because the following parameter is not specified: Token. The supplied Authentication type requires a Token. Specify Token, then retry.',
  AuthenticationTokenConflict: 'The cmdlet cannot run because the following conflicting parameters are specified: Credential and Token. Specify either Credential or Token, then retry.',
  BodyConflict: 'The cmdlet cannot run because the following conflicting parameters are specified: Body and InFile. Specify either Body or Infile, then retry.  ',
  BodyFormConflict: 'The cmdlet cannot run because the following conflicting parameters are specified: Body and Form. Specify either Body or Form, then retry.  ',
  FormInFileConflict: 'The cmdlet cannot run because the following conflicting parameters are specified: InFile and Form. Specify either InFile or Form, then retry.  ',
  SessionConflict: 'The cmdlet cannot run because the following conflicting parameters are specified: Session and SessionVariable. Specify either Session or SessionVariable, then retry.',
  OutFileMissing: 'The cmdlet cannot run because the following parameter is missing: OutFile. Provide a valid OutFile parameter value when using the {0} parameter, then retry.',
  ResponseStatusCodeFailure: 'Response status code does not indicate success: {0} ({1}).',
  MaximumRedirectionCountExceeded:
    'The maximum redirection count has been exceeded. To increase the number of redirections allowed, supply a higher value to the -MaximumRedirection parameter.',
  FollowingRelLinkVerboseMsg: 'Following rel link {0}',
  RetryVerboseMsg: 'Retrying after interval of {0} seconds. Status code for previous attempt: {1}',
  ResumeNotFilePath: 'The Resume switch can only be used if OutFile targets a file but it resolves to a directory: {0}.',
  OutFileWritingSkipped: 'The file will not be re-downloaded because the remote file is the same size as the OutFile: {0}',
  WebMethodResumeFailedVerboseMsg: 'The remote server indicated it could not resume downloading. The local file will be overwritten.',
};
