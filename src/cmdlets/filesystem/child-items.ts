/**
 * Get-ChildItem and Get-Item over the FileSystem provider. Get-ChildItem lists a directory's
 * subdirectories and then its files, each in name order, skipping hidden (dot) names unless
 * -Force or -Hidden; -Recurse (or -Depth) then descends into each subdirectory (not into links),
 * -Name writes paths relative to the listed directory, and -Filter, -Include, -Exclude,
 * -Attributes (a FlagsExpression: `Directory+!Hidden, ReadOnly`), -File, -Directory, -System,
 * -Hidden and -ReadOnly narrow what is written.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { toPSString } from '../../engine/conversion/index.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { accessDeniedMessage } from '../../engine/dotnet/io-errors.js';
import { containsWildcardCharacters, WildcardPattern } from '../../engine/wildcard/index.js';
import { writeDriveItems } from '../providers/provider-items.js';
import { byName, filterParameters, givenPaths, includedByFilters, pathParameters, patterns, resolveExisting } from './paths.js';
import { FlagsExpression } from '../../engine/dotnet/types/flags-expression.js';
import { DirectoryInfo, FileInfo, fileAttributesType, fileSystemInfo, itemObject } from './items.js';
import { fileSystemProviderStrings } from './messages.js';

/** What decides whether a listed item is written. */
interface ChildFilter {
  readonly force: boolean;
  readonly filter: WildcardPattern | null;
  readonly include: readonly WildcardPattern[];
  readonly exclude: readonly WildcardPattern[];
  /** -Attributes, and the expression the -Directory, -File, -System, -ReadOnly and -Hidden switches make. */
  readonly attributes: FlagsExpression | null;
  readonly switches: FlagsExpression | null;
}

const hidden = 2;

/** FileSystemProvider's attribute filter: both expressions hold, and a hidden item only with -Force or when an expression names Hidden. */
function writes(info: FileInfo | DirectoryInfo, filter: ChildFilter): boolean {
  const attributes = info.attributes;
  if (filter.attributes && !filter.attributes.evaluate(attributes)) return false;
  if (filter.switches && !filter.switches.evaluate(attributes)) return false;
  if ((attributes & hidden) !== 0 && !filter.force && !namesHidden(filter)) return false;
  if (filter.filter && !filter.filter.isMatch(info.name)) return false;
  return includedByFilters(info.name, filter.include, filter.exclude);
}

function namesHidden(filter: ChildFilter): boolean {
  return (filter.attributes?.mentions(hidden) ?? false) || (filter.switches?.mentions(hidden) ?? false);
}

/** FormatAttributeSwitchParameters: the switches given, ANDed. */
function switchExpression(runtime: CommandRuntime): FlagsExpression | null {
  const terms = [['Directory', 'Directory'], ['File', '!Directory'], ['System', 'System'], ['ReadOnly', 'ReadOnly'], ['Hidden', 'Hidden']]
    .filter(([name]) => runtime.switch(name!))
    .map(([, term]) => term!);
  return terms.length === 0 ? null : FlagsExpression.parse(fileAttributesType, [terms.join('+')]);
}

/** A directory's entries as pwsh enumerates them: subdirectories first, then files, each by name. */
function entries(directory: string): { directories: DirectoryInfo[]; files: FileInfo[] } {
  const infos = readdirSync(directory).sort(byName).map((name) => fileSystemInfo(join(directory, name)));
  return {
    directories: infos.filter((info): info is DirectoryInfo => info instanceof DirectoryInfo),
    files: infos.filter((info): info is FileInfo => info instanceof FileInfo),
  };
}

