/**
 * Sort-Object and the ordering it shares with Group-Object (pwsh's OrderObjectBase): each object
 * gets one key per -Property expression (a missing property sorts after every present one,
 * whichever the direction); keys compare with the object comparer, each ascending unless
 * -Descending or its hashtable's Ascending/Descending entry says otherwise.
 */
import { formatMessage } from '../engine/conversion/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import type { CommandRuntime } from '../engine/runtime/command-runtime.js';
import { compareObjects } from './object-comparer.js';
import { sortObjectStrings } from './object-messages.js';
import { propertyKeys, PropertyExpression, readPropertyParameters, type HashKeyDefinition, type PropertyParameter } from './property-expression.js';
import { argumentList } from './parameter-lists.js';

/** One sort key of an object: its value, or missing (the object has no such property). */
export type OrderValue = { readonly missing: true } | { readonly missing: false; readonly value: unknown };

const missing: OrderValue = { missing: true };

export interface OrderEntry {
  readonly input: unknown;
  readonly values: readonly OrderValue[];
  readonly index: number;
  /** False when no expression found anything on the object. */
  readonly comparable: boolean;
}

/** The -Property expressions of Sort-Object or Group-Object, with wildcards expanded over the objects. */
export class OrderByProperty {
  private readonly parameters: PropertyParameter[];

  constructor(
    private readonly runtime: CommandRuntime,
    propertyArgument: unknown,
    keys: readonly HashKeyDefinition[],
    inputs: readonly unknown[] | null,
  ) {
    const given = readPropertyParameters(runtime, argumentList(propertyArgument), keys, keys === propertyKeys.group);
    // Sort-Object expands wildcards over all its objects at once, sorted by name; Group-Object per object.
    this.parameters = inputs === null ? given : given.flatMap((parameter) => expandWildcards(parameter, inputs));
  }

  get expressions(): readonly PropertyParameter[] {
    return this.parameters;
  }

  /** The object's keys; errors from script blocks are written, their key is $null. */
  entry(input: unknown, index: number): OrderEntry {
    if (this.parameters.length === 0) return { input, values: [{ missing: false, value: input }], index, comparable: true };
    const values: OrderValue[] = [];
    let comparable = false;
    for (const parameter of this.parameters) {
      const results = parameter.expression.values(input, this.runtime);
      if (results.length === 0) {
        values.push(missing);
        this.runtime.writeDebug(formatMessage(sortObjectStrings.PropertyNotFound, parameter.expression.toString()));
        continue;
      }
      for (const result of results) {
        if (result.error) {
          this.runtime.writeError(this.runtime.errorRecord(result.error.exception.exceptionTypeName, result.error.message, 'ExpressionEvaluation', 'InvalidResult', input));
        }
        values.push({ missing: false, value: result.error ? null : result.value });
        comparable = true;
      }
    }
    return { input, values, index, comparable };
  }

  /** Compares entries key by key; `descending` is -Descending, each hashtable may override it. */
  comparer(descending: boolean, caseSensitive: boolean): (a: OrderEntry, b: OrderEntry) => number {
    const ascending = this.parameters.map((parameter) => {
      const up = parameter.entries.get('ascending') as boolean | undefined;
      const down = parameter.entries.get('descending') as boolean | undefined;
      if (up !== undefined && (down === undefined || up !== down)) return up;
      if (down !== undefined && up === undefined) return !down;
      return !descending;
    });
    return (a, b) => {
      const count = Math.max(a.values.length, b.values.length);
      for (let k = 0; k < count; k++) {
        const x = a.values[k] ?? missing;
        const y = b.values[k] ?? missing;
        let order: number;
        if (x.missing || y.missing) order = x.missing === y.missing ? 0 : x.missing ? 1 : -1;
        else order = compareObjects(x.value, y.value, caseSensitive) * ((ascending[k] ?? !descending) ? 1 : -1);
        if (order !== 0) return order;
      }
      return 0;
    };
  }
}

/** A wildcard name stands for every matching property of any of the objects, in name order. */
function expandWildcards(parameter: PropertyParameter, inputs: readonly unknown[]): PropertyParameter[] {
  if (!parameter.expression.hasWildcards) return [parameter];
  const names = new Map<string, string>();
  for (const input of inputs) {
    if (input === null || input === undefined) continue;
    for (const resolved of parameter.expression.resolveNames(input)) names.set(resolved.toString().toLowerCase(), resolved.toString());
  }
  return [...names.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, name]) => ({ expression: PropertyExpression.named(name, true), entries: parameter.entries }));
}

const sortObject = new CmdletInfo(
  {
    name: 'Sort-Object',
    aliases: ['sort'],
    implementingType: 'Microsoft.PowerShell.Commands.SortObjectCommand',
    defaultParameterSetName: 'Default',
    parameters: [
      { name: 'Stable', type: 'switch', parameterSets: { Default: {} } },
      { name: 'Descending', type: 'switch' },
      { name: 'Unique', type: 'switch' },
      { name: 'Top', type: 'int', parameterSets: { Top: { mandatory: true } }, validation: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }] },
      { name: 'Bottom', type: 'int', parameterSets: { Bottom: { mandatory: true } }, validation: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }] },
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Property', type: 'object[]', position: 0 },
      { name: 'Culture', type: 'string' },
      { name: 'CaseSensitive', type: 'switch' },
    ],
  },
  (runtime) => {
    const inputs: unknown[] = [];
    return {
      process() {
        const input = runtime.parameter('InputObject');
        if (input !== undefined && input !== null) inputs.push(input);
      },
      end() {
        if (inputs.length === 0) return;
        const order = new OrderByProperty(runtime, runtime.parameter('Property'), propertyKeys.sort, inputs);
        const compare = order.comparer(runtime.switch('Descending'), runtime.switch('CaseSensitive'));
        const entries = inputs.map((input, index) => order.entry(input, index));
        const top = (runtime.parameter('Top') as number | undefined) ?? 0;
        const bottom = (runtime.parameter('Bottom') as number | undefined) ?? 0;
        // JS sorts are stable, which is what -Stable, -Top and -Bottom ask for; pwsh's plain sort
        // is .NET's introsort, stable for up to 16 objects.
        const byIndex = (a: OrderEntry, b: OrderEntry) => (a.comparable !== b.comparable ? (a.comparable ? -1 : 1) : compare(a, b));
        entries.sort(top > 0 || bottom > 0 || runtime.switch('Stable') ? byIndex : compare);
        let sorted = runtime.switch('Unique') ? entries.filter((entry, i) => i === 0 || compare(entries[i - 1]!, entry) !== 0) : entries;
        if (top > 0) sorted = sorted.slice(0, top);
        if (bottom > 0) sorted = sorted.slice(Math.max(0, sorted.length - bottom));
        for (const entry of sorted) runtime.writeObject(entry.input);
      },
    };
  },
);

export const sortCmdlets: readonly CmdletInfo[] = [sortObject];
