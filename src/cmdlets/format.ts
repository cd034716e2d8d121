/**
 * Format-Table, Format-List and Format-Wide, which turn objects into pwsh's format objects
 * (FormatStartData, GroupStartData, FormatEntryData, ...), and Out-Default and Out-Host, which
 * lay any objects (format objects as they are) out as lines on the host. Default output and the
 * Format-* cmdlets share one path: src/format's FormatShaper and line writer.
 */
import { enumerableItems, toPSString } from '../engine/conversion/index.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { ExceptionValue, newErrorRecord, PSErrorException } from '../engine/runtime/error-record.js';
import type { ParameterSpec } from '../binding/metadata.js';
import {
  defaultEnumerationLimit,
  defaultWindowWidth,
  engineFormatHost,
  engineLineFormatter,
  engineViews,
  FormatShaper,
  FormatViewNotFoundError,
  formatViewStrings,
  type FormatCommandOptions,
  type FormatData,
  type FormatShape,
  type PropertySelector,
} from '../format/index.js';
import { formatParameterKeys, formatSelectors, optionalSwitch } from './format-properties.js';

/** The parameters every Format-* cmdlet has after its own (OuterFormatShapeCommandBase and FrontEndCommandBase). */
const sharedFormatParameters: readonly ParameterSpec[] = [
  { name: 'GroupBy', type: 'object' },
  { name: 'View', type: 'string' },
  { name: 'ShowError', type: 'switch' },
  { name: 'DisplayError', type: 'switch' },
  { name: 'Force', type: 'switch' },
  { name: 'Expand', type: 'string', validation: [{ kind: 'ValidateSet', values: ['CoreOnly', 'EnumOnly', 'Both'], ignoreCase: true }] },
  { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
];

/** $FormatEnumerationLimit in the caller's scope (pwsh's default when it is not a number). */
export function formatEnumerationLimit(runtime: CommandRuntime): number {
  const value = Number(toPSString(runtime.frame.variable('FormatEnumerationLimit') ?? ''));
  return Number.isInteger(value) ? value : defaultEnumerationLimit;
}

function terminatingError(runtime: CommandRuntime, exceptionType: string, message: string, errorId: string, category: 'InvalidArgument' | 'ObjectNotFound', target: unknown = null): never {
  throw new PSErrorException(newErrorRecord(new ExceptionValue(exceptionType, message), errorId, category, target, runtime.invocation));
}

interface FormatCmdletDefinition {
  readonly name: string;
  readonly alias: string;
  readonly shape: FormatShape;
  /** The cmdlet's own parameters, before the shared ones. */
  readonly parameters: readonly ParameterSpec[];
  /** The shape's own options (-AutoSize, -Wrap, -Column...). */
  readonly shapeOptions: (runtime: CommandRuntime, implementingType: string) => Partial<FormatCommandOptions>;
}

function formatCmdlet(definition: FormatCmdletDefinition): CmdletInfo {
  const implementingType = `Microsoft.PowerShell.Commands.${definition.name.replace('-', '')}Command`;
  return new CmdletInfo(
    { name: definition.name, implementingType, aliases: [definition.alias], parameters: [...definition.parameters, ...sharedFormatParameters] },
    (runtime) => {
      let shaper: FormatShaper;
      const write = (packets: () => FormatData[]) => {
        try {
          for (const packet of packets()) runtime.writeObject(packet);
        } catch (e) {
          if (!(e instanceof FormatViewNotFoundError)) throw e;
          terminatingError(runtime, 'System.Management.Automation.PipelineStoppedException', e.message, `FormatViewNotFound,${implementingType}`, 'ObjectNotFound', e.viewName);
        }
      };
      return {
        begin() {
          const property = runtime.parameter('Property');
          const view = runtime.parameter('View') as string | undefined;
          if (view && property !== undefined && property !== null) {
            terminatingError(runtime, 'System.IO.InvalidDataException', formatViewStrings.CannotSpecifyViewAndPropertyError, `FormatCannotSpecifyViewAndProperty,${implementingType}`, 'InvalidArgument');
          }
          const groupBy = runtime.parameter('GroupBy');
          shaper = new FormatShaper(engineFormatHost, {
            shape: definition.shape,
            view: view || undefined,
            groupBy: groupBy === undefined || groupBy === null ? undefined : formatSelectors(runtime, [groupBy], formatParameterKeys.groupBy)[0],
            force: runtime.switch('Force'),
            enumerationLimit: formatEnumerationLimit(runtime),
            registry: engineViews,
            ...definition.shapeOptions(runtime, implementingType),
          });
        },
        process() {
          const input = runtime.parameter('InputObject');
          if (input !== undefined) write(() => shaper.process(input));
        },
        end() {
          write(() => shaper.end());
        },
      };
    },
  );
}

/** Format-Table's and Format-List's -Property: names, script blocks and hashtables. */
function propertyList(runtime: CommandRuntime, keys: (typeof formatParameterKeys)['table' | 'list']): PropertySelector[] | undefined {
  const value = runtime.parameter('Property');
  if (value === undefined || value === null) return undefined;
  return formatSelectors(runtime, enumerableItems(value) ?? [value], keys);
}

const propertyParameter: ParameterSpec = { name: 'Property', type: 'object[]', position: 0, validation: [{ kind: 'ValidateNotNullOrEmpty' }] };

const formatTable = formatCmdlet({
  name: 'Format-Table',
  alias: 'ft',
  shape: 'table',
  parameters: [
    propertyParameter,
    { name: 'AutoSize', type: 'switch' },
    { name: 'RepeatHeader', type: 'switch' },
    { name: 'HideTableHeaders', type: 'switch' },
    { name: 'Wrap', type: 'switch' },
  ],
  shapeOptions: (runtime) => ({
    property: propertyList(runtime, formatParameterKeys.table),
    autoSize: optionalSwitch(runtime, 'AutoSize'),
    hideTableHeaders: optionalSwitch(runtime, 'HideTableHeaders'),
    wrap: optionalSwitch(runtime, 'Wrap'),
  }),
});

const formatList = formatCmdlet({
  name: 'Format-List',
  alias: 'fl',
  shape: 'list',
  parameters: [propertyParameter],
  shapeOptions: (runtime) => ({ property: propertyList(runtime, formatParameterKeys.list) }),
});

/** FormatAndOut_format_xxx.resx CannotSpecifyAutosizeAndColumnsError. */
const cannotSpecifyAutosizeAndColumns = 'Cmdlet parameters AutoSize and Column are mutually exclusive.';

const formatWide = formatCmdlet({
  name: 'Format-Wide',
  alias: 'fw',
  shape: 'wide',
  parameters: [
    { name: 'Property', type: 'object', position: 0 },
    { name: 'AutoSize', type: 'switch' },
    { name: 'Column', type: 'int', validation: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }] },
  ],
  shapeOptions: (runtime, implementingType) => {
    const property = runtime.parameter('Property');
    const column = runtime.parameter('Column') as number | undefined;
    if (runtime.switch('AutoSize') && column !== undefined) {
      terminatingError(runtime, 'System.IO.InvalidDataException', cannotSpecifyAutosizeAndColumns, `FormatCannotSpecifyAutosizeAndColumns,${implementingType}`, 'InvalidArgument');
    }
    return {
      property: property === undefined ? undefined : formatSelectors(runtime, [property], formatParameterKeys.wide),
      autoSize: optionalSwitch(runtime, 'AutoSize'),
      column,
    };
  },
});

