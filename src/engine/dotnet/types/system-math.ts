/**
 * [math] (System.Math). Each operation has the overloads .NET declares for it, so overload
 * choice gives pwsh's result types: [math]::Abs(-5) is an Int32, [math]::Round(2.5) a Double 2,
 * [math]::Max(1, 2.5) a Double.
 */
import { Decimal, decimalValue, integerOf, numericFromInteger, realValue, toDecimal, toDouble, type NumericTypeFullName } from '../../conversion/index.js';
import type { NumericValue, PSReference } from '../../values/index.js';
import { argumentException, DotNetException } from '../errors.js';
import { enumNumber } from '../enums.js';
import { defineType, type MethodImplementation } from '../member-table.js';
import { registerStaticClass } from '../type-registration.js';

type Numeric = number | bigint | NumericValue;
type Method = readonly [string, MethodImplementation];

const integerTypes: [NumericTypeFullName, string][] = [
  ['System.SByte', 'sbyte'],
  ['System.Byte', 'byte'],
  ['System.Int16', 'short'],
  ['System.UInt16', 'ushort'],
  ['System.Int32', 'int'],
  ['System.UInt32', 'uint'],
  ['System.Int64', 'long'],
  ['System.UInt64', 'ulong'],
];
const signedIntegerTypes = integerTypes.filter(([typeName]) => !/UInt|Byte$/.test(typeName) || typeName === 'System.SByte');

const double = (value: number) => realValue('System.Double', value);
const single = (value: number) => realValue('System.Single', value);
const decimal = (value: Decimal) => decimalValue(value);

/** An operation on doubles: `static double Name(double a, ...)`. */
function real(name: string, parameters: string[], compute: (...args: number[]) => number): Method {
  return [`static double ${name}(${parameters.map((parameter) => `double ${parameter}`).join(', ')})`, (_type, args: Numeric[]) => double(compute(...args.map(toDouble)))];
}

function abs(): Method[] {
  return [
    ['static decimal Abs(decimal value)', (_type, [value]: [NumericValue]) => {
      const d = toDecimal(value);
      return decimal(d.isNegative ? d.negate() : d);
    }],
    real('Abs', ['value'], Math.abs),
    ['static float Abs(float value)', (_type, [value]: [NumericValue]) => single(Math.abs(toDouble(value)))],
    ...signedIntegerTypes.map(([typeName, keyword]): Method => [
      `static ${keyword} Abs(${keyword} value)`,
      (_type, [value]: [Numeric]) => {
        const integer = integerOf(value);
        try {
          return numericFromInteger(typeName, integer < 0n ? -integer : integer);
        } catch {
          throw new DotNetException('System.OverflowException', 'Negating the minimum value of a twos complement number is invalid.');
        }
      },
    ]),
  ];
}

/** Max/Min over every numeric type, keeping the operands' type. */
function extreme(name: 'Max' | 'Min'): Method[] {
  const pick = (order: number) => (name === 'Max' ? order >= 0 : order <= 0);
  const methods: Method[] = integerTypes.map(([, keyword]): Method => [
    `static ${keyword} ${name}(${keyword} val1, ${keyword} val2)`,
    (_type, [a, b]: [Numeric, Numeric]) => (pick(Number(integerOf(a) - integerOf(b))) ? a : b),
  ]);
  methods.push(
    ['static decimal ' + name + '(decimal val1, decimal val2)', (_type, [a, b]: [NumericValue, NumericValue]) => (pick(toDecimal(a).compare(toDecimal(b))) ? a : b)],
    // .NET's Max/Min of doubles return NaN when either operand is NaN.
    ['static double ' + name + '(double val1, double val2)', (_type, [a, b]: [Numeric, Numeric]) => {
      const x = toDouble(a);
      const y = toDouble(b);
      return double(Number.isNaN(x) || Number.isNaN(y) ? NaN : name === 'Max' ? Math.max(x, y) : Math.min(x, y));
    }],
    ['static float ' + name + '(float val1, float val2)', (_type, [a, b]: [Numeric, Numeric]) => single(name === 'Max' ? Math.max(toDouble(a), toDouble(b)) : Math.min(toDouble(a), toDouble(b)))],
  );
  return methods;
}

function sign(): Method[] {
  const signOf = (value: number) => {
    if (Number.isNaN(value)) throw new DotNetException('System.ArithmeticException', 'Function does not accept floating point Not-a-Number values.');
    return value > 0 ? 1 : value < 0 ? -1 : 0;
  };
  return [
    ['static int Sign(decimal value)', (_type, [value]: [NumericValue]) => {
      const d = toDecimal(value);
      return d.isZero ? 0 : d.isNegative ? -1 : 1;
    }],
    ['static int Sign(double value)', (_type, [value]: [Numeric]) => signOf(toDouble(value))],
    ['static int Sign(float value)', (_type, [value]: [Numeric]) => signOf(toDouble(value))],
    ...signedIntegerTypes.map(([, keyword]): Method => [`static int Sign(${keyword} value)`, (_type, [value]: [Numeric]) => signOf(Number(integerOf(value)))]),
  ];
}

