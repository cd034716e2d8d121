/**
 * ConvertTo-Csv, ConvertFrom-Csv, Export-Csv and Import-Csv with pwsh's parameters: the writers
 * take their columns from the first object (pwsh 7 writes no `#TYPE` line unless
 * -IncludeTypeInformation), the readers make one PSCustomObject per record, typed `X` and `CSV:X`
 * when the text has a `#TYPE X` line.
 */
import { existsSync } from 'node:fs';
import { extendedTypeSystemStrings, formatMessage, toPSString } from '../engine/conversion/index.js';
import { defineEnum } from '../engine/dotnet/enums.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import { PSObject } from '../engine/values/index.js';
import type { ParameterSpec } from '../binding/index.js';
import { OutputFile, readInputFile, resolveFilePath } from './file-streams.js';
import { encodingOf, encodingParameter } from './encoding-parameter.js';
import { csvCommandStrings } from './data-messages.js';
import { CsvReader, csvPropertyNames, csvTypeLine, csvTypePrefix, CsvWriter, DuplicateCsvHeader, type QuoteKind } from './csv-text.js';

defineEnum('Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind', { Never: 0, Always: 1, AsNeeded: 2 });

/** en-US's TextInfo.ListSeparator, the -UseCulture delimiter. */
const cultureListSeparator = ',';

/** The delimiter of a command: -Delimiter, the culture's list separator with -UseCulture, else a comma. */
function csvDelimiter(runtime: CommandRuntime): string {
  if (runtime.switch('UseCulture')) return cultureListSeparator;
  const given = runtime.parameter('Delimiter');
  return given === undefined || toPSString(given) === '\0' ? ',' : toPSString(given);
}

/** The parameters every CSV writer has (BaseCsvWritingCommand). */
const csvWritingParameters: readonly ParameterSpec[] = [
  { name: 'Delimiter', type: 'char', parameterSets: { Delimiter: { position: 1 } }, validation: [{ kind: 'ValidateNotNull' }] },
  { name: 'UseCulture', type: 'switch', parameterSets: { UseCulture: {} } },
  { name: 'IncludeTypeInformation', type: 'switch', aliases: ['ITI'] },
  { name: 'NoTypeInformation', type: 'switch', aliases: ['NTI'] },
  { name: 'QuoteFields', type: 'string[]', aliases: ['QF'] },
  { name: 'UseQuotes', type: 'Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind', aliases: ['UQ'] },
  { name: 'NoHeader', type: 'switch' },
];

export function terminating(runtime: CommandRuntime, exceptionType: string, message: string, errorId: string, category: 'InvalidData' | 'NotSpecified', target: unknown = null): PSErrorException {
  return new PSErrorException(runtime.errorRecord(exceptionType, message, errorId, category, target));
}

/** Writes objects as CSV lines: the type and header lines before the first one (unless -NoHeader or appending), then one line each. */
class CsvLineWriter {
  readonly writer: CsvWriter;
  /** The columns, fixed by the first object (or by the file appended to). */
  columns: string[] | undefined;

  constructor(
    private readonly runtime: CommandRuntime,
    private readonly writeLine: (line: string) => void,
  ) {
    if (runtime.has('QuoteFields') && runtime.has('UseQuotes')) {
      throw terminating(runtime, 'System.InvalidOperationException', csvCommandStrings.CannotSpecifyQuoteFieldsAndUseQuotes, 'CannotSpecifyQuoteFieldsAndUseQuotes', 'InvalidData');
    }
    const quoteKind = (runtime.has('UseQuotes') ? toPSString(runtime.parameter('UseQuotes')) : 'Always') as QuoteKind;
    const quoteFields = runtime.has('QuoteFields') ? (runtime.parameter('QuoteFields') as unknown[]).map((name) => toPSString(name)) : undefined;
    this.writer = new CsvWriter(csvDelimiter(runtime), quoteKind, quoteFields);
  }

  /** One object; `headerWanted` is false when appending to a file that has its header. */
  write(value: unknown, headerWanted = true): void {
    if (this.columns === undefined) {
      this.columns = csvPropertyNames(value);
      if (headerWanted && !this.runtime.switch('NoHeader')) {
        if (this.runtime.switch('IncludeTypeInformation')) this.writeLine(csvTypeLine(value));
        const header = this.writer.headerLine(this.columns);
        if (header !== '') this.writeLine(header);
      }
    }
    const line = this.writer.recordLine(value, this.columns);
    if (line !== '') this.writeLine(line);
  }
}

