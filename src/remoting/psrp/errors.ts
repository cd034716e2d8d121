/**
 * Typed errors of the PSRP layer. `errorId` is the pwsh resource name whose text is the message,
 * so callers can build an ErrorRecord with pwsh's FullyQualifiedErrorId.
 */

/** pwsh's English texts (RemotingErrorIdStrings, RunspacePoolStrings, PowerShellStrings). */
const messages = {
  // RemotingErrorIdStrings.resx
  NotEnoughHeaderForRemoteDataObject:
    'An error occurred while decoding data received from the remote computer. At least {0} bytes of data are required to decode a deserialized object that is received from a remote computer. This can happen if the fragments are not properly constructed by the remote computer, or if the data was corrupted or changed.',
  ObjectIdCannotBeLessThanZero:
    'ObjectId cannot be less than or equal to 0. This can happen if the fragments are not properly constructed by the remote computer, or the data has been changed by unauthorized users.',
  ObjectIdsNotMatching:
    'Unexpected ObjectId received. This can happen if the fragments are not properly constructed by the remote computer, or the data might have been corrupted or changed.',
  FragmentIdsNotInSequence:
    'The FragmentIDs of the same object must be in sequence, incrementally changing by 1. This can happen if the fragments are not properly constructed by the remote computer. The data might also have been corrupted or changed.',
  MissingIsStartFragment: 'The IsStartFragment flag for the first fragment is not set.',
  MissingIsEndFragment:
    'The IsEndFragment flag is not set for the last fragment. This can happen if the fragments are not properly constructed by the remote computer, or if the data was corrupted or changed.',
  ObjectIsTooBig:
    'Remoting data is too large to be reassembled from the fragments. This can happen if the length of the data in a fragment is greater than Int32.Max. It can also occur if the data was changed by unauthorized users.',
  BlobLengthNotInRange: 'Fragment blob length is out of range: {0}',
  ReceivedUnsupportedDataType: 'Received remoting data with unsupported data type: {0}.',
  ReceivedUnsupportedAction: 'Received remoting data with unsupported action: {0}.',
  ReceivedUnsupportedRemoteHostCall: 'Received unsupported remote host call: {0}.',
  MissingProperty: 'Remoting data is missing {0} property.',
  DeserializedObjectIsNull: 'Deserialized remoting data is null.',
  ServerNegotiationFailed:
    'The server that is running PowerShell does not support the {0} {1} negotiated by the client computer. Verify that the client computer is compatible with the build {2} and the protocol version {3} of PowerShell.',
  ClientNegotiationFailed:
    'PowerShell client does not support the {0} {1} negotiated by the server. Make sure the server is compatible with the build {2} and the protocol version {3} of PowerShell.',
  // RunspacePoolStrings.resx
  InvalidRunspacePoolState:
    "Cannot perform the operation because the runspace pool is not in the '{0}' state. The current state is '{1}'.",
  CannotOpenAgain: "Cannot open the runspace pool because it is not in the 'BeforeOpen' state. The current state is '{0}'.",
  CannotWhileDisconnected: 'Cannot perform the operation because the runspace pool is in the Disconnected state.',
  MaxPoolLessThan1: 'The maximum pool size cannot be less than 1.',
  MinPoolLessThan1: 'The minimum pool size cannot be less than 1.',
  MinPoolGreaterThanMaxPool: 'The minimum pool size cannot be greater than the maximum pool size.',
  DisconnectNotSupportedOnServer:
    'The Disconnect operation is not supported on the server.  The server must be running PowerShell 3.0 or greater for remote runspace pool disconnection support.',
  ResetRunspaceStateNotSupportedOnServer:
    'ResetRunspaceState is not supported on the server.  The server must be running PowerShell 5.0 or greater.',
  // RunspaceStrings.resx
  InvalidPipelineStateStateGeneral: 'The pipeline state is not valid for this operation.',
} as const;

export type PsrpErrorId = keyof typeof messages;

function format(template: string, args: readonly (string | number | bigint)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const arg = args[Number(index)];
    return arg === undefined ? whole : String(arg);
  });
}

export class PsrpError extends Error {
  override readonly name = 'PsrpError';
  readonly errorId: PsrpErrorId;
  /** Extra, non-localised context (which byte offset, which state...), for logs and the trace decoder. */
  readonly detail: string | undefined;

  constructor(errorId: PsrpErrorId, args: readonly (string | number | bigint)[] = [], detail?: string) {
    super(format(messages[errorId], args) + (detail === undefined ? '' : ` (${detail})`));
    this.errorId = errorId;
    this.detail = detail;
  }
}
