/**
 * The resizable lists scripts build: System.Collections.Generic.List[T] and
 * System.Collections.ArrayList. Both keep their elements in NativeCollection.items.
 */
import { psTypeNames, type ScriptBlock } from '../../values/index.js';
import { registerNativeType } from '../type-registration.js';
import type { DotNetContext } from '../context.js';
import { genericTypeArguments, type TypeArguments } from '../csharp-type-names.js';
import { argumentException } from '../errors.js';
import { checkIndex, checkRange, insertIndexOutOfRange } from '../collection-errors.js';
import { convertTo, enumerableItems, PSInvalidCastException, toBoolean } from '../../conversion/index.js';
import { noConversion, type PSTypeInfo } from '../../types/index.js';
import { defineType, type MethodImplementation } from '../member-table.js';
import { NativeCollection } from '../native-collection.js';
import type { TypeReference } from '../static-members.js';
import { valueEquals } from '../../operators/comparison.js';
import { compareValues } from '../value-order.js';

/** The assembly-qualified name .NET prints for a type argument of a core type. */
function qualified(typeName: string): string {
  return `[${typeName}, System.Private.CoreLib, Version=9.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]`;
}

/** Type.FullName of List[T]: the type argument assembly-qualified, as .NET writes it. */
function listTypeName(elementType: string): string {
  return `System.Collections.Generic.List\`1[${qualified(elementType)}]`;
}

/** System.Collections.Generic.List[T], T given as a .NET full name. */
export class GenericList extends NativeCollection {
  readonly [psTypeNames]: readonly string[];
  readonly [genericTypeArguments]: TypeArguments;

  constructor(
    readonly elementType: string,
    items: unknown[] = [],
  ) {
    super(items);
    this[psTypeNames] = [listTypeName(elementType), 'System.Object'];
    this[genericTypeArguments] = { T: elementType };
  }
}

export class ArrayList extends NativeCollection {
  readonly [psTypeNames] = ['System.Collections.ArrayList', 'System.Object'];
}

type List = GenericList | ArrayList;

function checkInsert(list: List, index: number): void {
  if (index < 0 || index > list.items.length) throw insertIndexOutOfRange();
}

function fromCollection(collection: unknown): unknown[] {
  if (collection === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'collection');
  return [...(enumerableItems(collection) ?? [collection])];
}

function match(list: List, predicate: ScriptBlock, ctx: DotNetContext): unknown[] {
  return list.items.filter((item) => toBoolean(ctx.invokeScriptBlock(predicate, [item])));
}

/** Members both lists share; `T` is object for ArrayList. */
function listMethods(t: string): (readonly [string, MethodImplementation])[] {
  return [
    [`void Insert(int index, ${t} item)`, (list: List, [index, item]: [number, unknown]) => {
      checkInsert(list, index);
      list.items.splice(index, 0, item);
    }],
    ['void RemoveAt(int index)', (list: List, [index]: [number]) => {
      checkIndex(list.items, index);
      list.items.splice(index, 1);
    }],
    ['void RemoveRange(int index, int count)', (list: List, [index, count]: [number, number]) => {
      checkRange(list.items, index, count);
      list.items.splice(index, count);
    }],
    ['void Clear()', (list: List) => {
      list.items.length = 0;
    }],
    [`bool Contains(${t} item)`, (list: List, [item]: [unknown]) => list.items.some((element) => valueEquals(element, item))],
    [`int IndexOf(${t} item)`, (list: List, [item]: [unknown]) => list.items.findIndex((element) => valueEquals(element, item))],
    [`int LastIndexOf(${t} item)`, (list: List, [item]: [unknown]) => {
      for (let i = list.items.length - 1; i >= 0; i--) if (valueEquals(list.items[i], item)) return i;
      return -1;
    }],
    ['void Sort()', (list: List) => {
      list.items.sort(compareValues);
    }],
    ['void Reverse()', (list: List) => {
      list.items.reverse();
    }],
    [`${t}[] ToArray()`, (list: List) => list.items.slice()],
  ];
}

