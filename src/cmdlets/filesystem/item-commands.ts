/**
 * New-Item, Remove-Item, Copy-Item, Move-Item and Rename-Item over the FileSystem provider,
 * with pwsh's ShouldProcess texts (`Remove File` on `/tmp/a.txt`, `Copy Directory` on
 * `Item: /a Destination: /b`...) and its errors for items that exist, do not exist, or cannot
 * be put where asked.
 */
import { cpSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { confirmationChoices, type ParameterSpec } from '../../binding/index.js';
import { toPSString } from '../../engine/conversion/index.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { WildcardPattern } from '../../engine/wildcard/index.js';
import { fileSystemInfo, itemObject } from './items.js';
import { fileSystemProviderStrings, navigationResources, sessionStateStrings } from './messages.js';
import { removeDriveItems } from '../providers/provider-items.js';
import { fileAlreadyExistsMessage, partOfPathNotFoundMessage } from '../../engine/dotnet/io-errors.js';
import { exists, filterParameters, filteredItems, givenPaths, isDirectory, pathParameters } from './paths.js';
import { stringList } from '../parameter-lists.js';

function ioError(runtime: CommandRuntime, message: string, errorId: string, target: string): void {
  runtime.writeError(runtime.errorRecord('System.IO.IOException', message, errorId, 'WriteError', target));
}

/** FileSystemProvider.GetItemType: the -ItemType text is a prefix of a type name (`dir`, `f`...). */
function itemType(text: string): 'directory' | 'file' | 'symboliclink' | 'junction' | 'hardlink' | undefined {
  const pattern = new WildcardPattern(`${text}*`);
  if (pattern.isMatch('directory') || pattern.isMatch('container')) return 'directory';
  for (const type of ['file', 'symboliclink', 'junction', 'hardlink'] as const) if (pattern.isMatch(type)) return type;
  return undefined;
}

const newItem = new CmdletInfo(
  {
    name: 'New-Item',
    aliases: ['ni'],
    implementingType: 'Microsoft.PowerShell.Commands.NewItemCommand',
    defaultParameterSetName: 'pathSet',
    supportsShouldProcess: true,
    parameters: [
      { name: 'Path', type: 'string[]', parameterSets: { pathSet: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true }, nameSet: { position: 0, valueFromPipelineByPropertyName: true } } },
      { name: 'Name', type: 'string', allowNull: true, allowEmptyString: true, parameterSets: { nameSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'ItemType', type: 'string', aliases: ['Type'], valueFromPipelineByPropertyName: true },
      { name: 'Value', type: 'object', aliases: ['Target'], valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'Force', type: 'switch' },
    ],
  },
  (runtime) => ({
    process() {
      const location = runtime.frame.context.location;
      const name = runtime.parameter('Name');
      const given = stringList(runtime.parameter('Path'));
      const paths = runtime.parameterSetName === 'nameSet' ? (given.length > 0 ? given : ['.']).map((p) => join(p, toPSString(name ?? ''))) : given;
      const typeText = runtime.parameter('ItemType');
      const type = typeText === undefined || typeText === null || typeText === '' ? 'file' : itemType(toPSString(typeText));
      if (type === undefined) {
        runtime.writeError(runtime.errorRecord('System.Management.Automation.PSArgumentException', fileSystemProviderStrings.UnknownType, 'Argument', 'InvalidArgument'));
        return;
      }
      const force = runtime.switch('Force');
      const value = runtime.parameter('Value');
      for (const path of paths) {
        const full = location.fileSystemPath(path);
        if (force && type !== 'directory') mkdirSync(dirname(full), { recursive: true });
        if (type === 'directory') {
          if (!force && exists(full)) {
            runtime.writeError(runtime.errorRecord('System.IO.IOException', formatMessage(fileSystemProviderStrings.DirectoryExist, full), 'DirectoryExist', 'ResourceExists', full));
            continue;
          }
          if (!runtime.shouldProcess(formatMessage(fileSystemProviderStrings.NewItemActionTemplate, full), fileSystemProviderStrings.NewItemActionDirectory)) continue;
          mkdirSync(full, { recursive: true });
        } else if (type === 'file') {
          if (!runtime.shouldProcess(formatMessage(fileSystemProviderStrings.NewItemActionTemplate, full), fileSystemProviderStrings.NewItemActionFile)) continue;
          if (!isDirectory(dirname(full))) {
            ioError(runtime, partOfPathNotFoundMessage(full), 'NewItemIOError', full);
            continue;
          }
          if (!force && exists(full)) {
            ioError(runtime, fileAlreadyExistsMessage(full), 'NewItemIOError', full);
            continue;
          }
          writeFileSync(full, value === undefined || value === null ? '' : toPSString(value));
        } else {
          const target = toPSString(value ?? '');
          if (type === 'hardlink') linkSync(location.fileSystemPath(target), full);
          else symlinkSync(target, full);
        }
        runtime.writeObject(itemObject(fileSystemInfo(full)));
      }
    },
  }),
);

const removeItem = new CmdletInfo(
  {
    name: 'Remove-Item',
    aliases: ['ri', 'del', 'erase', 'rd', 'rm', 'rmdir'],
    implementingType: 'Microsoft.PowerShell.Commands.RemoveItemCommand',
    defaultParameterSetName: 'Path',
    supportsShouldProcess: true,
    parameters: [...pathParameters(true), ...filterParameters, { name: 'Recurse', type: 'switch' }, { name: 'Force', type: 'switch' }, { name: 'Stream', type: 'string[]' }],
  },
  (runtime) => {
    let yesToAll = false;
    let noToAll = false;
    /** ShouldContinue for a directory that still has children without -Recurse. */
    const confirmChildren = (path: string): boolean => {
      if (yesToAll) return true;
      if (noToAll) return false;
      const answer = runtime.frame.context.host.promptForChoice('Confirm', formatMessage(navigationResources.RemoveItemWithChildren, path), confirmationChoices(false), 0);
      yesToAll = answer === 1;
      noToAll = answer === 3;
      return answer === 0 || answer === 1;
    };
    return {
      process() {
        const { paths, literal } = givenPaths(runtime);
        for (const path of paths) {
          if (removeDriveItems(runtime, path, literal)) continue;
          for (const full of filteredItems(runtime, path, literal)) {
            const directory = isDirectory(full) && !fileSystemInfo(full).isLink;
            const action = directory ? fileSystemProviderStrings.RemoveItemActionDirectory : fileSystemProviderStrings.RemoveItemActionFile;
            if (!runtime.shouldProcess(full, action)) continue;
            if (directory && !runtime.switch('Recurse') && readdirSync(full).length > 0 && !confirmChildren(full)) continue;
            rmSync(full, { recursive: directory, force: true });
          }
        }
      },
    };
  },
);

/** Where an item copied or moved to `destination` lands: inside it when it is a directory. */
function landing(source: string, destination: string): string {
  return isDirectory(destination) ? join(destination, basename(source)) : destination;
}

/** Each existing item Copy-Item or Move-Item takes (-Path or -LiteralPath, -Include, -Exclude), with where it lands under -Destination. */
function* transfers(runtime: CommandRuntime): Generator<{ source: string; target: string; directory: boolean }> {
  const { paths, literal } = givenPaths(runtime);
  const givenDestination = runtime.parameter('Destination');
  const destination = runtime.frame.context.location.fileSystemPath(givenDestination === undefined || givenDestination === null ? '.' : toPSString(givenDestination));
  for (const path of paths) {
    for (const source of filteredItems(runtime, path, literal)) yield { source, target: landing(source, destination), directory: isDirectory(source) };
  }
}

interface TransferCommand {
  readonly name: 'Copy-Item' | 'Move-Item';
  readonly aliases: readonly string[];
  /** The parameters after -Path and -LiteralPath, in pwsh's order. */
  readonly parameters: readonly ParameterSpec[];
  /** The ShouldProcess resource text and the actions for a file and a directory. */
  readonly resourceTemplate: string;
  readonly fileAction: string;
  readonly directoryAction: string;
  /** Copies or moves one item; false when it wrote an error instead. */
  readonly transfer: (runtime: CommandRuntime, source: string, target: string, directory: boolean) => boolean;
}

/** Copy-Item and Move-Item: each item confirmed, transferred, and with -PassThru written from where it landed. */
function transferCmdlet(command: TransferCommand): CmdletInfo {
  return new CmdletInfo(
    {
      name: command.name,
      aliases: [...command.aliases],
      implementingType: `Microsoft.PowerShell.Commands.${command.name.replace('-', '')}Command`,
      defaultParameterSetName: 'Path',
      supportsShouldProcess: true,
      parameters: [...pathParameters(true), ...command.parameters],
    },
    (runtime) => ({
      process() {
        for (const { source, target, directory } of transfers(runtime)) {
          const action = directory ? command.directoryAction : command.fileAction;
          if (!runtime.shouldProcess(formatMessage(command.resourceTemplate, source, target), action)) continue;
          if (!command.transfer(runtime, source, target, directory)) continue;
          if (runtime.switch('PassThru')) runtime.writeObject(itemObject(fileSystemInfo(target)));
        }
      },
    }),
  );
}

const copyItem = transferCmdlet({
  name: 'Copy-Item',
  aliases: ['cpi', 'copy', 'cp'],
  parameters: [
    { name: 'Destination', type: 'string', position: 1, valueFromPipelineByPropertyName: true },
    { name: 'Container', type: 'switch' },
    { name: 'Force', type: 'switch' },
    ...filterParameters,
    { name: 'Recurse', type: 'switch' },
    { name: 'PassThru', type: 'switch' },
  ],
  resourceTemplate: fileSystemProviderStrings.CopyItemResourceFileTemplate,
  fileAction: fileSystemProviderStrings.CopyItemActionFile,
  directoryAction: fileSystemProviderStrings.CopyItemActionDirectory,
  transfer(runtime, source, target, directory) {
    if (target === source) {
      ioError(runtime, formatMessage(fileSystemProviderStrings.CopyError, source), 'CopyError', source);
      return false;
    }
    if (directory) {
      if ((target + sep).startsWith(source + sep)) {
        runtime.writeError(runtime.errorRecord('System.IO.IOException', formatMessage(fileSystemProviderStrings.TargetCannotBeSubdirectoryOfSource, target), 'CopyError', 'WriteError', target));
        return false;
      }
      if (exists(target) && !isDirectory(target)) {
        runtime.writeError(runtime.errorRecord('System.IO.IOException', sessionStateStrings.CopyContainerItemToLeafError, 'CopyContainerItemToLeafError', 'InvalidArgument', target));
        return false;
      }
      // Without -Recurse only the directory itself is copied.
      if (runtime.switch('Recurse')) cpSync(source, target, { recursive: true, force: true });
      else mkdirSync(target, { recursive: true });
      return true;
    }
    if (!isDirectory(dirname(target))) {
      ioError(runtime, partOfPathNotFoundMessage(target), 'CopyFileInfoItemIOError', source);
      return false;
    }
    cpSync(source, target, { force: true });
    return true;
  },
});

const moveItem = transferCmdlet({
  name: 'Move-Item',
  aliases: ['mi', 'move', 'mv'],
  parameters: [
    { name: 'Destination', type: 'string', position: 1, valueFromPipelineByPropertyName: true, defaultValue: '.' },
    { name: 'Force', type: 'switch' },
    ...filterParameters,
    { name: 'PassThru', type: 'switch' },
  ],
  resourceTemplate: fileSystemProviderStrings.MoveItemResourceFileTemplate,
  fileAction: fileSystemProviderStrings.MoveItemActionFile,
  directoryAction: fileSystemProviderStrings.MoveItemActionDirectory,
  transfer(runtime, source, target, directory) {
    if (exists(target) && target !== source && !(runtime.switch('Force') && !directory)) {
      ioError(runtime, fileAlreadyExistsMessage(target), directory ? 'MoveDirectoryItemIOError' : 'MoveFileInfoItemIOError', source);
      return false;
    }
    renameSync(source, target);
    return true;
  },
});

const renameItem = new CmdletInfo(
  {
    name: 'Rename-Item',
    aliases: ['rni', 'ren'],
    implementingType: 'Microsoft.PowerShell.Commands.RenameItemCommand',
    defaultParameterSetName: 'ByPath',
    supportsShouldProcess: true,
    parameters: [
      { name: 'Path', type: 'string', parameterSets: { ByPath: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], parameterSets: { ByLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'NewName', type: 'string', position: 1, mandatory: true, valueFromPipelineByPropertyName: true },
      { name: 'Force', type: 'switch' },
      { name: 'PassThru', type: 'switch' },
    ],
  },
  (runtime) => ({
    process() {
      const location = runtime.frame.context.location;
      const literal = runtime.has('LiteralPath');
      const path = toPSString(runtime.parameter(literal ? 'LiteralPath' : 'Path'));
      const full = location.fileSystemPath(path);
      if (!exists(full)) {
        runtime.writeError(runtime.errorRecord('System.Management.Automation.PSInvalidOperationException', formatMessage(navigationResources.RenameItemDoesntExist, path), 'InvalidOperation', 'InvalidOperation'));
        return;
      }
      const target = join(dirname(full), toPSString(runtime.parameter('NewName')));
      const directory = isDirectory(full);
      const action = directory ? fileSystemProviderStrings.RenameItemActionDirectory : fileSystemProviderStrings.RenameItemActionFile;
      if (!runtime.shouldProcess(formatMessage(fileSystemProviderStrings.RenameItemResourceFileTemplate, full, target), action)) return;
      if (exists(target) && target !== full) {
        ioError(runtime, fileAlreadyExistsMessage(target), 'RenameItemIOError', full);
        return;
      }
      renameSync(full, target);
      if (runtime.switch('PassThru')) runtime.writeObject(itemObject(fileSystemInfo(target)));
    },
  }),
);

export const itemCmdlets: readonly CmdletInfo[] = [newItem, removeItem, copyItem, moveItem, renameItem];
