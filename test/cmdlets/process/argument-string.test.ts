/** .NET's splitting of ProcessStartInfo.Arguments into argv. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitArguments } from '../../../src/cmdlets/process/argument-string.js';

const cases: [string, string[]][] = [
  ['', []],
  ['  a\tb  c ', ['a', 'b', 'c']],
  ['"a b" c', ['a b', 'c']],
  ['a"b c"d', ['ab cd']],
  ['"a ""b"" c"', ['a "b" c']],
  ['a\\b c\\\\', ['a\\b', 'c\\\\']],
  ['\\"a\\"', ['"a"']],
  ['"a\\\\" b', ['a\\', 'b']],
  ['"a\\\\\\"b" c', ['a\\"b', 'c']],
  ['"unclosed arg', ['unclosed arg']],
  ['""', ['']],
];

for (const [text, args] of cases) {
  test(JSON.stringify(text), () => assert.equal(splitArguments(text), args));
}

test.run();