/**
 * Out-Default and Out-Host: the objects formatted for the console (its width, the caller's
 * $FormatEnumerationLimit) and written to the host line by line, a table once its group is
 * complete.
 */
function hostOutputCmdlet(name: string, aliases: readonly string[], ownParameters: readonly ParameterSpec[]): CmdletInfo {
  return new CmdletInfo(
    {
      name,
      implementingType: `Microsoft.PowerShell.Commands.${name.replace('-', '')}Command`,
      aliases,
      parameters: [...ownParameters, { name: 'InputObject', type: 'psobject', valueFromPipeline: true }],
    },
    (runtime) => {
      const formatter = engineLineFormatter({ columnNumber: defaultWindowWidth, enumerationLimit: formatEnumerationLimit(runtime) });
      const writeLines = (lines: readonly string[]) => {
        for (const line of lines) runtime.frame.context.host.writeLine(line);
      };
      return {
        process() {
          const input = runtime.parameter('InputObject');
          if (input !== undefined) writeLines(formatter.write(input));
        },
        end() {
          writeLines(formatter.end());
        },
      };
    },
  );
}

// -Paging is accepted and ignored: there is no pager between psh and its output.
const outHost = hostOutputCmdlet('Out-Host', ['oh'], [{ name: 'Paging', type: 'switch' }]);
const outDefault = hostOutputCmdlet('Out-Default', [], [{ name: 'Transcript', type: 'switch' }]);

export const formatCmdlets: readonly CmdletInfo[] = [formatTable, formatList, formatWide, outDefault, outHost];
