import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { getStaticMember, invokeMethod, invokeStaticMethod, MethodInvocationException } from '../../../src/engine/dotnet/index.js';
import { resolveType } from '../../../src/engine/types/index.js';
import { NumericValue, PSReference, typeNameOf } from '../../../src/engine/values/index.js';
import { scriptContext } from './context.js';
import { failsWith } from './fails-with.js';

const ctx = scriptContext();
const type = (name: string) => resolveType(name)!;
const stat = (typeName: string, name: string, ...args: unknown[]) => invokeStaticMethod(type(typeName), name, args, ctx);
const prop = (typeName: string, name: string) => {
  const result = getStaticMember(type(typeName), name);
  return result.found ? result.value : 'NOT FOUND';
};
const decimal = (text: string) => NumericValue.decimal(text);
const dbl = (value: number) => NumericValue.double(value);

// [pwsh expression, actual, pwsh 7's value, its .GetType().FullName]
const cases: [string, () => unknown, unknown, string][] = [
  ['[int]::MaxValue', () => prop('int', 'MaxValue'), 2147483647, 'System.Int32'],
  ['[int]::MinValue', () => prop('int', 'MinValue'), -2147483648, 'System.Int32'],
  ['[long]::MaxValue', () => prop('long', 'MaxValue'), 9223372036854775807n, 'System.Int64'],
  ['[byte]::MaxValue', () => prop('byte', 'MaxValue'), NumericValue.integer('System.Byte', 255), 'System.Byte'],
  ['[double]::MaxValue', () => prop('double', 'MaxValue'), 1.7976931348623157e308, 'System.Double'],
  ['[double]::Epsilon', () => prop('double', 'Epsilon'), 5e-324, 'System.Double'],
  ['[decimal]::MaxValue', () => prop('decimal', 'MaxValue'), decimal('79228162514264337593543950335'), 'System.Decimal'],
  ["[int]::Parse(' 42 ')", () => stat('int', 'Parse', ' 42 '), 42, 'System.Int32'],
  ["[int]::Parse('-7')", () => stat('int', 'Parse', '-7'), -7, 'System.Int32'],
  ["[double]::Parse('1,234.5')", () => stat('double', 'Parse', '1,234.5'), 1234.5, 'System.Double'],
  ["[double]::Parse('1e3')", () => stat('double', 'Parse', '1e3'), dbl(1000), 'System.Double'],
  ["[decimal]::Parse('1.50')", () => stat('decimal', 'Parse', '1.50'), decimal('1.50'), 'System.Decimal'],
  ["[double]::IsNaN([double]::NaN)", () => stat('double', 'IsNaN', prop('double', 'NaN')), true, 'System.Boolean'],
  ['[math]::PI', () => prop('math', 'PI'), Math.PI, 'System.Double'],
  ['[math]::Abs(-5)', () => stat('math', 'Abs', -5), 5, 'System.Int32'],
  ['[math]::Abs(-5L)', () => stat('math', 'Abs', -5n), 5n, 'System.Int64'],
  ['[math]::Abs(-2.5)', () => stat('math', 'Abs', -2.5), 2.5, 'System.Double'],
  ['[math]::Abs([decimal]-1.5)', () => stat('math', 'Abs', decimal('-1.5')), decimal('1.5'), 'System.Decimal'],
  ['[math]::Round(2.5)', () => stat('math', 'Round', 2.5), dbl(2), 'System.Double'],
  ['[math]::Round(3.5)', () => stat('math', 'Round', 3.5), dbl(4), 'System.Double'],
  ['[math]::Round(3)', () => stat('math', 'Round', 3), dbl(3), 'System.Double'],
  ['[math]::Round(1.25, 1) (half to even)', () => stat('math', 'Round', 1.25, 1), 1.2, 'System.Double'],
  ['[math]::Round(1.23456, 3)', () => stat('math', 'Round', 1.23456, 3), 1.235, 'System.Double'],
  ["[math]::Round(2.5, 'AwayFromZero')", () => stat('math', 'Round', 2.5, 'AwayFromZero'), dbl(3), 'System.Double'],
  ["[math]::Round(-2.5, 0, 'AwayFromZero')", () => stat('math', 'Round', -2.5, 0, 'AwayFromZero'), dbl(-3), 'System.Double'],
  ['[math]::Round([decimal]2.345, 2)', () => stat('math', 'Round', decimal('2.345'), 2), decimal('2.34'), 'System.Decimal'],
  ['[math]::Round([decimal]2.355, 2)', () => stat('math', 'Round', decimal('2.355'), 2), decimal('2.36'), 'System.Decimal'],
  ['[math]::Floor(-2.5)', () => stat('math', 'Floor', -2.5), dbl(-3), 'System.Double'],
  ['[math]::Ceiling(2.1)', () => stat('math', 'Ceiling', 2.1), dbl(3), 'System.Double'],
  ['[math]::Truncate(-2.7)', () => stat('math', 'Truncate', -2.7), dbl(-2), 'System.Double'],
  ['[math]::Max(1, 2)', () => stat('math', 'Max', 1, 2), 2, 'System.Int32'],
  ['[math]::Max(1, 2.5)', () => stat('math', 'Max', 1, 2.5), 2.5, 'System.Double'],
  ['[math]::Min(3L, 2)', () => stat('math', 'Min', 3n, 2), 2n, 'System.Int64'],
  ['[math]::Pow(2, 10)', () => stat('math', 'Pow', 2, 10), dbl(1024), 'System.Double'],
  ['[math]::Sqrt(16)', () => stat('math', 'Sqrt', 16), dbl(4), 'System.Double'],
  ['[math]::Sqrt(-1)', () => stat('math', 'Sqrt', -1), NaN, 'System.Double'],
  ['[math]::Sign(-3)', () => stat('math', 'Sign', -3), -1, 'System.Int32'],
  ['[math]::Log(100, 10)', () => stat('math', 'Log', 100, 10), dbl(2), 'System.Double'],
  ['[math]::Log10(1000)', () => stat('math', 'Log10', 1000), dbl(3), 'System.Double'],
  ['[math]::Clamp(15, 0, 10)', () => stat('math', 'Clamp', 15, 0, 10), 10, 'System.Int32'],
  ['[math]::BigMul(2147483647, 2)', () => stat('math', 'BigMul', 2147483647, 2), 4294967294n, 'System.Int64'],
  ['[math]::CopySign(3, -1)', () => stat('math', 'CopySign', 3, -1), dbl(-3), 'System.Double'],
  ['[math]::CopySign(-3, -0.0)', () => stat('math', 'CopySign', -3, -0), dbl(-3), 'System.Double'],
  ['[math]::BitIncrement(1.0)', () => stat('math', 'BitIncrement', 1), 1.0000000000000002, 'System.Double'],
  ['[math]::BitDecrement(0)', () => stat('math', 'BitDecrement', 0), -5e-324, 'System.Double'],
  ['[math]::ILogB(10)', () => stat('math', 'ILogB', 10), 3, 'System.Int32'],
  ['[math]::ILogB(0)', () => stat('math', 'ILogB', 0), -2147483648, 'System.Int32'],
  ['[math]::ScaleB(1.5, 3)', () => stat('math', 'ScaleB', 1.5, 3), dbl(12), 'System.Double'],
  ['[math]::MaxMagnitude(-5, 3)', () => stat('math', 'MaxMagnitude', -5, 3), dbl(-5), 'System.Double'],
  ['[math]::MinMagnitude(-5, 3)', () => stat('math', 'MinMagnitude', -5, 3), dbl(3), 'System.Double'],
  ['[math]::Atanh(0.5)', () => stat('math', 'Atanh', 0.5), 0.5493061443340548, 'System.Double'],
  ['(5).CompareTo(7)', () => invokeMethod(5, 'CompareTo', [7], ctx), -1, 'System.Int32'],
  ['(5).Equals(5)', () => invokeMethod(5, 'Equals', [5], ctx), true, 'System.Boolean'],
  ['(5).Equals(5L)', () => invokeMethod(5, 'Equals', [5n], ctx), false, 'System.Boolean'],
  ['(0.1).ToString()', () => invokeMethod(0.1, 'ToString', [], ctx), '0.1', 'System.String'],
];

