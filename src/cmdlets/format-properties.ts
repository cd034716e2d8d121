/**
 * The -Property and -GroupBy arguments of the Format-* cmdlets: property expressions read as
 * Select-Object's are (property-expression.ts), with the hashtable keys the formatter adds
 * (`@{n='Size'; e={$_.Length}; w=10; a='right'; f='N2'}`) and pwsh's checks of their values.
 */
import { formatMessage, toBoolean } from '../engine/conversion/index.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import type { ScriptBlock } from '../engine/values/index.js';
import type { Alignment, PropertySelector } from '../format/index.js';
import { mshParameterStrings } from './object-messages.js';
import { expressionKey, readPropertyParameters, type HashKeyDefinition } from './property-expression.js';

const stringType = 'System.String';
const alignments: readonly Alignment[] = ['left', 'center', 'right'];

const formatStringKey: HashKeyDefinition = {
  key: 'formatString',
  types: [stringType],
  verify: (value, fail) => (value === '' ? fail('FormatStringEmpty', formatMessage(mshParameterStrings.EmptyFormatStringValueError, 'formatString')) : value),
};
const labelKey: HashKeyDefinition = { key: 'label', secondaryNames: ['name'], types: [stringType] };
const widthKey: HashKeyDefinition = {
  key: 'width',
  types: ['System.Int32'],
  verify: (value, fail) => ((value as number) <= 0 ? fail('WidthOutOfRange', formatMessage(mshParameterStrings.OutOfRangeWidthValueError, value, 'width')) : value),
};
const alignmentKey: HashKeyDefinition = {
  key: 'alignment',
  types: [stringType],
  // A prefix of left, center or right, ignoring case.
  verify: (value, fail) => {
    const text = value as string;
    const found = text === '' ? undefined : alignments.find((name) => name.startsWith(text.toLowerCase()));
    return found ?? fail('AlignmentIllegalValue', formatMessage(mshParameterStrings.IllegalAlignmentValueError, text, 'alignment', `{${alignments.join(', ')}}`));
  },
};

/** The keys each cmdlet's hashtables take, in pwsh's order (which decides ambiguity errors). */
export const formatParameterKeys = {
  table: [expressionKey, formatStringKey, widthKey, alignmentKey, labelKey],
  list: [expressionKey, formatStringKey, labelKey],
  wide: [expressionKey, formatStringKey],
  groupBy: [expressionKey, formatStringKey, labelKey],
} as const satisfies Record<string, readonly HashKeyDefinition[]>;

/**
 * The arguments as the formatter's selectors: a name stays a name (its wildcards are matched
 * against each object's properties), a script block or hashtable becomes a calculated property.
 */
export function formatSelectors(runtime: CommandRuntime, values: readonly unknown[], keys: readonly HashKeyDefinition[]): PropertySelector[] {
  return readPropertyParameters(runtime, values, keys).map(({ expression, entries }) => {
    const value = expression.script === null ? expression.name! : evaluator(runtime, expression.script);
    // A bare name has no entries; a hashtable always has its expression.
    if (typeof value === 'string' && entries.size === 0) return value;
    return {
      expression: value,
      label: entries.get('label') as string | undefined,
      width: entries.get('width') as number | undefined,
      alignment: entries.get('alignment') as Alignment | undefined,
      formatString: entries.get('formatString') as string | undefined,
    };
  });
}

/** A script block as a calculated value: $_ is the object; no output is $null, several an array. */
function evaluator(runtime: CommandRuntime, block: ScriptBlock): (value: unknown) => unknown {
  return (value) => {
    const output = runtime.evaluateInCallerScope(block, value);
    return output.length === 0 ? null : output.length === 1 ? output[0] : output;
  };
}

/** `-GroupBy`, `-Wrap`-style switches left unset read as undefined so that a view's own setting holds. */
export function optionalSwitch(runtime: CommandRuntime, name: string): boolean | undefined {
  const value = runtime.parameter(name);
  return value === undefined ? undefined : toBoolean(value);
}
