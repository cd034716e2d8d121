/**
 * Get-FileHash: each file's hash (SHA256 unless -Algorithm SHA1, SHA384, SHA512 or MD5) as a
 * FileHashInfo of Algorithm, upper-case hex Hash and Path, shown in pwsh's three-column table.
 * -Path resolves wildcards (a pattern matching nothing is no error); -LiteralPath is taken as is.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ioException, missingFile } from '../engine/dotnet/io-errors.js';
import { defineType } from '../engine/dotnet/member-table.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { formatMessage } from '../engine/runtime/messages.js';
import { psTypeNames } from '../engine/values/index.js';
import { containsWildcardCharacters, unescapeWildcard } from '../engine/wildcard/index.js';
import { engineViews } from '../format/index.js';
import { sessionStateStrings } from './filesystem/messages.js';
import { exists, expandWildcards, givenPaths } from './filesystem/paths.js';

const fileHashInfoType = 'Microsoft.PowerShell.Commands.FileHashInfo';

export class FileHashInfo {
  readonly [psTypeNames] = [fileHashInfoType, 'System.Object'];
  constructor(
    readonly algorithm: string,
    readonly hash: string,
    readonly path: string,
  ) {}
}

registerNativeType(fileHashInfoType, ['System.Object'], { isInstance: (value) => value instanceof FileHashInfo });
defineType({
  fullName: fileHashInfoType,
  properties: {
    Algorithm: { type: 'string', get: (info: FileHashInfo) => info.algorithm },
    Hash: { type: 'string', get: (info: FileHashInfo) => info.hash },
    Path: { type: 'string', get: (info: FileHashInfo) => info.path },
  },
});
// PowerShellCore.format.ps1xml: Algorithm 15 wide, Hash 70 wide, then Path.
engineViews.register(fileHashInfoType, { kind: 'table', columns: [{ width: 15, value: 'Algorithm' }, { width: 70, value: 'Hash' }, { value: 'Path' }] });

/** -Algorithm's names and node:crypto's for them. */
const algorithms: Readonly<Record<string, string>> = { SHA1: 'sha1', SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512', MD5: 'md5' };

/** The files one -Path value names; a missing non-wildcard path is pwsh's FileNotFound (an ItemNotFoundException). */
function resolvedPaths(runtime: CommandRuntime, path: string): string[] {
  const location = runtime.frame.context.location;
  if (containsWildcardCharacters(path)) return expandWildcards(location.fileSystemPath(path), false);
  const full = location.fileSystemPath(unescapeWildcard(path));
  if (exists(full)) return [full];
  runtime.writeError(runtime.errorRecord('System.Management.Automation.ItemNotFoundException', formatMessage(sessionStateStrings.PathNotFound, full), 'FileNotFound', 'ObjectNotFound', path));
  return [];
}

/** File.OpenRead's failures as Get-FileHash reports them. */
function readError(runtime: CommandRuntime, path: string, error: NodeJS.ErrnoException): void {
  const exception = ioException(error, path, missingFile);
  const type = exception.exceptionTypeName;
  if (type === 'System.IO.FileNotFoundException') {
    runtime.writeError(runtime.errorRecord(type, exception.message, 'FileNotFound', 'ObjectNotFound', path));
  } else if (type === 'System.UnauthorizedAccessException') {
    runtime.writeError(runtime.errorRecord(type, exception.message, 'UnauthorizedAccessError', 'InvalidData', path));
  } else {
    runtime.writeError(runtime.errorRecord(type, exception.message, 'FileReadError', 'ReadError', path));
  }
}

const getFileHash = new CmdletInfo(
  {
    name: 'Get-FileHash',
    implementingType: 'Microsoft.PowerShell.Commands.GetFileHashCommand',
    defaultParameterSetName: 'Path',
    outputType: [fileHashInfoType],
    parameters: [
      { name: 'Path', type: 'string[]', parameterSets: { Path: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], parameterSets: { LiteralPath: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
      { name: 'Algorithm', type: 'string', position: 1, validation: [{ kind: 'ValidateSet', values: Object.keys(algorithms), ignoreCase: true }] },
    ],
  },
  (runtime) => ({
    process() {
      const algorithm = runtime.has('Algorithm') ? String(runtime.parameter('Algorithm')).toUpperCase() : 'SHA256';
      const { paths, literal } = givenPaths(runtime);
      const location = runtime.frame.context.location;
      const files = paths.flatMap((path) => (literal ? [location.fileSystemPath(path)] : resolvedPaths(runtime, path)));
      for (const file of files) {
        let bytes: Buffer;
        try {
          bytes = readFileSync(file);
        } catch (error) {
          readError(runtime, file, error as NodeJS.ErrnoException);
          continue;
        }
        const hash = createHash(algorithms[algorithm]!).update(bytes).digest('hex').toUpperCase();
        runtime.writeObject(new FileHashInfo(algorithm, hash, file));
      }
    },
  }),
);

export const getFileHashCmdlets: readonly CmdletInfo[] = [getFileHash];
