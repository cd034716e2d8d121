/**
 * Should: collects its pipeline input (one item is the value itself, several an array) and runs
 * the chosen operator; a failure is a terminating error with Pester's message and error id.
 */
import { enumerableItems, toPSString } from '../../engine/conversion/index.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { ErrorRecord, ExceptionValue, newErrorRecord, PSErrorException } from '../../engine/runtime/error-record.js';
import { ScriptBlock } from '../../engine/values/index.js';
import { unescapeWildcard } from '../../engine/wildcard/index.js';
import type { ParameterSpec } from '../../binding/index.js';
import { assertions, type AssertionInput } from './assertions.js';
import { assertionFailure } from './failure-display.js';
import { formatBecause, formatNicely, joinAnd } from './format-nicely.js';
import { haveParameter } from './have-parameter.js';
import { invokeAssertion, invokeVerifiableAssertion } from './mock-assertions.js';
import { insideTry, snippetTrue, snippetValue } from './script-helpers.js';
import { pesterState, scriptBlock } from './test-tree.js';

/** Pester's short operator aliases. */
const operatorAliases: Record<string, string[]> = {
  Be: ['EQ'],
  BeExactly: ['CEQ'],
  BeGreaterThan: ['GT'],
  BeLessThan: ['LT'],
  BeGreaterOrEqual: ['GE'],
  BeLessOrEqual: ['LE'],
  BeOfType: ['HaveType'],
  MatchExactly: ['CMATCH'],
};

/** Operators that need more than the actual and expected values: each returns the failure message or null. */
type CommandAssertion = (runtime: CommandRuntime, actual: unknown, negate: boolean, because: string | undefined) => string | null;

const operatorNames = [...assertions.keys(), 'Throw', 'HaveParameter', 'Invoke', 'InvokeVerifiable'];

/** Operators whose expected value has a name of its own, which the first positional argument also gives. */
const expectedParameterOf: Record<string, string> = {
  BeOfType: 'ExpectedType',
  FileContentMatch: 'ExpectedContent',
  FileContentMatchExactly: 'ExpectedContent',
  FileContentMatchMultiline: 'ExpectedContent',
  FileContentMatchMultilineExactly: 'ExpectedContent',
};

const parameters: ParameterSpec[] = [
  { name: 'ActualValue', type: 'object', valueFromPipeline: true, allowNull: true },
  { name: 'Not', type: 'switch' },
  ...operatorNames.map((name): ParameterSpec => ({ name, type: 'switch', aliases: operatorAliases[name] ?? [] })),
  { name: 'ExpectedValue', type: 'object', position: 0, allowNull: true },
  { name: 'Because', type: 'string', position: 1 },
  { name: 'ExpectedMessage', type: 'string' },
  { name: 'ErrorId', type: 'string' },
  { name: 'ExceptionType', type: 'type' },
  { name: 'ExpectedType', type: 'object' },
  { name: 'ExpectedContent', type: 'object' },
  { name: 'PassThru', type: 'switch' },
  // -HaveParameter's
  { name: 'ParameterName', type: 'object' },
  { name: 'Type', type: 'object' },
  { name: 'DefaultValue', type: 'object' },
  { name: 'Mandatory', type: 'switch' },
  { name: 'InParameterSet', type: 'object' },
  { name: 'Alias', type: 'object' },
  // -Invoke's
  { name: 'CommandName', type: 'string' },
  { name: 'Times', type: 'int' },
  { name: 'ParameterFilter', type: 'scriptblock' },
  { name: 'ExclusiveFilter', type: 'scriptblock' },
  { name: 'ModuleName', type: 'string' },
  { name: 'Scope', type: 'string' },
  { name: 'Exactly', type: 'switch' },
];

/** `x -like pattern` as Pester's Get-DoValuesMatch applies -ExpectedMessage and -ErrorId. */
function likeMatch(runtime: CommandRuntime, actual: string, pattern: string): boolean {
  return snippetTrue(runtime.frame, '$a -like $b', actual, pattern);
}