/** Reads CSV text to objects, warning once (per command) when a column has no name. */
class CsvObjectReader {
  private warnedUnnamed = false;
  header: string[] | undefined;
  typeName: string | undefined;

  constructor(
    private readonly runtime: CommandRuntime,
    private readonly delimiter: string,
    header: readonly string[] | undefined,
  ) {
    this.header = header && [...header];
  }

  read(text: string): void {
    const reader = new CsvReader(text, this.delimiter, this.header, this.typeName);
    try {
      reader.readHeader();
    } catch (e) {
      if (!(e instanceof DuplicateCsvHeader)) throw e;
      throw terminating(this.runtime, 'System.Management.Automation.ExtendedTypeSystemException', formatMessage(extendedTypeSystemStrings.MemberAlreadyPresent, e.header), 'AlreadyPresentPSMemberInfoInternalCollectionAdd', 'NotSpecified');
    }
    this.header = reader.header;
    this.typeName = reader.typeName;
    const names = reader.header ?? [];
    for (const values of reader.records()) this.runtime.writeObject(this.toObject(names, values));
  }

  private toObject(names: readonly string[], values: readonly string[]): PSObject {
    const result = PSObject.customObject();
    let unnamed = 0;
    names.forEach((name, i) => result.addNoteProperty(name === '' ? `H${++unnamed}` : name, i < values.length ? values[i] : null));
    if (unnamed > 0 && !this.warnedUnnamed) {
      this.warnedUnnamed = true;
      this.runtime.writeWarning(csvCommandStrings.UseDefaultNameForUnspecifiedHeader);
    }
    if (this.typeName !== undefined) result.typeNames = [this.typeName, csvTypePrefix + this.typeName];
    return result;
  }
}

const commandsNamespace = 'Microsoft.PowerShell.Commands';

