import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { construct, invokeMethod, invokeStaticMethod, MethodInvocationException, StringBuilder } from '../../../src/engine/dotnet/index.js';
import { resolveType } from '../../../src/engine/types/index.js';
import { Guid, NumericValue } from '../../../src/engine/values/index.js';
import { scriptContext } from './context.js';

const ctx = scriptContext();
const format = (...args: unknown[]) => invokeStaticMethod(resolveType('string')!, 'Format', args, ctx);
const call = (target: unknown, name: string, ...args: unknown[]) => invokeMethod(target, name, args, ctx);

// [pwsh expression, actual, pwsh 7's result]
const cases: [string, () => unknown, unknown][] = [
  ["[string]::Format('{0}-{1}', 'a', 'b')", () => format('{0}-{1}', 'a', 'b'), 'a-b'],
  ["[string]::Format('{0}{1}{2}{3}', 1, 2, 3, 4)", () => format('{0}{1}{2}{3}', 1, 2, 3, 4), '1234'],
  ["[string]::Format('{0}|{1}', @('x', 'y'))", () => format('{0}|{1}', ['x', 'y']), 'x|y'],
  ["[string]::Format('[{0,5}]', 42)", () => format('[{0,5}]', 42), '[   42]'],
  ["[string]::Format('{0:N2}', 1234.5)", () => format('{0:N2}', 1234.5), '1,234.50'],
  ["(255).ToString('X4')", () => call(255, 'ToString', 'X4'), '00FF'],
  ["(3.14159).ToString('F2')", () => call(3.14159, 'ToString', 'F2'), '3.14'],
  ["(42).ToString('D5')", () => call(42, 'ToString', 'D5'), '00042'],
  ["([decimal]1.5).ToString('0.00')", () => call(NumericValue.decimal('1.5'), 'ToString', '0.00'), '1.50'],
  ["([guid]'...').ToString('N')", () => call(new Guid('0f8fad5b-d9cb-469f-a165-70867728950e'), 'ToString', 'N'), '0f8fad5bd9cb469fa16570867728950e'],
];

for (const [expression, actual, expected] of cases) {
  test(expression, () => {
    assert.equal(actual(), expected);
  });
}

test('StringBuilder.AppendFormat', () => {
  const builder = construct(resolveType('System.Text.StringBuilder')!, [], ctx) as StringBuilder;
  call(builder, 'AppendFormat', '{0}+{1}', 1, 2);
  assert.is(builder.toString(), '1+2');
});

test("a malformed format fails with .NET's FormatException", () => {
  try {
    format('{0', 'x');
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.instance(error, MethodInvocationException);
    assert.is((error as Error).message, 'Exception calling "Format" with "2" argument(s): "Input string was not in a correct format."');
    assert.is((error as MethodInvocationException).errorId, 'FormatException');
  }
});

test.run();