/** pwsh's position message of where an exception was thrown, as Pester quotes it ("from file:line char:n ..."). */
function exceptionLine(record: ErrorRecord): string {
  const position = toPSString(record.invocationInfo?.propertyValue('PositionMessage') ?? '');
  return position.split(/\r?\n/).filter((line) => /\S/.test(line)).join('\n').replace(/^At /, 'from ').replace(/\n/g, '\n    ');
}

/** Should -Throw: runs the script block and checks what it threw. Returns the failure message or null. */
function throwAssertion(runtime: CommandRuntime, actual: unknown, negate: boolean, because: string | undefined): string | null {
  if (!(actual instanceof ScriptBlock)) {
    throw new PSErrorException(
      newErrorRecord(new ExceptionValue('System.ArgumentException', "Input is missing or not a ScriptBlock. Input to '-Throw' and '-Not -Throw' must be enclosed in curly braces."), 'System.ArgumentException', 'NotSpecified'),
    );
  }
  let thrown: ErrorRecord | null = null;
  try {
    insideTry(runtime.frame, () => runtime.frame.context.runner.invoke(runtime.frame, actual, []));
  } catch (error) {
    if (!(error instanceof PSErrorException)) throw error;
    thrown = error.errorRecord;
  }
  const b = formatBecause(because);
  if (negate) {
    return thrown === null ? null : `Expected no exception to be thrown,${b} but an exception "${thrown.exception.message}" was thrown ${exceptionLine(thrown)}.`;
  }
  const filters: string[] = [];
  const buts: string[] = [];
  const frame = runtime.frame;
  const exceptionType = runtime.parameter('ExceptionType');
  if (exceptionType !== undefined && exceptionType !== null) {
    filters.push(`type ${formatNicely(frame, exceptionType)}`);
    if (thrown && !snippetTrue(frame, '$a -is $b', thrown.exception, exceptionType)) {
      buts.push(`the exception type was ${formatNicely(frame, snippetValue(frame, '$a.GetType()', thrown.exception))}`);
    }
  }
  const expectedMessage = toPSString(runtime.parameter('ExpectedMessage') ?? runtime.parameter('ExpectedValue') ?? '');
  let wildcardHint = '';
  if (expectedMessage.trim() !== '') {
    const unescaped = unescapeWildcard(expectedMessage);
    filters.push(`message like ${formatNicely(frame, unescaped)}`);
    if (thrown && !likeMatch(runtime, thrown.exception.message, expectedMessage)) {
      buts.push(`the message was ${formatNicely(frame, thrown.exception.message)}`);
      if (thrown.exception.message === unescaped) {
        wildcardHint =
          '\n    Note: -ExpectedMessage matches using wildcards (-like). The messages are identical except for the wildcard characters [ ] * ? in -ExpectedMessage. Escape them with a backtick (`[) or use [System.Management.Automation.WildcardPattern]::Escape() to match them literally.';
      }
    }
  }
  const errorId = toPSString(runtime.parameter('ErrorId') ?? '');
  if (errorId.trim() !== '') {
    filters.push(`FullyQualifiedErrorId ${formatNicely(frame, errorId)}`);
    if (thrown && !likeMatch(runtime, thrown.fullyQualifiedErrorId, errorId)) buts.push(`the FullyQualifiedErrorId was ${formatNicely(frame, thrown.fullyQualifiedErrorId)}`);
  }
  if (!thrown) buts.push('no exception was thrown');
  if (buts.length === 0) return null;
  const filter = joinAnd(filters);
  return `Expected an exception${filter ? ` with ${filter}` : ''} to be thrown,${b} but ${joinAnd(buts)}.${wildcardHint} ${thrown ? exceptionLine(thrown) : ''}`.trim();
}

