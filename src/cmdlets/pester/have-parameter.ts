/**
 * Should -HaveParameter: checks a command's parameter (its presence, parameter set, -Mandatory,
 * -Type, -DefaultValue and -Alias) from the metadata Get-Command's CommandInfo carries, and words
 * the failure as Pester 5's Should-HaveParameterAssertion.
 */
import type { ExpressionAst } from '../../../grammar/ast.js';
import { resolveParameterType, type ParameterMetadata } from '../../binding/index.js';
import { baseObject, toPSString } from '../../engine/conversion/index.js';
import { ExceptionValue, newErrorRecord, PSErrorException } from '../../engine/runtime/error-record.js';
import type { Frame } from '../../engine/runtime/frame.js';
import { isTypeValue, resolveType, type PSTypeInfo } from '../../engine/types/index.js';
import { AliasInfo } from '../alias.js';
import { CmdletCommandInfo, FunctionCommandInfo } from '../command-discovery.js';
import { formatBecause, formatNicely, joinAnd } from './format-nicely.js';
import { scriptThrow, snippetValue } from './script-helpers.js';

export interface HaveParameterInput {
  readonly frame: Frame;
  readonly actual: unknown;
  readonly parameterName: string;
  /** A type, or its name with or without brackets; undefined when not given. */
  readonly type: unknown;
  /** The expected default value as a string; undefined when -DefaultValue is not given. */
  readonly defaultValue: string | undefined;
  readonly mandatory: boolean;
  readonly inParameterSet: string;
  readonly aliases: readonly string[];
  readonly negate: boolean;
  readonly because: string | undefined;
}

function argumentError(message: string): PSErrorException {
  return new PSErrorException(newErrorRecord(new ExceptionValue('System.ArgumentException', message), 'System.ArgumentException', 'NotSpecified'));
}

/** The type -Type gives: a type, or a type name with or without brackets (`[int]`, `int`, `System.Int32`); null when there is no such type. */
function expectedTypeOf(type: unknown): PSTypeInfo | null {
  const actual = baseObject(type);
  return isTypeValue(actual) ? actual : resolveType(toPSString(actual).replace(/^\[(.*)\]$/, '$1'));
}

/**
 * A script parameter's default as Pester reads it from the AST: a constant's value, `$true` and
 * `$false` as 'true' and 'false', `$null` as '', anything else as written; null without a default.
 */
function declaredDefault(command: FunctionCommandInfo, name: string): string | null {
  const block = command.fn.scriptBlock;
  const parameters = block.functionParameters ?? block.ast.paramBlock?.parameters ?? [];
  const parameter = parameters.find((p) => p.name.unqualifiedName.toLowerCase() === name.toLowerCase());
  if (!parameter) throw new PSErrorException(newErrorRecord(new ExceptionValue('System.Management.Automation.RuntimeException', `Metadata for parameter '${name}' were not found.`), `Metadata for parameter '${name}' were not found.`, 'OperationStopped', null));
  const value: ExpressionAst | null = parameter.defaultValue;
  if (value === null) return null;
  switch (value.kind) {
    case 'Constant':
      return toPSString(value.value);
    case 'StringConstant':
    case 'ExpandableString':
      return value.value;
    case 'Variable': {
      const text = value.extent.text.toLowerCase();
      if (text === '$true' || text === '$false') return value.name;
      if (text === '$null') return '';
      return value.extent.text;
    }
    default:
      return value.extent.text;
  }
}

type ParameterizedCommand = CmdletCommandInfo | FunctionCommandInfo;

/** The command a CommandInfo stands for: itself, or what an alias (through any chain of aliases) resolves to. */
function resolveCommand(frame: Frame, actual: unknown): ParameterizedCommand {
  if (actual instanceof CmdletCommandInfo || actual instanceof FunctionCommandInfo) return actual;
  if (!(actual instanceof AliasInfo)) throw argumentError('Input value must be non-null CommandInfo object. You can get one by calling Get-Command.');
  let target: unknown = actual;
  for (let hops = 0; target instanceof AliasInfo && hops < 32; hops++) target = snippetValue(frame, 'Get-Command -Name $a -ErrorAction Ignore', target.entry.definition);
  if (target instanceof CmdletCommandInfo || target instanceof FunctionCommandInfo) return target;
  const name = actual.entry.name;
  throw scriptThrow(`Could not retrieve parameters for alias ${name}. This is a known issue with Get-Command in PowerShell. Try using the actual command name. For example: 'Get-Command ${actual.entry.definition} | Should -HaveParameter ...'`);
}

