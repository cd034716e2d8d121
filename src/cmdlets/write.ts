/**
 * The Write-* cmdlets: Write-Output, Write-Host, Write-Error, Write-Warning, Write-Verbose,
 * Write-Debug, Write-Information. Each writes to its stream through the command runtime, which
 * applies the preference variables and common parameters.
 */
import { toPSString, enumerableItems } from '../engine/conversion/index.js';
import { parameter } from '../engine/runtime/binder.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { ErrorRecord, ExceptionValue, newErrorRecord, type ErrorCategoryName } from '../engine/runtime/error-record.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { stringType } from '../engine/types/index.js';

const writeOutput = new CmdletInfo(
  {
    name: 'Write-Output',
    isAdvanced: true,
    parameters: [
      parameter('InputObject', { position: 0, valueFromPipeline: true, valueFromRemainingArguments: true }),
      parameter('NoEnumerate', { isSwitch: true }),
    ],
  },
  (runtime) => ({
    process(input) {
      const value = input !== undefined ? input : runtime.parameter('InputObject');
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
    isAdvanced: true,
    parameters: [
      parameter('Object', { position: 0, valueFromPipeline: true, valueFromRemainingArguments: true }),
      parameter('NoNewline', { isSwitch: true }),
      parameter('Separator'),
      parameter('ForegroundColor'),
      parameter('BackgroundColor'),
    ],
  },
  (runtime) => ({
    process(input) {
      const value = input !== undefined ? input : runtime.parameter('Object');
      const separator = runtime.has('Separator') ? toPSString(runtime.parameter('Separator')) : ' ';
      runtime.writeInformation(hostText(value ?? null, separator), ['PSHOST'], true, runtime.switch('NoNewline'));
    },
  }),
);

const writeError = new CmdletInfo(
  {
    name: 'Write-Error',
    isAdvanced: true,
    parameters: [
      parameter('Message', { position: 0, valueFromPipeline: true, type: stringType, aliases: ['Msg'] }),
      parameter('ErrorRecord'),
      parameter('Exception'),
      parameter('Category'),
      parameter('ErrorId'),
      parameter('TargetObject'),
      parameter('RecommendedAction'),
      parameter('CategoryActivity', { aliases: ['Activity'] }),
      parameter('CategoryReason', { aliases: ['Reason'] }),
      parameter('CategoryTargetName', { aliases: ['TargetName'] }),
      parameter('CategoryTargetType', { aliases: ['TargetType'] }),
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
    { name, isAdvanced: true, parameters: [parameter('Message', { position: 0, valueFromPipeline: true, mandatory: true, type: stringType, aliases: ['Msg'] })] },
    (runtime) => ({
      process(input) {
        const message = input !== undefined ? input : runtime.parameter('Message');
        write(runtime, toPSString(message ?? ''));
      },
    }),
  );
}

const writeInformation = new CmdletInfo(
  {
    name: 'Write-Information',
    isAdvanced: true,
    parameters: [parameter('MessageData', { position: 0, mandatory: true, aliases: ['Msg', 'Message'] }), parameter('Tags', { position: 1 })],
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
