/**
 * System.IO.FileInfo and System.IO.DirectoryInfo as pwsh on Linux shows them: the .NET
 * properties (Name, FullName, Length, LastWriteTime, Attributes...), the members pwsh's types
 * file adds as its kinds of member (UnixMode, User, Group and Size script properties on
 * FileSystemInfo; Mode, ResolvedTarget, LinkType and the hidden NameString/LengthString/
 * LastWriteTimeString its views use as code properties, BaseName, Target), and the item object the
 * FileSystem provider writes: the info wrapped in a PSObject with PSPath, PSParentPath,
 * PSChildName, PSDrive, PSProvider and PSIsContainer.
 */
import { lstatSync, readdirSync, readlinkSync, rmSync, statSync, type BigIntStats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { convertTo, formatDateTime } from '../../engine/conversion/index.js';
import { defineEnum } from '../../engine/dotnet/enums.js';
import { defineType, type PropertyDefinition } from '../../engine/dotnet/member-table.js';
import { registerNativeType } from '../../engine/dotnet/type-registration.js';
import { fileSystemProvider, fileSystemProviderPrefix, rootDrive } from '../../engine/runtime/path-info.js';
import { createEnumValue, DateTime, fileTimeEpochTicks, PSObject, psTypeNames, unixEpochTicks } from '../../engine/values/index.js';
import { versionInfo } from './file-version-info.js';
import { groupName, userName } from './unix-accounts.js';

/** System.IO.FileAttributes, the flags .NET reports for a file on Unix. */
const fileAttributes = { ReadOnly: 1, Hidden: 2, System: 4, Directory: 16, Archive: 32, Device: 64, Normal: 128, ReparsePoint: 1024 } as const;
export const fileAttributesType = defineEnum('System.IO.FileAttributes', { ...fileAttributes, Temporary: 256, SparseFile: 512, Compressed: 2048, Offline: 4096, NotContentIndexed: 8192, Encrypted: 16384, IntegrityStream: 32768, NoScrubData: 131072 }, true);

const unixFileModeType = defineEnum(
  'System.IO.UnixFileMode',
  { None: 0, OtherExecute: 1, OtherWrite: 2, OtherRead: 4, GroupExecute: 8, GroupWrite: 16, GroupRead: 32, UserExecute: 64, UserWrite: 128, UserRead: 256, StickyBit: 512, SetGroup: 1024, SetUser: 2048 },
  true,
);

const fileTypeMask = 0o170000n;
const fileTypeChars = new Map<bigint, string>([
  [0o140000n, 's'], [0o120000n, 'l'], [0o100000n, '-'], [0o060000n, 'b'], [0o040000n, 'd'], [0o020000n, 'c'], [0o010000n, 'p'],
]);

/** A file time as a local DateTime with 100-ns precision, as .NET gives LastWriteTime. */
function localTime(nanoseconds: bigint): DateTime {
  return DateTime.localAt(nanoseconds / 100n + unixEpochTicks);
}

function utcTime(nanoseconds: bigint): DateTime {
  return new DateTime(nanoseconds / 100n + unixEpochTicks, 'Utc');
}

/** 1601-01-01 local, what .NET reports for the times of an item that does not exist. */
const missingTime = new DateTime(fileTimeEpochTicks, 'Utc');

export abstract class FileSystemInfo {
  abstract readonly [psTypeNames]: readonly string[];
  private statsCache: BigIntStats | null | undefined;

  constructor(readonly fullName: string) {}

  /** The item's own status (a link's, not its target's); null when it does not exist. */
  get stats(): BigIntStats | null {
    if (this.statsCache === undefined) this.statsCache = lstatSync(this.fullName, { bigint: true, throwIfNoEntry: false }) ?? null;
    return this.statsCache;
  }

  /** FileSystemInfo.Refresh(): status is read again on next use. */
  refresh(): void {
    this.statsCache = undefined;
  }

  get name(): string {
    return this.fullName === '/' ? '/' : basename(this.fullName);
  }

  /** Path.GetExtension: from the last dot (`.bashrc` is all extension), empty when the name ends with it. */
  get extension(): string {
    const name = this.name;
    const dot = name.lastIndexOf('.');
    return dot < 0 || dot === name.length - 1 ? '' : name.slice(dot);
  }

  get exists(): boolean {
    return this.stats !== null;
  }

  get isLink(): boolean {
    return this.stats?.isSymbolicLink() ?? false;
  }

  get linkTarget(): string | null {
    return this.isLink ? readlinkSync(this.fullName) : null;
  }

  get attributes(): number {
    const stats = this.stats;
    if (!stats) return -1;
    let flags = 0;
    if (this instanceof DirectoryInfo) flags |= fileAttributes.Directory;
    if (this.name.startsWith('.') && this.name !== '.' && this.name !== '..') flags |= fileAttributes.Hidden;
    if (stats.isSymbolicLink()) flags |= fileAttributes.ReparsePoint;
    if (!isWritable(stats)) flags |= fileAttributes.ReadOnly;
    return flags === 0 ? fileAttributes.Normal : flags;
  }

  toString(): string {
    return this.fullName;
  }
}

/** .NET's Unix rule for ReadOnly: the write bit of the class (owner, group, other) the process falls in. */
function isWritable(stats: BigIntStats): boolean {
  const mode = Number(stats.mode);
  const uid = process.geteuid?.() ?? -1;
  if (Number(stats.uid) === uid) return (mode & 0o200) !== 0;
  const gid = Number(stats.gid);
  if (process.getegid?.() === gid || process.getgroups?.().includes(gid)) return (mode & 0o020) !== 0;
  return (mode & 0o002) !== 0;
}

export class FileInfo extends FileSystemInfo {
  readonly [psTypeNames] = ['System.IO.FileInfo', 'System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object'];

  /** The file's length: its target's for a link. */
  get length(): bigint {
    const target = statSync(this.fullName, { bigint: true, throwIfNoEntry: false }) ?? this.stats;
    return target?.size ?? 0n;
  }
}

export class DirectoryInfo extends FileSystemInfo {
  readonly [psTypeNames] = ['System.IO.DirectoryInfo', 'System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object'];
}

/** The info for an existing path: a DirectoryInfo for a directory (or a link to one), else a FileInfo. */
export function fileSystemInfo(path: string): FileInfo | DirectoryInfo {
  const target = statSync(path, { throwIfNoEntry: false });
  return target?.isDirectory() ? new DirectoryInfo(path) : new FileInfo(path);
}

/** pwsh's PSPath for a file-system path. */
function psPath(path: string): string {
  return fileSystemProviderPrefix + path;
}

/** The provider's parent path: the directory's PSPath, or '' for the root. */
function psParentPath(path: string): string {
  return path === '/' ? '' : psPath(dirname(path));
}

/** The note properties the provider gives what it writes for a path (PSPath ... PSProvider); the root's child name is ''. */
export function addProviderProperties(item: PSObject, path: string): void {
  item.addNoteProperty('PSPath', psPath(path));
  item.addNoteProperty('PSParentPath', psParentPath(path));
  item.addNoteProperty('PSChildName', basename(path));
  item.addNoteProperty('PSDrive', rootDrive);
  item.addNoteProperty('PSProvider', fileSystemProvider);
}

/** The object Get-Item and Get-ChildItem write for an item. */
export function itemObject(info: FileInfo | DirectoryInfo): PSObject {
  const item = new PSObject(info);
  addProviderProperties(item, info.fullName);
  item.addNoteProperty('PSIsContainer', info instanceof DirectoryInfo);
  return item;
}

/** FileSystemProvider.Mode: one letter per attribute (l for a link, also a hard link unless excluded). */
function modeString(info: FileSystemInfo, excludeHardLink: boolean): string {
  const attributes = info.attributes;
  if (attributes < 0) return '';
  const stats = info.stats!;
  const isHardLink = !excludeHardLink && info instanceof FileInfo && stats.nlink > 1n;
  const has = (flag: number) => (attributes & flag) !== 0;
  return [
    has(fileAttributes.ReparsePoint) || isHardLink ? 'l' : has(fileAttributes.Directory) ? 'd' : '-',
    has(fileAttributes.Archive) ? 'a' : '-',
    has(fileAttributes.ReadOnly) ? 'r' : '-',
    has(fileAttributes.Hidden) ? 'h' : '-',
    has(fileAttributes.System) ? 's' : '-',
  ].join('');
}

/** UnixStat.GetModeString: `drwxr-xr-x`, with setuid/setgid/sticky as s/S and t/T. */
function unixModeString(stats: BigIntStats): string {
  const mode = Number(stats.mode);
  const bit = (mask: number, letter: string) => ((mode & mask) !== 0 ? letter : '-');
  const execute = (mask: number, special: number, set: string) => {
    const x = (mode & mask) !== 0;
    if ((mode & special) !== 0) return x ? set : set.toUpperCase();
    return x ? 'x' : '-';
  };
  return [
    fileTypeChars.get(stats.mode & fileTypeMask) ?? '-',
    bit(0o400, 'r'), bit(0o200, 'w'), execute(0o100, 0o4000, 's'),
    bit(0o040, 'r'), bit(0o020, 'w'), execute(0o010, 0o2000, 's'),
    bit(0o004, 'r'), bit(0o002, 'w'), execute(0o001, 0o1000, 't'),
  ].join('');
}

function attributesValue(info: FileSystemInfo): PSObject {
  const value = info.attributes;
  const names = Object.entries(fileAttributes).filter(([, flag]) => value >= 0 && (value & flag) !== 0).map(([name]) => name);
  return createEnumValue('System.IO.FileAttributes', value < 0 ? '-1' : names.join(', '), value);
}

const time = (select: (stats: BigIntStats) => bigint, convert: (ns: bigint) => DateTime) => (info: FileSystemInfo) => {
  const stats = info.stats;
  return stats ? convert(select(stats)) : missingTime;
};

registerNativeType('System.IO.FileSystemInfo', ['System.MarshalByRefObject', 'System.Object'], { isInstance: (value) => value instanceof FileSystemInfo });
registerNativeType('System.IO.FileInfo', ['System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object'], { isInstance: (value) => value instanceof FileInfo });
registerNativeType('System.IO.DirectoryInfo', ['System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object'], { isInstance: (value) => value instanceof DirectoryInfo });

defineType({
  fullName: 'System.IO.FileSystemInfo',
  properties: {
    // .NET's order, which Format-List * and Select-Object * follow.
    FullName: { type: 'string', get: (info: FileSystemInfo) => info.fullName },
    Extension: { type: 'string', get: (info: FileSystemInfo) => info.extension },
    Name: { type: 'string', get: (info: FileSystemInfo) => info.name },
    Exists: { type: 'bool', get: (info: FileSystemInfo) => info.exists },
    CreationTime: { type: 'datetime', get: time((s) => s.birthtimeNs, localTime) },
    CreationTimeUtc: { type: 'datetime', get: time((s) => s.birthtimeNs, utcTime) },
    LastAccessTime: { type: 'datetime', get: time((s) => s.atimeNs, localTime) },
    LastAccessTimeUtc: { type: 'datetime', get: time((s) => s.atimeNs, utcTime) },
    LastWriteTime: { type: 'datetime', get: time((s) => s.mtimeNs, localTime) },
    LastWriteTimeUtc: { type: 'datetime', get: time((s) => s.mtimeNs, utcTime) },
    LinkTarget: { type: 'string', get: (info: FileSystemInfo) => info.linkTarget },
    UnixFileMode: {
      type: 'System.IO.UnixFileMode',
      // The permission and special bits; -1 for an item that does not exist.
      get: (info: FileSystemInfo) => convertTo(info.stats ? Number(info.stats.mode) & 0o7777 : -1, unixFileModeType),
    },
    Attributes: { type: 'System.IO.FileAttributes', get: attributesValue },
    // types.ps1xml's UnixStat members (pwsh on Unix).
    UnixMode: unixStatProperty('UnixMode', 'if ($this.UnixStat) { $this.UnixStat.GetModeString() }', (stats) => unixModeString(stats)),
    User: unixStatProperty('User', ' if ($this.UnixStat) { $this.UnixStat.GetUserName() } ', (stats) => userName(Number(stats.uid))),
    Group: unixStatProperty('Group', ' if ($this.UnixStat) { $this.UnixStat.GetGroupName() } ', (stats) => groupName(Number(stats.gid))),
    Size: unixStatProperty('Size', '$this.UnixStat.Size', (stats) => stats.size),
  },
  methods: [
    ['void Refresh()', (info: FileSystemInfo) => info.refresh()],
    ['void Delete()', (info: FileSystemInfo) => {
      rmSync(info.fullName, { recursive: false });
      info.refresh();
    }],
  ],
});

/** A UnixStat script property of types.ps1xml: $null for an item that does not exist. */
function unixStatProperty(name: string, getterScript: string, read: (stats: BigIntStats) => unknown): PropertyDefinition {
  return { type: name === 'Size' ? 'long' : 'string', get: (info: FileSystemInfo) => (info.stats ? read(info.stats) : null), typeTable: { memberType: 'ScriptProperty', getterScript } };
}

/** A CodeProperty of types.ps1xml, calling the FileSystemProvider (or link) method named. */
function codeProperty(getterName: string, get: (info: FileSystemInfo) => unknown, hidden = false): PropertyDefinition {
  return { type: 'string', get, hidden, typeTable: { memberType: 'CodeProperty', getterName } };
}

/** InternalSymbolicLinkLinkCodeMethods.ResolvedTarget: the link's final target, or the item itself. */
function resolvedTarget(info: FileSystemInfo): string {
  let path = info.fullName;
  for (let hops = 0; hops < maxLinkHops && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink(); hops++) {
    path = resolve(dirname(path), readlinkSync(path));
  }
  return path;
}

/** Linux's limit on symbolic links followed in one lookup (ELOOP beyond it). */
const maxLinkHops = 40;

/** The types.ps1xml members FileInfo and DirectoryInfo both have, in its order: Mode first, then the type's own (BaseName...). */
function itemTypeTableProperties(own: Record<string, PropertyDefinition>): Record<string, PropertyDefinition> {
  return {
    Mode: codeProperty('Mode', (info) => modeString(info, false)),
    ModeWithoutHardLink: codeProperty('ModeWithoutHardLink', (info) => modeString(info, true)),
    ...own,
    ResolvedTarget: codeProperty('ResolvedTarget', resolvedTarget),
    Target: { type: 'string', get: (info: FileSystemInfo) => info.linkTarget, typeTable: { memberType: 'AliasProperty', referencedMemberName: 'LinkTarget' } },
    LinkType: codeProperty('GetLinkType', (info) => (info.isLink ? 'SymbolicLink' : info instanceof FileInfo && (info.stats?.nlink ?? 0n) > 1n ? 'HardLink' : null)),
    NameString: codeProperty('NameString', (info) => (info.isLink ? `${info.name} -> ${info.linkTarget}` : info.name), true),
    LengthString: codeProperty('LengthString', (info) => (info instanceof FileInfo ? info.length.toString() : ''), true),
    LastWriteTimeString: codeProperty(
      'LastWriteTimeString',
      (info) => {
        const stats = info.stats;
        if (!stats) return '';
        const written = localTime(stats.mtimeNs);
        return `${formatDateTime(written, 'd').padStart(10)} ${formatDateTime(written, 't').padStart(8)}`;
      },
      true,
    ),
  };
}

defineType({
  fullName: 'System.IO.FileInfo',
  properties: {
    ...itemTypeTableProperties({
      VersionInfo: {
        type: 'System.Diagnostics.FileVersionInfo',
        get: (info: FileInfo) => versionInfo(info.fullName),
        typeTable: { memberType: 'ScriptProperty', getterScript: '[System.Diagnostics.FileVersionInfo]::GetVersionInfo($this.FullName)' },
      },
      BaseName: {
        type: 'string',
        get: (info: FileInfo) => info.name.slice(0, info.name.length - info.extension.length),
        typeTable: { memberType: 'ScriptProperty', getterScript: 'if ($this.Extension.Length -gt 0){$this.Name.Remove($this.Name.Length - $this.Extension.Length)}else{$this.Name}' },
      },
    }),
    Length: { type: 'long', get: (info: FileInfo) => info.length },
    DirectoryName: { type: 'string', get: (info: FileInfo) => dirname(info.fullName) },
    Directory: { type: 'System.IO.DirectoryInfo', get: (info: FileInfo) => new DirectoryInfo(dirname(info.fullName)) },
    IsReadOnly: { type: 'bool', get: (info: FileInfo) => (info.attributes & fileAttributes.ReadOnly) !== 0 && info.exists },
  },
});

defineType({
  fullName: 'System.IO.DirectoryInfo',
  properties: {
    ...itemTypeTableProperties({ BaseName: { type: 'string', get: (info: DirectoryInfo) => info.name, typeTable: { memberType: 'ScriptProperty', getterScript: '$this.Name' } } }),
    Parent: { type: 'System.IO.DirectoryInfo', get: (info: DirectoryInfo) => (info.fullName === '/' ? null : new DirectoryInfo(dirname(info.fullName))) },
    Root: { type: 'System.IO.DirectoryInfo', get: () => new DirectoryInfo('/') },
  },
  methods: [
    ['System.IO.FileInfo[] GetFiles()', (info: DirectoryInfo) => children(info).filter((child) => child instanceof FileInfo)],
    ['System.IO.DirectoryInfo[] GetDirectories()', (info: DirectoryInfo) => children(info).filter((child) => child instanceof DirectoryInfo)],
    ['System.IO.FileSystemInfo[] GetFileSystemInfos()', (info: DirectoryInfo) => children(info)],
  ],
});

function children(directory: DirectoryInfo): (FileInfo | DirectoryInfo)[] {
  return readdirSync(directory.fullName).sort().map((name) => fileSystemInfo(join(directory.fullName, name)));
}
