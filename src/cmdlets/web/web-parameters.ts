/**
 * WebRequestPSCmdlet's parameters, which Invoke-WebRequest and Invoke-RestMethod share: names,
 * types, sets, aliases and validation as pwsh 7.4 declares them. -Certificate and -UnixSocket
 * are left out: psh has neither .NET type.
 */
import type { ParameterSpec } from '../../binding/metadata.js';
import { defineEnum } from '../../engine/dotnet/enums.js';

defineEnum('Microsoft.PowerShell.Commands.WebRequestMethod', { Default: 0, Get: 1, Head: 2, Post: 3, Put: 4, Delete: 5, Trace: 6, Options: 7, Merge: 8, Patch: 9 });
defineEnum('Microsoft.PowerShell.Commands.WebAuthenticationType', { None: 0, Basic: 1, Bearer: 2, OAuth: 3 });
defineEnum('Microsoft.PowerShell.Commands.WebSslProtocol', { Default: 0, Tls: 1, Tls11: 2, Tls12: 4, Tls13: 8 }, true);

const nonNegative = [{ kind: 'ValidateRange', min: 0, max: 2147483647 }] as const;
const notNullOrEmpty = [{ kind: 'ValidateNotNullOrEmpty' }] as const;
const standardSets = { StandardMethod: {}, CustomMethod: {} };

export const webRequestParameters: readonly ParameterSpec[] = [
  { name: 'UseBasicParsing', type: 'switch' },
  { name: 'Uri', type: 'System.Uri', position: 0, mandatory: true, validation: notNullOrEmpty },
  { name: 'HttpVersion', type: 'System.Version' },
  { name: 'WebSession', type: 'Microsoft.PowerShell.Commands.WebRequestSession' },
  { name: 'SessionVariable', type: 'string', aliases: ['SV'] },
  { name: 'AllowUnencryptedAuthentication', type: 'switch' },
  { name: 'Authentication', type: 'Microsoft.PowerShell.Commands.WebAuthenticationType' },
  { name: 'Credential', type: 'System.Management.Automation.PSCredential' },
  { name: 'UseDefaultCredentials', type: 'switch' },
  { name: 'CertificateThumbprint', type: 'string', validation: notNullOrEmpty },
  { name: 'SkipCertificateCheck', type: 'switch' },
  { name: 'SslProtocol', type: 'Microsoft.PowerShell.Commands.WebSslProtocol' },
  { name: 'Token', type: 'securestring' },
  { name: 'UserAgent', type: 'string' },
  { name: 'DisableKeepAlive', type: 'switch' },
  { name: 'ConnectionTimeoutSeconds', type: 'int', aliases: ['TimeoutSec'], validation: nonNegative },
  { name: 'OperationTimeoutSeconds', type: 'int', validation: nonNegative },
  { name: 'Headers', type: 'System.Collections.IDictionary' },
  { name: 'SkipHeaderValidation', type: 'switch' },
  { name: 'AllowInsecureRedirect', type: 'switch' },
  { name: 'MaximumRedirection', type: 'int', validation: nonNegative },
  { name: 'MaximumRetryCount', type: 'int', validation: nonNegative },
  { name: 'PreserveAuthorizationOnRedirect', type: 'switch' },
  { name: 'RetryIntervalSec', type: 'int', validation: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }] },
  { name: 'Method', type: 'Microsoft.PowerShell.Commands.WebRequestMethod', parameterSets: { StandardMethod: {}, StandardMethodNoProxy: {} } },
  { name: 'CustomMethod', type: 'string', aliases: ['CM'], parameterSets: { CustomMethod: { mandatory: true }, CustomMethodNoProxy: { mandatory: true } }, validation: notNullOrEmpty },
  { name: 'PreserveHttpMethodOnRedirect', type: 'switch' },
  { name: 'NoProxy', type: 'switch', parameterSets: { CustomMethodNoProxy: { mandatory: true }, StandardMethodNoProxy: { mandatory: true } } },
  { name: 'Proxy', type: 'System.Uri', parameterSets: standardSets },
  { name: 'ProxyCredential', type: 'System.Management.Automation.PSCredential', parameterSets: standardSets },
  { name: 'ProxyUseDefaultCredentials', type: 'switch', parameterSets: standardSets },
  { name: 'Body', type: 'System.Object', valueFromPipeline: true },
  { name: 'Form', type: 'System.Collections.IDictionary' },
  { name: 'ContentType', type: 'string' },
  { name: 'TransferEncoding', type: 'string', validation: [{ kind: 'ValidateSet', values: ['chunked', 'compress', 'deflate', 'gzip', 'identity'], ignoreCase: true }] },
  { name: 'InFile', type: 'string', validation: notNullOrEmpty },
  { name: 'OutFile', type: 'string', validation: notNullOrEmpty },
  { name: 'PassThru', type: 'switch' },
  { name: 'Resume', type: 'switch' },
  { name: 'SkipHttpErrorCheck', type: 'switch' },
];
