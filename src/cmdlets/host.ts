/**
 * The host cmdlets: Read-Host, Get-Credential, Get-Host, Clear-Host and Write-Progress, with
 * ConvertTo-SecureString / ConvertFrom-SecureString for plain text. Prompts go through the
 * session's host user interface, so a non-interactive run fails them with pwsh's
 * NonInteractive-mode error.
 */
import { enumerableItems, formatMessage, toPSString } from '../engine/conversion/index.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import { HostInfo } from '../engine/runtime/host-info.js';
import { ProgressRecord } from '../engine/runtime/streams.js';
import { SecureString } from '../engine/values/index.js';
import { engineViews } from '../format/index.js';
import { PSCredential } from './credential.js';
import { consoleHostSecurityStrings, writeProgressStrings } from './data-messages.js';

const commandsNamespace = 'Microsoft.PowerShell.Commands';

/** UtilsStrings' PromptForCredential_DefaultCaption and _DefaultMessage (CredUI.resx has them with a trailing space). */
const defaultCredentialCaption = 'PowerShell credential request';
const defaultCredentialMessage = 'Enter your credentials.';
/** The ArgumentException Write-Progress throws without an activity (a literal in pwsh's source). */
const missingActivity = "Missing value for mandatory parameter. (Parameter 'Activity')";

/** Read-Host's prompt: the elements of a list joined by spaces (empty ones left out), else the value's text. */
function promptText(prompt: unknown): string {
  const items = enumerableItems(prompt);
  if (!items) return toPSString(prompt);
  return items.map((item) => toPSString(item)).filter((text) => text !== '').join(' ');
}

const readHost = new CmdletInfo(
  {
    name: 'Read-Host',
    implementingType: `${commandsNamespace}.ReadHostCommand`,
    defaultParameterSetName: 'AsString',
    outputType: ['System.String', 'System.Security.SecureString'],
    parameters: [
      { name: 'Prompt', type: 'object', position: 0, valueFromRemainingArguments: true, allowNull: true },
      { name: 'AsSecureString', type: 'switch', parameterSets: { AsSecureString: {} } },
      { name: 'MaskInput', type: 'switch', parameterSets: { AsString: {} } },
    ],
  },
  (runtime) => ({
    process() {
      const prompt = runtime.parameter('Prompt');
      // The console host's Prompt shows a field's name followed by ": ".
      const shown = prompt === undefined || prompt === null ? '' : `${promptText(prompt)}: `;
      const secure = runtime.switch('AsSecureString');
      const host = runtime.frame.context.host;
      const line = secure || runtime.switch('MaskInput') ? host.readSecret(shown) : host.readLine(shown);
      if (line === null) return;
      runtime.writeObject(secure ? new SecureString(new Uint8Array(0), line) : line);
    },
  }),
);

/** The console host's PromptForCredential: caption and message, `User: ` unless a name is given, then the password. */
function promptForCredential(runtime: CommandRuntime, caption: string, message: string, userName: string | undefined): PSCredential | null {
  const host = runtime.frame.context.host;
  host.writeLine('');
  host.writeLine(caption);
  host.writeLine(message);
  let user = userName ?? '';
  while (user === '') {
    const answer = host.readLine(consoleHostSecurityStrings.PromptForCredential_User);
    if (answer === null) return null;
    user = answer;
  }
  const password = host.readSecret(formatMessage(consoleHostSecurityStrings.PromptForCredential_Password, user));
  return password === null ? null : new PSCredential(user, new SecureString(new Uint8Array(0), password));
}