/** null when the assertion passed, else Pester's failure message. */
export function haveParameter(input: HaveParameterInput): string | null {
  const { frame, actual, parameterName, negate } = input;
  const command = resolveCommand(frame, actual);
  // Pester names the command as it was given: an alias by its own name.
  const commandName = actual instanceof AliasInfo ? actual.entry.name : command.name;
  let expectedType: string | null = null;
  if (input.type !== undefined && input.type !== null && input.type !== '') {
    expectedType = expectedTypeOf(input.type)?.fullName ?? null;
    if (expectedType === null) throw argumentError(`Could not find type [${toPSString(input.type).replace(/^\[(.*)\]$/, '$1')}]. Make sure that the assembly that contains that type is loaded.`);
  }
  const parameter: ParameterMetadata | undefined = command.metadata.parameters.find((p) => p.name.toLowerCase() === parameterName.toLowerCase());
  const filters = [`to${negate ? ' not' : ''} have a parameter ${parameterName}${input.inParameterSet ? ` in parameter set ${input.inParameterSet}` : ''}`];
  const buts: string[] = [];
  let sets = parameter?.setData ?? [];
  if (!parameter) {
    if (negate) return null;
    buts.push('the parameter is missing');
  } else if (negate && !(input.inParameterSet || input.mandatory || expectedType || input.defaultValue)) {
    buts.push('the parameter exists');
  } else if (input.inParameterSet) {
    sets = sets.filter((set) => set.setName.toLowerCase() === input.inParameterSet.toLowerCase());
    if (!negate && sets.length === 0) buts.push('the parameter is missing');
    else if (negate && sets.length > 0) buts.push('the parameter exists');
  }
  if (parameter && buts.length === 0) {
    if (input.mandatory) {
      const mandatory = sets.some((set) => set.mandatory);
      filters.push(`which is${negate ? ' not' : ''} mandatory`);
      if (!negate && !mandatory) buts.push("it wasn't mandatory");
      else if (negate && mandatory) buts.push('it was mandatory');
    }
    if (expectedType) {
      const actualType = resolveParameterType(parameter).fullName;
      const same = actualType === expectedType;
      filters.push(`${negate ? 'not ' : ''}of type [${expectedType}]`);
      if (!negate && !same) buts.push(`it was of type [${actualType}]`);
      else if (negate && same) buts.push(`it was of type [${expectedType}]`);
    }
    if (input.defaultValue !== undefined) {
      if (!(command instanceof FunctionCommandInfo)) throw argumentError('Using -DefaultValue is only supported for functions and scripts.');
      const actualDefault = declaredDefault(command, parameter.name) ?? '';
      filters.push(`the default value${negate ? ' not' : ''} to be ${formatNicely(frame, input.defaultValue)}`);
      const same = actualDefault.toLowerCase() === input.defaultValue.toLowerCase();
      if (same === negate) buts.push(`the default value was ${formatNicely(frame, actualDefault)}`);
    }
    if (input.aliases.length > 0) {
      const quoted = (names: readonly string[]) => joinAnd(names.map((name) => `'${name}'`));
      filters.push(`with${negate ? 'out' : ''} alias${input.aliases.length >= 2 ? 'es' : ''} ${quoted(input.aliases)}`);
      const has = (alias: string) => parameter.aliases.some((a) => a.toLowerCase() === alias.toLowerCase());
      const faulty = input.aliases.filter((alias) => has(alias) === negate);
      if (faulty.length > 0) {
        const which = faulty.length === 1 ? 'an alias' : 'the aliases';
        buts.push(negate ? `it has ${which} ${quoted(faulty)}` : `it didn't have ${which} ${quoted(faulty)}`);
      }
    }
  }
  if (buts.length === 0) return null;
  const filter = joinAnd(filters, 3);
  return `Expected command ${commandName}${filter ? ` ${filter}` : ''},${formatBecause(input.because)} but ${joinAnd(buts)}.`;
}
