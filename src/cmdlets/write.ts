/**
 * The Write-* cmdlets: Write-Output, Write-Host, Write-Error, Write-Warning, Write-Verbose,
 * Write-Debug, Write-Information. Each writes to its stream through the command runtime, which
 * applies the preference variables and common parameters.
 */
import { toPSString, enumerableItems } from '../engine/conversion/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { ErrorRecord, ExceptionValue, newErrorRecord, type ErrorCategoryName } from '../engine/runtime/error-record.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { defineEnum } from '../engine/dotnet/enums.js';

/** System.ConsoleColor, which -ForegroundColor and -BackgroundColor take. */
defineEnum('System.ConsoleColor', Object.fromEntries(
  ['Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray', 'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White'].map((name, i) => [name, i]),
));

const writeOutput = new CmdletInfo(
  {
    name: 'Write-Output',
    aliases: ['echo', 'write'],
    implementingType: 'Microsoft.PowerShell.Commands.WriteOutputCommand',
    parameters: [
      { name: 'InputObject', type: 'psobject[]', position: 0, mandatory: true, valueFromPipeline: true, valueFromRemainingArguments: true, allowNull: true, allowEmptyCollection: true },
      { name: 'NoEnumerate', type: 'switch' },
    ],
  },
  (runtime) => ({
    process() {
      const value = runtime.parameter('InputObject');
      if (value === undefined) return;
      runtime.writeObject(value, !runtime.switch('NoEnumerate'));
    },
  }),
);

/** Write-Host's text: collections flattened and joined by the separator. */
function hostText(value: unknown, separator: string): string {
  const items = enumerableItems(value);
  if (items) return items.map((item) => hostText(item, separator)).join(separator);
  return value === null || value === undefined ? '' : toPSString(value);
}

const writeHost = new CmdletInfo(
  {
    name: 'Write-Host',
    implementingType: 'Microsoft.PowerShell.Commands.WriteHostCommand',
    parameters: [
      { name: 'Object', type: 'object', position: 0, valueFromPipeline: true, valueFromRemainingArguments: true },
      { name: 'NoNewline', type: 'switch' },
      { name: 'Separator', type: 'object' },
      { name: 'ForegroundColor', type: 'System.ConsoleColor' },
      { name: 'BackgroundColor', type: 'System.ConsoleColor' },
    ],
  },
  (runtime) => ({
    process() {
      const value = runtime.parameter('Object');
      const separator = runtime.has('Separator') ? toPSString(runtime.parameter('Separator')) : ' ';
      runtime.writeInformation(hostText(value ?? null, separator), ['PSHOST'], true, runtime.switch('NoNewline'));
    },
  }),
);

const writeError = new CmdletInfo(
  {
    name: 'Write-Error',
    implementingType: 'Microsoft.PowerShell.Commands.WriteErrorCommand',
    defaultParameterSetName: 'NoException',
    parameters: [
      { name: 'Exception', type: 'System.Exception', parameterSets: { WithException: { mandatory: true } } },
      { name: 'Message', type: 'string', aliases: ['Msg'], allowNull: true, allowEmptyString: true, parameterSets: { NoException: { mandatory: true, position: 0, valueFromPipeline: true }, WithException: {} } },
      { name: 'ErrorRecord', type: 'System.Management.Automation.ErrorRecord', parameterSets: { ErrorRecord: { mandatory: true } } },
      { name: 'Category', type: 'System.Management.Automation.ErrorCategory', parameterSets: { NoException: {}, WithException: {} } },
      { name: 'ErrorId', type: 'string', parameterSets: { NoException: {}, WithException: {} } },
      { name: 'TargetObject', type: 'object', parameterSets: { NoException: {}, WithException: {} } },
      { name: 'RecommendedAction', type: 'string' },
      { name: 'CategoryActivity', type: 'string', aliases: ['Activity'] },
      { name: 'CategoryReason', type: 'string', aliases: ['Reason'] },
      { name: 'CategoryTargetName', type: 'string', aliases: ['TargetName'] },
      { name: 'CategoryTargetType', type: 'string', aliases: ['TargetType'] },
    ],
  },
  (runtime) => ({
    process() {
      runtime.writeError(writeErrorRecord(runtime));
    },
  }),
);

function writeErrorRecord(runtime: CommandRuntime): ErrorRecord {
  const given = runtime.parameter('ErrorRecord');
  if (given instanceof ErrorRecord) return given;
  const exceptionArgument = runtime.parameter('Exception');
  const message = toPSString(runtime.parameter('Message') ?? '');
  const exception = exceptionArgument instanceof ExceptionValue
    ? exceptionArgument
    : new ExceptionValue('Microsoft.PowerShell.Commands.WriteErrorException', exceptionArgument !== undefined ? toPSString(exceptionArgument) : message);
  // Inside a function the error belongs to the function: its name ends the error id and heads the message.
  const caller = runtime.frame.command?.isScript === false ? runtime.frame.command : null;
  const baseId = runtime.has('ErrorId') ? toPSString(runtime.parameter('ErrorId')) : exception.exceptionTypeName;
  const errorId = caller ? `${baseId},${caller.name}` : baseId;
  const category = (runtime.has('Category') ? toPSString(runtime.parameter('Category')) : 'NotSpecified') as ErrorCategoryName;
  const invocation = caller?.invocation ?? runtime.invocation;
  const activity = runtime.has('CategoryActivity') ? toPSString(runtime.parameter('CategoryActivity')) : 'Write-Error';
  return newErrorRecord(exception, errorId, category, runtime.parameter('TargetObject') ?? null, invocation, activity);
}

function messageCmdlet(name: string, write: (runtime: CommandRuntime, message: string) => void): CmdletInfo {
  return new CmdletInfo(
    {
      name,
      implementingType: `Microsoft.PowerShell.Commands.${name.replace('-', '')}Command`,
      parameters: [{ name: 'Message', type: 'string', position: 0, mandatory: true, valueFromPipeline: true, aliases: ['Msg'], allowEmptyString: true }],
    },
    (runtime) => ({
      process() {
        const message = runtime.parameter('Message');
        write(runtime, toPSString(message ?? ''));
      },
    }),
  );
}

const writeInformation = new CmdletInfo(
  {
    name: 'Write-Information',
    implementingType: 'Microsoft.PowerShell.Commands.WriteInformationCommand',
    parameters: [
      { name: 'MessageData', type: 'object', position: 0, mandatory: true, aliases: ['Msg', 'Message'], allowNull: true },
      { name: 'Tags', type: 'string[]', position: 1 },
    ],
  },
  (runtime) => ({
    process() {
      const tags = runtime.parameter('Tags');
      runtime.writeInformation(runtime.parameter('MessageData') ?? null, (enumerableItems(tags) ?? (tags === undefined || tags === null ? [] : [tags])).map((t) => toPSString(t)));
    },
  }),
);

export const writeCmdlets: readonly CmdletInfo[] = [
  writeOutput,
  writeHost,
  writeError,
  messageCmdlet('Write-Warning', (runtime, message) => runtime.writeWarning(message)),
  messageCmdlet('Write-Verbose', (runtime, message) => runtime.writeVerbose(message)),
  messageCmdlet('Write-Debug', (runtime, message) => runtime.writeDebug(message)),
  writeInformation,
];
