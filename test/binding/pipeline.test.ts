import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { defineCommand, ParameterBinder, ParameterBindingError, type BindOptions, type CommandArgument, type CommandMetadata } from '../../src/binding/index.js';
import { Guid, PSObject, ScriptBlock } from '../../src/engine/values/index.js';
import { disconnectPSSession } from './fixtures.js';
import { pc } from './helpers.js';

const guidText = '0b5a2c44-45f0-4a2e-a2b2-5a5f0b2a1c11';

/** A PSSession as it comes back from another runspace: its type name and its properties. */
function psSession(id: number): PSObject {
  const session = PSObject.customObject({ Id: id, Name: `Runspace${id}`, InstanceId: new Guid(guidText) });
  session.typeNames = ['System.Management.Automation.Runspaces.PSSession', 'System.Object'];
  return session;
}

function pipelineBinder(command: CommandMetadata, args: CommandArgument[] = []): ParameterBinder {
  const binder = new ParameterBinder(command);
  binder.bindCommandLine(args, { pipelineInputExpected: true });
  return binder;
}

type PipelineCase = [string, unknown, { bound: Record<string, unknown>; set: string } | { errorId: string; message: string }];

const objectCases: PipelineCase[] = [
  ['a PSSession binds -Session by value', psSession(1), { bound: { Session: [psSession(1)] }, set: 'Session' }],
  ['an object with Id binds -Id by property name', PSObject.customObject({ Id: 3 }), { bound: { Id: [3] }, set: 'Id' }],
  ['an object with Name binds -Name', PSObject.customObject({ Name: 'UpdateSession' }), { bound: { Name: ['UpdateSession'] }, set: 'Name' }],
  ['an object with InstanceId binds -InstanceId', PSObject.customObject({ InstanceId: new Guid(guidText) }), { bound: { InstanceId: [new Guid(guidText)] }, set: 'InstanceId' }],
  ['a property needing conversion binds in the coercing pass', PSObject.customObject({ Id: '7' }), { bound: { Id: [7] }, set: 'Id' }],
  ['a GUID string converts for -InstanceId', PSObject.customObject({ InstanceId: guidText }), { bound: { InstanceId: [new Guid(guidText)] }, set: 'InstanceId' }],
  [
    'an object nothing takes',
    PSObject.customObject({ Foo: 1 }),
    {
      errorId: 'InputObjectNotBound',
      message:
        'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
    },
  ],
  [
    'a number does not convert to a PSSession',
    5,
    {
      errorId: 'InputObjectNotBound',
      message:
        'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
    },
  ],
  [
    'properties of two sets',
    PSObject.customObject({ Id: 1, Name: 'x' }),
    {
      errorId: 'AmbiguousParameterSet',
      message:
        'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
    },
  ],
  [
    'a property that fails validation',
    PSObject.customObject({ Name: '' }),
    {
      errorId: 'ParameterArgumentValidationError',
      message:
        "Cannot validate argument on parameter 'Name'. The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.",
    },
  ],
];

for (const [name, input, expected] of objectCases) {
  test(`Disconnect-PSSession: ${name}`, () => {
    const binder = pipelineBinder(disconnectPSSession);
    const outcome = binder.bindPipelineObject(input);
    if ('bound' in expected) {
      if (!outcome.bound) assert.unreachable(outcome.error.message);
      assert.equal(Object.fromEntries(binder.boundParameterValues), expected.bound);
      assert.is(binder.parameterSetName, expected.set);
    } else {
      if (outcome.bound) assert.unreachable(`bound ${[...binder.boundParameterValues.keys()]}`);
      else {
        assert.is(outcome.error.errorId, expected.errorId);
        assert.is(outcome.error.message, expected.message);
        assert.is(outcome.error.fullyQualifiedErrorId, `${expected.errorId},Microsoft.PowerShell.Commands.DisconnectPSSessionCommand`);
      }
    }
  });
}

