/**
 * pwsh's PathUtils for the Export-* and Import-* cmdlets: a -Path (wildcards allowed, one file at
 * most) or -LiteralPath resolved against the session's location; a file opened for writing
 * (created or emptied with the encoding's byte-order mark, or appended to; -NoClobber refuses an
 * existing one) or read whole; a failure to open is the terminating FileOpenFailure error with
 * .NET's exception text.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import { formatMessage } from '../engine/runtime/messages.js';
import { containsWildcardCharacters } from '../engine/wildcard/index.js';
import type { TextEncoding } from '../engine/dotnet/types/system-text-encoding.js';
import type { DotNetException } from '../engine/dotnet/errors.js';
import { directoryNotFound, ioException, missingFile } from '../engine/dotnet/io-errors.js';
import { pathUtilsStrings } from './filesystem/messages.js';
import { expandWildcards } from './filesystem/paths.js';

/** PathUtils.ResolveFilePath: the one file a path names, or the path itself (resolved) when it has no wildcards and names none yet. */
export function resolveFilePath(runtime: CommandRuntime, path: string, literal: boolean): string {
  const location = runtime.frame.context.location;
  const full = location.fileSystemPath(path);
  if (literal || !containsWildcardCharacters(path)) return full;
  const matches = expandWildcards(full, false);
  if (matches.length > 1) {
    throw new PSErrorException(runtime.errorRecord('System.Management.Automation.PSInvalidOperationException', pathUtilsStrings.OutFile_MultipleFilesNotSupported, 'ReadWriteMultipleFilesNotSupported', 'InvalidArgument', null));
  }
  if (matches.length === 0) {
    throw new PSErrorException(runtime.errorRecord('System.IO.FileNotFoundException', formatMessage(pathUtilsStrings.OutFile_DidNotResolveFile, path), 'FileOpenFailure', 'OpenError', path));
  }
  return matches[0];
}

/** The .NET exception (type name and message) opening a file fails with, for Node's error. */
export function openFailureException(path: string, error: unknown, forWriting: boolean): DotNetException {
  // Opening for writing creates the file: only a missing folder can be missing then.
  return ioException(error, path, forWriting ? directoryNotFound : missingFile);
}

/** The FileOpenFailure error pwsh reports for a file it cannot open. */
function openFailure(runtime: CommandRuntime, path: string, error: unknown, forWriting: boolean): PSErrorException {
  const exception = openFailureException(path, error, forWriting);
  return new PSErrorException(runtime.errorRecord(exception.exceptionTypeName, exception.message, 'FileOpenFailure', 'OpenError', null));
}

export interface OutputFileOptions {
  readonly encoding: TextEncoding;
  readonly append?: boolean;
  readonly noClobber?: boolean;
}

/** A text file a command writes: opened (created, emptied or kept for appending) when made. */
export class OutputFile {
  constructor(
    private readonly runtime: CommandRuntime,
    readonly path: string,
    private readonly encoding: TextEncoding,
  ) {}

  /** PathUtils.MasterStreamOpen: `given` is the path as the user wrote it (the NoClobber message names it). */
  static open(runtime: CommandRuntime, given: string, literal: boolean, options: OutputFileOptions): OutputFile {
    const path = resolveFilePath(runtime, given, literal);
    if (options.noClobber && existsSync(path)) {
      throw new PSErrorException(runtime.errorRecord('System.IO.IOException', formatMessage(pathUtilsStrings.UtilityFileExistsNoClobber, given, 'NoClobber'), 'NoClobber', 'ResourceExists', path));
    }
    try {
      if (options.append && existsSync(path)) appendFileSync(path, '');
      else writeFileSync(path, options.encoding.preamble);
    } catch (e) {
      throw openFailure(runtime, path, e, true);
    }
    return new OutputFile(runtime, path, options.encoding);
  }

  write(text: string): void {
    try {
      appendFileSync(this.path, this.encoding.encode(text));
    } catch (e) {
      throw openFailure(this.runtime, this.path, e, true);
    }
  }
}

/** The bytes of a file a command reads (PathUtils.OpenFileStream); FileOpenFailure when it cannot be read. */
export function readInputFile(runtime: CommandRuntime, path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    throw openFailure(runtime, path, e, false);
  }
}
