import { existsSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { commandParameterSetSyntax, commandSyntax, defineCommand, helpParameterSetSyntax, wrapSyntax } from '../../src/binding/index.js';
import { disconnectPSSession } from './fixtures.js';

const seed = new URL('../../../shared/seed/Disconnect-PSSession.zh-CN.md', import.meta.url);

/** The code blocks of the reference page's SYNTAX section, one per parameter set. */
function seedSyntaxBlocks(): string[] {
  if (!existsSync(seed)) throw new Error(`seed document not found at ${seed.pathname}: the shared seed folder is missing`);
  const text = readFileSync(seed, 'utf8').replace(/\r\n/g, '\n');
  const section = text.slice(text.indexOf('## SYNTAX'), text.indexOf('## DESCRIPTION'));
  return [...section.matchAll(/```\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

test('the help syntax of Disconnect-PSSession is the reference page\'s SYNTAX, set by set', () => {
  const expected = seedSyntaxBlocks();
  const actual = helpParameterSetSyntax(disconnectPSSession).map((set) => wrapSyntax(disconnectPSSession.name, set));
  assert.is(expected.length, 4);
  assert.equal(actual, expected);
});

test('the sets come in pwsh\'s order, the default set first', () => {
  const defaultLast = defineCommand({
    name: 'Get-Order',
    defaultParameterSetName: 'Last',
    parameters: [{ name: 'A', type: 'int', parameterSets: { First: { mandatory: true } } }, { name: 'B', type: 'int', parameterSets: { Last: { mandatory: true } } }],
  });
  assert.equal(commandParameterSetSyntax(defaultLast).map((s) => [s.setName, s.isDefault, s.text]), [
    ['Last', true, '-B <int> [<CommonParameters>]'],
    ['First', false, '-A <int> [<CommonParameters>]'],
  ]);
  assert.equal(helpParameterSetSyntax(defaultLast).map((s) => s.setName), ['Last', 'First']);
  const sets = helpParameterSetSyntax(disconnectPSSession);
  assert.equal(sets.map((s) => s.setName), ['Session', 'Name', 'InstanceId', 'Id']);
  assert.equal(sets.map((s) => s.isDefault), [true, false, false, false]);
});

test('Get-Command -Syntax: positional by position, then mandatory named, then optional, short type names', () => {
  const sets = commandParameterSetSyntax(disconnectPSSession);
  const common = '[-IdleTimeoutSec <int>] [-OutputBufferingMode <OutputBufferingMode>] [-ThrottleLimit <int>] [-WhatIf] [-Confirm] [<CommonParameters>]';
  assert.equal(
    sets.map((s) => s.text),
    [`[-Session] <PSSession[]> ${common}`, `-Name <string[]> ${common}`, `-InstanceId <guid[]> ${common}`, `[-Id] <int[]> ${common}`],
  );
  assert.is(
    commandSyntax(disconnectPSSession),
    sets.map((s) => `\nDisconnect-PSSession ${s.text}\n`).join(''),
  );
});

const syntaxCases: [string, Parameters<typeof defineCommand>[0], string][] = [
  [
    'optional positional, mandatory named, switch, mandatory switch',
    {
      name: 'Test-It',
      parameters: [
        { name: 'Path', type: 'string', position: 1 },
        { name: 'First', type: 'string', position: 0, mandatory: true },
        { name: 'Force', type: 'switch' },
        { name: 'Must', type: 'switch', mandatory: true },
        { name: 'Count', type: 'long', mandatory: true },
      ],
    },
    '[-First] <string> [[-Path] <string>] -Must -Count <long> [-Force] [<CommonParameters>]',
  ],
  [
    'a simple function has no common parameters and positions in declaration order',
    { name: 'f', commandType: 'Function', isSimpleFunction: true, parameters: [{ name: 'a', type: 'int' }, { name: 'b' }, { name: 's', type: 'switch' }] },
    '[[-a] <int>] [[-b] <Object>] [-s]',
  ],
  [
    'positions with gaps keep their order',
    { name: 'Gap', parameters: [{ name: 'C', type: 'datetime', position: 5 }, { name: 'A', type: 'hashtable', position: 2 }] },
    '[[-A] <hashtable>] [[-C] <datetime>] [<CommonParameters>]',
  ],
];

for (const [name, spec, expected] of syntaxCases) {
  test(`Get-Command -Syntax: ${name}`, () => {
    assert.is(commandParameterSetSyntax(defineCommand(spec))[0]!.text, expected);
  });
}

test('wrapping keeps whole items and starts continuation lines with a space', () => {
  const set = { setName: 'S', isDefault: true, items: ['[-Aaaa <Int32>]', '[-Bbbb <Int32>]', '[-Cccc]'], text: '' };
  assert.is(wrapSyntax('Get-X', set, 30), 'Get-X [-Aaaa <Int32>]\n [-Bbbb <Int32>] [-Cccc]');
});

test.run();