test('each object is bound afresh: a stream of objects binding -Id, -Name and -InstanceId in turn', () => {
  const binder = pipelineBinder(disconnectPSSession, [pc('ThrottleLimit', '2')]);
  const seen: [string, string[]][] = [];
  for (const input of [
    PSObject.customObject({ Id: 1 }),
    PSObject.customObject({ Name: 'n' }),
    PSObject.customObject({ Foo: 0 }),
    PSObject.customObject({ InstanceId: guidText }),
    PSObject.customObject({ Id: 2 }),
  ]) {
    const outcome = binder.bindPipelineObject(input);
    seen.push([outcome.bound ? binder.parameterSetName : outcome.error.errorId, [...binder.boundParameterValues.keys()]]);
  }
  assert.equal(seen, [
    ['Id', ['ThrottleLimit', 'Id']],
    ['Name', ['ThrottleLimit', 'Name']],
    ['InputObjectNotBound', ['ThrottleLimit']],
    ['InstanceId', ['ThrottleLimit', 'InstanceId']],
    ['Id', ['ThrottleLimit', 'Id']],
  ]);
  assert.equal(binder.boundParameterValues.get('Id'), [2]);
  assert.is(binder.boundParameterValues.get('ThrottleLimit'), 2);
});

test('a set chosen on the command line limits what the pipeline binds', () => {
  const binder = pipelineBinder(disconnectPSSession, [pc('Name', 'x')]);
  const outcome = binder.bindPipelineObject(PSObject.customObject({ Id: 1 }));
  assert.ok(!outcome.bound);
  if (!outcome.bound) assert.is(outcome.error.errorId, 'InputObjectNotBound');
});

const pair = defineCommand({
  name: 'Set-Pair',
  parameters: [
    { name: 'Left', type: 'int', mandatory: true, valueFromPipelineByPropertyName: true },
    { name: 'Right', type: 'int', mandatory: true, valueFromPipelineByPropertyName: true, aliases: ['R'] },
    { name: 'Length', type: 'int', valueFromPipelineByPropertyName: true },
  ],
});

test('an object missing a mandatory property', () => {
  const outcome = pipelineBinder(pair).bindPipelineObject(PSObject.customObject({ Left: 1 }));
  assert.ok(!outcome.bound);
  if (!outcome.bound) {
    assert.is(outcome.error.errorId, 'InputObjectMissingMandatory');
    assert.is(outcome.error.message, 'The input object cannot be bound because it did not contain the information required to bind all mandatory parameters:  Right');
  }
});

test('a property found by the parameter\'s alias', () => {
  const binder = pipelineBinder(pair);
  const outcome = binder.bindPipelineObject(PSObject.customObject({ Left: 1, R: 2 }));
  assert.ok(outcome.bound);
  assert.equal(Object.fromEntries(binder.boundParameterValues), { Left: 1, Right: 2 });
});

test('properties of values that are not PSObjects bind by name too', () => {
  const measure = defineCommand({ name: 'Measure-It', parameters: [{ name: 'Length', type: 'int', valueFromPipelineByPropertyName: true }] });
  const binder = pipelineBinder(measure);
  assert.ok(binder.bindPipelineObject('abcd').bound);
  assert.is(binder.boundParameterValues.get('Length'), 4);
});

const writeThing = defineCommand({
  name: 'Write-Thing',
  defaultParameterSetName: 'Text',
  parameters: [
    { name: 'InputObject', type: 'string', parameterSets: { Text: { valueFromPipeline: true, position: 0 } } },
    { name: 'Count', type: 'int', parameterSets: { Counting: { valueFromPipeline: true } } },
  ],
});

