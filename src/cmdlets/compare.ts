/**
 * Compare-Object: the differences between a reference and a difference list, as pwsh's
 * CompareObjectCommand finds them. Objects are taken in step; one that does not match its
 * counterpart waits in a backlog (at most -SyncWindow objects per side) for a later match.
 * Each result is a PSCustomObject with InputObject (or the -Property values) and SideIndicator:
 * `<=` reference only, `=>` difference only, `==` in both (-IncludeEqual); -PassThru writes the
 * objects themselves with a SideIndicator note.
 */
import { toPSString } from '../engine/conversion/index.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { PSNoteProperty, PSObject } from '../engine/values/index.js';
import { propertyKeys } from './property-expression.js';
import { argumentList } from './parameter-lists.js';
import { OrderByProperty, type OrderEntry } from './sort.js';

const sideIndicator = 'SideIndicator';

const compareObject = new CmdletInfo(
  {
    name: 'Compare-Object',
    aliases: ['compare', 'diff'],
    implementingType: 'Microsoft.PowerShell.Commands.CompareObjectCommand',
    parameters: [
      { name: 'ReferenceObject', type: 'psobject[]', position: 0, mandatory: true, allowEmptyCollection: true },
      { name: 'DifferenceObject', type: 'psobject[]', position: 1, mandatory: true, valueFromPipeline: true, allowEmptyCollection: true },
      { name: 'SyncWindow', type: 'int', validation: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }] },
      { name: 'Property', type: 'object[]' },
      { name: 'ExcludeDifferent', type: 'switch' },
      { name: 'IncludeEqual', type: 'switch' },
      { name: 'PassThru', type: 'switch' },
      { name: 'Culture', type: 'string' },
      { name: 'CaseSensitive', type: 'switch' },
    ],
  },
  (runtime) => {
    const syncWindow = (runtime.parameter('SyncWindow') as number | undefined) ?? 2147483647;
    const excludeDifferent = runtime.switch('ExcludeDifferent');
    // -ExcludeDifferent implies -IncludeEqual unless that was turned off explicitly.
    const includeEqual = runtime.switch('IncludeEqual') || (excludeDifferent && runtime.parameter('IncludeEqual') === undefined);
    const passThru = runtime.switch('PassThru');
    const propertyArgument = runtime.parameter('Property');
    const hasProperties = argumentList(propertyArgument).length > 0;
    let order: OrderByProperty | undefined;
    let compare: ((a: OrderEntry, b: OrderEntry) => number) | undefined;
    let referenceEntries: OrderEntry[] = [];
    let referenceIndex = 0;
    const referenceBacklog: OrderEntry[] = [];
    const differenceBacklog: OrderEntry[] = [];

    const emit = (entry: OrderEntry, side: string) => {
      let output: PSObject;
      if (passThru) {
        output = entry.input instanceof PSObject ? entry.input : new PSObject(entry.input);
      } else {
        output = PSObject.customObject();
        if (!hasProperties) output.addNoteProperty('InputObject', entry.input);
        else {
          order!.expressions.forEach((parameter, i) => {
            const name = toPSString(parameter.expression.toString());
            const value = entry.values[i];
            if (!output.members.has(name)) output.addNoteProperty(name, value === undefined || value.missing ? null : value.value);
          });
        }
      }
      output.members.remove(sideIndicator);
      output.members.add(new PSNoteProperty(sideIndicator, side));
      runtime.writeObject(output);
    };
    const emitMatch = (entry: OrderEntry) => includeEqual && emit(entry, '==');
    const emitDifferenceOnly = (entry: OrderEntry) => !excludeDifferent && emit(entry, '=>');
    const emitReferenceOnly = (entry: OrderEntry) => !excludeDifferent && emit(entry, '<=');
    const orderFor = (inputs: readonly unknown[]) => new OrderByProperty(runtime, propertyArgument, propertyKeys.sort, inputs);
    const entries = (inputs: readonly unknown[]) => inputs.map((input, index) => order!.entry(input, index));

    const initComparer = (reference: readonly unknown[]) => {
      if (compare !== undefined) return;
      order = orderFor(reference);
      compare = order.comparer(false, runtime.switch('CaseSensitive'));
      referenceEntries = entries(reference);
    };
    const matchAndRemove = (match: OrderEntry | null, list: OrderEntry[]): OrderEntry | null => {
      if (match === null) return null;
      const index = list.findIndex((entry) => compare!(match, entry) === 0);
      return index < 0 ? null : list.splice(index, 1)[0]!;
    };
    /** Puts an unmatched entry in its side's backlog, the oldest leaving (unmatched) when it is full. */
    const backlog = (entry: OrderEntry, list: OrderEntry[], emitUnmatched: (entry: OrderEntry) => void) => {
      if (syncWindow === 0) {
        emitUnmatched(entry);
        return;
      }
      while (list.length >= syncWindow) emitUnmatched(list.shift()!);
      list.push(entry);
    };
    const step = (incoming: OrderEntry | null) => {
      let difference = incoming;
      let reference: OrderEntry | null = referenceIndex < referenceEntries.length ? referenceEntries[referenceIndex++]! : null;
      if (reference !== null && difference !== null && compare!(reference, difference) === 0) {
        emitMatch(reference);
        return;
      }
      const earlierReference = matchAndRemove(difference, referenceBacklog);
      if (earlierReference !== null) {
        emitMatch(earlierReference);
        difference = null;
      }
      if (matchAndRemove(reference, differenceBacklog) !== null) {
        emitMatch(reference!);
        reference = null;
      }
      if (difference !== null) backlog(difference, differenceBacklog, emitDifferenceOnly);
      if (reference !== null) backlog(reference, referenceBacklog, emitReferenceOnly);
    };

    return {
      process() {
        const reference = argumentList(runtime.parameter('ReferenceObject'));
        const difference = argumentList(runtime.parameter('DifferenceObject'));
        if (reference.length === 0) {
          if (difference.length === 0) return;
          order = orderFor(difference);
          for (const entry of entries(difference)) emitDifferenceOnly(entry);
          return;
        }
        initComparer(reference);
        if (difference.length === 0) {
          step(null);
          return;
        }
        for (const entry of entries(difference)) step(entry);
      },
      end() {
        while (referenceIndex < referenceEntries.length) step(null);
        for (const entry of differenceBacklog.splice(0)) emitDifferenceOnly(entry);
        for (const entry of referenceBacklog.splice(0)) emitReferenceOnly(entry);
      },
    };
  },
);

export const compareCmdlets: readonly CmdletInfo[] = [compareObject];
