/** System.Array (object[] and byte[]): the members scripts call on arrays, and [array]'s static helpers. */
import { NumericValue } from '../../values/index.js';
import { argumentException } from '../errors.js';
import { arrayIndexOutOfBounds, checkIndex, fixedSize } from '../collection-errors.js';
import { defineType } from '../member-table.js';
import { valueEquals } from '../../operators/comparison.js';
import { compareValues } from '../value-order.js';

type ArrayValue = unknown[] | Uint8Array;

function elements(array: ArrayValue): unknown[] {
  return array instanceof Uint8Array ? Array.from(array, (byte) => NumericValue.integer('System.Byte', byte)) : array;
}

function indexOf(array: ArrayValue, value: unknown): number {
  return elements(array).findIndex((element) => valueEquals(element, value));
}

function setValue(array: ArrayValue, value: unknown, index: number): void {
  checkIndex(elements(array), index);
  if (array instanceof Uint8Array) array[index] = value instanceof NumericValue ? value.toNumber() : Number(value);
  else array[index] = value;
}

function checkArray(array: ArrayValue | null): ArrayValue {
  if (array === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'array');
  return array;
}

defineType({
  fullName: 'System.Array',
  properties: {
    Length: { type: 'int', get: (array: ArrayValue) => array.length },
    Count: { type: 'int', get: (array: ArrayValue) => array.length },
    LongLength: { type: 'long', get: (array: ArrayValue) => BigInt(array.length) },
    Rank: { type: 'int', get: () => 1 },
    IsFixedSize: { type: 'bool', get: () => true },
    IsReadOnly: { type: 'bool', get: () => false },
  },
  methods: [
    ['bool Contains(System.Object value)', (array: ArrayValue, [value]: [unknown]) => indexOf(array, value) >= 0],
    ['int IndexOf(System.Object value)', (array: ArrayValue, [value]: [unknown]) => indexOf(array, value)],
    ['int Add(System.Object value)', () => {
      throw fixedSize();
    }],
    ['void Remove(System.Object value)', () => {
      throw fixedSize();
    }],
    ['System.Object Clone()', (array: ArrayValue) => array.slice()],
    ['System.Object GetValue(int index)', (array: ArrayValue, [index]: [number]) => {
      checkIndex(elements(array), index);
      return elements(array)[index];
    }],
    ['void SetValue(System.Object value, int index)', (array: ArrayValue, [value, index]: [unknown, number]) => setValue(array, value, index)],
    ['int GetLength(int dimension)', (array: ArrayValue, [dimension]: [number]) => {
      if (dimension !== 0) throw arrayIndexOutOfBounds();
      return array.length;
    }],
    ['static int IndexOf(array array, System.Object value)', (_type, [array, value]: [ArrayValue | null, unknown]) => indexOf(checkArray(array), value)],
    ['static int LastIndexOf(array array, System.Object value)', (_type, [array, value]: [ArrayValue | null, unknown]) => {
      const items = elements(checkArray(array));
      for (let i = items.length - 1; i >= 0; i--) if (valueEquals(items[i], value)) return i;
      return -1;
    }],
    ['static void Reverse(array array)', (_type, [array]: [ArrayValue | null]) => {
      checkArray(array).reverse();
    }],
    ['static void Sort(array array)', (_type, [array]: [ArrayValue | null]) => {
      const target = checkArray(array);
      if (target instanceof Uint8Array) target.sort();
      else target.sort(compareValues);
    }],
    ['static void Clear(array array)', (_type, [array]: [ArrayValue | null]) => {
      const target = checkArray(array);
      if (target instanceof Uint8Array) target.fill(0);
      else target.fill(null);
    }],
  ],
});
