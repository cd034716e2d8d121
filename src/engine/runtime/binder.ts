/**
 * Parameter binding for script functions and psh's built-in commands: named parameters (by full
 * name, unique prefix or alias), switches, positional arguments in position order, remaining
 * arguments, type conversion and mandatory checks. Everything goes through `bindArguments`, so
 * the full cmdlet binder (parameter sets, pipeline binding by property name) can replace it.
 */
import { convertTo } from '../conversion/index.js';
import type { PSTypeInfo } from '../types/index.js';
import { ordinalIgnoreCaseKey } from '../values/index.js';
import { ExceptionValue, newErrorRecord, PSErrorException, InvocationInfo } from './error-record.js';
import { formatMessage, runtimeStrings } from './messages.js';
import type { Extent } from '../../../grammar/extent.js';
import { toErrorRecord } from './errors.js';

export interface ParameterMetadata {
  readonly name: string;
  readonly type: PSTypeInfo | null;
  readonly aliases: readonly string[];
  /** Explicit or implicit position; null for named-only parameters. */
  readonly position: number | null;
  readonly isSwitch: boolean;
  readonly mandatory: boolean;
  readonly valueFromPipeline: boolean;
  readonly valueFromRemainingArguments: boolean;
}

export interface CommandMetadata {
  readonly name: string;
  readonly parameters: readonly ParameterMetadata[];
  /** A cmdlet or an advanced function: common parameters apply and stray arguments are errors. */
  readonly isAdvanced: boolean;
  /** [CmdletBinding(SupportsShouldProcess)]: -WhatIf and -Confirm apply too. */
  readonly supportsShouldProcess?: boolean;
}

/** One argument as written: `-Name`, `-Name:value`, or a value. */
export type CommandArgument =
  | { readonly kind: 'parameter'; readonly name: string; readonly text: string; readonly value?: unknown; readonly hasValue: boolean }
  | { readonly kind: 'value'; readonly value: unknown };

/**
 * `-Name` arguments a simple function did not take stay in its $args as strings; splatting that
 * $args array (`f @args`) passes them on as parameters again, as pwsh does. This remembers
 * which elements of which $args arrays were written as parameters.
 */
const parameterTokens = new WeakMap<readonly unknown[], Map<number, { name: string; hasValue: boolean }>>();

/** The arguments `@value` splats when `value` is an array: parameters where $args had them. */
export function splatArray(items: readonly unknown[]): CommandArgument[] {
  const tokens = parameterTokens.get(items);
  const args: CommandArgument[] = [];
  for (let i = 0; i < items.length; i++) {
    const token = tokens?.get(i);
    if (!token) args.push({ kind: 'value', value: items[i] });
    else if (token.hasValue && i + 1 < items.length) args.push({ kind: 'parameter', name: token.name, text: `-${token.name}:`, value: items[++i], hasValue: true });
    else args.push({ kind: 'parameter', name: token.name, text: `-${token.name}`, hasValue: false });
  }
  return args;
}

export interface BoundArguments {
  /** Bound parameter values by the parameter's declared name, in binding order. */
  readonly bound: Map<string, unknown>;
  /** Arguments no parameter took ($args of a simple function). */
  readonly unbound: unknown[];
}

/** The common parameters every cmdlet and advanced function accepts. */
export const commonParameters: readonly ParameterMetadata[] = [
  ['Verbose', ['vb'], true],
  ['Debug', ['db'], true],
  ['ErrorAction', ['ea'], false],
  ['WarningAction', ['wa'], false],
  ['InformationAction', ['infa'], false],
  ['ProgressAction', ['proga'], false],
  ['ErrorVariable', ['ev'], false],
  ['WarningVariable', ['wv'], false],
  ['InformationVariable', ['iv'], false],
  ['OutVariable', ['ov'], false],
  ['OutBuffer', ['ob'], false],
  ['PipelineVariable', ['pv'], false],
].map(([name, aliases, isSwitch]) => ({
  name: name as string, type: null, aliases: aliases as string[], position: null, isSwitch: isSwitch as boolean,
  mandatory: false, valueFromPipeline: false, valueFromRemainingArguments: false,
}));

/** Raises a ParameterBindingException the way pwsh words and identifies it. */
export function bindingError(command: CommandMetadata, errorId: string, message: string, extent: Extent | null, category: 'InvalidArgument' | 'InvalidData' = 'InvalidArgument'): PSErrorException {
  const exception = new ExceptionValue('System.Management.Automation.ParameterBindingException', message);
  const record = newErrorRecord(exception, `${errorId},${command.name}`, category, null, new InvocationInfo(command.name, extent));
  return new PSErrorException(record);
}

/** -WhatIf and -Confirm, for commands that support ShouldProcess. */
const shouldProcessParameters: readonly ParameterMetadata[] = [
  parameter('WhatIf', { isSwitch: true, aliases: ['wi'] }),
  parameter('Confirm', { isSwitch: true, aliases: ['cf'] }),
];

