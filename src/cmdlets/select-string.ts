/**
 * Select-String: the lines of files (-Path, -LiteralPath, FileInfo input) or the strings of
 * pipeline input that match a regular expression (or, with -SimpleMatch, contain a text), as
 * MatchInfo objects; the lines alone with -Raw, True/False with -Quiet, the first match of each
 * file with -List, and the lines around each match with -Context.
 */
import { readFileSync } from 'node:fs';
import { toPSString } from '../engine/conversion/index.js';
import { DotNetException } from '../engine/dotnet/errors.js';
import { Regex, type RegexMatch } from '../engine/dotnet/types/regex.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import { formatMessage } from '../engine/runtime/messages.js';
import { PSObject } from '../engine/values/index.js';
import { containsWildcardCharacters, unescapeWildcard, WildcardPattern } from '../engine/wildcard/index.js';
import { ValidationFailure, type ParameterSpec } from '../binding/index.js';
import { metadataStrings } from '../binding/messages.js';
import { matchStringStrings } from './data-messages.js';
import { encodingOf, encodingParameter } from './encoding-parameter.js';
import { openFailureException } from './file-streams.js';
import { splitLines } from './filesystem/content.js';
import { FileInfo } from './filesystem/items.js';
import { exists, expandWildcards, isDirectory, pathNotFound } from './filesystem/paths.js';
import { MatchContextTracker } from './match-context.js';
import { MatchInfo, MatchInfoContext } from './match-info.js';

const fileSets = ['File', 'FileRaw'];
const literalFileSets = ['LiteralFile', 'LiteralFileRaw'];
const objectSets = ['Object', 'ObjectRaw'];

/** The same attributes in each of `sets`. */
function inSets(sets: readonly string[], attributes: { position?: number; mandatory?: boolean; valueFromPipeline?: boolean; valueFromPipelineByPropertyName?: boolean }): ParameterSpec['parameterSets'] {
  return Object.fromEntries(sets.map((set) => [set, attributes]));
}

/** [FileinfoToString]: a FileInfo given for a path (alone or in a list) is its full name. */
const fileInfoToString = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(fileInfoToString);
  const base = value instanceof PSObject ? value.baseObject : value;
  return base instanceof FileInfo ? base.fullName : value;
};

/** The MatchInfo a line gives, or undefined when it does not count as a match (-NotMatch inverts). */
type LineMatcher = (line: string) => MatchInfo | undefined;

function lineMatcher(runtime: CommandRuntime): LineMatcher {
  const patterns = (runtime.parameter('Pattern') as unknown[]).map((pattern) => toPSString(pattern));
  const caseSensitive = runtime.switch('CaseSensitive');
  const notMatch = runtime.switch('NotMatch');
  const allMatches = runtime.switch('AllMatches') && !notMatch;
  const withContext = contextCounts(runtime).some((count) => count > 0);
  const location = runtime.frame.context.location;
  const result = (line: string, pattern: string, matches: readonly RegexMatch[]) => {
    const info = new MatchInfo(line, pattern, !caseSensitive, matches, location);
    if (withContext) info.context = new MatchInfoContext();
    return info;
  };
  const invert = (line: string, found: MatchInfo | undefined) => (notMatch ? (found ? undefined : result(line, patterns[0], [])) : found);
  if (runtime.switch('SimpleMatch')) {
    const fold = simpleMatchFold(runtime, caseSensitive);
    const folded = patterns.map(fold);
    return (line) => {
      const index = folded.findIndex((pattern) => fold(line).includes(pattern));
      return invert(line, index < 0 ? undefined : result(line, patterns[index], []));
    };
  }
  const regexes = patterns.map((pattern) => compilePattern(runtime, pattern, caseSensitive));
  return (line) => {
    for (let i = 0; i < regexes.length; i++) {
      const matches = allMatches ? [...regexes[i].matches(line)] : [regexes[i].match(line)].filter((match) => match.success);
      if (matches.length > 0) return invert(line, result(line, patterns[i], matches));
    }
    return invert(line, undefined);
  };
}

/**
 * How -SimpleMatch compares ignoring case under -Culture: Ordinal folds as .NET's
 * OrdinalIgnoreCase does (to upper case); Invariant, Current and a culture's name fold by that
 * culture's rules (the current culture when -Culture is not given). psh does not reproduce
 * .NET's linguistic ignorable characters.
 */
function simpleMatchFold(runtime: CommandRuntime, caseSensitive: boolean): (text: string) => string {
  if (caseSensitive) return (text) => text;
  const culture = runtime.has('Culture') ? toPSString(runtime.parameter('Culture')) : 'Current';
  if (culture === 'Ordinal') return (text) => text.toUpperCase();
  const locale = culture === 'Invariant' || culture === 'Current' ? undefined : culture;
  return (text) => text.toLocaleLowerCase(locale);
}

