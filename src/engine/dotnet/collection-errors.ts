/** The .NET exceptions collection members throw, with .NET's texts. */
import { argumentException, DotNetException } from './errors.js';

export function indexOutOfRange(parameterName = 'index'): DotNetException {
  return argumentException('System.ArgumentOutOfRangeException', 'Index was out of range. Must be non-negative and less than the size of the collection.', parameterName);
}

/** What an array's (or a string's) indexer throws for an index outside it. */
export function arrayIndexOutOfBounds(): DotNetException {
  return new DotNetException('System.IndexOutOfRangeException', 'Index was outside the bounds of the array.');
}

export function insertIndexOutOfRange(): DotNetException {
  return argumentException('System.ArgumentOutOfRangeException', 'Index must be within the bounds of the List.', 'index');
}

export function fixedSize(): DotNetException {
  return new DotNetException('System.NotSupportedException', 'Collection was of a fixed size.');
}

export function checkIndex(items: readonly unknown[], index: number, parameterName = 'index'): void {
  if (index < 0 || index >= items.length) throw indexOutOfRange(parameterName);
}

export function checkRange(items: readonly unknown[], index: number, count: number): void {
  if (index < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Non-negative number required.', 'index');
  if (count < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Non-negative number required.', 'count');
  if (items.length - index < count) throw argumentException('System.ArgumentException', 'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.');
}
