/**
 * Test-Path, Join-Path, Split-Path and Resolve-Path for file-system paths on Linux: `/` is
 * the one root, a backslash is read as a separator, relative paths resolve against the
 * session's location.
 */
import { statSync } from 'node:fs';
import { posix } from 'node:path';
import { toPSString } from '../../engine/conversion/index.js';
import { defineEnum } from '../../engine/dotnet/enums.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { PathInfo } from '../../engine/runtime/path-info.js';
import { containsWildcardCharacters, unescapeWildcard } from '../../engine/wildcard/index.js';
import { navigationResources, testPathResources } from './messages.js';
import { testDrivePath } from '../providers/provider-items.js';
import { expandWildcards, exists, filterParameters, givenPaths, includedByFilters, pathParameters, patterns, resolveExisting } from './paths.js';
import { argumentList, stringList } from '../parameter-lists.js';

defineEnum('Microsoft.PowerShell.Commands.TestPathType', { Any: 0, Container: 1, Leaf: 2 });

/** The provider's separator: `\` is read as `/`. */
function normalize(path: string): string {
  return path.replace(/\\/g, '/');
}

/** The FileSystem provider's MakePath: one separator between the parts. */
function combine(parent: string, child: string): string {
  if (parent === '') return child;
  if (child === '') return parent;
  return parent.replace(/\/+$/, '') + '/' + child.replace(/^\/+/, '');
}

const testPath = new CmdletInfo(
  {
    name: 'Test-Path',
    implementingType: 'Microsoft.PowerShell.Commands.TestPathCommand',
    defaultParameterSetName: 'Path',
    outputType: ['System.Boolean'],
    parameters: [
      { name: 'Path', type: 'string[]', allowNull: true, allowEmptyCollection: true, allowEmptyString: true, parameterSets: { Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, supportsWildcards: true },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], allowNull: true, allowEmptyCollection: true, allowEmptyString: true, parameterSets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      ...filterParameters,
      { name: 'PathType', type: 'Microsoft.PowerShell.Commands.TestPathType', aliases: ['Type'] },
      { name: 'IsValid', type: 'switch' },
      { name: 'OlderThan', type: 'System.Nullable`1[[System.DateTime]]' },
      { name: 'NewerThan', type: 'System.Nullable`1[[System.DateTime]]' },
    ],
  },
  (runtime) => ({
    process() {
      const literal = runtime.has('LiteralPath');
      const given = runtime.parameter(literal ? 'LiteralPath' : 'Path');
      const paths = argumentList(given);
      if (paths.length === 0) {
        runtime.writeError(runtime.errorRecord('System.ArgumentNullException', testPathResources.PathIsNullOrEmptyCollection, 'NullPathNotPermitted', 'InvalidArgument'));
        return;
      }
      const pathType = runtime.has('PathType') ? toPSString(runtime.parameter('PathType')).toLowerCase() : 'any';
      const include = patterns(runtime, 'Include');
      const exclude = patterns(runtime, 'Exclude');
      for (const path of paths) {
        if (path === null || path === undefined) {
          runtime.writeError(runtime.errorRecord('System.ArgumentNullException', testPathResources.PathIsNullOrEmptyCollection, 'NullPathNotPermitted', 'InvalidArgument'));
          continue;
        }
        const text = toPSString(path);
        if (text.trim() === '') {
          runtime.writeObject(false);
          continue;
        }
        if (runtime.switch('IsValid')) {
          runtime.writeObject(!text.includes('\0'));
          continue;
        }
        const onDrive = testDrivePath(runtime, text, literal, pathType);
        if (onDrive !== undefined) {
          runtime.writeObject(onDrive);
          continue;
        }
        const location = runtime.frame.context.location;
        const matches = !literal && containsWildcardCharacters(text) ? expandWildcards(location.fileSystemPath(text), true) : [location.fileSystemPath(literal ? text : unescapeWildcard(text))].filter(exists);
        runtime.writeObject(matches.some((match) => {
          if (!includedByFilters(posix.basename(match), include, exclude)) return false;
          const isContainer = statSync(match, { throwIfNoEntry: false })?.isDirectory() ?? false;
          return pathType === 'container' ? isContainer : pathType === 'leaf' ? !isContainer : true;
        }));
      }
    },
  }),
);

const joinPath = new CmdletInfo(
  {
    name: 'Join-Path',
    implementingType: 'Microsoft.PowerShell.Commands.JoinPathCommand',
    outputType: ['System.String'],
    parameters: [
      { name: 'Path', type: 'string[]', aliases: ['PSPath'], position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'ChildPath', type: 'string[]', position: 1, mandatory: true, valueFromPipelineByPropertyName: true, allowNull: true, allowEmptyString: true, allowEmptyCollection: true },
      { name: 'AdditionalChildPath', type: 'string[]', position: 2, valueFromPipelineByPropertyName: true, valueFromRemainingArguments: true, allowNull: true, allowEmptyString: true, allowEmptyCollection: true },
      { name: 'Resolve', type: 'switch' },
      { name: 'Extension', type: 'string', valueFromPipelineByPropertyName: true, validation: [{ kind: 'ValidateNotNull' }] },
    ],
  },
  (runtime) => ({
    process() {
      const children = [...stringList(runtime.parameter('ChildPath')), ...stringList(runtime.parameter('AdditionalChildPath'))].map(normalize);
      const child = children.reduce(combine, '');
      for (const path of stringList(runtime.parameter('Path'))) {
        let joined = combine(normalize(path), child);
        if (runtime.has('Extension')) joined = changeExtension(joined, toPSString(runtime.parameter('Extension')));
        if (!runtime.switch('Resolve')) {
          runtime.writeObject(joined);
          continue;
        }
        for (const resolved of resolveExisting(runtime, joined, false)) runtime.writeObject(resolved);
      }
    },
  }),
);

