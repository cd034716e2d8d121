/**
 * Microsoft.PowerShell.Commands.MatchInfo and MatchInfoContext, the objects Select-String
 * writes: the line, its number, the file (or 'InputStream' for pipeline input), the pattern that
 * matched, its Match objects and, with -Context, the lines around it. Its text is
 * `path:number:line` for a file and the line alone for pipeline input; with context each line
 * is prefixed, '> ' the match and '  ' the others. pwsh's MatchInfo view shows that text with
 * the path relative to the current location.
 */
import { basename } from 'node:path';
import type { RegexMatch } from '../engine/dotnet/types/regex.js';
import { defineType } from '../engine/dotnet/member-table.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import type { SessionLocation } from '../engine/runtime/location.js';
import { PSObject, psTypeNames } from '../engine/values/index.js';
import { engineViews } from '../format/index.js';

const matchInfoType = 'Microsoft.PowerShell.Commands.MatchInfo';
const matchInfoContextType = 'Microsoft.PowerShell.Commands.MatchInfoContext';
const inputStream = 'InputStream';

export class MatchInfoContext {
  readonly [psTypeNames] = [matchInfoContextType, 'System.Object'];
  preContext: string[] = [];
  postContext: string[] = [];
  /** The context lines shown: those no nearer match already shows. */
  displayPreContext: string[] = [];
  displayPostContext: string[] = [];
}

export class MatchInfo {
  readonly [psTypeNames] = [matchInfoType, 'System.Object'];
  lineNumber = 0;
  /** The file's full path; undefined for pipeline input. */
  path: string | undefined;
  context: MatchInfoContext | undefined;

  constructor(
    readonly line: string,
    readonly pattern: string,
    readonly ignoreCase: boolean,
    readonly matches: readonly RegexMatch[],
    /** The session's location, which the default view shows paths relative to when it displays the object. */
    readonly location: SessionLocation,
  ) {}

  /** The path relative to `directory` when it lies under it (compared ignoring case, as pwsh does). */
  relativePath(directory: string | null): string {
    if (this.path === undefined) return inputStream;
    if (!directory || !this.path.toLowerCase().startsWith(directory.toLowerCase()) || directory.length >= this.path.length) return this.path;
    if (directory.endsWith('/') || directory.endsWith('\\')) return this.path.slice(directory.length);
    const next = this.path[directory.length];
    return next === '/' || next === '\\' ? this.path.slice(directory.length + 1) : this.path;
  }

  /** ToString(directory): one line, or with context the context lines around the match line. */
  toText(directory: string | null): string {
    const displayPath = directory === null ? (this.path ?? inputStream) : this.relativePath(directory);
    const format = (text: string, lineNumber: number, prefix: string) => (this.path === undefined ? prefix + text : `${prefix}${displayPath}:${lineNumber}:${text}`);
    if (this.context === undefined) return format(this.line, this.lineNumber, '');
    const { displayPreContext, displayPostContext } = this.context;
    let lineNumber = this.lineNumber - displayPreContext.length;
    return [
      ...displayPreContext.map((text) => format(text, lineNumber++, '  ')),
      format(this.line, lineNumber++, '> '),
      ...displayPostContext.map((text) => format(text, lineNumber++, '  ')),
    ].join('\n');
  }

  toString(): string {
    return this.toText(null);
  }
}

registerNativeType(matchInfoType, ['System.Object'], { isInstance: (value) => value instanceof MatchInfo });
registerNativeType(matchInfoContextType, ['System.Object'], { isInstance: (value) => value instanceof MatchInfoContext });

const contextLines = (select: (context: MatchInfoContext) => string[]) => ({ type: 'string[]', get: (context: MatchInfoContext) => select(context) });

defineType({
  fullName: matchInfoContextType,
  properties: {
    PreContext: contextLines((context) => context.preContext),
    PostContext: contextLines((context) => context.postContext),
    DisplayPreContext: contextLines((context) => context.displayPreContext),
    DisplayPostContext: contextLines((context) => context.displayPostContext),
  },
});

defineType({
  fullName: matchInfoType,
  // .NET's declaration order, which Format-List * follows.
  properties: {
    IgnoreCase: { type: 'bool', get: (info: MatchInfo) => info.ignoreCase },
    LineNumber: { type: 'ulong', get: (info: MatchInfo) => info.lineNumber },
    Line: { type: 'string', get: (info: MatchInfo) => info.line },
    Filename: { type: 'string', get: (info: MatchInfo) => (info.path === undefined ? inputStream : basename(info.path)) },
    Path: { type: 'string', get: (info: MatchInfo) => info.path ?? inputStream },
    Pattern: { type: 'string', get: (info: MatchInfo) => info.pattern },
    Context: { type: matchInfoContextType, get: (info: MatchInfo) => info.context ?? null },
    Matches: { type: 'System.Text.RegularExpressions.Match[]', get: (info: MatchInfo) => [...info.matches] },
  },
  methods: [
    ['string RelativePath(string directory)', (info: MatchInfo, [directory]: [string | null]) => info.relativePath(directory)],
    ['string ToString()', (info: MatchInfo) => info.toText(null)],
    ['string ToString(string directory)', (info: MatchInfo, [directory]: [string | null]) => info.toText(directory)],
    // psh shows no emphasis (pwsh's reverse-video match text), so this is ToString(directory).
    ['string ToEmphasizedString(string directory)', (info: MatchInfo, [directory]: [string | null]) => info.toText(directory)],
  ],
});

// PowerShellCore.format.ps1xml's MatchInfo view: `$_.ToEmphasizedString((Get-Location).Path)`.
engineViews.register(matchInfoType, {
  kind: 'custom',
  render: (value) => {
    const info = value instanceof PSObject ? value.baseObject : value;
    return info instanceof MatchInfo ? info.toText(info.location.current) : String(info);
  },
});