const cultureKeywords = ['Ordinal', 'Invariant', 'Current'];

/**
 * -Culture's ValidateSet: the keywords or a culture name. pwsh's set lists every .NET culture
 * name; psh takes any name JavaScript knows as a locale and names only the keywords when it refuses one.
 */
function validateCultureName(value: unknown): void {
  const name = toPSString(value);
  if (cultureKeywords.includes(name)) return;
  try {
    Intl.getCanonicalLocales(name);
  } catch {
    throw new ValidationFailure(formatMessage(metadataStrings.ValidateSetFailure, name, cultureKeywords.join(',')));
  }
}

function compilePattern(runtime: CommandRuntime, pattern: string, caseSensitive: boolean): Regex {
  try {
    return new Regex(pattern, caseSensitive ? 0 : 1);
  } catch (error) {
    if (!(error instanceof DotNetException)) throw error;
    throw new PSErrorException(runtime.errorRecord('System.ArgumentException', formatMessage(matchStringStrings.InvalidRegex, pattern, error.message), 'InvalidRegex', 'InvalidArgument'));
  }
}

/** -Context's lines before and after: one number for both, or two. */
function contextCounts(runtime: CommandRuntime): [number, number] {
  const given = (runtime.parameter('Context') as unknown[] | undefined)?.map(Number) ?? [0, 0];
  return [given[0], given[given.length > 1 ? 1 : 0]];
}

