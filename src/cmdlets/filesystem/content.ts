/**
 * Get-Content, Set-Content and Add-Content over the FileSystem provider. Reading gives one
 * string per line (a line ends at \n, \r\n or \r) or per -Delimiter section (the delimiter
 * dropped), the whole text with -Raw, or bytes with -AsByteStream; each string carries the
 * provider's PSPath, PSParentPath, PSChildName, PSDrive, PSProvider and its ReadCount.
 * Writing puts each value's text on its own line (no line breaks with -NoNewline) in the
 * encoding given (UTF-8 without a byte-order mark by default).
 */
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { enumerableItems, toPSString } from '../../engine/conversion/index.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import { formatMessage } from '../../engine/runtime/messages.js';
import { NumericValue, PSObject } from '../../engine/values/index.js';
import type { ParameterSpec } from '../../binding/index.js';
import { containsWildcardCharacters, unescapeWildcard } from '../../engine/wildcard/index.js';
import type { TextEncoding } from '../../engine/dotnet/types/system-text-encoding.js';
import { encodingOf, encodingParameter } from '../encoding-parameter.js';
import { addProviderProperties } from './items.js';
import { fileSystemProviderStrings, navigationResources, sessionStateStrings } from './messages.js';
import { setDriveItems, writeDriveContent } from '../providers/provider-items.js';
import { expandWildcards, filterParameters, filteredItems, givenPaths, isDirectory, resolveExisting } from './paths.js';

/** ContentCommandBase's -Path (not from the pipeline by value) and -LiteralPath, with the provider filters and -Force. */
export const contentPathParameters: readonly ParameterSpec[] = [
  { name: 'Path', type: 'string[]', parameterSets: { Path: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } }, supportsWildcards: true },
  { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], parameterSets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } } },
  ...filterParameters,
  { name: 'Force', type: 'switch' },
];

/** The FileSystem provider's dynamic content parameters. */
const encodingParameters: readonly ParameterSpec[] = [
  encodingParameter,
  { name: 'AsByteStream', type: 'switch' },
  { name: 'Stream', type: 'string' },
];

/** A piece of content as Get-Content writes it: with the provider's note properties and its ReadCount. */
function contentObject(value: unknown, path: string, readCount: number): PSObject {
  const item = new PSObject(value);
  addProviderProperties(item, path);
  item.addNoteProperty('ReadCount', readCount);
  return item;
}

/** StreamReader.ReadLine's lines: \r\n, \n and \r end a line; a final line break adds no empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function splitDelimited(text: string, delimiter: string): string[] {
  const sections: string[] = [];
  let start = 0;
  for (let found = text.indexOf(delimiter); found >= 0 && delimiter !== ''; found = text.indexOf(delimiter, start)) {
    sections.push(text.slice(start, found));
    start = found + delimiter.length;
  }
  if (start < text.length) sections.push(text.slice(start));
  return sections;
}

const getContent = new CmdletInfo(
  {
    name: 'Get-Content',
    aliases: ['gc', 'type', 'cat'],
    implementingType: 'Microsoft.PowerShell.Commands.GetContentCommand',
    defaultParameterSetName: 'Path',
    parameters: [
      { name: 'ReadCount', type: 'long', valueFromPipelineByPropertyName: true, defaultValue: 1 },
      { name: 'TotalCount', type: 'long', aliases: ['First', 'Head'], valueFromPipelineByPropertyName: true, validation: [{ kind: 'ValidateRange', min: 0, max: Number.MAX_SAFE_INTEGER }] },
      { name: 'Tail', type: 'int', aliases: ['Last'], valueFromPipelineByPropertyName: true, validation: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }] },
      ...contentPathParameters,
      { name: 'Delimiter', type: 'string' },
      { name: 'Wait', type: 'switch' },
      { name: 'Raw', type: 'switch' },
      ...encodingParameters,
    ],
  },
  (runtime) => ({
    process() {
      const { paths, literal } = givenPaths(runtime);
      for (const path of paths) {
        if (writeDriveContent(runtime, path, literal)) continue;
        for (const file of filteredItems(runtime, path, literal)) readContent(runtime, file);
      }
    },
  }),
);

function readContent(runtime: CommandRuntime, file: string): void {
  if (isDirectory(file)) {
    runtime.writeError(runtime.errorRecord('System.InvalidOperationException', formatMessage(sessionStateStrings.GetContainerContentException, file), 'GetContainerContentException', 'InvalidOperation'));
    return;
  }
  const bytes = readFileSync(file);
  const raw = runtime.switch('Raw');
  let pieces: unknown[];
  if (runtime.switch('AsByteStream')) {
    if (runtime.has('Delimiter')) {
      runtime.writeError(runtime.errorRecord('System.ArgumentException', fileSystemProviderStrings.DelimiterError, 'GetContentReaderArgumentError', 'InvalidArgument', file));
      return;
    }
    if (raw) {
      if (bytes.length > 0) runtime.writeObject(contentObject(new Uint8Array(bytes), file, 1));
      return;
    }
    pieces = Array.from(bytes, (b) => NumericValue.integer('System.Byte', b));
  } else {
    const text = encodingOf(runtime).decode(bytes);
    if (raw) {
      if (text.length > 0) runtime.writeObject(contentObject(text, file, 1));
      return;
    }
    const delimiter = runtime.parameter('Delimiter');
    pieces = delimiter === undefined || delimiter === null ? splitLines(text) : splitDelimited(text, toPSString(delimiter));
  }
  if (runtime.has('TotalCount')) pieces = pieces.slice(0, Number(runtime.parameter('TotalCount')));
  if (runtime.has('Tail')) {
    const tail = Number(runtime.parameter('Tail'));
    pieces = tail === 0 ? [] : pieces.slice(-tail);
  }
  const readCount = runtime.has('ReadCount') ? Number(runtime.parameter('ReadCount')) : 1;
  if (readCount === 1) {
    pieces.forEach((piece, i) => runtime.writeObject(contentObject(piece, file, i + 1)));
    return;
  }
  // -ReadCount n writes arrays of n (0 or less: one array of everything).
  const size = readCount <= 0 ? Math.max(pieces.length, 1) : readCount;
  for (let start = 0; start < pieces.length; start += size) runtime.writeObject(pieces.slice(start, start + size));
}

/** The file paths a write names: wildcard matches, or the path itself (to be created). */
function writeTargets(runtime: CommandRuntime, path: string, literal: boolean): string[] {
  const location = runtime.frame.context.location;
  if (!literal && containsWildcardCharacters(path)) {
    const matches = expandWildcards(location.fileSystemPath(path), runtime.switch('Force'));
    if (matches.length === 0) resolveExisting(runtime, path, true);
    return matches;
  }
  return [location.fileSystemPath(literal ? path : unescapeWildcard(path))];
}