const getChildItem = new CmdletInfo(
  {
    name: 'Get-ChildItem',
    aliases: ['gci', 'dir', 'ls'],
    implementingType: 'Microsoft.PowerShell.Commands.GetChildItemCommand',
    defaultParameterSetName: 'Items',
    parameters: [
      { name: 'Path', type: 'string[]', parameterSets: { Items: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, supportsWildcards: true },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], parameterSets: { LiteralItems: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Filter', type: 'string', position: 1 },
      { name: 'Include', type: 'string[]', supportsWildcards: true },
      { name: 'Exclude', type: 'string[]', supportsWildcards: true },
      { name: 'Recurse', type: 'switch', aliases: ['s', 'r'] },
      { name: 'Depth', type: 'uint' },
      { name: 'Force', type: 'switch' },
      { name: 'Name', type: 'switch' },
      { name: 'Attributes', type: 'System.Management.Automation.FlagsExpression[System.IO.FileAttributes]' },
      { name: 'FollowSymlink', type: 'switch' },
      { name: 'Directory', type: 'switch', aliases: ['ad'] },
      { name: 'File', type: 'switch', aliases: ['af'] },
      { name: 'Hidden', type: 'switch', aliases: ['ah', 'h'] },
      { name: 'ReadOnly', type: 'switch', aliases: ['ar'] },
      { name: 'System', type: 'switch', aliases: ['as'] },
    ],
  },
  (runtime) => ({
    process() {
      const { paths, literal } = givenPaths(runtime, ['.']);
      const depth = runtime.has('Depth') ? Number(runtime.parameter('Depth')) : runtime.switch('Recurse') ? Infinity : 0;
      const filterText = runtime.parameter('Filter');
      const filter: ChildFilter = {
        force: runtime.switch('Force'),
        filter: filterText === undefined || filterText === null || filterText === '' ? null : new WildcardPattern(toPSString(filterText)),
        include: patterns(runtime, 'Include'),
        exclude: patterns(runtime, 'Exclude'),
        attributes: (runtime.parameter('Attributes') as FlagsExpression | undefined) ?? null,
        switches: switchExpression(runtime),
      };
      for (const path of paths) listPath(runtime, path === '' ? '.' : path, literal, depth, filter);
    },
  }),
);

function listPath(runtime: CommandRuntime, path: string, literal: boolean, depth: number, filter: ChildFilter): void {
  if (writeDriveItems(runtime, path, literal)) return;
  // `dir *.txt -Recurse` looks for the leaf pattern in the parent and every directory below it.
  const leaf = basename(path);
  if (!literal && depth > 0 && containsWildcardCharacters(leaf) && !containsWildcardCharacters(dirname(path))) {
    const parent = dirname(path);
    for (const directory of resolveExisting(runtime, parent, false, filter)) {
      list(runtime, directory, directory, depth, { ...filter, include: [...filter.include, new WildcardPattern(leaf)] });
    }
    return;
  }
  for (const resolved of resolveExisting(runtime, path, literal, filter)) {
    const info = fileSystemInfo(resolved);
    if (info instanceof DirectoryInfo) list(runtime, resolved, resolved, depth, filter);
    else if (writes(info, { ...filter, force: true })) write(runtime, info, dirname(resolved));
  }
}

function write(runtime: CommandRuntime, info: FileInfo | DirectoryInfo, root: string): void {
  runtime.writeObject(runtime.switch('Name') ? relative(root, info.fullName) : itemObject(info));
}

/** Writes a directory's children, then (within `depth`) each subdirectory's, as pwsh's Dir does. */
function list(runtime: CommandRuntime, directory: string, root: string, depth: number, filter: ChildFilter): void {
  let found: ReturnType<typeof entries>;
  try {
    found = entries(directory);
  } catch {
    runtime.writeError(runtime.errorRecord('System.UnauthorizedAccessException', accessDeniedMessage(directory), 'DirUnauthorizedAccessError', 'PermissionDenied', directory));
    return;
  }
  for (const info of [...found.directories, ...found.files]) {
    if (writes(info, filter)) write(runtime, info, root);
  }
  if (depth <= 0) return;
  for (const child of found.directories) {
    if (child.isLink) continue;
    if (!filter.force && !namesHidden(filter) && (child.attributes & hidden) !== 0) continue;
    list(runtime, child.fullName, root, depth - 1, filter);
  }
}

const getItem = new CmdletInfo(
  {
    name: 'Get-Item',
    aliases: ['gi'],
    implementingType: 'Microsoft.PowerShell.Commands.GetItemCommand',
    defaultParameterSetName: 'Path',
    parameters: [
      ...pathParameters(true),
      ...filterParameters,
      { name: 'Force', type: 'switch' },
      { name: 'Stream', type: 'string[]' },
    ],
  },
  (runtime) => ({
    process() {
      const { paths, literal } = givenPaths(runtime);
      const force = runtime.switch('Force');
      const filterText = runtime.parameter('Filter');
      const nameFilter = filterText === undefined || filterText === null || filterText === '' ? null : new WildcardPattern(toPSString(filterText));
      const include = patterns(runtime, 'Include');
      const exclude = patterns(runtime, 'Exclude');
      for (const path of paths) {
        if (writeDriveItems(runtime, path, literal)) continue;
        for (const resolved of resolveExisting(runtime, path, literal, { force })) {
          const info = fileSystemInfo(resolved);
          if (nameFilter && !nameFilter.isMatch(info.name)) continue;
          if (!includedByFilters(info.name, include, exclude)) continue;
          // A hidden item is found only with -Force (the root directory always).
          if (!force && resolved !== '/' && (info.attributes & hidden) !== 0) {
            runtime.writeError(runtime.errorRecord('System.IO.IOException', formatMessage(fileSystemProviderStrings.ItemNotFound, resolved), 'ItemNotFound', 'ObjectNotFound', resolved));
            continue;
          }
          runtime.writeObject(itemObject(info));
        }
      }
    },
  }),
);

export const childItemCmdlets: readonly CmdletInfo[] = [getChildItem, getItem];
