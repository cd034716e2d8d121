import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { commonParameterNames, defineCommand, MetadataError } from '../../src/binding/index.js';
import { disconnectPSSession } from './fixtures.js';

test('the common parameters follow the declared ones, then WhatIf and Confirm', () => {
  assert.equal(
    disconnectPSSession.parameters.map((p) => [p.name, p.origin]),
    [
      ['Session', 'Declared'],
      ['IdleTimeoutSec', 'Declared'],
      ['OutputBufferingMode', 'Declared'],
      ['ThrottleLimit', 'Declared'],
      ['Name', 'Declared'],
      ['InstanceId', 'Declared'],
      ['Id', 'Declared'],
      ...commonParameterNames.map((n) => [n, 'Common']),
      ['WhatIf', 'ShouldProcess'],
      ['Confirm', 'ShouldProcess'],
    ],
  );
  assert.equal(commonParameterNames, [
    'Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction',
    'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable',
  ]);
});

test('common parameter aliases and types', () => {
  const byName = new Map(disconnectPSSession.parameters.map((p) => [p.name, p]));
  assert.equal(byName.get('ErrorAction')!.aliases, ['ea']);
  assert.is(byName.get('ErrorAction')!.typeName, 'System.Management.Automation.ActionPreference');
  assert.equal(byName.get('WhatIf')!.aliases, ['wi']);
  assert.equal(byName.get('Confirm')!.aliases, ['cf']);
  assert.ok(byName.get('Verbose')!.isSwitch);
  assert.not.ok(byName.get('OutBuffer')!.isSwitch);
});

test('without SupportsShouldProcess there is no WhatIf or Confirm', () => {
  const command = defineCommand({ name: 'Get-X', parameters: [] });
  assert.not.ok(command.parameters.some((p) => p.name === 'WhatIf' || p.name === 'Confirm'));
  assert.is(command.parameters.length, commonParameterNames.length);
});

test('parameter sets are numbered in the order they first appear, the default set first', () => {
  assert.equal(disconnectPSSession.parameterSetNames, ['Session', 'Name', 'InstanceId', 'Id']);
  assert.is(disconnectPSSession.defaultParameterSetFlag, 1);
  const id = disconnectPSSession.parameters.find((p) => p.name === 'Id')!;
  assert.is(id.setFlags, 8);
  assert.equal(id.setData.map((d) => [d.setName, d.position, d.mandatory, d.valueFromPipelineByPropertyName]), [['Id', 0, true, true]]);
  const throttle = disconnectPSSession.parameters.find((p) => p.name === 'ThrottleLimit')!;
  assert.is(throttle.setFlags, 15);
  const verbose = disconnectPSSession.parameters.find((p) => p.name === 'Verbose')!;
  assert.is(verbose.setFlags, 0);
});

test('the default set is numbered first, even when a parameter names another set earlier', () => {
  const command = defineCommand({ name: 'Get-Y', defaultParameterSetName: 'Two', parameters: [{ name: 'A', parameterSets: { One: {} } }, { name: 'B', parameterSets: { Two: {} } }] });
  assert.equal(command.parameterSetNames, ['Two', 'One']);
  assert.is(command.defaultParameterSetFlag, 1);
  assert.is(command.parameters[0]!.setFlags, 2);
});

test('function parameters take positions in declaration order unless one declares a position', () => {
  const implicit = defineCommand({ name: 'f', commandType: 'Function', parameters: [{ name: 'a' }, { name: 's', type: 'switch' }, { name: 'b' }] });
  assert.equal(implicit.parameters.filter((p) => p.origin === 'Declared').map((p) => p.setData[0]!.position), [0, null, 1]);
  const explicit = defineCommand({ name: 'g', commandType: 'Function', parameters: [{ name: 'a' }, { name: 'b', position: 0 }] });
  assert.equal(explicit.parameters.filter((p) => p.origin === 'Declared').map((p) => p.setData[0]!.position), [null, 0]);
  const off = defineCommand({ name: 'h', commandType: 'Function', positionalBinding: false, parameters: [{ name: 'a' }] });
  assert.is(off.parameters[0]!.setData[0]!.position, null);
  const cmdlet = defineCommand({ name: 'Get-Z', parameters: [{ name: 'a' }] });
  assert.is(cmdlet.parameters[0]!.setData[0]!.position, null);
});

test('defaults: Object type, ConfirmImpact Medium, FullyQualifiedErrorId suffix', () => {
  const f = defineCommand({ name: 'f', commandType: 'Function', parameters: [{ name: 'a', defaultValue: 5 }] });
  assert.is(f.parameters[0]!.typeName, 'System.Object');
  assert.ok(f.parameters[0]!.hasDefaultValue);
  assert.is(f.parameters[0]!.defaultValue, 5);
  assert.is(f.confirmImpact, 'Medium');
  assert.is(f.errorIdSuffix, 'f');
  assert.is(disconnectPSSession.errorIdSuffix, 'Microsoft.PowerShell.Commands.DisconnectPSSessionCommand');
});

const collisions: [string, Parameters<typeof defineCommand>[0]['parameters'], string][] = [
  ['a name twice', [{ name: 'A' }, { name: 'a' }], "A parameter with the name 'a' was defined multiple times for the command."],
  ['a common parameter redeclared', [{ name: 'Verbose' }], "A parameter with the name 'Verbose' was defined multiple times for the command."],
  ['an alias equal to a name', [{ name: 'Path' }, { name: 'LiteralPath', aliases: ['path'] }], "The parameter 'Path' cannot be specified because it conflicts with the parameter alias of the same name for parameter 'LiteralPath'."],
  ['an alias twice', [{ name: 'A', aliases: ['x'] }, { name: 'B', aliases: ['X'] }], "The parameter alias cannot be specified because an alias with the name 'X' was already defined multiple times for the command."],
  ['an alias of a common parameter', [{ name: 'A', aliases: ['ea'] }], "The parameter alias cannot be specified because an alias with the name 'ea' was already defined multiple times for the command."],
];

for (const [name, parameters, message] of collisions) {
  test(`metadata error: ${name}`, () => {
    assert.throws(() => defineCommand({ name: 'Bad', parameters }), (e: unknown) => e instanceof MetadataError && e.message === message);
  });
}

test('more than 32 parameter sets', () => {
  const parameters = Array.from({ length: 33 }, (_, i) => ({ name: `P${i}`, parameterSets: { [`S${i}`]: {} } }));
  assert.throws(() => defineCommand({ name: 'Big', parameters }), /maximum number of parameter sets/);
});

test('a simple function has no common parameters', () => {
  const f = defineCommand({ name: 'f', commandType: 'Function', isSimpleFunction: true, parameters: [{ name: 'a' }] });
  assert.equal(f.parameters.map((p) => p.name), ['a']);
});

test.run();
