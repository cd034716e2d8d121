/** System.Text.StringBuilder: a mutable string; Append and friends return the builder itself. */
import { Char, psTypeNames } from '../../values/index.js';
import { argumentException } from '../errors.js';
import { defineType } from '../member-table.js';
import { checkLength } from '../text.js';
import { registerNativeType } from '../type-registration.js';
import { objectToString } from './system-object.js';
import { composite } from './system-string.js';

export class StringBuilder {
  readonly [psTypeNames] = ['System.Text.StringBuilder', 'System.Object'];

  constructor(public text = '') {}

  toString(): string {
    return this.text;
  }
}

/** Environment.NewLine on the platforms psh runs on: pwsh on Linux and macOS writes "\n". */
const newLine = '\n';

function append(builder: StringBuilder, text: string): StringBuilder {
  checkLength(builder.text.length + text.length);
  builder.text += text;
  return builder;
}

function checkRange(builder: StringBuilder, startIndex: number, length: number): void {
  if (startIndex < 0) throw argumentException('System.ArgumentOutOfRangeException', 'StartIndex cannot be less than zero.', 'startIndex');
  if (length < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Length cannot be less than zero.', 'length');
  if (startIndex + length > builder.text.length) throw argumentException('System.ArgumentOutOfRangeException', 'Index was out of range. Must be non-negative and less than the size of the collection.', 'length');
}

registerNativeType('System.Text.StringBuilder', ['System.Object'], { isInstance: (value) => value instanceof StringBuilder });

defineType({
  fullName: 'System.Text.StringBuilder',
  // In .NET's order, which Format-List and Select-Object * follow.
  properties: {
    Capacity: { type: 'int', get: (builder: StringBuilder) => Math.max(16, builder.text.length) },
    MaxCapacity: { type: 'int', get: () => 2147483647 },
    Length: {
      type: 'int',
      get: (builder: StringBuilder) => builder.text.length,
      set: (builder: StringBuilder, length: number) => {
        if (length < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Length cannot be less than zero.', 'value');
        checkLength(length);
        builder.text = builder.text.length >= length ? builder.text.slice(0, length) : builder.text.padEnd(length, '\0');
      },
    },
  },
  constructors: [
    ['System.Text.StringBuilder new()', () => new StringBuilder()],
    ['System.Text.StringBuilder new(int capacity)', () => new StringBuilder()],
    ['System.Text.StringBuilder new(string value)', (_type, [value]: [string | null]) => new StringBuilder(value ?? '')],
  ],
  methods: [
    ['System.Text.StringBuilder Append(string value)', (builder: StringBuilder, [value]: [string | null]) => append(builder, value ?? '')],
    ['System.Text.StringBuilder Append(char value)', (builder: StringBuilder, [value]: [Char]) => append(builder, value.toString())],
    ['System.Text.StringBuilder Append(char value, int repeatCount)', (builder: StringBuilder, [value, count]: [Char, number]) => {
      if (count < 0) throw argumentException('System.ArgumentOutOfRangeException', 'Count cannot be less than zero.', 'repeatCount');
      checkLength(builder.text.length + count);
      return append(builder, value.toString().repeat(count));
    }],
    ['System.Text.StringBuilder Append(System.Object value)', (builder: StringBuilder, [value]: [unknown]) => append(builder, value === null ? '' : objectToString(value))],
    ['System.Text.StringBuilder AppendFormat(string format, Params System.Object[] args)', (builder: StringBuilder, [format, args]: [string | null, unknown[]]) =>
      append(builder, composite(format, args))],
    ['System.Text.StringBuilder AppendLine()', (builder: StringBuilder) => append(builder, newLine)],
    ['System.Text.StringBuilder AppendLine(string value)', (builder: StringBuilder, [value]: [string | null]) => append(builder, (value ?? '') + newLine)],
    ['System.Text.StringBuilder Insert(int index, string value)', (builder: StringBuilder, [index, value]: [number, string | null]) => {
      if (index < 0 || index > builder.text.length) throw argumentException('System.ArgumentOutOfRangeException', 'Index was out of range. Must be non-negative and less than the size of the collection.', 'index');
      builder.text = builder.text.slice(0, index) + (value ?? '') + builder.text.slice(index);
      return builder;
    }],
    ['System.Text.StringBuilder Remove(int startIndex, int length)', (builder: StringBuilder, [startIndex, length]: [number, number]) => {
      checkRange(builder, startIndex, length);
      builder.text = builder.text.slice(0, startIndex) + builder.text.slice(startIndex + length);
      return builder;
    }],
    ['System.Text.StringBuilder Replace(string oldValue, string newValue)', (builder: StringBuilder, [oldValue, newValue]: [string | null, string | null]) => {
      if (oldValue === null) throw argumentException('System.ArgumentNullException', 'Value cannot be null.', 'oldValue');
      if (oldValue.length === 0) throw argumentException('System.ArgumentException', 'The value cannot be an empty string.', 'oldValue');
      builder.text = builder.text.split(oldValue).join(newValue ?? '');
      return builder;
    }],
    ['System.Text.StringBuilder Replace(char oldChar, char newChar)', (builder: StringBuilder, [oldChar, newChar]: [Char, Char]) => {
      builder.text = builder.text.split(oldChar.toString()).join(newChar.toString());
      return builder;
    }],
    ['System.Text.StringBuilder Clear()', (builder: StringBuilder) => {
      builder.text = '';
      return builder;
    }],
    ['string ToString()', (builder: StringBuilder) => builder.text],
    ['string ToString(int startIndex, int length)', (builder: StringBuilder, [startIndex, length]: [number, number]) => {
      checkRange(builder, startIndex, length);
      return builder.text.slice(startIndex, startIndex + length);
    }],
  ],
});
