import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ArrayList, construct, GenericList, getMember, invokeMethod, invokeStaticMethod, MethodInvocationException, StringBuilder } from '../../../src/engine/dotnet/index.js';
import { convertTo, PSInvalidCastException } from '../../../src/engine/conversion/index.js';
import { resolveType, typeOf } from '../../../src/engine/types/index.js';
import { Char, Hashtable, typeNamesOf } from '../../../src/engine/values/index.js';
import { scriptContext } from './context.js';
import { failsWith } from './fails-with.js';

const ctx = scriptContext();
const call = (target: unknown, name: string, ...args: unknown[]) => invokeMethod(target, name, args, ctx);
const type = (name: string) => {
  const resolved = resolveType(name);
  if (!resolved) throw new Error(`type ${name} does not resolve`);
  return resolved;
};
const value = (target: unknown, name: string) => {
  const result = getMember(target, name);
  return result.found ? result.value : 'NOT FOUND';
};


test('hashtable methods', () => {
  const h = Hashtable.from({ a: 1 });
  assert.is(call(h, 'Add', 'b', 2), undefined);
  assert.equal([...h.keys()], ['a', 'b']);
  assert.is(call(h, 'ContainsKey', 'A'), true);
  assert.is(call(h, 'Contains', 'c'), false);
  assert.is(call(h, 'ContainsValue', 2), true);
  call(h, 'Remove', 'a');
  assert.equal([...h.keys()], ['b']);
  const copy = call(h, 'Clone') as Hashtable;
  copy.set('z', 0);
  assert.is(h.has('z'), false);
  failsWith(
    () => call(h, 'Add', 'B', 3),
    `Exception calling "Add" with "2" argument(s): "Item has already been added. Key in dictionary: 'b'  Key being added: 'B'"`,
    { type: MethodInvocationException, errorId: 'ArgumentException' },
  );
  failsWith(() => call(h, 'Add', null, 3), `Exception calling "Add" with "2" argument(s): "Key cannot be null. (Parameter 'key')"`, { type: MethodInvocationException, errorId: 'ArgumentNullException' });
  call(h, 'Clear');
  assert.is(h.size, 0);
});

test('$h.GetEnumerator() yields DictionaryEntry objects with Key, Value and Name', () => {
  const entries = call(Hashtable.from({ a: 1, b: 2 }), 'GetEnumerator');
  const items = [...(entries as Iterable<unknown>)];
  assert.equal(items.map((entry) => value(entry, 'Name')), ['a', 'b']);
  assert.equal(items.map((entry) => value(entry, 'Value')), [1, 2]);
  assert.is(typeNamesOf(items[0])[0], 'System.Collections.DictionaryEntry');
});

test('[ordered] Insert and RemoveAt', () => {
  const h = Hashtable.from({ a: 1, c: 3 }, true);
  call(h, 'Insert', 1, 'b', 2);
  assert.equal([...h.keys()], ['a', 'b', 'c']);
  call(h, 'RemoveAt', 0);
  assert.equal([...h.keys()], ['b', 'c']);
});

test('arrays: Contains and IndexOf compare without conversion, Add fails (fixed size)', () => {
  assert.is(call([1, 2, 3], 'Contains', 2), true);
  assert.is(call([1, 2, 3], 'Contains', '2'), false);
  assert.is(call(['a', 'b'], 'IndexOf', 'b'), 1);
  failsWith(() => call([1], 'Add', 2), 'Exception calling "Add" with "1" argument(s): "Collection was of a fixed size."', { type: MethodInvocationException, errorId: 'NotSupportedException' });
});

test('[array]::Sort, Reverse and IndexOf', () => {
  const numbers = [3, 1, 2];
  invokeStaticMethod(type('array'), 'Sort', [numbers], ctx);
  assert.equal(numbers, [1, 2, 3]);
  invokeStaticMethod(type('array'), 'Reverse', [numbers], ctx);
  assert.equal(numbers, [3, 2, 1]);
  assert.is(invokeStaticMethod(type('array'), 'IndexOf', [numbers, 2], ctx), 1);
  const words = ['b', 'A', 'a'];
  invokeStaticMethod(type('array'), 'Sort', [words], ctx);
  assert.equal(words, ['a', 'A', 'b']);
});

