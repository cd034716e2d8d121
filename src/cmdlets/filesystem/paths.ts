/**
 * How the file-system cmdlets turn -Path and -LiteralPath into items, as pwsh's LocationGlobber
 * does for the FileSystem provider: paths resolve against the session's location, `~` is the
 * home directory, wildcards expand one path segment at a time (case-insensitively, hidden
 * names only with -Force, each directory's matches in name order), and a path without
 * wildcards that names nothing is pwsh's PathNotFound error.
 */
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compareStrings } from '../../engine/operators/index.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import type { ErrorRecord } from '../../engine/runtime/error-record.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import type { ParameterSpec } from '../../binding/index.js';
import { containsWildcardCharacters, unescapeWildcard, WildcardPattern } from '../../engine/wildcard/index.js';
import { stringList } from '../parameter-lists.js';
import { sessionStateStrings } from './messages.js';

/** The -Path (wildcards, from the pipeline) and -LiteralPath (PSPath, LP) parameters most item cmdlets declare. */
export function pathParameters(pathMandatory: boolean): ParameterSpec[] {
  return [
    { name: 'Path', type: 'string[]', parameterSets: { Path: { position: 0, mandatory: pathMandatory, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, supportsWildcards: true },
    { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], parameterSets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
  ];
}

/** -Filter, -Include and -Exclude, which every item cmdlet with provider filtering declares. */
export const filterParameters: readonly ParameterSpec[] = [
  { name: 'Filter', type: 'string' },
  { name: 'Include', type: 'string[]', supportsWildcards: true },
  { name: 'Exclude', type: 'string[]', supportsWildcards: true },
];

/** The -Path or -LiteralPath values and whether they are literal; `fallback` when neither was given. */
export function givenPaths(runtime: CommandRuntime, fallback: string[] = []): { paths: string[]; literal: boolean } {
  if (runtime.has('LiteralPath')) return { paths: stringList(runtime.parameter('LiteralPath')), literal: true };
  if (runtime.has('Path')) return { paths: stringList(runtime.parameter('Path')), literal: false };
  return { paths: fallback, literal: false };
}

/** pwsh's ItemNotFoundException for a path that names nothing: `Cannot find path '/x' because it does not exist.` */
export function pathNotFound(runtime: CommandRuntime, path: string): ErrorRecord {
  return runtime.errorRecord('System.Management.Automation.ItemNotFoundException', formatMessage(sessionStateStrings.PathNotFound, path), 'PathNotFound', 'ObjectNotFound', path);
}

export function exists(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

/** Whether the path is a directory, or a link to one. */
export function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Names in the order pwsh's FileSystem provider lists them (current culture, ignoring case). */
export function byName(a: string, b: string): number {
  return compareStrings(a, b, true) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface ResolveOptions {
  /** -Force: wildcards also match hidden (dot) names. */
  readonly force?: boolean;
}

/**
 * The existing absolute paths one -Path/-LiteralPath value names. A wildcard path that matches
 * nothing gives none, silently; any other path that does not exist writes PathNotFound.
 */
export function resolveExisting(runtime: CommandRuntime, path: string, literal: boolean, options: ResolveOptions = {}): string[] {
  const location = runtime.frame.context.location;
  if (literal || !containsWildcardCharacters(path)) {
    const full = location.fileSystemPath(literal ? path : unescapeWildcard(path));
    if (exists(full)) return [full];
    runtime.writeError(pathNotFound(runtime, full));
    return [];
  }
  return expandWildcards(location.fileSystemPath(path), options.force ?? false);
}

/** The paths an absolute path with wildcards matches, expanding each segment in turn. */
export function expandWildcards(absolute: string, force: boolean): string[] {
  let candidates = ['/'];
  for (const segment of absolute.split('/').filter((s) => s !== '')) {
    if (!containsWildcardCharacters(segment)) {
      const literal = unescapeWildcard(segment);
      candidates = candidates.map((directory) => join(directory, literal)).filter(exists);
      continue;
    }
    const pattern = new WildcardPattern(segment);
    candidates = candidates.flatMap((directory) => {
      let names: string[];
      try {
        names = readdirSync(directory);
      } catch {
        return [];
      }
      return names
        .filter((name) => (force || !name.startsWith('.')) && pattern.isMatch(name))
        .sort(byName)
        .map((name) => join(directory, name));
    });
  }
  return candidates.filter((candidate) => existsSync(candidate) || exists(candidate));
}

/** -Include and -Exclude applied to an item's name (no -Include lets everything in). */
export function includedByFilters(name: string, include: readonly WildcardPattern[], exclude: readonly WildcardPattern[]): boolean {
  if (include.length > 0 && !include.some((pattern) => pattern.isMatch(name))) return false;
  return !exclude.some((pattern) => pattern.isMatch(name));
}

export function patterns(runtime: CommandRuntime, name: string): WildcardPattern[] {
  return stringList(runtime.parameter(name)).map((text) => new WildcardPattern(text));
}

/** The existing items one -Path/-LiteralPath value names (hidden ones with -Force), kept by -Include/-Exclude. */
export function filteredItems(runtime: CommandRuntime, path: string, literal: boolean): string[] {
  const include = patterns(runtime, 'Include');
  const exclude = patterns(runtime, 'Exclude');
  return resolveExisting(runtime, path, literal, { force: runtime.switch('Force') }).filter((item) => includedByFilters(basename(item), include, exclude));
}