/** The text (or bytes) one -Value writes. */
function contentBytes(runtime: CommandRuntime, values: readonly unknown[], encoding: TextEncoding): Uint8Array {
  if (runtime.switch('AsByteStream')) {
    return Uint8Array.from(values.flatMap((value) => (value instanceof Uint8Array ? [...value] : [Number(value instanceof NumericValue ? value.value : value)])));
  }
  const separator = runtime.switch('NoNewline') ? '' : '\n';
  return encoding.encode(values.map((value) => (value === null || value === undefined ? '' : toPSString(value)) + separator).join(''));
}

function writeContentCmdlet(name: 'Set-Content' | 'Add-Content', append: boolean): CmdletInfo {
  const noun = name.replace('-', '');
  return new CmdletInfo(
    {
      name,
      aliases: append ? ['ac'] : [],
      implementingType: `Microsoft.PowerShell.Commands.${noun}Command`,
      defaultParameterSetName: 'Path',
      supportsShouldProcess: true,
      parameters: [
        { name: 'Value', type: 'object[]', position: 1, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, allowNull: true, allowEmptyCollection: true },
        { name: 'PassThru', type: 'switch' },
        ...contentPathParameters,
        { name: 'NoNewline', type: 'switch' },
        ...encodingParameters,
      ],
    },
    (runtime) => {
      const started = new Set<string>();
      const action = append ? navigationResources.AddContentAction : navigationResources.SetContentAction;
      const target = append ? navigationResources.AddContentTarget : navigationResources.SetContentTarget;
      return {
        process() {
          const given = runtime.parameter('Value');
          const values = given === undefined || given === null ? [] : (enumerableItems(given) ?? [given]);
          const encoding = encodingOf(runtime);
          const { paths, literal } = givenPaths(runtime);
          for (const path of paths) {
            // A session-state item's content is the value itself: one value, or the array of them.
            if (!append && setDriveItems(runtime, path, literal, values.length === 1 ? values[0] : values, false)) continue;
            for (const file of writeTargets(runtime, path, literal)) {
              if (!runtime.shouldProcess(formatMessage(target, file), action)) continue;
              if (isDirectory(file)) {
                runtime.writeError(runtime.errorRecord('System.InvalidOperationException', formatMessage(sessionStateStrings.WriteContainerContentException, file), 'WriteContainerContentException', 'InvalidOperation'));
                continue;
              }
              if (!isDirectory(dirname(file))) {
                runtime.writeError(runtime.errorRecord('System.IO.DirectoryNotFoundException', `Could not find a part of the path '${file}'.`, 'GetContentWriterDirectoryNotFoundError', 'ObjectNotFound', file));
                continue;
              }
              const bytes = contentBytes(runtime, values, encoding);
              const fresh = !started.has(file) && (!append || !statSync(file, { throwIfNoEntry: false }));
              started.add(file);
              if (fresh) writeFileSync(file, Buffer.concat([runtime.switch('AsByteStream') ? new Uint8Array() : encoding.preamble, bytes]));
              else appendFileSync(file, bytes);
            }
          }
          if (runtime.switch('PassThru')) runtime.writeObject(given ?? null, true);
        },
      };
    },
  );
}

export const contentCmdlets: readonly CmdletInfo[] = [getContent, writeContentCmdlet('Set-Content', false), writeContentCmdlet('Add-Content', true)];
