/**
 * Should -Invoke and Should -InvokeVerifiable, and their Pester 4 forms Assert-MockCalled and
 * Assert-VerifiableMock: how many of a mock's calls in a scope passed a filter, and which
 * verifiable mocks ran, with Pester 5's failure messages.
 */
import { toPSString } from '../../engine/conversion/index.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import type { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import { assertionFailure } from './failure-display.js';
import { formatBecause } from './format-nicely.js';
import { commandToMock, mockedCommand, passesFilter } from './mock.js';
import { callHistoryKey, mockScopes, type MockBehavior, type MockScope } from './mock-state.js';
import { scriptThrow } from './script-helpers.js';
import { scriptBlock } from './test-tree.js';

export interface InvokeExpectation {
  readonly commandName: string;
  /** null when -Times was not given (it is then 1). */
  readonly times: number | null;
  readonly parameterFilter: ScriptBlockValue | null;
  readonly exclusiveFilter: ScriptBlockValue | null;
  readonly moduleName: string;
  readonly scope: string;
  readonly exactly: boolean;
  readonly negate: boolean;
  readonly because: string | undefined;
}

/** The mock scope -Scope names (Pester's Get-AssertMockTable): a number counts blocks up from the current test or block. */
function scopeNamed(runtime: CommandRuntime, scope: string): MockScope | null {
  const scopes = mockScopes(runtime.frame.context);
  if (scopes.length === 0) return null;
  const innermost = scopes[scopes.length - 1];
  const inTest = innermost.kind === 'It';
  const blocks = inTest ? scopes.slice(0, -1) : scopes;
  if (/^\d+$/.test(scope)) {
    const levels = Number(scope);
    if (inTest && levels === 0) return innermost;
    return blocks[Math.max(0, blocks.length - 1 - (inTest ? levels - 1 : levels))];
  }
  if (scope.toLowerCase() === 'it') {
    if (!inTest) throw scriptThrow('Assertion is placed outside of an It block, but -Scope It is specified.', runtime.invocation);
    return innermost;
  }
  const named = [...blocks].reverse().find((block) => block.kind.toLowerCase() === scope.toLowerCase());
  if (!named) throw scriptThrow(`Assertion is not placed directly nor nested inside a ${scope} block, but -Scope ${scope} is specified.`, runtime.invocation);
  return named;
}

function timesText(count: number): string {
  return `${count} times`;
}

/** Should -Invoke: null when the mock was called as expected, else Pester's failure message. */
export function invokeAssertion(runtime: CommandRuntime, actual: unknown, expectation: InvokeExpectation): string | null {
  const { commandName, parameterFilter, exclusiveFilter, moduleName, scope, exactly, negate, because } = expectation;
  const fail = (message: string) => scriptThrow(message, runtime.invocation);
  if (actual !== null && actual !== undefined) throw fail('Should -Invoke does not take pipeline input or ActualValue.');
  if (!['describe', 'context', 'it'].includes(scope.toLowerCase()) && !/^\d+$/.test(scope)) {
    throw fail("Parameter Scope must be one of 'Describe', 'Context', 'It' or a non-negative number.");
  }
  if (exclusiveFilter && negate) throw fail('Cannot use -ExclusiveFilter when -Not is specified. Use -ParameterFilter instead.');
  const counted = scopeNamed(runtime, scope);
  const { found } = commandToMock(runtime.frame, commandName);
  const original = mockedCommand(found);
  if (!found || !original || counted === null) {
    const where = moduleName === '' ? 'script scope' : `module ${moduleName}`;
    throw fail(
      `Should -Invoke: Could not find Mock for command ${commandName} in ${where}. Was the mock defined? Did you use the same -ModuleName as on the Mock? When using InModuleScope are InModuleScope, Mock and Should -Invoke using the same -ModuleName?`,
    );
  }
  const metadata = (found as CmdletInfo).metadata;
  const filter = exclusiveFilter ?? parameterFilter;
  const calls = counted.calls.get(callHistoryKey(moduleName, original.name)) ?? [];
  const matching = filter === null ? calls.length : calls.filter((call) => passesFilter(runtime.frame, filter, metadata, call.boundParameters, call.args)).length;
  const nonMatching = calls.length - matching;
  const times = expectation.times ?? 1;
  const name = `${original.name}${moduleName === '' ? '' : ` in module ${moduleName}`}`;
  const b = formatBecause(because);
  if (negate) {
    if (matching === times && (exactly || expectation.times === null)) return `Expected ${name} not to be called exactly ${timesText(times)},${b} but it was`;
    if (matching >= times && !exactly) return `Expected ${name} to be called less than ${timesText(times)},${b} but was called ${timesText(matching)}`;
    return null;
  }
  if (matching !== times && (exactly || times === 0)) return `Expected ${name} to be called ${timesText(times)} exactly,${b} but was called ${timesText(matching)}`;
  if (matching < times) return `Expected ${name} to be called at least ${timesText(times)},${b} but was called ${timesText(matching)}`;
  if (exclusiveFilter && nonMatching > 0) {
    return `Expected ${name} to only be called with with parameters matching the specified filter,${b} but ${nonMatching} non-matching calls were made`;
  }
  return null;
}