for (const [expression, actual, expected, typeName] of cases) {
  test(expression, () => {
    const result = actual();
    assert.equal(result, expected);
    assert.is(typeNameOf(result), typeName);
  });
}

test('[int]::TryParse sets the [ref] and reports success', () => {
  const result = PSReference.ofValue(null);
  assert.is(stat('int', 'TryParse', '12', result), true);
  assert.is(result.value, 12);
  assert.is(stat('int', 'TryParse', '0x10', result), false);
  assert.is(result.value, 0);
  assert.is(stat('double', 'TryParse', '2.5', result), true);
  assert.is(result.value, 2.5);
});

test('[math]::DivRem returns the quotient and sets the [ref] to the remainder, both truncated toward zero', () => {
  const remainder = PSReference.ofValue(0);
  assert.is(stat('math', 'DivRem', -7, 2, remainder), -3);
  assert.is(remainder.value, -1);
  assert.is(stat('math', 'DivRem', 9_000_000_000n, 7n, remainder), 1_285_714_285n);
  assert.is(remainder.value, 5n);
});

test('errors as pwsh reports them', () => {
  failsWith(() => stat('int', 'Parse', 'abc'), `Exception calling "Parse" with "1" argument(s): "The input string 'abc' was not in a correct format."`, { errorId: 'FormatException' });
  failsWith(() => stat('int', 'Parse', '0x10'), `Exception calling "Parse" with "1" argument(s): "The input string '0x10' was not in a correct format."`, { errorId: 'FormatException' });
  failsWith(() => stat('int', 'Parse', '3000000000'), 'Exception calling "Parse" with "1" argument(s): "Value was either too large or too small for an Int32."', { errorId: 'OverflowException' });
  failsWith(
    () => stat('math', 'Abs', -2147483648),
    'Exception calling "Abs" with "1" argument(s): "Negating the minimum value of a twos complement number is invalid."',
    { errorId: 'OverflowException' },
  );
  failsWith(
    () => stat('math', 'Round', 1.5, 16),
    `Exception calling "Round" with "2" argument(s): "Rounding digits must be between 0 and 15, inclusive. (Parameter 'digits')"`,
    { errorId: 'ArgumentOutOfRangeException' },
  );
  failsWith(() => stat('int', 'TryParse', '12', 5), "Argument: '2' should be a System.Management.Automation.PSReference. Use [ref].", { errorId: 'NonRefArgumentToRefParameterMsg' });
  failsWith(() => stat('math', 'DivRem', 7, 0, PSReference.ofValue(0)), 'Exception calling "DivRem" with "3" argument(s): "Attempted to divide by zero."', { errorId: 'DivideByZeroException' });
  failsWith(() => stat('math', 'Sqrt'), 'Cannot find an overload for "Sqrt" and the argument count: "0".', { errorId: 'MethodCountCouldNotFindBest' });
  assert.throws(() => stat('int', 'Parse', 'x'), (error: unknown) => error instanceof MethodInvocationException);
});

test.run();