defineType({
  fullName: 'System.Collections.Generic.List`1',
  properties: {
    Count: { type: 'int', get: (list: GenericList) => list.items.length },
    Capacity: { type: 'int', get: (list: GenericList) => list.items.length, set: () => undefined },
  },
  constructors: [
    ['System.Collections.Generic.List[T] new()', (type: TypeReference) => new GenericList(elementTypeOf(type))],
    ['System.Collections.Generic.List[T] new(int capacity)', (type: TypeReference & { [genericTypeArguments]?: TypeArguments }, [capacity]: [number]) => {
      if (capacity < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Non-negative number required.', 'capacity');
      return new GenericList(elementTypeOf(type));
    }],
    ['System.Collections.Generic.List[T] new(System.Collections.Generic.IEnumerable[T] collection)', (type: TypeReference & { [genericTypeArguments]?: TypeArguments }, [collection]: [unknown]) =>
      new GenericList(elementTypeOf(type), fromCollection(collection))],
  ],
  methods: [
    ['void Add(T item)', (list: GenericList, [item]: [unknown]) => {
      list.items.push(item);
    }],
    ['void AddRange(System.Collections.Generic.IEnumerable[T] collection)', (list: GenericList, [collection]: [unknown]) => {
      list.items.push(...fromCollection(collection));
    }],
    ['void InsertRange(int index, System.Collections.Generic.IEnumerable[T] collection)', (list: GenericList, [index, collection]: [number, unknown]) => {
      checkInsert(list, index);
      list.items.splice(index, 0, ...fromCollection(collection));
    }],
    ['bool Remove(T item)', (list: GenericList, [item]: [unknown]) => {
      const index = list.items.findIndex((element) => valueEquals(element, item));
      if (index >= 0) list.items.splice(index, 1);
      return index >= 0;
    }],
    ['System.Collections.Generic.List[T] GetRange(int index, int count)', (list: GenericList, [index, count]: [number, number]) => {
      checkRange(list.items, index, count);
      return new GenericList(list.elementType, list.items.slice(index, index + count));
    }],
    ['System.Collections.Generic.List[T] FindAll(System.Predicate[T] match)', (list: GenericList, [predicate]: [ScriptBlock], ctx) =>
      new GenericList(list.elementType, match(list, predicate, ctx))],
    ['T Find(System.Predicate[T] match)', (list: GenericList, [predicate]: [ScriptBlock], ctx) => match(list, predicate, ctx)[0] ?? null],
    ['bool Exists(System.Predicate[T] match)', (list: GenericList, [predicate]: [ScriptBlock], ctx) => match(list, predicate, ctx).length > 0],
    // List[T]'s own ForEach(Action[T]) hides PowerShell's intrinsic .ForEach(): it runs the
    // block for each element with the element as $args[0], and outputs nothing.
    ['void ForEach(System.Action[T] action)', (list: GenericList, [action]: [ScriptBlock], ctx) => {
      for (const item of [...list.items]) ctx.invokeScriptBlock(action, [item]);
    }],
    ['int RemoveAll(System.Predicate[T] match)', (list: GenericList, [predicate]: [ScriptBlock], ctx) => {
      const removed = new Set(match(list, predicate, ctx));
      const before = list.items.length;
      list.items.splice(0, list.items.length, ...list.items.filter((item) => !removed.has(item)));
      return before - list.items.length;
    }],
    ...listMethods('T'),
  ],
});

function elementTypeOf(type: TypeReference): string {
  return type.genericArguments?.[0]?.fullName ?? 'System.Object';
}

const listInterfaces = ['System.Collections.IList', 'System.Collections.ICollection', 'System.Collections.IEnumerable'];

registerNativeType('System.Collections.ArrayList', ['System.Object', ...listInterfaces], { isInstance: (value) => value instanceof ArrayList });
registerNativeType('System.Collections.Generic.List`1', ['System.Object', ...listInterfaces], {
  isInstance: (value) => value instanceof GenericList,
  genericParameterCount: 1,
  makeGenericType: ([elementType]) =>
    registerNativeType(listTypeName(elementType!.fullName), ['System.Object', ...listInterfaces], {
      name: 'List`1',
      genericArguments: [elementType!],
      isInstance: (value) => value instanceof GenericList && value.elementType === elementType!.fullName,
      convertFrom: (value) => convertToList(value, elementType!),
    }),
});

/**
 * `[List[int]]@(1, '2')`: pwsh's conversion through the IEnumerable[T] constructor, with an
 * array's elements each converted to T, no conversion when one does not convert; a single value
 * is converted to T with that conversion's own error.
 */
function convertToList(value: unknown, elementType: PSTypeInfo): unknown {
  if (!Array.isArray(value)) return new GenericList(elementType.fullName, [convertTo(value, elementType)]);
  try {
    return new GenericList(elementType.fullName, value.map((item) => convertTo(item, elementType)));
  } catch (error) {
    if (error instanceof PSInvalidCastException) return noConversion;
    throw error;
  }
}

defineType({
  fullName: 'System.Collections.ArrayList',
  properties: {
    Count: { type: 'int', get: (list: ArrayList) => list.items.length },
    Capacity: { type: 'int', get: (list: ArrayList) => list.items.length, set: () => undefined },
    IsFixedSize: { type: 'bool', get: () => false },
    IsReadOnly: { type: 'bool', get: () => false },
  },
  constructors: [
    ['System.Collections.ArrayList new()', () => new ArrayList()],
    ['System.Collections.ArrayList new(int capacity)', (_type, [capacity]: [number]) => {
      if (capacity < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Non-negative number required.', 'capacity');
      return new ArrayList();
    }],
    ['System.Collections.ArrayList new(System.Collections.ICollection c)', (_type, [collection]: [unknown]) => new ArrayList(fromCollection(collection))],
  ],
  methods: [
    // ArrayList.Add returns the new element's index, which PowerShell outputs unless discarded.
    ['int Add(System.Object value)', (list: ArrayList, [value]: [unknown]) => list.items.push(value) - 1],
    ['void AddRange(System.Collections.ICollection c)', (list: ArrayList, [collection]: [unknown]) => {
      list.items.push(...fromCollection(collection));
    }],
    ['void Remove(System.Object obj)', (list: ArrayList, [value]: [unknown]) => {
      const index = list.items.findIndex((element) => valueEquals(element, value));
      if (index >= 0) list.items.splice(index, 1);
    }],
    ['System.Collections.ArrayList GetRange(int index, int count)', (list: ArrayList, [index, count]: [number, number]) => {
      checkRange(list.items, index, count);
      return new ArrayList(list.items.slice(index, index + count));
    }],
    ['System.Object Clone()', (list: ArrayList) => new ArrayList(list.items.slice())],
    ...listMethods('System.Object'),
  ],
});