const selectString = new CmdletInfo(
  {
    name: 'Select-String',
    aliases: ['sls'],
    implementingType: 'Microsoft.PowerShell.Commands.SelectStringCommand',
    defaultParameterSetName: 'File',
    outputType: ['System.Boolean', 'Microsoft.PowerShell.Commands.MatchInfo', 'System.String'],
    parameters: [
      { name: 'InputObject', type: 'psobject', parameterSets: inSets(objectSets, { mandatory: true, valueFromPipeline: true }), allowNull: true, allowEmptyString: true },
      { name: 'Pattern', type: 'string[]', position: 0, mandatory: true },
      { name: 'Path', type: 'string[]', parameterSets: inSets(fileSets, { position: 1, mandatory: true, valueFromPipelineByPropertyName: true }), transformation: fileInfoToString },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], parameterSets: inSets(literalFileSets, { mandatory: true, valueFromPipelineByPropertyName: true }), transformation: fileInfoToString },
      { name: 'Raw', type: 'switch', parameterSets: inSets(['ObjectRaw', 'FileRaw', 'LiteralFileRaw'], { mandatory: true }) },
      { name: 'Culture', type: 'string', validation: [{ kind: 'ValidateArguments', check: validateCultureName }, { kind: 'ValidateNotNull' }] },
      { name: 'SimpleMatch', type: 'switch' },
      { name: 'CaseSensitive', type: 'switch' },
      { name: 'Quiet', type: 'switch', parameterSets: inSets(['Object', 'File', 'LiteralFile'], {}) },
      { name: 'List', type: 'switch' },
      { name: 'NoEmphasis', type: 'switch' },
      { name: 'Include', type: 'string[]', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'Exclude', type: 'string[]', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'NotMatch', type: 'switch' },
      { name: 'AllMatches', type: 'switch' },
      encodingParameter,
      { name: 'Context', type: 'int[]', validation: [{ kind: 'ValidateNotNullOrEmpty' }, { kind: 'ValidateCount', min: 1, max: 2 }, { kind: 'ValidateRange', min: 0, max: 2147483647 }] },
    ],
  },
  (runtime) => {
    let matcher: LineMatcher;
    let [before, after] = [0, 0];
    const raw = runtime.switch('Raw');
    const quiet = runtime.switch('Quiet');
    const list = runtime.switch('List');
    const newTracker = () => (raw ? new MatchContextTracker(0, 0) : new MatchContextTracker(before, after));
    /** The tracker for pipeline strings, whose context runs on from one input object to the next. */
    let inputTracker: MatchContextTracker;
    let inputNumber = 0;
    let done = false;
    const wildcards = (name: string) => (runtime.parameter(name) as unknown[] | undefined)?.map((text) => new WildcardPattern(toPSString(text)));
    const include = wildcards('Include');
    const exclude = wildcards('Exclude');

    /** Writes the ready matches as the switches ask; whether there were any. */
    const flush = (tracker: MatchContextTracker): boolean => {
      const ready = tracker.ready.splice(0);
      if (ready.length === 0) return false;
      if (raw) for (const match of ready) runtime.writeObject(match.line);
      else if (quiet && !list) runtime.writeObject(true);
      else if (list) runtime.writeObject(ready[0]);
      else for (const match of ready) runtime.writeObject(match);
      return true;
    };

    /** The files a -Path or -LiteralPath value names; a path without wildcards that names nothing is a terminating PathNotFound. */
    const resolvePaths = (path: string, literal: boolean): string[] => {
      const location = runtime.frame.context.location;
      if (literal) return [location.fileSystemPath(path)];
      if (containsWildcardCharacters(path)) return expandWildcards(location.fileSystemPath(path), false);
      const full = location.fileSystemPath(unescapeWildcard(path));
      if (exists(full)) return [full];
      throw new PSErrorException(pathNotFound(runtime, full));
    };

    // MeetsIncludeExcludeCriteria: pwsh matches -Include and -Exclude against the full path, not the name.
    const included = (path: string) => (include === undefined || include.some((pattern) => pattern.isMatch(path))) && !exclude?.some((pattern) => pattern.isMatch(path));

    /** Searches one file; whether it had a match. */
    const searchFile = (path: string): boolean => {
      if (!included(path)) return false;
      let lines: string[];
      try {
        lines = splitLines(encodingOf(runtime).decode(readFileSync(path)));
      } catch (error) {
        const { message } = openFailureException(path, error, false);
        runtime.writeError(runtime.errorRecord('System.ArgumentException', formatMessage(matchStringStrings.FileReadError, path, message), 'ProcessingFile', 'InvalidArgument'));
        return false;
      }
      const tracker = newTracker();
      let found = false;
      for (let i = 0; i < lines.length; i++) {
        const match = matcher(lines[i]);
        if (match) {
          match.path = path;
          match.lineNumber = i + 1;
          tracker.trackMatch(match);
        } else tracker.trackLine(lines[i]);
        if (tracker.ready.length > 0) {
          found = true;
          // -Quiet and -List want one result per file.
          if (quiet || list) break;
          flush(tracker);
        }
      }
      tracker.trackEnd();
      return flush(tracker) || found;
    };

    const searchInput = (value: unknown) => {
      inputNumber++;
      const base = value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
      const line = base === null || base === undefined ? '' : base instanceof MatchInfo ? base.line : toPSString(base);
      const match = base instanceof MatchInfo ? filterMatch(base, line) : matcher(line);
      if (match) {
        if (!(base instanceof MatchInfo)) match.lineNumber = inputNumber;
        inputTracker.trackMatch(match);
      } else inputTracker.trackLine(line);
      if (flush(inputTracker) && quiet) done = true;
    };

    /** A MatchInfo piped in is searched by its line and passed on (without display context, which would no longer fit). */
    const filterMatch = (info: MatchInfo, line: string): MatchInfo | undefined => {
      if (before > 0 || after > 0) {
        [before, after] = [0, 0];
        inputTracker = newTracker();
        runtime.writeWarning(matchStringStrings.FilterContextWarning);
      }
      if (!matcher(line)) return undefined;
      if (!info.context) return info;
      const copy = Object.assign(Object.create(MatchInfo.prototype) as MatchInfo, info);
      copy.context = Object.assign(new MatchInfoContext(), info.context, { displayPreContext: [], displayPostContext: [] });
      return copy;
    };

    return {
      begin() {
        if (runtime.has('Culture') && !runtime.has('SimpleMatch')) {
          throw new PSErrorException(runtime.errorRecord('System.InvalidOperationException', matchStringStrings.CannotSpecifyCultureWithoutSimpleMatch, 'CannotSpecifyCultureWithoutSimpleMatch', 'InvalidData'));
        }
        matcher = lineMatcher(runtime);
        [before, after] = contextCounts(runtime);
        inputTracker = newTracker();
      },
      process() {
        if (done) return;
        const input = runtime.parameter('InputObject');
        const inputBase = input instanceof PSObject ? input.baseObject : input;
        let paths: string[];
        if (runtime.has('Path') || runtime.has('LiteralPath')) {
          const literal = runtime.has('LiteralPath');
          paths = (runtime.parameter(literal ? 'LiteralPath' : 'Path') as unknown[]).flatMap((path) => resolvePaths(toPSString(path), literal)).filter((path) => !isDirectory(path));
        } else if (inputBase instanceof FileInfo) paths = [inputBase.fullName];
        else {
          searchInput(input);
          return;
        }
        for (const path of paths) if (searchFile(path) && quiet) return;
        // No file had a match.
        if (quiet) runtime.writeObject(list ? null : false);
      },
      end() {
        inputTracker.trackEnd();
        if (!done) flush(inputTracker);
      },
    };
  },
);

export const selectStringCmdlets: readonly CmdletInfo[] = [selectString];
