import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { getStaticMember, invokeMethod, invokeStaticMethod, MethodInvocationException } from '../../../src/engine/dotnet/index.js';
import { objectToString } from '../../../src/engine/conversion/index.js';
import { resolveType } from '../../../src/engine/types/index.js';
import { Char, Guid, Hashtable, PSReference, ScriptBlock, typeNameOf } from '../../../src/engine/values/index.js';
import { scriptContext } from './context.js';
import { failsWith } from './fails-with.js';

const ctx = scriptContext();
const stat = (typeName: string, name: string, ...args: unknown[]) => {
  const type = resolveType(typeName);
  if (!type) throw new Error(`[${typeName}] does not resolve`);
  return invokeStaticMethod(type, name, args, ctx);
};
const prop = (typeName: string, name: string) => {
  const result = getStaticMember(resolveType(typeName)!, name);
  return result.found ? result.value : 'NOT FOUND';
};
const c = (text: string) => Char.fromString(text);
const bytes = (...values: number[]) => Uint8Array.from(values);

// [pwsh expression, actual, pwsh 7's result]
const cases: [string, () => unknown, unknown][] = [
  ["[char]::IsDigit('7')", () => stat('char', 'IsDigit', c('7')), true],
  ["[char]::IsLetter('é')", () => stat('char', 'IsLetter', c('é')), true],
  ["[char]::IsUpper('a')", () => stat('char', 'IsUpper', c('a')), false],
  ["[char]::IsWhiteSpace(\"`t\")", () => stat('char', 'IsWhiteSpace', c('\t')), true],
  ["[char]::IsPunctuation('!')", () => stat('char', 'IsPunctuation', c('!')), true],
  ["[char]::IsDigit('a1', 1)", () => stat('char', 'IsDigit', 'a1', 1), true],
  ["[char]::ToUpper('q')", () => stat('char', 'ToUpper', c('q')), c('Q')],
  ['[char]::ConvertFromUtf32(0x1F600)', () => stat('char', 'ConvertFromUtf32', 0x1f600), '\u{1F600}'],
  ['[char]::MaxValue', () => prop('char', 'MaxValue'), new Char(0xffff)],
  ["[char]'b'.CompareTo([char]'a')", () => invokeMethod(c('b'), 'CompareTo', [c('a')], ctx), 1],
  ["[convert]::ToBase64String([byte[]](1,2,3))", () => stat('convert', 'ToBase64String', bytes(1, 2, 3)), 'AQID'],
  ["[convert]::FromBase64String('AQID')", () => stat('convert', 'FromBase64String', 'AQID'), bytes(1, 2, 3)],
  ["[convert]::ToHexString([byte[]](171, 1))", () => stat('convert', 'ToHexString', bytes(171, 1)), 'AB01'],
  ["[convert]::ToInt32('ff', 16)", () => stat('convert', 'ToInt32', 'ff', 16), 255],
  ["[convert]::ToInt32('0x1F', 16)", () => stat('convert', 'ToInt32', '0x1F', 16), 31],
  ["[convert]::ToInt32('FFFFFFFF', 16)", () => stat('convert', 'ToInt32', 'FFFFFFFF', 16), -1],
  ["[convert]::ToInt32('101', 2)", () => stat('convert', 'ToInt32', '101', 2), 5],
  ['[convert]::ToString(255, 16)', () => stat('convert', 'ToString', 255, 16), 'ff'],
  ['[convert]::ToString(-1, 2)', () => stat('convert', 'ToString', -1, 2), '11111111111111111111111111111111'],
  ['[convert]::ToString(5, 2)', () => stat('convert', 'ToString', 5, 2), '101'],
  ['[convert]::ToInt32(2.5)', () => stat('convert', 'ToInt32', 2.5), 2],
  ['[convert]::ToInt32(3.5)', () => stat('convert', 'ToInt32', 3.5), 4],
  ["[convert]::ToInt32('42')", () => stat('convert', 'ToInt32', '42'), 42],
  ['[convert]::ToInt32($null)', () => stat('convert', 'ToInt32', null), 0],
  ["[convert]::ToBoolean('TRUE')", () => stat('convert', 'ToBoolean', 'TRUE'), true],
  ['[convert]::ToBoolean(0)', () => stat('convert', 'ToBoolean', 0), false],
  ["[guid]::Empty", () => prop('guid', 'Empty'), new Guid('00000000-0000-0000-0000-000000000000')],
  ["[guid]::Parse('{0F8FAD5B-D9CB-469F-A165-70867728950E}')", () => stat('guid', 'Parse', '{0F8FAD5B-D9CB-469F-A165-70867728950E}'), new Guid('0f8fad5b-d9cb-469f-a165-70867728950e')],
  ["([guid]'0f8fad5b-d9cb-469f-a165-70867728950e').ToString('N')", () => invokeMethod(new Guid('0f8fad5b-d9cb-469f-a165-70867728950e'), 'ToString', ['N'], ctx), '0f8fad5bd9cb469fa16570867728950e'],
  ["([guid]'0f8fad5b-d9cb-469f-a165-70867728950e').ToString('B')", () => invokeMethod(new Guid('0f8fad5b-d9cb-469f-a165-70867728950e'), 'ToString', ['B'], ctx), '{0f8fad5b-d9cb-469f-a165-70867728950e}'],
  ["[IO.Path]::GetExtension('/tmp/a.tar.gz')", () => stat('IO.Path', 'GetExtension', '/tmp/a.tar.gz'), '.gz'],
  ["[IO.Path]::GetExtension('/tmp/noext')", () => stat('IO.Path', 'GetExtension', '/tmp/noext'), ''],
  ["[IO.Path]::GetExtension($null)", () => stat('IO.Path', 'GetExtension', null), null],
  ["[IO.Path]::GetFileName('/tmp/a.txt')", () => stat('IO.Path', 'GetFileName', '/tmp/a.txt'), 'a.txt'],
  ["[IO.Path]::GetFileNameWithoutExtension('/tmp/a.b.txt')", () => stat('IO.Path', 'GetFileNameWithoutExtension', '/tmp/a.b.txt'), 'a.b'],
  ["[IO.Path]::GetDirectoryName('/tmp/x/a.txt')", () => stat('IO.Path', 'GetDirectoryName', '/tmp/x/a.txt'), '/tmp/x'],
  ["[IO.Path]::GetDirectoryName('a.txt')", () => stat('IO.Path', 'GetDirectoryName', 'a.txt'), ''],
  ["[IO.Path]::GetDirectoryName('/')", () => stat('IO.Path', 'GetDirectoryName', '/'), null],
  ["[IO.Path]::Combine('a', 'b', 'c.txt')", () => stat('IO.Path', 'Combine', 'a', 'b', 'c.txt'), 'a/b/c.txt'],
  ["[IO.Path]::Combine('a/', '/etc', 'x')", () => stat('IO.Path', 'Combine', 'a/', '/etc', 'x'), '/etc/x'],
  ["[IO.Path]::Join('a', '/etc')", () => stat('IO.Path', 'Join', 'a', '/etc'), 'a/etc'],
  ["[IO.Path]::ChangeExtension('a.txt', 'md')", () => stat('IO.Path', 'ChangeExtension', 'a.txt', 'md'), 'a.md'],
  ["[IO.Path]::IsPathRooted('/x')", () => stat('IO.Path', 'IsPathRooted', '/x'), true],
  ['[IO.Path]::DirectorySeparatorChar', () => prop('IO.Path', 'DirectorySeparatorChar'), c('/')],
  ['[Environment]::NewLine', () => prop('Environment', 'NewLine'), '\n'],
  ["[Environment]::ExpandEnvironmentVariables('%PSH_DOTNET_TEST%-%NOPE_NOT_SET%')", () => {
    process.env['PSH_DOTNET_TEST'] = 'x';
    return stat('Environment', 'ExpandEnvironmentVariables', '%PSH_DOTNET_TEST%-%NOPE_NOT_SET%');
  }, 'x-%NOPE_NOT_SET%'],
];