/** Rounds half to even, or half away from zero, or as the other MidpointRounding modes say. */
function roundWithMode(value: number, mode: number): number {
  switch (mode) {
    case 1:
      return Math.sign(value) * Math.round(Math.abs(value));
    case 2:
      return Math.trunc(value);
    case 3:
      return Math.floor(value);
    case 4:
      return Math.ceil(value);
    default: {
      const floor = Math.floor(value);
      const fraction = value - floor;
      if (fraction !== 0.5) return Math.round(value);
      return floor % 2 === 0 ? floor : floor + 1;
    }
  }
}

function checkDigits(digits: number, max: number): void {
  if (digits < 0 || digits > max) throw argumentException('System.ArgumentOutOfRangeException', `Rounding digits must be between 0 and ${max}, inclusive.`, 'digits');
}

function roundDouble(value: number, digits: number, mode: number): number {
  checkDigits(digits, 15);
  if (!Number.isFinite(value)) return value;
  const power = 10 ** digits;
  return roundWithMode(value * power, mode) / power;
}

/** Decimal rounding on the exact mantissa: keeps `digits` decimals. */
function roundDecimal(value: Decimal, digits: number, mode: number): Decimal {
  checkDigits(digits, 28);
  if (value.scale <= digits) return value;
  const divisor = 10n ** BigInt(value.scale - digits);
  const quotient = value.mantissa / divisor;
  const remainder = value.mantissa % divisor;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  const negative = value.mantissa < 0n;
  let rounded = quotient;
  const awayStep = negative ? -1n : 1n;
  if (remainder !== 0n) {
    switch (mode) {
      case 1:
        if (twice >= divisor) rounded += awayStep;
        break;
      case 2:
        break;
      case 3:
        if (negative) rounded -= 1n;
        break;
      case 4:
        if (!negative) rounded += 1n;
        break;
      default:
        if (twice > divisor || (twice === divisor && quotient % 2n !== 0n)) rounded += awayStep;
    }
  }
  return Decimal.of(rounded, digits);
}

function round(): Method[] {
  const mode = (value: unknown) => (value === undefined ? 0 : enumNumber(value));
  return [
    ['static decimal Round(decimal d)', (_type, [value]: [NumericValue]) => decimal(roundDecimal(toDecimal(value), 0, 0))],
    ['static decimal Round(decimal d, int decimals)', (_type, [value, digits]: [NumericValue, number]) => decimal(roundDecimal(toDecimal(value), digits, 0))],
    ['static decimal Round(decimal d, System.MidpointRounding mode)', (_type, [value, how]: [NumericValue, unknown]) => decimal(roundDecimal(toDecimal(value), 0, mode(how)))],
    ['static decimal Round(decimal d, int decimals, System.MidpointRounding mode)', (_type, [value, digits, how]: [NumericValue, number, unknown]) =>
      decimal(roundDecimal(toDecimal(value), digits, mode(how)))],
    ['static double Round(double a)', (_type, [value]: [Numeric]) => double(roundDouble(toDouble(value), 0, 0))],
    ['static double Round(double value, int digits)', (_type, [value, digits]: [Numeric, number]) => double(roundDouble(toDouble(value), digits, 0))],
    ['static double Round(double value, System.MidpointRounding mode)', (_type, [value, how]: [Numeric, unknown]) => double(roundDouble(toDouble(value), 0, mode(how)))],
    ['static double Round(double value, int digits, System.MidpointRounding mode)', (_type, [value, digits, how]: [Numeric, number, unknown]) =>
      double(roundDouble(toDouble(value), digits, mode(how)))],
  ];
}

/** Floor, Ceiling and Truncate for double and decimal. */
function integral(name: string, mode: number, compute: (value: number) => number): Method[] {
  return [
    [`static decimal ${name}(decimal d)`, (_type, [value]: [NumericValue]) => decimal(roundDecimal(toDecimal(value), 0, mode))],
    real(name, ['d'], compute),
  ];
}

function clamp(): Method[] {
  const check = (min: number, max: number) => {
    if (min > max) throw argumentException('System.ArgumentException', `'${min}' cannot be greater than ${max}.`);
  };
  return [
    ...integerTypes.map(([, keyword]): Method => [
      `static ${keyword} Clamp(${keyword} value, ${keyword} min, ${keyword} max)`,
      (_type, [value, min, max]: [Numeric, Numeric, Numeric]) => {
        check(Number(integerOf(min)), Number(integerOf(max)));
        return integerOf(value) < integerOf(min) ? min : integerOf(value) > integerOf(max) ? max : value;
      },
    ]),
    ['static double Clamp(double value, double min, double max)', (_type, [value, min, max]: [Numeric, Numeric, Numeric]) => {
      check(toDouble(min), toDouble(max));
      return double(Math.min(Math.max(toDouble(value), toDouble(min)), toDouble(max)));
    }],
  ];
}

