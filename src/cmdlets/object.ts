/**
 * ForEach-Object and Where-Object: their script blocks run in the caller's scope with $_ set to
 * each input object, as pwsh runs them (so `$sum += $_` updates the caller's $sum).
 */
import { toBoolean, toPSString } from '../engine/conversion/index.js';
import { getMember, invokeMethod, PSMethod } from '../engine/dotnet/index.js';
import { binaryOperation } from '../engine/operators/index.js';
import { parameter } from '../engine/runtime/binder.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { ScriptBlock } from '../engine/values/index.js';

function blocks(value: unknown): ScriptBlock[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.filter((item): item is ScriptBlock => item instanceof ScriptBlock);
}

const forEachObject = new CmdletInfo(
  {
    name: 'ForEach-Object',
    isAdvanced: true,
    parameters: [
      parameter('InputObject', { valueFromPipeline: true }),
      parameter('Process', { position: 0, valueFromRemainingArguments: true }),
      parameter('Begin'),
      parameter('End'),
      parameter('MemberName'),
      parameter('ArgumentList', { aliases: ['Args'] }),
    ],
  },
  (runtime) => {
    const positional = runtime.parameter('Process');
    const memberName = runtime.parameter('MemberName') ?? (positional !== undefined && !(positional instanceof ScriptBlock) && !Array.isArray(positional) ? positional : undefined);
    let process = memberName === undefined ? blocks(positional) : [];
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
      process(input) {
        const item = input !== undefined ? input : runtime.parameter('InputObject');
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

/** Where-Object's comparison switches and the operator each stands for. */
const comparisons = ['EQ', 'NE', 'GT', 'GE', 'LT', 'LE', 'Like', 'NotLike', 'Match', 'NotMatch', 'Contains', 'NotContains', 'In', 'NotIn', 'CEQ', 'CNE', 'CLike', 'CMatch', 'Is', 'IsNot'];

const whereObject = new CmdletInfo(
  {
    name: 'Where-Object',
    isAdvanced: true,
    parameters: [
      parameter('InputObject', { valueFromPipeline: true }),
      parameter('FilterScript', { position: 0 }),
      parameter('Value', { position: 1 }),
      ...comparisons.map((name) => parameter(name, { isSwitch: true })),
    ],
  },
  (runtime) => {
    const filter = runtime.parameter('FilterScript');
    const operator = comparisons.find((name) => runtime.switch(name));
    return {
      process(input) {
        const item = input !== undefined ? input : runtime.parameter('InputObject');
        if (item === undefined) return;
        let keep: boolean;
        if (filter instanceof ScriptBlock) {
          const output = runtime.evaluateInCallerScope(filter, item);
          keep = toBoolean(output.length === 0 ? null : output.length === 1 ? output[0] : output);
        } else {
          const property = getMember(item, toPSString(filter ?? ''));
          const value = property.found ? property.value : null;
          keep = operator === undefined
            ? toBoolean(value)
            : toBoolean(binaryOperation(`-${operator.toLowerCase()}`, value, runtime.parameter('Value') ?? null, runtime.frame.operatorContext));
        }
        if (keep) runtime.writeObject(item);
      },
    };
  },
);

export const objectCmdlets: readonly CmdletInfo[] = [forEachObject, whereObject];