for (const [expression, actual, expected] of cases) {
  test(expression, () => {
    assert.equal(actual(), expected);
  });
}

test('[enum] statics and enum value members', () => {
  const splitOptions = resolveType('System.StringSplitOptions')!;
  assert.equal(stat('enum', 'GetNames', splitOptions), ['None', 'RemoveEmptyEntries', 'TrimEntries']);
  const both = stat('enum', 'Parse', splitOptions, 'RemoveEmptyEntries, TrimEntries');
  assert.is(objectToString(both), 'RemoveEmptyEntries, TrimEntries');
  assert.is(invokeMethod(both, 'HasFlag', [stat('enum', 'Parse', splitOptions, 'TrimEntries')], ctx), true);
  assert.is(invokeMethod(both, 'ToString', [], ctx), 'RemoveEmptyEntries, TrimEntries');
  assert.is(stat('enum', 'IsDefined', splitOptions, 'None'), true);
  assert.is(stat('enum', 'GetName', splitOptions, 1), 'RemoveEmptyEntries');
  try {
    stat('enum', 'Parse', splitOptions, 'removeemptyentries');
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.is((error as Error).message, `Exception calling "Parse" with "2" argument(s): "Requested value 'removeemptyentries' was not found."`);
  }
  assert.is(objectToString(stat('enum', 'Parse', splitOptions, 'removeemptyentries', true)), 'RemoveEmptyEntries');
});