const getCredential = new CmdletInfo(
  {
    name: 'Get-Credential',
    implementingType: `${commandsNamespace}.GetCredentialCommand`,
    defaultParameterSetName: 'CredentialSet',
    parameters: [
      { name: 'Credential', type: 'System.Management.Automation.PSCredential', parameterSets: { CredentialSet: { position: 0 } }, validation: [{ kind: 'ValidateNotNull' }] },
      { name: 'Message', type: 'string', parameterSets: { MessageSet: {} }, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'UserName', type: 'string', parameterSets: { MessageSet: { position: 0 } }, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'Title', type: 'string', parameterSets: { MessageSet: {} }, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
    ],
  },
  (runtime) => ({
    process() {
      const given = runtime.parameter('Credential');
      if (given !== undefined && given !== null) {
        runtime.writeObject(given);
        return;
      }
      const credential = promptForCredential(
        runtime,
        runtime.has('Title') ? toPSString(runtime.parameter('Title')) : defaultCredentialCaption,
        runtime.has('Message') ? toPSString(runtime.parameter('Message')) : defaultCredentialMessage,
        runtime.has('UserName') ? toPSString(runtime.parameter('UserName')) : undefined,
      );
      if (credential) runtime.writeObject(credential);
    },
  }),
);

// pwsh lists a host by its properties (it has no view of its own and more than four of them).
engineViews.register('System.Management.Automation.Internal.Host.InternalHost', {
  kind: 'list',
  items: ['Name', 'Version', 'InstanceId', 'UI', 'CurrentCulture', 'CurrentUICulture', 'PrivateData', 'DebuggerEnabled', 'IsRunspacePushed', 'Runspace'].map((value) => ({ value })),
});
// A credential has two properties, so pwsh shows a table; the SecureString column is right-aligned as pwsh aligns values it formats as scalars.
engineViews.register('System.Management.Automation.PSCredential', {
  kind: 'table',
  columns: [{ value: 'UserName' }, { value: 'Password', alignment: 'right' }],
});

/** The $Host of the session. */
function sessionHost(runtime: CommandRuntime): HostInfo {
  return runtime.frame.context.globalScope.local('Host')!.value as HostInfo;
}

const getHost = new CmdletInfo(
  {
    name: 'Get-Host',
    implementingType: `${commandsNamespace}.GetHostCommand`,
    outputType: ['System.Management.Automation.Host.PSHost'],
    parameters: [],
  },
  (runtime) => ({
    process() {
      runtime.writeObject(sessionHost(runtime));
    },
  }),
);

/** What `clear` writes on Linux terminals (pwsh's Clear-Host writes clear's output to the console): home, erase the screen and the scroll-back. */
const clearScreenSequence = '\x1b[H\x1b[2J\x1b[3J';

const clearHost = new CmdletInfo(
  {
    name: 'Clear-Host',
    implementingType: `${commandsNamespace}.ClearHostCommand`,
    aliases: ['cls', 'clear'],
    parameters: [],
  },
  (runtime) => ({
    process() {
      sessionHost(runtime).ui.write(clearScreenSequence);
    },
  }),
);

const writeProgress = new CmdletInfo(
  {
    name: 'Write-Progress',
    implementingType: `${commandsNamespace}.WriteProgressCommand`,
    parameters: [
      { name: 'Activity', type: 'string', position: 0 },
      { name: 'Status', type: 'string', position: 1, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'Id', type: 'int', position: 2, validation: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }] },
      { name: 'PercentComplete', type: 'int', validation: [{ kind: 'ValidateRange', min: -1, max: 100 }] },
      { name: 'SecondsRemaining', type: 'int' },
      { name: 'CurrentOperation', type: 'string' },
      { name: 'ParentId', type: 'int', validation: [{ kind: 'ValidateRange', min: -1, max: 2147483647 }] },
      { name: 'Completed', type: 'switch' },
      { name: 'SourceId', type: 'int' },
    ],
  },
  (runtime) => ({
    process() {
      const activity = runtime.has('Activity') ? toPSString(runtime.parameter('Activity')) : '';
      const completed = runtime.switch('Completed');
      if (activity === '' && !completed) {
        throw new PSErrorException(runtime.errorRecord('System.ArgumentException', missingActivity, 'MissingActivity', 'InvalidArgument', runtime.parameter('Activity') ?? null));
      }
      const number = (name: string, fallback: number) => (runtime.has(name) ? Number(runtime.parameter(name)) : fallback);
      runtime.writeProgress(new ProgressRecord(
        number('Id', 0),
        activity,
        runtime.has('Status') ? toPSString(runtime.parameter('Status')) : writeProgressStrings.Processing,
        runtime.has('CurrentOperation') ? toPSString(runtime.parameter('CurrentOperation')) : null,
        number('ParentId', -1),
        number('PercentComplete', -1),
        number('SecondsRemaining', -1),
        completed ? 'Completed' : 'Processing',
      ));
    },
  }),
);

const convertToSecureString = new CmdletInfo(
  {
    name: 'ConvertTo-SecureString',
    implementingType: `${commandsNamespace}.ConvertToSecureStringCommand`,
    defaultParameterSetName: 'PlainText',
    outputType: ['System.Security.SecureString'],
    parameters: [
      { name: 'String', type: 'string', position: 0, mandatory: true, valueFromPipeline: true },
      { name: 'AsPlainText', type: 'switch', parameterSets: { PlainText: { position: 1, mandatory: true } } },
      { name: 'Force', type: 'switch', parameterSets: { PlainText: { position: 2 } } },
    ],
  },
  (runtime) => ({
    process() {
      runtime.writeObject(new SecureString(new Uint8Array(0), toPSString(runtime.parameter('String'))));
    },
  }),
);

const convertFromSecureString = new CmdletInfo(
  {
    name: 'ConvertFrom-SecureString',
    implementingType: `${commandsNamespace}.ConvertFromSecureStringCommand`,
    defaultParameterSetName: 'AsPlainText',
    outputType: ['System.String'],
    parameters: [
      { name: 'SecureString', type: 'securestring', position: 0, mandatory: true, valueFromPipeline: true },
      { name: 'AsPlainText', type: 'switch', parameterSets: { AsPlainText: { mandatory: true } } },
    ],
  },
  (runtime) => ({
    process() {
      const secure = runtime.parameter('SecureString') as SecureString;
      runtime.writeObject(secure.plainText ?? '');
    },
  }),
);

export const hostCmdlets: readonly CmdletInfo[] = [readHost, getCredential, getHost, clearHost, writeProgress, convertToSecureString, convertFromSecureString];