function haveParameterAssertion(runtime: CommandRuntime, actual: unknown, negate: boolean, because: string | undefined): string | null {
  const text = (name: string) => (runtime.bound.has(name) ? toPSString(runtime.parameter(name) ?? '') : undefined);
  const aliases = runtime.parameter('Alias');
  return haveParameter({
    frame: runtime.frame,
    actual,
    parameterName: text('ParameterName') ?? text('ExpectedValue') ?? '',
    type: runtime.parameter('Type'),
    defaultValue: text('DefaultValue'),
    mandatory: runtime.switch('Mandatory'),
    inParameterSet: text('InParameterSet') ?? '',
    aliases: aliases === undefined || aliases === null ? [] : (enumerableItems(aliases) ?? [aliases]).map((alias) => toPSString(alias)),
    negate,
    because,
  });
}

/**
 * Should -Invoke. Should's first two positions are -ExpectedValue and -Because, which for
 * -Invoke are its -CommandName and -Times (`Should -Invoke Get-Thing 2`).
 */
function shouldInvoke(runtime: CommandRuntime, actual: unknown, negate: boolean, because: string | undefined): string | null {
  const positionalTimes = !runtime.bound.has('Times') && because !== undefined && /^\s*\d+\s*$/.test(because);
  const optionalBlock = (name: string) => (runtime.parameter(name) === undefined || runtime.parameter(name) === null ? null : scriptBlock(runtime.parameter(name)));
  return invokeAssertion(runtime, actual, {
    commandName: toPSString(runtime.parameter('CommandName') ?? runtime.parameter('ExpectedValue') ?? ''),
    times: runtime.bound.has('Times') ? Number(runtime.parameter('Times')) : positionalTimes ? Number(because) : null,
    parameterFilter: optionalBlock('ParameterFilter'),
    exclusiveFilter: optionalBlock('ExclusiveFilter'),
    moduleName: toPSString(runtime.parameter('ModuleName') ?? ''),
    scope: toPSString(runtime.parameter('Scope') ?? '0'),
    exactly: runtime.switch('Exactly'),
    negate,
    because: positionalTimes ? undefined : because,
  });
}

const commandAssertions: Record<string, CommandAssertion> = {
  Throw: throwAssertion,
  HaveParameter: haveParameterAssertion,
  Invoke: shouldInvoke,
  InvokeVerifiable: (runtime, _actual, negate, because) => invokeVerifiableAssertion(runtime, negate, because),
};

const should = new CmdletInfo(
  { name: 'Should', implementingType: 'Pester.Should', parameters },
  (runtime) => {
    const piped: unknown[] = [];
    let givenOnCommandLine = false;
    return {
      begin() {
        givenOnCommandLine = runtime.bound.has('ActualValue');
      },
      process() {
        if (!givenOnCommandLine && runtime.bound.has('ActualValue')) piped.push(runtime.parameter('ActualValue') ?? null);
      },
      end() {
        const actual = givenOnCommandLine ? (runtime.parameter('ActualValue') ?? null) : piped.length === 0 ? null : piped.length === 1 ? piped[0] : piped;
        const chosen = operatorNames.filter((name) => runtime.switch(name));
        if (chosen.length !== 1) throw new PSErrorException(runtime.errorRecord('System.ArgumentException', 'Use exactly one Should operator, such as -Be or -Throw.', 'ShouldOperator', 'InvalidArgument'));
        const negate = runtime.switch('Not');
        const because = runtime.parameter('Because') as string | undefined;
        const state = pesterState(runtime.frame.context);
        const operator = chosen[0];
        const namedExpected = expectedParameterOf[operator];
        const expected = (namedExpected ? runtime.parameter(namedExpected) : undefined) ?? runtime.parameter('ExpectedValue') ?? null;
        const input: AssertionInput = { frame: runtime.frame, actual, expected, negate, because, depth: state.runningTestPath?.length ?? 0 };
        const commandAssertion = commandAssertions[operator];
        const failure = commandAssertion ? commandAssertion(runtime, actual, negate, because) : assertions.get(operator)!(input);
        if (failure !== null) throw assertionFailure(runtime, failure);
      },
    };
  },
);

export const shouldCmdlets: readonly CmdletInfo[] = [should];
