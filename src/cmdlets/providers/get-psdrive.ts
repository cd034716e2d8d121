/**
 * Get-PSDrive as pwsh 7 on Unix has it: the file-system drives `/` and Temp (the temporary
 * directory, with a trailing separator as .NET's GetTempPath gives it) and the session-state
 * drives, sorted by name, with pwsh's "drive" table view (space in GB for file-system drives).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getMember } from '../../engine/dotnet/index.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { fileSystemProvider, PSDriveInfo, rootDrive } from '../../engine/runtime/path-info.js';
import { containsWildcardCharacters, escapeWildcard, WildcardPattern } from '../../engine/wildcard/index.js';
import { engineViews } from '../../format/index.js';
import { byName } from '../filesystem/paths.js';
import { stringList } from '../parameter-lists.js';
import { sessionStateProviders } from './drive-path.js';

const driveMessages = {
  DriveNotFound: "Cannot find drive. A drive with the name '{0}' does not exist.",
  TempDriveDescription: 'Drive that maps to the temporary directory path for the current user',
};

const tempDrive = new PSDriveInfo('Temp', join(tmpdir(), '/'), fileSystemProvider, driveMessages.TempDriveDescription);

export const getPSDrive = new CmdletInfo(
  {
    name: 'Get-PSDrive',
    aliases: ['gdr'],
    implementingType: 'Microsoft.PowerShell.Commands.GetPSDriveCommand',
    outputType: ['System.Management.Automation.PSDriveInfo'],
    defaultParameterSetName: 'Name',
    parameters: [
      { name: 'Name', type: 'string[]', parameterSets: { Name: { position: 0, valueFromPipelineByPropertyName: true } }, supportsWildcards: true },
      { name: 'LiteralName', type: 'string[]', parameterSets: { LiteralName: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Scope', type: 'string', valueFromPipelineByPropertyName: true },
      { name: 'PSProvider', type: 'string[]', valueFromPipelineByPropertyName: true, supportsWildcards: true },
    ],
  },
  (runtime) => ({
    process() {
      // The root drive's CurrentLocation is the session's location without its leading '/'.
      const drives = [rootDrive.at(runtime.frame.context.location.current.slice(1)), tempDrive, ...sessionStateProviders.map((provider) => provider.drive)]
        .sort((a, b) => byName(a.name, b.name));
      const providers = runtime.has('PSProvider') ? stringList(runtime.parameter('PSProvider')).map((name) => new WildcardPattern(name)) : null;
      const literal = runtime.has('LiteralName');
      const names = literal ? stringList(runtime.parameter('LiteralName')) : runtime.has('Name') ? stringList(runtime.parameter('Name')) : ['*'];
      for (const name of names) {
        const pattern = literal ? new WildcardPattern(escapeWildcard(name)) : new WildcardPattern(name);
        const found = drives.filter((drive) => pattern.isMatch(drive.name) && (!providers || providers.some((provider) => provider.isMatch(drive.provider.name))));
        for (const drive of found) runtime.writeObject(drive);
        if (found.length === 0 && (literal || !containsWildcardCharacters(name))) {
          runtime.writeError(runtime.errorRecord('System.Management.Automation.DriveNotFoundException', formatMessage(driveMessages.DriveNotFound, name), 'GetDriveNoMatchingDrive', 'ObjectNotFound', name));
        }
      }
    },
  }),
);

const member = (drive: unknown, name: string): unknown => {
  const found = getMember(drive, name);
  return found.found ? found.value : null;
};

/** The view's `if($_.Used -or $_.Free) { "{0:###0.00}" -f ($_.Used / 1GB) }`. */
const gigabytes = (pick: 'Used' | 'Free') => (drive: unknown) => {
  const used = member(drive, 'Used');
  const free = member(drive, 'Free');
  return used || free ? (Number(member(drive, pick)) / 2 ** 30).toFixed(2) : null;
};

engineViews.register('System.Management.Automation.PSDriveInfo', {
  kind: 'table',
  name: 'drive',
  columns: [
    { width: 10, value: 'Name' },
    { label: 'Used (GB)', width: 13, alignment: 'right', value: { expression: gigabytes('Used') } },
    { label: 'Free (GB)', width: 13, alignment: 'right', value: { expression: gigabytes('Free') } },
    { label: 'Provider', width: 13, value: { expression: (drive) => member(member(drive, 'Provider'), 'Name') } },
    { label: 'Root', width: 35, value: 'Root' },
    { alignment: 'right', value: 'CurrentLocation' },
  ],
});
engineViews.register('System.Management.Automation.PSDriveInfo', { kind: 'list', items: ['Name', 'Description', 'Provider', 'Root', 'CurrentLocation'].map((name) => ({ value: name })) });