test('[System.Collections.Generic.List[int]]::new() and its members', () => {
  const listType = type('System.Collections.Generic.List[int]');
  const list = construct(listType, [], ctx) as GenericList;
  assert.instance(list, GenericList);
  assert.is(typeOf(list), listType);
  assert.is(
    typeNamesOf(list)[0],
    'System.Collections.Generic.List`1[[System.Int32, System.Private.CoreLib, Version=9.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]',
  );
  assert.is(call(list, 'Add', 5), undefined);
  call(list, 'Add', 7);
  call(list, 'Insert', 0, 1);
  assert.equal(list.items, [1, 5, 7]);
  assert.is(value(list, 'Count'), 3);
  assert.is(call(list, 'Contains', 5), true);
  assert.is(call(list, 'Remove', 5), true);
  assert.is(call(list, 'Remove', 42), false);
  assert.equal(call(list, 'ToArray'), [1, 7]);
  failsWith(
    () => call(list, 'RemoveAt', 9),
    `Exception calling "RemoveAt" with "1" argument(s): "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')"`,
    { type: MethodInvocationException, errorId: 'ArgumentOutOfRangeException' },
  );
  const big = ctx.block('param($x) $x -gt 1', (_, args) => [(args[0] as number) > 1]);
  assert.equal((call(list, 'FindAll', big) as GenericList).items, [7]);
  assert.is(call(list, 'Exists', big), true);
  assert.equal(value(list, 'Count'), 2);
  const seen: unknown[] = [];
  const record = ctx.block('$seen.Add($args[0])', (_, args) => {
    seen.push(args[0]);
    return [args[0]];
  });
  assert.is(call(list, 'ForEach', record), undefined);
  assert.equal(seen, [1, 7]);
});

test('List[string] from a collection, member enumeration over its elements', () => {
  const list = construct(type('System.Collections.Generic.List[string]'), [convertTo(['ab', 'cde'], type('System.String[]'))], ctx) as GenericList;
  assert.equal(list.items, ['ab', 'cde']);
  assert.equal(call(list, 'ToUpper'), ['AB', 'CDE']);
  assert.equal(value(list, 'Length'), [2, 3]);
});

test('[List[int]] cast: an array or a single value, each element converted; no conversion when one does not convert', () => {
  const listType = type('System.Collections.Generic.List[int]');
  const list = convertTo([1, '2', 3], listType) as GenericList;
  assert.is(typeOf(list), listType);
  assert.equal(list.items, [1, 2, 3]);
  assert.equal((convertTo('7', listType) as GenericList).items, [7]);
  assert.is(convertTo(list, listType), list);
  assert.throws(() => convertTo([1, 'a'], listType), (error: unknown) => error instanceof PSInvalidCastException);
});

test('[System.Collections.ArrayList]: Add returns the index', () => {
  const list = construct(type('System.Collections.ArrayList'), [], ctx) as ArrayList;
  assert.is(call(list, 'Add', 'a'), 0);
  assert.is(call(list, 'Add', 'b'), 1);
  call(list, 'AddRange', [1, 2]);
  assert.equal(list.items, ['a', 'b', 1, 2]);
  call(list, 'Remove', 'a');
  call(list, 'Reverse');
  assert.equal(list.items, [2, 1, 'b']);
  assert.is(value(list, 'Count'), 3);
});

test('[System.Text.StringBuilder]: chained appends', () => {
  const builder = construct(type('System.Text.StringBuilder'), [], ctx) as StringBuilder;
  assert.is(call(builder, 'Append', 'ab'), builder);
  call(builder, 'Append', Char.fromString('c'));
  call(builder, 'Append', 42);
  call(builder, 'AppendLine', '!');
  call(builder, 'Append', Char.fromString('-'), 3);
  assert.is(call(builder, 'ToString'), 'abc42!\n---');
  assert.is(value(builder, 'Length'), 10);
  call(call(builder, 'Insert', 0, '>') as StringBuilder, 'Replace', '-', '=');
  assert.is(builder.toString(), '>abc42!\n===');
  call(builder, 'Clear');
  assert.is(builder.toString(), '');
});

test.run();
