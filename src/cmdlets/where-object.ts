/**
 * Where-Object as pwsh's WhereObjectCommand runs it: a filter script block in the caller's scope
 * with $_ set, or a property (a dictionary key first; wildcards allowed when they match one
 * member) compared with -Value by one of the comparison switches. Without an operator or value
 * the property's truth decides; a switch without -Value, or -Value without a switch, is an error.
 */
import { baseObject, formatMessage, objectToString, toBoolean } from '../engine/conversion/index.js';
import { getMember } from '../engine/dotnet/index.js';
import { binaryOperator } from '../engine/operators/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import { isStrictVersion } from '../engine/runtime/strict-mode.js';
import { Hashtable, ScriptBlock } from '../engine/values/index.js';
import { containsWildcardCharacters } from '../engine/wildcard/index.js';
import { hasMember, matchingMembers } from './object-members.js';
import { ambiguousNameError, nameParameterError } from './name-parameter-error.js';
import { internalCommandStrings } from './object-messages.js';

/**
 * Where-Object's comparison switches, each the mandatory switch of its own parameter set (-EQ
 * is optional: its set is the default), with the operator it stands for.
 */
const caseInsensitiveComparisons: readonly (readonly [string, string])[] = [
  ['EQ', 'EqualSet'], ['NE', 'NotEqualSet'], ['GT', 'GreaterThanSet'], ['LT', 'LessThanSet'], ['GE', 'GreaterOrEqualSet'],
  ['LE', 'LessOrEqualSet'], ['Like', 'LikeSet'], ['NotLike', 'NotLikeSet'], ['Match', 'MatchSet'], ['NotMatch', 'NotMatchSet'],
  ['Contains', 'ContainsSet'], ['NotContains', 'NotContainsSet'], ['In', 'InSet'], ['NotIn', 'NotInSet'],
];
const comparisonSets: readonly { readonly name: string; readonly set: string; readonly aliases: readonly string[] }[] = [
  ...caseInsensitiveComparisons.flatMap(([name, set]) => [
    { name, set, aliases: [`I${name}`] },
    { name: `C${name}`, set: `CaseSensitive${set}`, aliases: [] },
  ]),
  { name: 'Is', set: 'IsSet', aliases: [] },
  { name: 'IsNot', set: 'IsNotSet', aliases: [] },
  { name: 'Not', set: 'Not', aliases: [] },
];
const withValue = comparisonSets.filter((c) => c.name !== 'Not');

/** The property's value on the object, or undefined after an ambiguity error was written. */
function propertyValue(runtime: CommandRuntime, input: unknown, property: string): unknown {
  if (input === null || input === undefined) return missing(runtime, internalCommandStrings.InputObjectIsNull, 'InputObjectIsNull', input);
  const dictionary = baseObject(input);
  if (dictionary instanceof Hashtable && dictionary.has(property)) return dictionary.get(property);
  let name = property;
  if (containsWildcardCharacters(property)) {
    const members = matchingMembers(input, property);
    if (members.length > 1) {
      runtime.writeError(ambiguousNameError(runtime, internalCommandStrings.AmbiguousPropertyOrMethodName, property, members, 'AmbiguousPropertyName', input));
      return undefined;
    }
    if (members.length === 0) return missing(runtime, formatMessage(internalCommandStrings.PropertyNotFound, property), 'PropertyNotFound', input);
    name = members[0]!.name;
  } else if (!hasMember(input, name)) {
    return missing(runtime, formatMessage(internalCommandStrings.PropertyNotFound, property), 'PropertyNotFound', input);
  }
  try {
    const result = getMember(input, name);
    return result.found ? result.value : null;
  } catch {
    // A property whose getter throws compares as $null.
    return null;
  }
}

/** A null input or a missing property compares as $null; under strict mode 2 it is an error and the object is left out (undefined). */
function missing(runtime: CommandRuntime, message: string, errorId: string, input: unknown): unknown {
  if (!isStrictVersion(runtime.frame.scope, 2)) return null;
  runtime.writeError(nameParameterError(runtime, message, errorId, input));
  return undefined;
}

const whereObject = new CmdletInfo(
  {
    name: 'Where-Object',
    aliases: ['?', 'where'],
    implementingType: 'Microsoft.PowerShell.Commands.WhereObjectCommand',
    defaultParameterSetName: 'EqualSet',
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'FilterScript', type: 'scriptblock', parameterSets: { ScriptBlockSet: { mandatory: true, position: 0 } } },
      { name: 'Property', type: 'string', parameterSets: Object.fromEntries(comparisonSets.map((c) => [c.set, { mandatory: true, position: 0 }])) },
      { name: 'Value', type: 'object', parameterSets: Object.fromEntries(withValue.map((c) => [c.set, { position: 1 }])) },
      ...comparisonSets.map((c) => ({ name: c.name, type: 'switch', aliases: c.aliases, parameterSets: { [c.set]: { mandatory: c.name !== 'EQ' } } })),
    ],
  },
  (runtime) => {
    const filter = runtime.parameter('FilterScript');
    if (filter instanceof ScriptBlock) {
      return {
        process() {
          const input = runtime.parameter('InputObject');
          if (input === undefined) return;
          const output = runtime.evaluateInCallerScope(filter, input);
          if (toBoolean(output.length === 0 ? null : output.length === 1 ? output[0] : output)) runtime.writeObject(input);
        },
      };
    }
    const property = objectToString(runtime.parameter('Property'));
    const operatorName = comparisonSets.find((c) => runtime.switch(c.name))?.name;
    const valueGiven = runtime.bound.has('Value');
    const value = runtime.parameter('Value') ?? null;
    // No comparison switch: the property's truth decides (pwsh's "force boolean evaluation").
    const truthOnly = operatorName === undefined;
    const compare = operatorName === undefined || operatorName === 'Not' ? undefined : binaryOperator(`-${operatorName.toLowerCase()}`);
    return {
      process() {
        const input = runtime.parameter('InputObject');
        if (input === undefined) return;
        if (!valueGiven && !truthOnly && operatorName !== 'Not') throw new PSErrorException(nameParameterError(runtime, internalCommandStrings.ValueNotSpecifiedForWhereObject, 'ValueNotSpecifiedForWhereObject'));
        if (valueGiven && truthOnly) throw new PSErrorException(nameParameterError(runtime, internalCommandStrings.OperatorNotSpecified, 'OperatorNotSpecified'));
        const left = propertyValue(runtime, input, property);
        if (left === undefined) return;
        let keep: boolean;
        if (operatorName === 'Not') keep = !toBoolean(left);
        else if (compare === undefined) keep = toBoolean(left);
        else keep = toBoolean(compare(left, value, runtime.frame.operatorContext));
        if (keep) runtime.writeObject(input);
      },
    };
  },
);

export const whereObjectCmdlets: readonly CmdletInfo[] = [whereObject];
