/**
 * pwsh's views for file-system items (FileSystem.format.ps1xml, the Linux table first: it is the
 * default there; its list, with a file's own entry) and for PathInfo (PowerShellCore.format.ps1xml), registered with the engine's
 * views, and the VersionInfo (FileVersionInfo) table. Items are grouped by their parent directory under a `    Directory: /path` header.
 */
import { formatDateTime } from '../../engine/conversion/index.js';
import { getMember } from '../../engine/dotnet/index.js';
import { fileSystemProviderPrefix } from '../../engine/runtime/path-info.js';
import { DateTime } from '../../engine/values/index.js';
import { engineViews, type TableView } from '../../format/index.js';
import { fileVersionInfoType } from './file-version-info.js';
import { fileSystemProviderStrings } from './messages.js';

/** The FileSystemTypes grouping control: the parent path without its provider prefix. */
const directoryHeader = (key: unknown): string => fileSystemProviderStrings.DirectoryDisplayGrouping + String(key ?? '').replace(fileSystemProviderPrefix, '');

/** `'{0:d} {0:HH}:{0:mm}' -f $_.LastWriteTime`. */
function lastWriteTime(item: unknown): string {
  const written = getMember(item, 'LastWriteTime');
  return written.found && written.value instanceof DateTime ? `${formatDateTime(written.value, 'd')} ${formatDateTime(written.value, 'HH')}:${formatDateTime(written.value, 'mm')}` : '';
}

/** The LastWriteTime column is as wide as the latest date the calendar supports, `12/31/9999 23:59`. */
const lastWriteTimeWidth = '12/31/9999 23:59'.length;

const childrenWithUnixStat: TableView = {
  kind: 'table',
  name: 'childrenWithUnixStat',
  groupBy: 'PSParentPath',
  groupHeader: directoryHeader,
  wrap: true,
  columns: [
    { label: 'UnixMode', width: 10, alignment: 'left', value: 'UnixMode' },
    { label: 'User', width: 10, alignment: 'right', value: 'User' },
    { label: 'Group', width: 10, alignment: 'left', value: 'Group' },
    { label: 'LastWriteTime', width: lastWriteTimeWidth, alignment: 'right', value: { expression: lastWriteTime } },
    { label: 'Size', width: 12, alignment: 'right', value: 'Size' },
    { label: 'Name', alignment: 'left', value: 'NameString' },
  ],
};

const children: TableView = {
  kind: 'table',
  name: 'children',
  groupBy: 'PSParentPath',
  groupHeader: directoryHeader,
  wrap: true,
  columns: [
    { label: 'Mode', width: 7, alignment: 'left', value: 'ModeWithoutHardLink' },
    { label: 'LastWriteTime', width: 26, alignment: 'right', value: 'LastWriteTimeString' },
    { label: 'Length', width: 14, alignment: 'right', value: 'LengthString' },
    { label: 'Name', alignment: 'left', value: 'NameString' },
  ],
};

// One view for both item types: registered for their common base type, so a listing of
// directories and files stays one table.
engineViews.register('System.IO.FileSystemInfo', childrenWithUnixStat);
engineViews.register('System.IO.FileSystemInfo', children);
engineViews.register('System.IO.FileSystemInfo', {
  kind: 'wide',
  name: 'children',
  groupBy: 'PSParentPath',
  groupHeader: directoryHeader,
  value: { expression: (item) => {
    const name = getMember(item, 'Name');
    const isDirectory = getMember(item, 'PSIsContainer');
    const text = name.found ? String(name.value) : '';
    return isDirectory.found && isDirectory.value === true ? `[${text}]` : text;
  } },
});

const listed = (names: readonly string[]) => names.map((name) => ({ value: name }));
engineViews.register('System.IO.FileSystemInfo', {
  kind: 'list',
  name: 'children',
  groupBy: 'PSParentPath',
  groupHeader: directoryHeader,
  entries: [
    {
      typeName: 'System.IO.FileInfo',
      items: [{ value: 'Name' }, { label: 'Length', value: 'LengthString' }, ...listed(['CreationTime', 'LastWriteTime', 'LastAccessTime', 'Mode', 'LinkType', 'Target', 'VersionInfo'])],
    },
  ],
  items: listed(['Name', 'CreationTime', 'LastWriteTime', 'LastAccessTime', 'Mode', 'LinkType', 'Target']),
});

// DotNetTypes.format.ps1xml's table. (Registered here, not beside the type: the engine's
// [System.IO.Directory] loads the type while the formatting module is still loading.)
engineViews.register(fileVersionInfoType, { kind: 'table', columns: [{ width: 16, value: 'ProductVersion' }, { width: 16, value: 'FileVersion' }, { value: 'FileName' }] });

engineViews.register('System.Management.Automation.PathInfo', { kind: 'table', name: 'PathInfo', columns: [{ value: 'Path' }] });
