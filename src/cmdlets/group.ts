/**
 * Group-Object: objects with equal keys (the -Property values, or the objects themselves)
 * become one GroupInfo (Count, Name, Group, Values). When every key has the same type the
 * groups come out sorted, as pwsh sorts before grouping; otherwise in order of appearance.
 * -AsHashTable gives a hashtable of key -> group instead, -AsString with the Name as key.
 */
import { baseObject, enumerableItems, objectToString } from '../engine/conversion/index.js';
import { ArrayList } from '../engine/dotnet/index.js';
import { defineType } from '../engine/dotnet/member-table.js';
import { registerNativeType } from '../engine/dotnet/type-registration.js';
import { CmdletInfo } from '../engine/runtime/commands.js';
import { PSErrorException } from '../engine/runtime/error-record.js';
import { Hashtable, psTypeNames, typeNamesOf, type HasPSTypeNames } from '../engine/values/index.js';
import { adaptedObject } from './adapted-object.js';
import { groupObjectStrings } from './object-messages.js';
import { propertyKeys } from './property-expression.js';
import { OrderByProperty, type OrderEntry } from './sort.js';

const groupInfoType = 'Microsoft.PowerShell.Commands.GroupInfo';
const noElementType = 'Microsoft.PowerShell.Commands.GroupInfoNoElement';

/** Microsoft.PowerShell.Commands.GroupInfo (GroupInfoNoElement when the group's objects are not kept). */
export class GroupInfo implements HasPSTypeNames {
  readonly [psTypeNames]: readonly string[];
  readonly group: unknown[] = [];
  count = 0;
  readonly name: string;

  constructor(
    readonly key: OrderEntry,
    private readonly noElement: boolean,
  ) {
    this[psTypeNames] = noElement ? [noElementType, groupInfoType, 'System.Object'] : [groupInfoType, 'System.Object'];
    this.name = groupName(key);
    this.add(key.input);
  }

  add(item: unknown): void {
    if (!this.noElement) this.group.push(item);
    this.count++;
  }

  get values(): ArrayList {
    return new ArrayList(this.key.values.map((value) => (value.missing ? null : value.value)));
  }
}

/** pwsh's BuildName: the key values joined by ", ", a collection as `{a, b}`, $null and missing values left out. */
function groupName(key: OrderEntry): string {
  const parts: string[] = [];
  for (const value of key.values) {
    if (value.missing || value.value === null || value.value === undefined) continue;
    const items = enumerableItems(value.value);
    parts.push(items ? `{${items.map((item) => objectToString(item)).join(', ')}}` : objectToString(value.value));
  }
  return parts.join(', ');
}

registerNativeType(groupInfoType, ['System.Object']);
registerNativeType(noElementType, [groupInfoType, 'System.Object']);
defineType({
  fullName: groupInfoType,
  properties: {
    Count: { type: 'int', get: (info: GroupInfo) => info.count },
    Group: { type: 'System.Collections.ObjectModel.Collection[psobject]', get: (info: GroupInfo) => info.group },
    Name: { type: 'string', get: (info: GroupInfo) => info.name },
    Values: { type: 'System.Collections.ArrayList', get: (info: GroupInfo) => info.values },
  },
});

const groupObject = new CmdletInfo(
  {
    name: 'Group-Object',
    aliases: ['group'],
    implementingType: 'Microsoft.PowerShell.Commands.GroupObjectCommand',
    parameters: [
      { name: 'NoElement', type: 'switch' },
      { name: 'AsHashTable', type: 'switch', aliases: ['AHT'], parameterSets: { HashTable: {} } },
      { name: 'AsString', type: 'switch', parameterSets: { HashTable: {} } },
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Property', type: 'object[]', position: 0 },
      { name: 'Culture', type: 'string' },
      { name: 'CaseSensitive', type: 'switch' },
    ],
  },
  (runtime) => {
    const caseSensitive = runtime.switch('CaseSensitive');
    const asHashTable = runtime.switch('AsHashTable');
    const asString = runtime.switch('AsString');
    const entries: OrderEntry[] = [];
    let order: OrderByProperty | undefined;
    /** The type of each key while all objects agree; null once they differ. */
    let keyTypes: (string | undefined)[] | null | undefined;
    const fail = (message: string, target: unknown) => {
      throw new PSErrorException(runtime.errorRecord('System.ArgumentException', message, 'ArgumentException', 'InvalidArgument', target));
    };
    const noteKeyTypes = (entry: OrderEntry) => {
      const types = entry.values.map((value) => (value.missing || value.value === null ? undefined : typeNamesOf(baseObject(value.value))[0]));
      if (keyTypes === undefined) keyTypes = types;
      else if (keyTypes !== null) {
        if (keyTypes.length !== types.length) keyTypes = null;
        else {
          for (let i = 0; i < types.length && keyTypes !== null; i++) {
            if (types[i] === undefined) continue;
            if (keyTypes[i] === undefined) keyTypes[i] = types[i];
            else if (keyTypes[i] !== types[i]) keyTypes = null;
          }
        }
      }
    };
    return {
      process() {
        const input = runtime.parameter('InputObject');
        if (input === undefined || input === null) return;
        if (order === undefined) {
          order = new OrderByProperty(runtime, runtime.parameter('Property'), propertyKeys.group, null);
          if (asString && !asHashTable) fail(groupObjectStrings.GroupObjectWithHashTable, true);
          if (asHashTable && !asString && order.expressions.length > 1) fail(groupObjectStrings.GroupObjectSingleProperty, runtime.parameter('Property'));
        }
        const entry = order.entry(input, entries.length);
        entries.push(entry);
        noteKeyTypes(entry);
      },
      end() {
        if (order === undefined) return;
        const compare = order.comparer(false, caseSensitive);
        const groups: GroupInfo[] = [];
        const noElement = runtime.switch('NoElement');
        if (keyTypes !== null) {
          // Keys of one type: sorted (stably), then runs of equal keys grouped.
          for (const entry of [...entries].sort(compare)) {
            const last = groups[groups.length - 1];
            if (last && compare(last.key, entry) === 0) last.add(entry.input);
            else groups.push(new GroupInfo(entry, noElement));
          }
        } else {
          for (const entry of entries) {
            const group = groups.find((candidate) => compare(candidate.key, entry) === 0);
            if (group) group.add(entry.input);
            else groups.push(new GroupInfo(entry, noElement));
          }
        }
        if (groups.length === 0) return;
        if (!asHashTable) {
          for (const group of groups) runtime.writeObject(adaptedObject(group));
          return;
        }
        const table = new Hashtable();
        for (const group of groups) {
          const key = asString ? group.name : baseObject(group.values.items[0]);
          if (key === null || key === undefined || table.has(key)) {
            // pwsh uses the message as the error id too.
            runtime.writeError(runtime.errorRecord('System.Exception', groupObjectStrings.InvalidOperation, groupObjectStrings.InvalidOperation, 'InvalidArgument'));
            return;
          }
          table.set(key, group.group);
        }
        runtime.writeObject(table);
      },
    };
  },
);

export const groupCmdlets: readonly CmdletInfo[] = [groupObject];