const convertToCsv = new CmdletInfo(
  {
    name: 'ConvertTo-Csv',
    implementingType: `${commandsNamespace}.ConvertToCsvCommand`,
    defaultParameterSetName: 'Delimiter',
    outputType: ['System.String'],
    parameters: [
      { name: 'InputObject', type: 'psobject', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      ...csvWritingParameters,
    ],
  },
  (runtime) => {
    let lines: CsvLineWriter;
    return {
      begin() {
        lines = new CsvLineWriter(runtime, (line) => runtime.writeObject(line));
      },
      process() {
        const value = runtime.parameter('InputObject');
        if (value !== null && value !== undefined) lines.write(value);
      },
    };
  },
);

const convertFromCsv = new CmdletInfo(
  {
    name: 'ConvertFrom-Csv',
    implementingType: `${commandsNamespace}.ConvertFromCsvCommand`,
    defaultParameterSetName: 'Delimiter',
    parameters: [
      { name: 'Delimiter', type: 'char', parameterSets: { Delimiter: { position: 1 } }, validation: [{ kind: 'ValidateNotNull' }, { kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'UseCulture', type: 'switch', parameterSets: { UseCulture: { mandatory: true } }, validation: [{ kind: 'ValidateNotNull' }, { kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'InputObject', type: 'psobject[]', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, validation: [{ kind: 'ValidateNotNull' }, { kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'Header', type: 'string[]', validation: [{ kind: 'ValidateNotNull' }, { kind: 'ValidateNotNullOrEmpty' }] },
    ],
  },
  (runtime) => {
    let reader: CsvObjectReader;
    return {
      begin() {
        const header = runtime.parameter('Header') as unknown[] | undefined;
        reader = new CsvObjectReader(runtime, csvDelimiter(runtime), header?.map((name) => toPSString(name)));
      },
      process() {
        for (const item of runtime.parameter('InputObject') as unknown[]) reader.read(toPSString(item));
      },
    };
  },
);

const exportCsvType = `${commandsNamespace}.ExportCsvCommand`;

const exportCsv = new CmdletInfo(
  {
    name: 'Export-Csv',
    implementingType: exportCsvType,
    aliases: ['epcsv'],
    defaultParameterSetName: 'Delimiter',
    supportsShouldProcess: true,
    parameters: [
      { name: 'InputObject', type: 'psobject', mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'Path', type: 'string', position: 0, validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      { name: 'Force', type: 'switch' },
      { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'] },
      encodingParameter,
      { name: 'Append', type: 'switch' },
      ...csvWritingParameters,
    ],
  },
  (runtime) => {
    let lines: CsvLineWriter | undefined;
    let file: OutputFile;
    let buffered = '';
    /** The columns of the file appended to (its type line and header read as Import-Csv reads them). */
    let existingColumns: string[] | undefined;
    const given = toPSString(runtime.parameter(runtime.has('LiteralPath') ? 'LiteralPath' : 'Path'));
    const flush = () => {
      if (buffered === '') return;
      file.write(buffered);
      buffered = '';
    };
    return {
      begin() {
        if (runtime.has('Path') === runtime.has('LiteralPath')) {
          throw terminating(runtime, 'System.InvalidOperationException', csvCommandStrings.CannotSpecifyPathAndLiteralPath, 'CannotSpecifyPathAndLiteralPath', 'InvalidData');
        }
        if (runtime.switch('Append') && runtime.switch('NoHeader')) {
          throw terminating(runtime, 'System.InvalidOperationException', csvCommandStrings.CannotSpecifyAppendAndNoHeader, 'CannotSpecifyBothAppendAndNoHeader', 'InvalidData');
        }
        if (!runtime.shouldProcess(given)) return;
        const literal = runtime.has('LiteralPath');
        const encoding = encodingOf(runtime);
        const path = resolveFilePath(runtime, given, literal);
        if (runtime.switch('Append') && existsSync(path)) {
          const text = encoding.decode(readInputFile(runtime, path));
          if (text !== '') {
            const reader = new CsvReader(text, csvDelimiter(runtime), undefined, undefined);
            reader.readHeader();
            existingColumns = reader.header ?? [];
          }
        }
        file = OutputFile.open(runtime, given, literal, { encoding, append: runtime.switch('Append'), noClobber: runtime.switch('NoClobber') });
        lines = new CsvLineWriter(runtime, (line) => { buffered += line + '\n'; });
      },
      process() {
        const value = runtime.parameter('InputObject');
        if (!lines || value === null || value === undefined) return;
        if (existingColumns && lines.columns === undefined) {
          const names = new Set(csvPropertyNames(value).map((name) => name.toLowerCase()));
          const missing = existingColumns.find((column) => !names.has(column.toLowerCase()));
          if (missing !== undefined && !runtime.switch('Force')) {
            throw terminating(runtime, 'System.InvalidOperationException', formatMessage(csvCommandStrings.CannotAppendCsvWithMismatchedPropertyNames, missing, given), 'CannotAppendCsvWithMismatchedPropertyNames', 'InvalidData', missing);
          }
          lines.columns = existingColumns;
        }
        lines.write(value, existingColumns === undefined);
        if (buffered.length >= 65536) flush();
      },
      end: flush,
    };
  },
);

const importCsv = new CmdletInfo(
  {
    name: 'Import-Csv',
    implementingType: `${commandsNamespace}.ImportCsvCommand`,
    aliases: ['ipcsv'],
    defaultParameterSetName: 'DelimiterPath',
    parameters: [
      { name: 'Delimiter', type: 'char', parameterSets: { DelimiterPath: { position: 1 }, DelimiterLiteralPath: { position: 1 } }, validation: [{ kind: 'ValidateNotNull' }] },
      {
        name: 'Path',
        type: 'string[]',
        parameterSets: {
          DelimiterPath: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
          CulturePath: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
        },
        validation: [{ kind: 'ValidateNotNullOrEmpty' }],
      },
      {
        name: 'LiteralPath',
        type: 'string[]',
        aliases: ['PSPath', 'LP'],
        parameterSets: { DelimiterLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true }, CultureLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } },
        validation: [{ kind: 'ValidateNotNullOrEmpty' }],
      },
      { name: 'UseCulture', type: 'switch', parameterSets: { CulturePath: { mandatory: true }, CultureLiteralPath: { mandatory: true } }, validation: [{ kind: 'ValidateNotNull' }] },
      { name: 'Header', type: 'string[]', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
      encodingParameter,
    ],
  },
  (runtime) => {
    const header = (runtime.parameter('Header') as unknown[] | undefined)?.map((name) => toPSString(name));
    const reader = new CsvObjectReader(runtime, csvDelimiter(runtime), header);
    return {
      process() {
        const literal = runtime.has('LiteralPath');
        const paths = runtime.parameter(literal ? 'LiteralPath' : 'Path') as unknown[];
        for (const path of paths) {
          const bytes = readInputFile(runtime, resolveFilePath(runtime, toPSString(path), literal));
          // Each file has its own type line and header.
          reader.header = header && [...header];
          reader.typeName = undefined;
          reader.read(encodingOf(runtime).decode(bytes));
        }
      },
    };
  },
);

export const csvCmdlets: readonly CmdletInfo[] = [convertToCsv, convertFromCsv, exportCsv, importCsv];