/**
 * DivRem(a, b, [ref] result): the quotient, truncated toward zero, and the remainder into result.
 * (.NET 7's overloads that return a tuple need System.ValueTuple, which psh does not have.)
 */
function divRem(): Method[] {
  return (['int', 'long'] as const).map((keyword): Method => [
    `static ${keyword} DivRem(${keyword} a, ${keyword} b, [ref] ${keyword} result)`,
    (_type, [a, b, result]: [Numeric, Numeric, PSReference]) => {
      const typeName = keyword === 'int' ? 'System.Int32' : 'System.Int64';
      const dividend = integerOf(a);
      const divisor = integerOf(b);
      if (divisor === 0n) throw new DotNetException('System.DivideByZeroException', 'Attempted to divide by zero.');
      const quotient = numericFromInteger(typeName, dividend / divisor);
      result.value = numericFromInteger(typeName, dividend % divisor);
      return quotient;
    },
  ]);
}

/** The next representable double above (or below) `value`, as Math.BitIncrement/BitDecrement. */
function adjacentDouble(value: number, up: boolean): number {
  if (Number.isNaN(value) || value === (up ? Infinity : -Infinity)) return value;
  if (value === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, value > 0 === up ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

/** ILogB: the unbiased binary exponent, as .NET gives it for zero, NaN and infinities. */
function binaryExponent(value: number): number {
  if (Number.isNaN(value)) return 2147483647;
  if (value === 0) return -2147483648;
  if (!Number.isFinite(value)) return 2147483647;
  return Math.floor(Math.log2(Math.abs(value)));
}

registerStaticClass('System.Math', 'math');

defineType({
  fullName: 'System.Math',
  staticProperties: {
    PI: { type: 'double', get: () => Math.PI },
    E: { type: 'double', get: () => Math.E },
    Tau: { type: 'double', get: () => 2 * Math.PI },
  },
  methods: [
    ...abs(),
    ...extreme('Max'),
    ...extreme('Min'),
    ...sign(),
    ...round(),
    ...integral('Floor', 3, Math.floor),
    ...integral('Ceiling', 4, Math.ceil),
    ...integral('Truncate', 2, Math.trunc),
    ...clamp(),
    real('Sqrt', ['d'], Math.sqrt),
    real('Cbrt', ['d'], Math.cbrt),
    real('Pow', ['x', 'y'], (x, y) => (x === 1 || (y === 0 && !Number.isNaN(x)) ? 1 : x ** y)),
    real('Exp', ['d'], Math.exp),
    real('Log', ['d'], Math.log),
    real('Log', ['a', 'newBase'], (a, newBase) => (newBase === 1 || newBase <= 0 || Number.isNaN(newBase) ? NaN : Math.log(a) / Math.log(newBase))),
    real('Log10', ['d'], Math.log10),
    real('Log2', ['x'], Math.log2),
    real('Sin', ['a'], Math.sin),
    real('Cos', ['d'], Math.cos),
    real('Tan', ['a'], Math.tan),
    real('Asin', ['d'], Math.asin),
    real('Acos', ['d'], Math.acos),
    real('Atan', ['d'], Math.atan),
    real('Atan2', ['y', 'x'], Math.atan2),
    real('Sinh', ['value'], Math.sinh),
    real('Cosh', ['value'], Math.cosh),
    real('Tanh', ['value'], Math.tanh),
    real('IEEERemainder', ['x', 'y'], (x, y) => x - y * roundWithMode(x / y, 0)),
    ['static long BigMul(int a, int b)', (_type, [a, b]: [number, number]) => BigInt(a) * BigInt(b)],
    ...divRem(),
    real('Asinh', ['d'], Math.asinh),
    real('Acosh', ['d'], Math.acosh),
    real('Atanh', ['d'], Math.atanh),
    real('CopySign', ['x', 'y'], (x, y) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x))),
    // JavaScript has no fused multiply-add: the product is rounded before the sum, unlike .NET.
    real('FusedMultiplyAdd', ['x', 'y', 'z'], (x, y, z) => x * y + z),
    real('BitIncrement', ['x'], (x) => adjacentDouble(x, true)),
    real('BitDecrement', ['x'], (x) => adjacentDouble(x, false)),
    real('MaxMagnitude', ['x', 'y'], (x, y) => (Math.abs(x) > Math.abs(y) || Number.isNaN(x) ? x : Math.abs(x) < Math.abs(y) ? y : Math.max(x, y))),
    real('MinMagnitude', ['x', 'y'], (x, y) => (Math.abs(x) < Math.abs(y) || Number.isNaN(x) ? x : Math.abs(x) > Math.abs(y) ? y : Math.min(x, y))),
    ['static double ScaleB(double x, int n)', (_type, [x, n]: [Numeric, number]) => double(toDouble(x) * 2 ** n)],
    ['static int ILogB(double x)', (_type, [x]: [Numeric]) => binaryExponent(toDouble(x))],
  ],
});