test('an enum type has its constants as static members: [StringSplitOptions]::TrimEntries', () => {
  const constant = getStaticMember(resolveType('StringSplitOptions')!, 'trimentries');
  assert.ok(constant.found);
  assert.is(objectToString((constant as { value: unknown }).value), 'TrimEntries');
  assert.equal(stat('string', 'Join', '|', invokeMethod('a,,b', 'Split', [',', (constant as { value: unknown }).value], ctx)), 'a||b');
});

test('[guid]::NewGuid() makes distinct Guids', () => {
  const a = stat('guid', 'NewGuid');
  assert.is(typeNameOf(a), 'System.Guid');
  assert.not.equal(a, stat('guid', 'NewGuid'));
});

test('[Environment] variables round-trip through the process environment', () => {
  stat('Environment', 'SetEnvironmentVariable', 'PSH_DOTNET_VAR', 'v1');
  assert.is(stat('Environment', 'GetEnvironmentVariable', 'PSH_DOTNET_VAR'), 'v1');
  assert.is((stat('Environment', 'GetEnvironmentVariables') as Hashtable).get('PSH_DOTNET_VAR'), 'v1');
  stat('Environment', 'SetEnvironmentVariable', 'PSH_DOTNET_VAR', null);
  assert.is(stat('Environment', 'GetEnvironmentVariable', 'PSH_DOTNET_VAR'), null);
});

test('[guid]::TryParse', () => {
  const result = PSReference.ofValue(null);
  assert.is(stat('guid', 'TryParse', 'nope', result), false);
  assert.equal(result.value, new Guid('00000000-0000-0000-0000-000000000000'));
});

test('[scriptblock]::Create and Invoke go through the evaluator', () => {
  const block = stat('scriptblock', 'Create', '1 + 1') as ScriptBlock;
  assert.instance(block, ScriptBlock);
  assert.is(block.text, '1 + 1');
  const add = ctx.block('$args[0] + $args[1]', (_, args) => [(args[0] as number) + (args[1] as number)]);
  assert.equal(invokeMethod(add, 'Invoke', [2, 3], ctx), [5]);
  assert.is(invokeMethod(add, 'InvokeReturnAsIs', [2, 3], ctx), 5);
});

test('errors with .NET texts', () => {
  const messages: [() => unknown, string][] = [
    [
      () => stat('convert', 'FromBase64String', 'abc'),
      'Exception calling "FromBase64String" with "1" argument(s): "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters."',
    ],
    [() => stat('convert', 'ToInt32', 'zz', 16), 'Exception calling "ToInt32" with "2" argument(s): "Could not find any recognizable digits."'],
    [() => stat('convert', 'ToInt32', '12', 3), `Exception calling "ToInt32" with "2" argument(s): "Invalid Base. (Parameter 'fromBase')"`],
    [() => stat('convert', 'ToInt32', '1.5'), `Exception calling "ToInt32" with "1" argument(s): "The input string '1.5' was not in a correct format."`],
    [() => stat('char', 'Parse', 'ab'), 'Exception calling "Parse" with "1" argument(s): "String must be exactly one character long."'],
  ];
  for (const [action, message] of messages) failsWith(action, message, { type: MethodInvocationException });
});

test.run();
