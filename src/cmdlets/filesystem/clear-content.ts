/**
 * Clear-Content over the FileSystem provider: each file -Path (wildcards, -Include/-Exclude/
 * -Filter) or -LiteralPath names is truncated to nothing, keeping the file. A directory is
 * pwsh's ClearDirectoryContent error, a missing path PathNotFound; it writes no output.
 */
import { truncateSync } from 'node:fs';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { accessDeniedMessage } from '../../engine/dotnet/io-errors.js';
import { contentPathParameters } from './content.js';
import { fileSystemProviderStrings, sessionStateStrings } from './messages.js';
import { filteredItems, givenPaths, isDirectory } from './paths.js';

function clearFile(runtime: CommandRuntime, file: string): void {
  if (isDirectory(file)) {
    runtime.writeError(runtime.errorRecord('System.NotSupportedException', formatMessage(sessionStateStrings.ClearDirectoryContent, file), 'ClearDirectoryContent', 'InvalidOperation', file));
    return;
  }
  if (!runtime.shouldProcess(formatMessage(fileSystemProviderStrings.ClearContentesourceTemplate, file), fileSystemProviderStrings.ClearContentActionFile)) return;
  try {
    truncateSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM') throw error;
    runtime.writeError(runtime.errorRecord('System.UnauthorizedAccessException', accessDeniedMessage(file), 'ClearContentUnauthorizedAccessError', 'PermissionDenied', file));
  }
}

const clearContent = new CmdletInfo(
  {
    name: 'Clear-Content',
    aliases: ['clc'],
    implementingType: 'Microsoft.PowerShell.Commands.ClearContentCommand',
    defaultParameterSetName: 'Path',
    supportsShouldProcess: true,
    parameters: [...contentPathParameters, { name: 'Stream', type: 'string' }],
  },
  (runtime) => ({
    process() {
      const { paths, literal } = givenPaths(runtime);
      for (const path of paths) for (const file of filteredItems(runtime, path, literal)) clearFile(runtime, file);
    },
  }),
);

export const clearContentCmdlets: readonly CmdletInfo[] = [clearContent];