/** Path.ChangeExtension: the extension replaced (added), or removed for ''. */
function changeExtension(path: string, extension: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  const stem = dot > slash ? path.slice(0, dot) : path;
  if (extension === '') return stem;
  return stem + (extension.startsWith('.') ? extension : '.' + extension);
}

const splitSets = ['ParentSet', 'LeafSet', 'LeafBaseSet', 'ExtensionSet', 'QualifierSet', 'NoQualifierSet', 'IsAbsoluteSet'];

const splitPath = new CmdletInfo(
  {
    name: 'Split-Path',
    implementingType: 'Microsoft.PowerShell.Commands.SplitPathCommand',
    defaultParameterSetName: 'ParentSet',
    parameters: [
      { name: 'Path', type: 'string[]', parameterSets: Object.fromEntries(splitSets.map((set) => [set, { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }])) },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], parameterSets: { LiteralPathSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Qualifier', type: 'switch', parameterSets: { QualifierSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'NoQualifier', type: 'switch', parameterSets: { NoQualifierSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Parent', type: 'switch', parameterSets: { ParentSet: { valueFromPipelineByPropertyName: true } } },
      { name: 'Leaf', type: 'switch', parameterSets: { LeafSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'LeafBase', type: 'switch', parameterSets: { LeafBaseSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Extension', type: 'switch', parameterSets: { ExtensionSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Resolve', type: 'switch' },
      { name: 'IsAbsolute', type: 'switch', parameterSets: { IsAbsoluteSet: { mandatory: true } } },
    ],
  },
  (runtime) => ({
    process() {
      const { paths, literal } = givenPaths(runtime);
      for (const given of paths) {
        const targets = runtime.switch('Resolve') ? resolveExisting(runtime, given, literal) : [given];
        for (const path of targets) splitOne(runtime, normalize(path));
      }
    },
  }),
);

/** A drive qualifier (`C:`) at the start of a path; Linux paths have none. */
const qualifierPattern = /^[^/:]+:/;

function splitOne(runtime: CommandRuntime, path: string): void {
  const leaf = path === '/' ? '' : path.replace(/\/+$/, '').slice(path.replace(/\/+$/, '').lastIndexOf('/') + 1);
  switch (runtime.parameterSetName) {
    case 'IsAbsoluteSet':
      runtime.writeObject(path.startsWith('/') || path.startsWith('~'));
      return;
    case 'QualifierSet': {
      const qualifier = qualifierPattern.exec(path);
      if (!qualifier) {
        runtime.writeError(runtime.errorRecord('System.Management.Automation.PSArgumentException', formatMessage(navigationResources.ParsePathFormatError, path), 'ParsePathFormatError', 'InvalidArgument', path));
        return;
      }
      runtime.writeObject(qualifier[0]);
      return;
    }
    case 'NoQualifierSet':
      runtime.writeObject(path.replace(qualifierPattern, ''));
      return;
    case 'LeafSet':
      runtime.writeObject(leaf);
      return;
    case 'LeafBaseSet': {
      const dot = leaf.lastIndexOf('.');
      runtime.writeObject(dot > 0 ? leaf.slice(0, dot) : leaf);
      return;
    }
    case 'ExtensionSet': {
      const dot = leaf.lastIndexOf('.');
      runtime.writeObject(dot >= 0 && dot < leaf.length - 1 ? leaf.slice(dot) : '');
      return;
    }
    default: {
      const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
      const slash = trimmed.lastIndexOf('/');
      runtime.writeObject(slash < 0 ? '' : slash === 0 ? (trimmed === '/' ? '' : '/') : trimmed.slice(0, slash));
    }
  }
}

const resolvePath = new CmdletInfo(
  {
    name: 'Resolve-Path',
    aliases: ['rvpa'],
    implementingType: 'Microsoft.PowerShell.Commands.ResolvePathCommand',
    defaultParameterSetName: 'Path',
    parameters: [
      ...pathParameters(true),
      { name: 'Relative', type: 'switch', parameterSets: { Path: {}, LiteralPath: {} } },
      { name: 'RelativeBasePath', type: 'string' },
      { name: 'Force', type: 'switch' },
    ],
  },
  (runtime) => ({
    process() {
      const location = runtime.frame.context.location;
      const { paths, literal } = givenPaths(runtime);
      const base = runtime.has('RelativeBasePath') ? location.fileSystemPath(toPSString(runtime.parameter('RelativeBasePath'))) : location.current;
      for (const path of paths) {
        // -RelativeBasePath also anchors the path itself.
        const anchored = runtime.has('RelativeBasePath') && !posix.isAbsolute(path) && !path.startsWith('~') ? posix.join(base, path) : path;
        for (const resolved of resolveExisting(runtime, anchored, literal, { force: runtime.switch('Force') })) {
          if (!runtime.switch('Relative')) {
            runtime.writeObject(new PathInfo(resolved));
            continue;
          }
          const relative = posix.relative(base, resolved);
          runtime.writeObject(relative === '' ? '.' : relative.startsWith('..') ? relative : `./${relative}`);
        }
      }
    },
  }),
);

export const pathCmdlets: readonly CmdletInfo[] = [testPath, joinPath, splitPath, resolvePath];