function findParameter(command: CommandMetadata, name: string): ParameterMetadata | undefined {
  const all = command.isAdvanced
    ? [...command.parameters, ...commonParameters, ...(command.supportsShouldProcess ? shouldProcessParameters : [])]
    : command.parameters;
  const key = ordinalIgnoreCaseKey(name);
  const exact = all.find((p) => ordinalIgnoreCaseKey(p.name) === key || p.aliases.some((a) => ordinalIgnoreCaseKey(a) === key));
  if (exact) return exact;
  const prefixed = all.filter((p) => ordinalIgnoreCaseKey(p.name).startsWith(key));
  if (prefixed.length === 1) return prefixed[0];
  if (prefixed.length > 1) {
    throw bindingError(command, 'AmbiguousParameter', formatMessage(runtimeStrings.AmbiguousParameter, '', name, '', '', '', '', ' ' + prefixed.map((p) => `-${p.name}`).join(' ')), null);
  }
  return undefined;
}

function argumentText(value: unknown): string {
  return Array.isArray(value) ? value.map(argumentText).join(' ') : String(value ?? '');
}

/** Converts a bound value to its parameter's type, with pwsh's transformation error. */
export function convertParameterValue(command: CommandMetadata, parameter: ParameterMetadata, value: unknown, extent: Extent | null): unknown {
  if (parameter.isSwitch) return value === null ? false : typeof value === 'boolean' ? value : Boolean(value);
  if (!parameter.type) return value;
  try {
    return convertTo(value, parameter.type);
  } catch (e) {
    const inner = toErrorRecord(e, null).message;
    throw bindingError(command, 'ParameterArgumentTransformationError', formatMessage(runtimeStrings.ParameterArgumentTransformationError, '', parameter.name, '', '', '', '', inner), extent, 'InvalidData');
  }
}

export function bindArguments(command: CommandMetadata, args: readonly CommandArgument[], extent: Extent | null = null, pipelineInputExpected = false): BoundArguments {
  const bound = new Map<string, unknown>();
  /** Arguments no name took, in order; `token` marks a `-Name` a simple function did not know. */
  const loose: { value: unknown; token?: { name: string; hasValue: boolean } }[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.kind === 'value') {
      loose.push({ value: arg.value });
      continue;
    }
    const parameter = findParameter(command, arg.name);
    if (!parameter) {
      if (command.isAdvanced) throw bindingError(command, 'NamedParameterNotFound', formatMessage(runtimeStrings.NamedParameterNotFound, '', arg.name), extent);
      loose.push({ value: arg.text, token: { name: arg.name, hasValue: arg.hasValue } });
      if (arg.hasValue) loose.push({ value: arg.value, token: { name: '', hasValue: false } });
      continue;
    }
    if (bound.has(parameter.name)) {
      throw bindingError(command, 'ParameterAlreadyBound', formatMessage(runtimeStrings.ParameterAlreadyBound, '', parameter.name), extent);
    }
    let value: unknown;
    if (arg.hasValue) value = arg.value;
    else if (parameter.isSwitch) value = true;
    else if (i + 1 < args.length && args[i + 1].kind === 'value') value = (args[++i] as { value: unknown }).value;
    else {
      throw bindingError(command, 'MissingArgument', formatMessage(runtimeStrings.MissingArgument, '', parameter.name, parameter.type?.fullName ?? 'System.Object'), extent);
    }
    bound.set(parameter.name, convertParameterValue(command, parameter, value, extent));
  }
  // Positional parameters take the loose values in order, never a `-Name` token.
  const positionalParameters = command.parameters
    .filter((p) => p.position !== null && !p.isSwitch && !p.valueFromRemainingArguments && !bound.has(p.name))
    .sort((a, b) => a.position! - b.position!);
  const taken = new Set<number>();
  let cursor = 0;
  for (const parameter of positionalParameters) {
    while (cursor < loose.length && loose[cursor].token) cursor++;
    if (cursor >= loose.length) break;
    taken.add(cursor);
    bound.set(parameter.name, convertParameterValue(command, parameter, loose[cursor++].value, extent));
  }
  let rest = loose.filter((_, i) => !taken.has(i));
  const remaining = command.parameters.find((p) => p.valueFromRemainingArguments);
  if (remaining && rest.length > 0 && !bound.has(remaining.name)) {
    const values = rest.map((entry) => entry.value);
    bound.set(remaining.name, convertParameterValue(command, remaining, values.length === 1 && !remaining.type?.elementType ? values[0] : values, extent));
    rest = [];
  }
  if (command.isAdvanced && rest.length > 0) {
    throw bindingError(command, 'PositionalParameterNotFound', formatMessage(runtimeStrings.PositionalParameterNotFound, '', argumentText(rest[0].value)), extent);
  }
  const missing = command.parameters.filter((p) => p.mandatory && !bound.has(p.name) && !(pipelineInputExpected && p.valueFromPipeline));
  if (missing.length > 0) {
    throw bindingError(command, 'MissingMandatoryParameter', formatMessage(runtimeStrings.MissingMandatoryParameter, '', ' ' + missing.map((p) => p.name).join(' ')), extent);
  }
  const unbound = rest.map((entry) => entry.value);
  const tokens = new Map<number, { name: string; hasValue: boolean }>();
  rest.forEach((entry, i) => {
    if (entry.token?.name) tokens.set(i, entry.token);
  });
  if (tokens.size > 0) parameterTokens.set(unbound, tokens);
  return { bound, unbound };
}

/** Parameter metadata for a built-in command, with pwsh's defaults for what is not given. */
export function parameter(name: string, options: Partial<Omit<ParameterMetadata, 'name'>> = {}): ParameterMetadata {
  return {
    name, type: null, aliases: [], position: null, isSwitch: false, mandatory: false, valueFromPipeline: false,
    valueFromRemainingArguments: false, ...options,
  };
}
