import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { construct, GenericDictionary, GenericHashSet, getMember, getStaticMember, invokeMethod, MethodInvocationException, setMember } from '../../../src/engine/dotnet/index.js';
import { convertTo } from '../../../src/engine/conversion/index.js';
import { resolveType, typeOf } from '../../../src/engine/types/index.js';
import { PSReference } from '../../../src/engine/values/index.js';
import { scriptContext } from './context.js';

const ctx = scriptContext();
const call = (target: unknown, name: string, ...args: unknown[]) => invokeMethod(target, name, args, ctx);
const value = (target: unknown, name: string) => {
  const result = getMember(target, name);
  return result.found ? result.value : 'NOT FOUND';
};
const type = (name: string) => {
  const resolved = resolveType(name);
  if (!resolved) throw new Error(`[${name}] does not resolve`);
  return resolved;
};

test('[System.Collections.Generic.Dictionary[string,int]]: typed values, case-sensitive keys, key properties', () => {
  const dictionaryType = type('System.Collections.Generic.Dictionary[string,int]');
  const d = construct(dictionaryType, [], ctx) as GenericDictionary;
  assert.is(typeOf(d), dictionaryType);
  call(d, 'Add', 'a', '5');
  assert.is(call(d, 'get_Item', 'a'), 5);
  assert.is(call(d, 'ContainsKey', 'A'), false);
  assert.is(value(d, 'a'), 5);
  setMember(d, 'b', '7');
  assert.is(call(d, 'get_Item', 'b'), 7);
  assert.equal(value(d, 'Keys'), ['a', 'b']);
  assert.is(value(d, 'Count'), 2);
  const result = PSReference.ofValue(null);
  assert.is(call(d, 'TryGetValue', 'b', result), true);
  assert.is(result.value, 7);
  assert.is(call(d, 'Remove', 'a'), true);
  assert.equal(value(call(d, 'GetEnumerator'), 'Key'), 'b');
  try {
    call(d, 'Add', 'b', 1);
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.instance(error, MethodInvocationException);
    assert.is((error as Error).message, 'Exception calling "Add" with "2" argument(s): "An item with the same key has already been added. Key: b"');
  }
  try {
    call(d, 'get_Item', 'zz');
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.is((error as Error).message, `Exception calling "get_Item" with "1" argument(s): "The given key 'zz' was not present in the dictionary."`);
    assert.is((error as MethodInvocationException).errorId, 'KeyNotFoundException');
  }
});

test('a Dictionary made with [StringComparer]::OrdinalIgnoreCase ignores key case', () => {
  const comparer = (getStaticMember(type('StringComparer'), 'OrdinalIgnoreCase') as { value: unknown }).value;
  const d = construct(type('System.Collections.Generic.Dictionary[string,string]'), [comparer], ctx);
  call(d, 'Add', 'Key', 'v');
  assert.is(call(d, 'ContainsKey', 'KEY'), true);
});

test('[System.Collections.Generic.HashSet[int]]', () => {
  const set = construct(type('System.Collections.Generic.HashSet[int]'), [], ctx) as GenericHashSet;
  assert.is(call(set, 'Add', 1), true);
  assert.is(call(set, 'Add', '1'), false);
  call(set, 'UnionWith', convertTo([2, 3], type('System.Int32[]')));
  assert.equal(set.items, [1, 2, 3]);
  call(set, 'ExceptWith', convertTo([2], type('System.Int32[]')));
  assert.equal(set.items, [1, 3]);
  assert.is(value(set, 'Count'), 2);
  assert.is(call(set, 'Contains', 3), true);
});

test.run();