test('by value: without coercion first, then with', () => {
  const binder = pipelineBinder(writeThing);
  assert.ok(binder.bindPipelineObject('text').bound);
  assert.equal(Object.fromEntries(binder.boundParameterValues), { InputObject: 'text' });
  assert.is(binder.parameterSetName, 'Text');
  // An Int32 fits -Count as it is, so the uncoerced pass takes it there rather than converting it for the default set.
  assert.ok(binder.bindPipelineObject(5).bound);
  assert.equal(Object.fromEntries(binder.boundParameterValues), { Count: 5 });
  assert.is(binder.parameterSetName, 'Counting');
  // A double fits neither as it is: the coercing pass tries the default set first.
  assert.ok(binder.bindPipelineObject(2.5).bound);
  assert.equal(Object.fromEntries(binder.boundParameterValues), { InputObject: '2.5' });
});

test('without pipeline input a missing mandatory parameter is a terminating error', () => {
  const binder = new ParameterBinder(pair);
  assert.throws(() => binder.bindCommandLine([pc('Left', 1)]), (e: Error) => e.message === 'Cannot process command because of one or more missing mandatory parameters: Right.');
});

const renameThing = defineCommand({
  name: 'Rename-Thing',
  parameters: [
    { name: 'Path', type: 'string', mandatory: true, valueFromPipelineByPropertyName: true },
    { name: 'NewName', type: 'string', mandatory: true, valueFromPipelineByPropertyName: true },
    { name: 'Filter', type: 'scriptblock', valueFromPipelineByPropertyName: true },
  ],
});

/** Stands in for the evaluator: the script text names the property of $_ to return. */
function runScript(script: ScriptBlock, input: unknown): unknown[] {
  if (script.text === 'throw') throw new Error('boom');
  if (script.text === 'nothing') return [];
  return [`${(input as PSObject).propertyValue(script.text)}.bak`];
}

test('a delay-bind script block runs for each pipeline object', () => {
  const binder = new ParameterBinder(renameThing);
  binder.bindCommandLine([pc('NewName', new ScriptBlock('Path'))], { pipelineInputExpected: true, invokeScriptBlock: runScript });
  const names: unknown[] = [];
  for (const path of ['a.txt', 'b.txt']) {
    const outcome = binder.bindPipelineObject(PSObject.customObject({ Path: path }));
    assert.ok(outcome.bound);
    names.push([binder.boundParameterValues.get('Path'), binder.boundParameterValues.get('NewName')]);
  }
  assert.equal(names, [['a.txt', 'a.txt.bak'], ['b.txt', 'b.txt.bak']]);
});

test('a parameter typed [scriptblock] takes the script block itself', () => {
  const binder = new ParameterBinder(renameThing);
  const filter = new ScriptBlock('Path');
  binder.bindCommandLine([pc('Filter', filter)], { pipelineInputExpected: true, invokeScriptBlock: runScript });
  assert.is(binder.boundParameterValues.get('Filter'), filter);
});

const delayErrors: [string, string, BindOptions, string, string][] = [
  ['no input', 'Path', {}, 'ScriptBlockArgumentNoInput', "Cannot evaluate parameter 'NewName' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input."],
  ['the script fails', 'throw', { pipelineInputExpected: true }, 'ScriptBlockArgumentInvocationFailed', "The input to the script block for parameter 'NewName' failed. boom"],
  ['no output', 'nothing', { pipelineInputExpected: true }, 'ScriptBlockArgumentNoOutput', "Cannot evaluate parameter 'NewName' because its argument input did not produce any output."],
];

for (const [name, text, options, errorId, message] of delayErrors) {
  test(`delay-bind script block: ${name}`, () => {
    const binder = new ParameterBinder(renameThing);
    let error: ParameterBindingError | undefined;
    try {
      binder.bindCommandLine([pc('NewName', new ScriptBlock(text))], { ...options, invokeScriptBlock: runScript });
      const outcome = binder.bindPipelineObject(PSObject.customObject({ Path: 'a' }));
      if (!outcome.bound) error = outcome.error;
    } catch (e) {
      if (e instanceof ParameterBindingError) error = e;
      else throw e;
    }
    assert.ok(error);
    assert.is(error!.errorId, errorId);
    assert.is(error!.message, message);
  });
}

test.run();