/** The verifiable behaviours of the running test and the blocks around it, the test's first. */
function verifiableBehaviors(runtime: CommandRuntime): MockBehavior[] {
  return [...mockScopes(runtime.frame.context)].reverse().flatMap((scope) => scope.behaviors.filter((behavior) => behavior.verifiable));
}

/** Should -InvokeVerifiable: null when every verifiable mock ran (-Not: none did), else Pester's failure message. */
export function invokeVerifiableAssertion(runtime: CommandRuntime, negate: boolean, because: string | undefined): string | null {
  const listed = verifiableBehaviors(runtime).filter((behavior) => behavior.executed === negate);
  if (listed.length === 0) return null;
  const mocks = listed
    .map((behavior) => {
      const module = behavior.moduleName === '' ? '' : `from inside module ${behavior.moduleName} `;
      const filter = behavior.filter === null ? '' : `with { ${behavior.filter.toString().trim()} }`;
      return `\n Command ${behavior.commandName} ${module}${filter}`;
    })
    .join('');
  const b = formatBecause(because);
  return negate ? `\nExpected no verifiable mocks to be called,${b} but these were:${mocks}` : `\nExpected all verifiable mocks to be called,${b} but these were not:${mocks}`;
}

function optionalScriptBlock(value: unknown): ScriptBlockValue | null {
  return value === undefined || value === null ? null : scriptBlock(value);
}

/** Assert-MockCalled: Should -Invoke under Pester 4's name. */
const assertMockCalled = new CmdletInfo(
  {
    name: 'Assert-MockCalled',
    implementingType: 'Pester.AssertMockCalled',
    defaultParameterSetName: 'ParameterFilter',
    parameters: [
      { name: 'CommandName', type: 'string', position: 0, mandatory: true },
      { name: 'Times', type: 'int', position: 1 },
      { name: 'ParameterFilter', type: 'scriptblock' },
      { name: 'ExclusiveFilter', type: 'scriptblock', parameterSets: { ExclusiveFilter: { mandatory: true } } },
      { name: 'ModuleName', type: 'string' },
      { name: 'Scope', type: 'string' },
      { name: 'Exactly', type: 'switch' },
    ],
  },
  (runtime) => ({
    end() {
      const failure = invokeAssertion(runtime, null, {
        commandName: toPSString(runtime.parameter('CommandName')),
        times: runtime.bound.has('Times') ? Number(runtime.parameter('Times')) : null,
        parameterFilter: optionalScriptBlock(runtime.parameter('ParameterFilter')),
        exclusiveFilter: optionalScriptBlock(runtime.parameter('ExclusiveFilter')),
        moduleName: toPSString(runtime.parameter('ModuleName') ?? ''),
        scope: toPSString(runtime.parameter('Scope') ?? '0'),
        exactly: runtime.switch('Exactly'),
        negate: false,
        because: undefined,
      });
      if (failure !== null) throw assertionFailure(runtime, failure);
    },
  }),
);

/** Assert-VerifiableMock: Should -InvokeVerifiable under Pester 4's name. */
const assertVerifiableMock = new CmdletInfo({ name: 'Assert-VerifiableMock', implementingType: 'Pester.AssertVerifiableMock', parameters: [] }, (runtime) => ({
  end() {
    const failure = invokeVerifiableAssertion(runtime, false, undefined);
    if (failure !== null) throw assertionFailure(runtime, failure);
  },
}));

export const mockAssertionCmdlets: readonly CmdletInfo[] = [assertMockCalled, assertVerifiableMock];
