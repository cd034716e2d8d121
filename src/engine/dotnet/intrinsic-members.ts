/**
 * Members PowerShell gives every object (and $null): `.Count` and `.Length` (1 for a scalar,
 * 0 for $null), and the `.ForEach()` and `.Where()` methods, which treat a scalar as a
 * one-element collection.
 */
import { Hashtable, ordinalIgnoreCaseKey, PSObject, ScriptBlock } from '../values/index.js';
import type { DotNetContext } from './context.js';
import { argumentException, DotNetException, MethodException, MethodInvocationException } from './errors.js';
import { extendedTypeSystemStrings, parserStrings } from './messages.js';
import { convertTo, enumerableItems, formatMessage, toBoolean } from '../conversion/index.js';
import { defineEnum, enumNumber } from './enums.js';
import type { MemberResult } from './member-result.js';
import { PSMethod } from './ps-method.js';

/** `.Count`/`.Length` of a value that has no such property of its own. */
export function intrinsicCount(target: unknown, name: string): number | undefined {
  const key = ordinalIgnoreCaseKey(name);
  if (key !== 'COUNT' && key !== 'LENGTH') return undefined;
  return target === null || target === undefined ? 0 : 1;
}

export function isIntrinsicMethod(name: string): boolean {
  const key = ordinalIgnoreCaseKey(name);
  return key === 'FOREACH' || key === 'WHERE';
}

/** The member operations .ForEach('Name', ...) applies to each element (instance-members provides them). */
export interface MemberOperations {
  get(target: unknown, name: string): MemberResult;
  set(target: unknown, name: string, value: unknown): void;
}

/** Invokes .ForEach() or .Where() (the name must satisfy isIntrinsicMethod). */
export function invokeIntrinsicMethod(target: unknown, name: string, args: readonly unknown[], ctx: DotNetContext, members: MemberOperations): unknown[] {
  const items = enumerableItems(target) ?? (target === null || target === undefined ? [] : [target]);
  const isForEach = ordinalIgnoreCaseKey(name) === 'FOREACH';
  try {
    return isForEach ? forEach(items, args, ctx, members) : where(items, args, ctx);
  } catch (error) {
    if (error instanceof DotNetException) throw new MethodInvocationException(isForEach ? 'ForEach' : 'Where', args.length, error);
    throw error;
  }
}

function forEach(items: readonly unknown[], args: readonly unknown[], ctx: DotNetContext, members: MemberOperations): unknown[] {
  const [expression, ...rest] = args;
  if (expression === null || expression === undefined) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'expression');
  const results: unknown[] = [];
  if (expression instanceof ScriptBlock) {
    for (const item of items) results.push(...ctx.invokeScriptBlock(expression, rest, item));
    return results;
  }
  // A member name: call the method with the arguments; or read the property (no arguments),
  // set it (one argument) or set it to the arguments as an array (more).
  const memberName = String(expression);
  const newValue = rest.length === 1 ? rest[0] : rest;
  for (const item of items) {
    const base = item instanceof PSObject && item.baseObject !== undefined ? item.baseObject : item;
    if (base instanceof Hashtable) {
      if (rest.length === 0) results.push(base.get(memberName) ?? null);
      else base.set(memberName, newValue);
      continue;
    }
    if (item === null || item === undefined) {
      if (rest.length > 0) throw new DotNetException('System.NullReferenceException', 'Object reference not set to an instance of an object.');
      results.push(null);
      continue;
    }
    const member = members.get(item, memberName);
    if (!member.found) {
      if (rest.length > 0) throw new DotNetException('System.NullReferenceException', formatMessage(parserStrings.ForEachNonexistentMemberReference, memberName));
      results.push(null);
    } else if (member.value instanceof PSMethod) {
      const value = member.value.invoke(rest, ctx);
      if (value !== undefined) results.push(value);
    } else if (rest.length === 0) {
      results.push(member.value);
    } else {
      members.set(item, memberName, newValue);
    }
  }
  return results;
}

const selectionModes = ['Default', 'First', 'Last', 'SkipUntil', 'Until', 'Split'] as const;
type SelectionMode = (typeof selectionModes)[number];
const whereModeType = 'System.Management.Automation.WhereOperatorSelectionMode';
const whereModeEnum = defineEnum(whereModeType, Object.fromEntries(selectionModes.map((name, index) => [name, index])));

function where(items: readonly unknown[], args: readonly unknown[], ctx: DotNetContext): unknown[] {
  const [expression = null, modeArg = 'Default', countArg = 0] = args;
  let mode: SelectionMode;
  try {
    mode = selectionModes[enumNumber(convertTo(modeArg, whereModeEnum))]!;
  } catch (error) {
    throw new MethodException(
      formatMessage(extendedTypeSystemStrings.MethodArgumentConversionException, 'mode', String(modeArg), 'Where', whereModeType, (error as Error).message),
      'MethodArgumentConversionInvalidCastArgument',
      'NotSpecified',
    );
  }
  const count = Number(countArg);
  if (count < 0) {
    throw argumentException('System.ArgumentOutOfRangeException', `${parserStrings.NumberToReturnMustBeGreaterThanZero} (Parameter 'numberToReturn')\nActual value was ${count}.`);
  }
  if (expression === null) return sliceWhere(items, mode, count);
  if (!(expression instanceof ScriptBlock)) throw argumentException('System.ArgumentException', 'Value is not a script block.', 'expression');
  const matches = (item: unknown) => toBoolean(ctx.invokeScriptBlock(expression, [], item));
  return selectWhere(items, mode, count, matches);
}

/** .Where($null, mode, n): plain slicing by position. */
function sliceWhere(items: readonly unknown[], mode: SelectionMode, count: number): unknown[] {
  const n = count === 0 ? 1 : count;
  switch (mode) {
    case 'Default':
      throw new DotNetException('System.InvalidOperationException', parserStrings.EmptyExpressionRequiresANonDefaultMode);
    case 'SkipUntil':
      return items.slice(n);
    case 'Last':
      return items.slice(-n);
    case 'Split':
      return [items.slice(0, n), items.slice(n)];
    default:
      return items.slice(0, n);
  }
}

function selectWhere(items: readonly unknown[], mode: SelectionMode, count: number, matches: (item: unknown) => boolean): unknown[] {
  const selected: unknown[] = [];
  const rejected: unknown[] = [];
  let index = 0;
  for (; index < items.length; index++) {
    const item = items[index];
    if (!matches(item)) {
      if (mode === 'Until') {
        selected.push(item);
        if (count > 0 && selected.length >= count) break;
      } else if (mode === 'Split') {
        rejected.push(item);
      }
      continue;
    }
    if (mode === 'Until') break;
    if (mode === 'SkipUntil') {
      const rest = items.slice(index);
      return count > 0 ? rest.slice(0, count) : rest;
    }
    selected.push(item);
    if (mode === 'Last') {
      if (selected.length > Math.max(count, 1)) selected.shift();
      continue;
    }
    if ((mode === 'First' && count === 0) || (count !== 0 && selected.length === count)) {
      index++;
      break;
    }
  }
  if (mode === 'Split') return [selected, [...rejected, ...items.slice(index)]];
  return selected;
}
