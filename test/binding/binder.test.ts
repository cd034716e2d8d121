import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { defineCommand, type BindOptions, type CommandArgument, type CommandMetadata, type MandatoryPrompt } from '../../src/binding/index.js';
import { isEnumValue, PSObject, ScriptBlock } from '../../src/engine/values/index.js';
import { disconnectPSSession } from './fixtures.js';
import { bind, hashtable, p, pc, splat, v } from './helpers.js';

const getThing = defineCommand({
  name: 'Get-Thing',
  implementingType: 'Psh.Tests.GetThingCommand',
  defaultParameterSetName: 'ByName',
  parameters: [
    { name: 'Name', type: 'string[]', aliases: ['n'], parameterSets: { ByName: { position: 0 } } },
    { name: 'NamePattern', type: 'string', parameterSets: { ByName: {} } },
    { name: 'Id', type: 'int', parameterSets: { ById: { position: 0, mandatory: true } } },
    { name: 'Count', type: 'int', validation: [{ kind: 'ValidateRange', min: 1, max: 10 }] },
    { name: 'Force', type: 'switch' },
    { name: 'Flag', type: 'bool' },
    { name: 'Color', type: 'string', validation: [{ kind: 'ValidateSet', values: ['Red', 'Green'] }] },
    { name: 'ExactColor', type: 'string', validation: [{ kind: 'ValidateSet', values: ['Red'], ignoreCase: false }] },
    { name: 'Code', type: 'string', validation: [{ kind: 'ValidatePattern', pattern: '^[a-z]{3}$' }] },
    { name: 'Tags', type: 'string[]', validation: [{ kind: 'ValidateCount', min: 1, max: 2 }, { kind: 'ValidateLength', min: 2, max: 4 }] },
    { name: 'Pair', type: 'int[]', validation: [{ kind: 'ValidateCount', min: 2, max: 2 }] },
    { name: 'Even', type: 'int', validation: [{ kind: 'ValidateScript', script: new ScriptBlock(' $_ % 2 -eq 0 ') }] },
    { name: 'Positive', type: 'int', validation: [{ kind: 'ValidateRange', rangeKind: 'Positive' }] },
    { name: 'NotNull', type: 'object', validation: [{ kind: 'ValidateNotNull' }] },
    { name: 'NotEmpty', type: 'object', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
    { name: 'OutFile', type: 'string' },
  ],
});

const newThing = defineCommand({
  name: 'New-Thing',
  parameters: [
    { name: 'Path', type: 'string', mandatory: true, helpMessage: 'Where to put it' },
    { name: 'Value', type: 'int[]', mandatory: true },
  ],
});

const mandatoryRules = defineCommand({
  name: 'Set-Rules',
  parameters: [
    { name: 'S', type: 'string', mandatory: true },
    { name: 'SE', type: 'string', mandatory: true, allowEmptyString: true },
    { name: 'A', type: 'string[]', mandatory: true },
    { name: 'AE', type: 'string[]', mandatory: true, allowEmptyCollection: true },
    { name: 'O', type: 'object', mandatory: true },
    { name: 'ON', type: 'object', mandatory: true, allowNull: true },
  ],
});
const allRules: CommandArgument[] = [pc('S', 's'), pc('SE', 's'), pc('A', ['a']), pc('AE', ['a']), pc('O', 1), pc('ON', 1)];
function rulesWith(name: string, value: unknown): CommandArgument[] {
  return [...allRules.filter((a) => a.kind === 'parameter' && a.name !== name), pc(name, value)];
}

const remaining = defineCommand({
  name: 'Invoke-Rest',
  commandType: 'Function',
  parameters: [
    { name: 'First', type: 'string', position: 0 },
    { name: 'Rest', type: 'object[]', valueFromRemainingArguments: true },
  ],
});

const simple = defineCommand({ name: 'f', commandType: 'Function', isSimpleFunction: true, parameters: [{ name: 'a', type: 'int' }] });
const advanced = defineCommand({ name: 'g', commandType: 'Function', parameters: [{ name: 'a', type: 'int' }, { name: 'b', type: 'string' }] });
const noDefault = defineCommand({
  name: 'Pick-Set',
  parameters: [
    { name: 'X', type: 'string', parameterSets: { A: { mandatory: true } } },
    { name: 'Y', type: 'string', parameterSets: { B: {} } },
    { name: 'Z', type: 'string', parameterSets: { A: {}, B: {} } },
  ],
});
const clash = defineCommand({ name: 'Bad-Positions', parameters: [{ name: 'A', type: 'string', position: 0 }, { name: 'B', type: 'string', position: 0 }] });

type Expectation =
  | { readonly bound: Record<string, unknown>; readonly set?: string }
  | { readonly errorId: string; readonly message: string; readonly parameter?: string | null };

const suffix = (command: CommandMetadata) => command.errorIdSuffix;

const cases: [string, CommandMetadata, CommandArgument[], Expectation, BindOptions?][] = [
  // Named arguments.
  ['exact name', getThing, [p('Name'), v('a')], { bound: { Name: ['a'] }, set: 'ByName' }],
  ['any case', getThing, [p('nAmE'), v('a')], { bound: { Name: ['a'] } }],
  ['alias', getThing, [p('n'), v('a')], { bound: { Name: ['a'] } }],
  ['unique prefix, with conversion', getThing, [p('Cou'), v('3')], { bound: { Count: 3 } }],
  [
    'ambiguous prefix',
    getThing,
    [p('Nam'), v('a')],
    { errorId: 'AmbiguousParameter', message: "Parameter cannot be processed because the parameter name 'Nam' is ambiguous. Possible matches include: -Name -NamePattern.", parameter: 'Nam' },
  ],
  [
    'ambiguous between common parameters',
    getThing,
    [p('Inf'), v('a')],
    { errorId: 'AmbiguousParameter', message: "Parameter cannot be processed because the parameter name 'Inf' is ambiguous. Possible matches include: -InformationAction -InformationVariable." },
  ],
  ['a declared parameter wins a prefix over common ones', getThing, [p('Out'), v('x.txt')], { bound: { OutFile: 'x.txt' } }],
  ['unknown name', getThing, [p('Bogus'), v(1)], { errorId: 'NamedParameterNotFound', message: "A parameter cannot be found that matches parameter name 'Bogus'.", parameter: 'Bogus' }],
  ['-Name:value', getThing, [pc('Count', '5')], { bound: { Count: 5 } }],
  ['switch present', getThing, [p('Force')], { bound: { Force: true } }],
  ['-Switch:$false', getThing, [pc('Force', false)], { bound: { Force: false } }],
  ['-Switch:0', getThing, [pc('Force', 0)], { bound: { Force: false } }],
  ['-Switch:$null is present', getThing, [pc('Force', null)], { bound: { Force: true } }],
  [
    '-Switch:string',
    getThing,
    [pc('Force', 'yes')],
    { errorId: 'CannotConvertArgument', message: "Cannot convert 'System.String' to the type 'System.Management.Automation.SwitchParameter' required by parameter 'Force'. " },
  ],
  ['a bool parameter from a number', getThing, [pc('Flag', 2)], { bound: { Flag: true } }],
  ['a bool parameter refuses $null', getThing, [pc('Flag', null)], { errorId: 'ParameterArgumentValidationErrorNullNotAllowed', message: "Cannot bind argument to parameter 'Flag' because it is null." }],
  [
    'a bool parameter needs a value',
    getThing,
    [p('Flag')],
    { errorId: 'MissingArgument', message: "Missing an argument for parameter 'Flag'. Specify a parameter of type 'System.Boolean' and try again." },
  ],
  [
    'a value-taking parameter followed by a parameter',
    getThing,
    [p('Name'), p('Force')],
    { errorId: 'MissingArgument', message: "Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String[]' and try again." },
  ],
  ['a parameter followed by an unknown -word takes it as its value', getThing, [p('Name'), p('foo')], { bound: { Name: ['-foo'] } }],
  [
    'twice',
    getThing,
    [pc('Count', 1), pc('Count', 2)],
    {
      errorId: 'ParameterAlreadyBound',
      message:
        'Cannot bind parameter because parameter \'Count\' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".',
    },
  ],
  // Arrays and conversion.
  ['an array parameter takes a scalar', getThing, [pc('Name', 'a')], { bound: { Name: ['a'] } }],
  ['an array parameter takes an array, converting each element', disconnectPSSession, [pc('Id', ['1', 2])], { bound: { Id: [1, 2] }, set: 'Id' }],
  [
    'a scalar parameter refuses an array',
    getThing,
    [pc('Count', [1, 2])],
    { errorId: 'CannotConvertArgument', message: "Cannot convert 'System.Object[]' to the type 'System.Int32' required by parameter 'Count'. Specified method is not supported." },
  ],
  [
    'a conversion failure',
    getThing,
    [pc('Count', 'many')],
    {
      errorId: 'CannotConvertArgumentNoMessage',
      message: 'Cannot bind parameter \'Count\'. Cannot convert value "many" to type "System.Int32". Error: "The input string \'many\' was not in a correct format."',
    },
  ],
  [
    "a function's typed parameter transforms",
    advanced,
    [v('abc')],
    {
      errorId: 'ParameterArgumentTransformationError',
      message:
        'Cannot process argument transformation on parameter \'a\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."',
    },
  ],
  // Positional arguments and parameter sets.
  ['positional to the default set', getThing, [v('a')], { bound: { Name: ['a'] }, set: 'ByName' }],
  ['positional to another set when its type fits without conversion', getThing, [v(5)], { bound: { Id: 5 }, set: 'ById' }],
  ['positional after named', getThing, [pc('Force', true), v('a')], { bound: { Force: true, Name: ['a'] } }],
  ['positional converts when nothing fits as is', disconnectPSSession, [v('7')], { bound: { Id: [7] }, set: 'Id' }],
  [
    'a positional conversion failure is reported for the argument left over',
    disconnectPSSession,
    [v('abc')],
    {
      errorId: 'CannotConvertArgumentNoMessage',
      message: 'Cannot bind parameter \'Id\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."',
    },
  ],
  ['positional in declaration order for a function', advanced, [v('1'), v('x')], { bound: { a: 1, b: 'x' } }],
  ['too many positional arguments', getThing, [v('a'), v('b')], { errorId: 'PositionalParameterNotFound', message: "A positional parameter cannot be found that accepts argument 'b'." }],
  ['a leftover $null', getThing, [v('a'), v(null)], { errorId: 'PositionalParameterNotFound', message: "A positional parameter cannot be found that accepts argument '$null'." }],
  ['a leftover array', advanced, [v(1), v('b'), v([1, 2])], { errorId: 'PositionalParameterNotFound', message: "A positional parameter cannot be found that accepts argument 'System.Object[]'." }],
  [
    'parameters of two sets',
    getThing,
    [pc('Name', 'a'), pc('Id', 1)],
    {
      errorId: 'AmbiguousParameterSet',
      message:
        'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
    },
  ],
  ['no set chosen and no default: the one without missing mandatory parameters', noDefault, [pc('Z', 'z')], { bound: { Z: 'z' }, set: 'B' }],
  ['a set chosen by its parameter', noDefault, [pc('X', 'x')], { bound: { X: 'x' }, set: 'A' }],
  ['two parameters at one position in one set', clash, [v('a')], { errorId: 'AmbiguousPositionalParameterNoName', message: 'Cannot bind positional parameters because no names were given.' }],
  ['no sets', advanced, [pc('b', 'x')], { bound: { b: 'x' }, set: '__AllParameterSets' }],
  // Remaining arguments and simple functions.
  ['remaining arguments collect values and parameter texts', remaining, [v('a'), v(1), p('x'), v('y')], { bound: { First: 'a', Rest: [1, '-x', 'y'] } }],
  ['one remaining array is taken as it is', remaining, [v('a'), v([1, 2])], { bound: { First: 'a', Rest: [1, 2] } }],
  // Mandatory parameters.
  [
    'missing mandatory parameters, listed',
    newThing,
    [],
    { errorId: 'MissingMandatoryParameter', message: 'Cannot process command because of one or more missing mandatory parameters: Path Value.' },
  ],
  ['mandatory parameters the pipeline may still supply are not missing yet', disconnectPSSession, [], { bound: {} }, { pipelineInputExpected: true }],
  ['mandatory: $null refused', mandatoryRules, rulesWith('O', null), { errorId: 'ParameterArgumentValidationErrorNullNotAllowed', message: "Cannot bind argument to parameter 'O' because it is null." }],
  ['mandatory: AllowNull', mandatoryRules, rulesWith('ON', null), { bound: { S: 's', SE: 's', A: ['a'], AE: ['a'], O: 1, ON: null } }],
  ['mandatory: empty string refused', mandatoryRules, rulesWith('S', ''), { errorId: 'ParameterArgumentValidationErrorEmptyStringNotAllowed', message: "Cannot bind argument to parameter 'S' because it is an empty string." }],
  ['mandatory: AllowEmptyString', mandatoryRules, rulesWith('SE', ''), { bound: { S: 's', A: ['a'], AE: ['a'], O: 1, ON: 1, SE: '' } }],
  ['mandatory: empty array refused', mandatoryRules, rulesWith('A', []), { errorId: 'ParameterArgumentValidationErrorEmptyArrayNotAllowed', message: "Cannot bind argument to parameter 'A' because it is an empty array." }],
  ['mandatory: AllowEmptyCollection', mandatoryRules, rulesWith('AE', []), { bound: { S: 's', SE: 's', A: ['a'], O: 1, ON: 1, AE: [] } }],
  ['mandatory: a $null element refused', mandatoryRules, rulesWith('A', ['a', null]), { errorId: 'ParameterArgumentValidationErrorNullNotAllowed', message: "Cannot bind argument to parameter 'A' because it is null." }],
  ['mandatory: an empty string element refused', mandatoryRules, rulesWith('A', ['']), { errorId: 'ParameterArgumentValidationErrorEmptyStringNotAllowed', message: "Cannot bind argument to parameter 'A' because it is an empty string." }],
  // Validation attributes.
  ...(
    [
      ['ValidateRange above', pc('Count', 11), 'Count', 'The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again.'],
      ['ValidateRange below', pc('Count', 0), 'Count', 'The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.'],
      ['ValidateRange Positive', pc('Positive', 0), 'Positive', 'The argument "0" cannot be validated because its value is not greater than zero.'],
      ['ValidateSet', pc('Color', 'Blue'), 'Color', 'The argument "Blue" does not belong to the set "Red,Green" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.'],
      ['ValidateSet case-sensitive', pc('ExactColor', 'red'), 'ExactColor', 'The argument "red" does not belong to the set "Red" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.'],
      ['ValidatePattern', pc('Code', 'abcd'), 'Code', 'The argument "abcd" does not match the "^[a-z]{3}$" pattern. Supply an argument that matches "^[a-z]{3}$" and try the command again.'],
      ['ValidateCount min/max', pc('Tags', ['ab', 'cd', 'ef']), 'Tags', 'The parameter requires at least 1 value(s) and no more than 2 value(s) - 3 value(s) were provided.'],
      ['ValidateCount exact', pc('Pair', [1]), 'Pair', 'The parameter requires exactly 2 value(s) - 1 value(s) were provided.'],
      ['ValidateLength short, per element', pc('Tags', ['ab', 'c']), 'Tags', 'The character length (1) of the argument is too short. Specify an argument with a length that is greater than or equal to "2", and then try the command again.'],
      ['ValidateLength long', pc('Tags', 'abcde'), 'Tags', 'The character length (5) of the argument is too long. Specify an argument with a length that is shorter than or equal to "4", and then try the command again.'],
      ['ValidateScript', pc('Even', 3), 'Even', 'The " $_ % 2 -eq 0 " validation script for the argument with value "3" did not return a result of True. Determine why the validation script failed, and then try the command again.'],
      ['ValidateNotNull', pc('NotNull', null), 'NotNull', 'The argument is null. Provide a valid value for the argument, and then try running the command again.'],
      ['ValidateNotNull in a collection', pc('NotNull', [1, null]), 'NotNull', 'The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again.'],
      ['ValidateNotNullOrEmpty', pc('NotEmpty', ''), 'NotEmpty', 'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.'],
      ['ValidateNotNullOrEmpty collection', pc('NotEmpty', []), 'NotEmpty', 'The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.'],
      ['OutBuffer is validated', pc('OutBuffer', -1), 'OutBuffer', 'The -1 argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.'],
    ] as const
  ).map(([name, arg, parameter, inner]): [string, CommandMetadata, CommandArgument[], Expectation] => [
    name,
    getThing,
    [arg],
    { errorId: 'ParameterArgumentValidationError', message: `Cannot validate argument on parameter '${parameter}'. ${inner}`, parameter },
  ]),
  ['ValidateSet ignores case by default', getThing, [pc('Color', 'red')], { bound: { Color: 'red' } }],
  ['ValidateScript passes', getThing, [pc('Even', '4')], { bound: { Even: 4 } }],
  // Splatting.
  ['hashtable splatting', getThing, [splat(hashtable({ Name: 'a', Force: true }))], { bound: { Name: ['a'], Force: true } }],
  ['an explicit argument wins over a splatted one', getThing, [splat(hashtable({ Count: 1 })), pc('Count', 2)], { bound: { Count: 2 } }],
  ['array splatting gives positional arguments', advanced, [splat([1, 'x'])], { bound: { a: 1, b: 'x' } }],
  ['a splatted hashtable wrapped in a PSObject', getThing, [splat(new PSObject(hashtable({ Force: false })))], { bound: { Force: false } }],
  ['splatting $null adds nothing', getThing, [splat(null), v('a')], { bound: { Name: ['a'] } }],
  ['an unknown splatted name', getThing, [splat(hashtable({ Nope: 1 }))], { errorId: 'NamedParameterNotFound', message: "A parameter cannot be found that matches parameter name 'Nope'." }],
  ['a switch takes no value: the next argument is positional', getThing, [p('Force'), v(false)], { bound: { Force: true, Name: ['False'] } }],
  ['an unknown name after a positional argument', getThing, [v('a'), p('Bogus')], { errorId: 'NamedParameterNotFound', message: "A parameter cannot be found that matches parameter name 'Bogus'." }],
  // $PSDefaultParameterValues.
  ['a default value', getThing, [], { bound: { Count: 4 } }, { defaultParameterValues: hashtable({ 'Get-Thing:Count': 4 }) }],
  ['a default value for a wildcard command', getThing, [pc('Name', 'a')], { bound: { Name: ['a'], Count: 4 } }, { defaultParameterValues: hashtable({ 'Get-*:Count': 4 }) }],
  ['an explicit argument wins over a default', getThing, [pc('Count', 2)], { bound: { Count: 2 } }, { defaultParameterValues: hashtable({ 'Get-Thing:Count': 4 }) }],
  ['defaults of other commands do not apply', getThing, [], { bound: {} }, { defaultParameterValues: hashtable({ 'Set-Thing:Count': 4 }) }],
  ['Disabled turns defaults off', getThing, [], { bound: {} }, { defaultParameterValues: hashtable({ 'Get-Thing:Count': 4, Disabled: true }) }],
  // Common parameters.
  ['-Verbose', getThing, [p('Verbose')], { bound: { Verbose: true } }],
  ['-vb alias', getThing, [p('vb')], { bound: { Verbose: true } }],
  ['-WhatIf on a command without ShouldProcess', getThing, [p('WhatIf')], { errorId: 'NamedParameterNotFound', message: "A parameter cannot be found that matches parameter name 'WhatIf'." }],
  ['-WhatIf with ShouldProcess', disconnectPSSession, [p('WhatIf'), pc('Id', 1)], { bound: { WhatIf: true, Id: [1] } }],
];

for (const [name, command, args, expected, options] of cases) {
  test(name, () => {
    const outcome = bind(command, args, options);
    if ('bound' in expected) {
      if (!outcome.ok) assert.unreachable(`unexpected ${outcome.error.errorId}: ${outcome.error.message}`);
      else {
        assert.equal(outcome.bound, expected.bound);
        if (expected.set) assert.is(outcome.set, expected.set);
      }
    } else {
      if (outcome.ok) assert.unreachable(`bound ${JSON.stringify(outcome.bound)}`);
      else {
        assert.is(outcome.error.message, expected.message);
        assert.is(outcome.error.errorId, expected.errorId);
        assert.is(outcome.error.fullyQualifiedErrorId, `${expected.errorId},${suffix(command)}`);
        if (expected.parameter !== undefined) assert.is(outcome.error.parameterName, expected.parameter);
      }
    }
  });
}

test('-ErrorAction converts to ActionPreference', () => {
  const outcome = bind(getThing, [p('ea'), v('stop')]);
  assert.ok(outcome.ok);
  if (outcome.ok) {
    const value = outcome.bound.ErrorAction;
    assert.ok(isEnumValue(value));
    assert.is(String((value as { toStringText?: string }).toStringText ?? value), 'Stop');
  }
});

test('an enum parameter takes a constant name in any case', () => {
  const outcome = bind(disconnectPSSession, [pc('OutputBufferingMode', 'drop'), pc('Id', 1)]);
  assert.ok(outcome.ok);
  if (outcome.ok) {
    const value = outcome.bound.OutputBufferingMode as PSObject;
    assert.ok(isEnumValue(value));
    assert.is(value.typeNames[0], 'System.Management.Automation.Runspaces.OutputBufferingMode');
    assert.is(String(value.toStringText ?? value), 'Drop');
  }
});

test('a binding error carries the position of the argument', () => {
  const outcome = bind(getThing, [p('Bogus', 'extent-of-Bogus')]);
  assert.ok(!outcome.ok);
  if (!outcome.ok) {
    assert.is(outcome.error.position, 'extent-of-Bogus');
    assert.is(outcome.error.category, 'InvalidArgument');
    assert.is(outcome.error.exceptionTypeName, 'System.Management.Automation.ParameterBindingException');
  }
});

test('validation errors are ParameterBindingValidationException with the inner ValidationMetadataException', () => {
  const outcome = bind(getThing, [pc('Count', 0)]);
  assert.ok(!outcome.ok);
  if (!outcome.ok) {
    assert.is(outcome.error.category, 'InvalidData');
    assert.is(outcome.error.exceptionTypeName, 'System.Management.Automation.ParameterBindingValidationException');
    assert.is(outcome.error.innerException?.exceptionTypeName, 'System.Management.Automation.ValidationMetadataException');
  }
});

test('a conversion error keeps the PSInvalidCastException inside', () => {
  const outcome = bind(getThing, [pc('Count', 'x')]);
  assert.ok(!outcome.ok);
  if (!outcome.ok) assert.is(outcome.error.innerException?.exceptionTypeName, 'System.Management.Automation.PSInvalidCastException');
});

test('$PSBoundParameters keeps binding order; positional and default bindings are reported', () => {
  const outcome = bind(getThing, [pc('Force', true), v('a')], { defaultParameterValues: hashtable({ 'Get-Thing:Count': 3 }) });
  assert.ok(outcome.ok);
  if (outcome.ok) {
    assert.equal([...outcome.binder.boundParameterValues.keys()], ['Force', 'Name', 'Count']);
    assert.equal(outcome.binder.boundPositionally, ['Name']);
    assert.equal(outcome.binder.boundDefaultParameters, ['Count']);
  }
});

test('a simple function passes arguments no parameter takes to $args', () => {
  const outcome = bind(simple, [v('1'), v('x'), p('y'), pc('z', 2)]);
  assert.ok(outcome.ok);
  if (outcome.ok) {
    assert.equal(outcome.bound, { a: 1 });
    assert.equal(outcome.binder.unboundArguments, ['x', '-y', '-z:', 2]);
  }
});

test('the host is asked for missing mandatory parameters', () => {
  const prompts: MandatoryPrompt[] = [];
  const outcome = bind(newThing, [pc('Path', 'p')], {
    pipelinePosition: 2,
    promptForMissingMandatory: (prompt) => {
      prompts.push(prompt);
      return new Map([['Value', ['1', '2']]]);
    },
  });
  assert.is(prompts.length, 1);
  assert.is(prompts[0]!.caption, 'cmdlet New-Thing at command pipeline position 2');
  assert.is(prompts[0]!.message, 'Supply values for the following parameters:');
  assert.equal(prompts[0]!.fields, [{ name: 'Value', typeName: 'System.Int32[]', helpMessage: null, isArray: true }]);
  assert.ok(outcome.ok);
  if (outcome.ok) assert.equal(outcome.bound, { Path: 'p', Value: [1, 2] });
});

test('a prompt the user cancels leaves the parameters missing', () => {
  const outcome = bind(newThing, [], { promptForMissingMandatory: (prompt) => (prompt.fields[0]!.helpMessage === 'Where to put it' ? null : new Map()) });
  assert.ok(!outcome.ok);
  if (!outcome.ok) assert.is(outcome.error.message, 'Cannot process command because of one or more missing mandatory parameters: Path Value.');
});

test('a default value that does not bind becomes a warning', () => {
  const outcome = bind(getThing, [], { defaultParameterValues: hashtable({ 'Get-Thing:Count': 'many' }) });
  assert.ok(outcome.ok);
  if (outcome.ok) {
    assert.equal(outcome.bound, {});
    assert.equal(outcome.binder.warnings, [
      'The binding of default value \'many\' to parameter \'Count\' failed: Cannot bind parameter \'Count\'. Cannot convert value "many" to type "System.Int32". Error: "The input string \'many\' was not in a correct format."',
    ]);
  }
});

test('an error after defaults were bound names them', () => {
  const single = bind(getThing, [v('a'), v('b')], { defaultParameterValues: hashtable({ 'Get-Thing:Count': 2 }) });
  assert.ok(!single.ok);
  if (!single.ok) {
    assert.is(single.error.errorId, 'PositionalParameterNotFound');
    assert.is(
      single.error.message,
      "A positional parameter cannot be found that accepts argument 'b'. This failure might be caused by applying the default parameter binding. You can disable the default parameter binding in $PSDefaultParameterValues by setting $PSDefaultParameterValues[\"Disabled\"] to be $true, and retry. The following default parameter was successfully bound for this cmdlet when the error occurred: -Count",
    );
  }
  const multiple = bind(getThing, [v('a'), v('b')], { defaultParameterValues: hashtable({ 'Get-Thing:Count': 2, 'Get-Thing:Force': true }) });
  assert.ok(!multiple.ok);
  if (!multiple.ok) assert.ok(multiple.error.message.endsWith('The following default parameters were successfully bound for this cmdlet when the error occurred: -Count -Force'));
});

test('a script block default runs with the binding state', () => {
  const states: unknown[] = [];
  const outcome = bind(getThing, [v('a')], {
    defaultParameterValues: hashtable({ 'Get-Thing:Count': new ScriptBlock('7') }),
    evaluateDefaultValue: (script, state) => {
      states.push(state.propertyValue('BoundPositionalParameters'));
      return [Number(script.text)];
    },
  });
  assert.ok(outcome.ok);
  if (outcome.ok) assert.equal(outcome.bound, { Name: ['a'], Count: 7 });
  assert.equal(states, [['Name']]);
});

test.run();
