/**
 * ForEach-Object and Where-Object: their script blocks run in the caller's scope with $_ set to
 * each input object, as pwsh runs them (so `$sum += $_` updates the caller's $sum).
 */
import { toBoolean, toPSString } from '../engine/conversion/index.js';
import { getMember, invokeMethod, PSMethod } from '../engine/dotnet/index.js';
import { binaryOperation } from '../engine/operators/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { ScriptBlock } from '../engine/values/index.js';
import { addMemberCmdlets } from './add-member.js';
import { compareCmdlets } from './compare.js';
import { getMemberCmdlets } from './get-member.js';
import { groupCmdlets } from './group.js';
import { measureCmdlets } from './measure.js';
import { newObjectCmdlets } from './new-object.js';
import { selectCmdlets } from './select.js';
import { sortCmdlets } from './sort.js';
import { teeCmdlets } from './tee.js';

function blocks(value: unknown): ScriptBlock[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.filter((item): item is ScriptBlock => item instanceof ScriptBlock);
}

const forEachObject = new CmdletInfo(
  {
    name: 'ForEach-Object',
    aliases: ['%', 'foreach'],
    implementingType: 'Microsoft.PowerShell.Commands.ForEachObjectCommand',
    defaultParameterSetName: 'ScriptBlockSet',
    parameters: [
      { name: 'InputObject', type: 'psobject', parameterSets: { ScriptBlockSet: { valueFromPipeline: true }, PropertyAndMethodSet: { valueFromPipeline: true } } },
      { name: 'Begin', type: 'scriptblock', parameterSets: { ScriptBlockSet: {} } },
      { name: 'Process', type: 'scriptblock[]', parameterSets: { ScriptBlockSet: { mandatory: true, position: 0 } } },
      { name: 'End', type: 'scriptblock', parameterSets: { ScriptBlockSet: {} } },
      { name: 'RemainingScripts', type: 'scriptblock[]', parameterSets: { ScriptBlockSet: { valueFromRemainingArguments: true } } },
      { name: 'MemberName', type: 'string', parameterSets: { PropertyAndMethodSet: { mandatory: true, position: 0 } } },
      { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], parameterSets: { PropertyAndMethodSet: { valueFromRemainingArguments: true } } },
    ],
  },
  (runtime) => {
    const memberName = runtime.parameter('MemberName');
    let process = memberName === undefined ? [...blocks(runtime.parameter('Process')), ...blocks(runtime.parameter('RemainingScripts'))] : [];
    let begin = blocks(runtime.parameter('Begin'));
    let end = blocks(runtime.parameter('End'));
    // `% { begin } { process } { end }`: with several positional blocks the first is Begin and a third is End.
    if (process.length >= 2 && begin.length === 0) {
      begin = [process[0]];
      if (process.length >= 3 && end.length === 0) {
        end = [process[process.length - 1]];
        process = process.slice(1, -1);
      } else {
        process = process.slice(1);
      }
    }
    const run = (list: ScriptBlock[], item: unknown) => {
      for (const block of list) runtime.invokeInCallerScope(block, item);
    };
    return {
      begin: () => run(begin, null),
      process() {
        const item = runtime.parameter('InputObject');
        if (item === undefined) return;
        if (memberName !== undefined) {
          runtime.writeObject(member(runtime, item, toPSString(memberName)), true);
          return;
        }
        run(process, item);
      },
      end: () => run(end, null),
    };
  },
);

function member(runtime: CommandRuntime, item: unknown, name: string): unknown {
  const result = getMember(item, name);
  if (result.found && !(result.value instanceof PSMethod)) return result.value;
  const args = runtime.parameter('ArgumentList');
  return invokeMethod(item, name, Array.isArray(args) ? args : args === undefined ? [] : [args], runtime.frame.dotnetContext);
}

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
const comparisons = comparisonSets.map((c) => c.name);
const withValue = comparisonSets.filter((c) => c.name !== 'Not');

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
    const filter = runtime.parameter('FilterScript') ?? runtime.parameter('Property');
    const operator = comparisons.find((name) => runtime.switch(name));
    // `Where-Object Name` (no operator, or -EQ without a value) tests the property's truth.
    const truthOnly = runtime.parameter('Value') === undefined && (operator === undefined || operator === 'EQ');
    return {
      process() {
        const item = runtime.parameter('InputObject');
        if (item === undefined) return;
        let keep: boolean;
        if (filter instanceof ScriptBlock) {
          const output = runtime.evaluateInCallerScope(filter, item);
          keep = toBoolean(output.length === 0 ? null : output.length === 1 ? output[0] : output);
        } else {
          const property = getMember(item, toPSString(filter ?? ''));
          const value = property.found ? property.value : null;
          if (truthOnly) keep = toBoolean(value);
          else if (operator === 'Not') keep = !toBoolean(value);
          else keep = toBoolean(binaryOperation(`-${(operator ?? 'EQ').toLowerCase()}`, value, runtime.parameter('Value') ?? null, runtime.frame.operatorContext));
        }
        if (keep) runtime.writeObject(item);
      },
    };
  },
);

/** The object family; its other nouns live in their own modules. */
export const objectCmdlets: readonly CmdletInfo[] = [forEachObject, whereObject, ...selectCmdlets, ...sortCmdlets, ...groupCmdlets, ...measureCmdlets, ...addMemberCmdlets, ...getMemberCmdlets, ...newObjectCmdlets, ...teeCmdlets, ...compareCmdlets];
