/**
 * Pester 5's Mock. As Pester does, a mock is a command defined under the mocked command's name
 * that shadows it: a stand-in with the real command's parameter metadata, defined in the scope of
 * the block or test that called Mock (so it ends with it), binding each call as the real command
 * would. A call runs the most recently defined behaviour whose -ParameterFilter passes, else the
 * most recent one without a filter, else the real command, looking through the running test and
 * the blocks around it (mock-state.ts). A program on PATH is mocked as Pester mocks one: the
 * stand-in is a simple function, every argument in $args.
 */
import { convertTo, toPSString } from '../../engine/conversion/index.js';
import { CmdletInfo, lookupCommand, type CmdletImplementation, type ResolvedCommand } from '../../engine/runtime/commands.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { runScriptBlock } from '../../engine/runtime/command-processors.js';
import { findProgram } from '../../engine/runtime/native-commands.js';
import { ExceptionValue, newErrorRecord, PSErrorException } from '../../engine/runtime/error-record.js';
import type { Frame } from '../../engine/runtime/frame.js';
import type { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import { PSVariable, Scope } from '../../engine/runtime/session-state.js';
import { resolveType } from '../../engine/types/index.js';
import { Hashtable } from '../../engine/values/index.js';
import { defineCommand, type CommandMetadata, type ParameterMetadata } from '../../binding/index.js';
import { callHistoryKey, mockScopes, recordMockCall, type MockBehavior } from './mock-state.js';
import { parsedScript, scriptThrow } from './script-helpers.js';
import { stringList } from '../parameter-lists.js';
import { pesterState, scriptBlock } from './test-tree.js';

/** A program on PATH that a mock stands in for. */
class NativeCommand {
  constructor(readonly name: string) {}
}

type MockedCommand = ResolvedCommand | NativeCommand;

/** The command each mock stands in for. */
const mockedCommands = new WeakMap<CmdletInfo, MockedCommand>();

/** The command a mock stands in for, or undefined when `command` is not a mock. */
export function mockedCommand(command: ResolvedCommand | undefined): MockedCommand | undefined {
  return command instanceof CmdletInfo ? mockedCommands.get(command) : undefined;
}

/** `throw [CommandNotFoundException] "..."`, as Pester reports a command it cannot find. */
function commandNotFound(message: string): PSErrorException {
  const record = newErrorRecord(new ExceptionValue('System.Management.Automation.CommandNotFoundException', message), 'CommandNotFoundException', 'ObjectNotFound');
  record.terminatesScript = true;
  return new PSErrorException(record);
}

/** The command Mock and Should -Invoke mean by a name: a command the caller sees (a mock's own command), else a program on PATH. */
export function commandToMock(frame: Frame, name: string): { found: ResolvedCommand | undefined; command: MockedCommand } {
  const found = lookupCommand(frame, name);
  if (found) return { found, command: mockedCommand(found) ?? found };
  if (findProgram(name, frame.context.location.current) !== undefined) return { found, command: new NativeCommand(name) };
  throw commandNotFound(`Could not find Command ${name}`);
}

/** The parameter that takes a mocked program's pipeline input (which a simple function's $input would hold); no call sees it bound. */
const programInput = '___PesterMockInput';

/** The parameter metadata a command binds with: a program's takes every argument into $args, and pipeline input. */
function metadataOf(command: MockedCommand, frame: Frame): CommandMetadata {
  if (command instanceof NativeCommand) {
    const parameters = [{ name: programInput, valueFromPipeline: true }];
    return defineCommand({ name: command.name, commandType: 'Function', isSimpleFunction: true, positionalBinding: false, parameters });
  }
  return command instanceof CmdletInfo ? command.metadata : command.scriptBlock.compiled.metadata(command.name, frame);
}

/** -RemoveParameterType makes the named parameters untyped; -RemoveParameterValidation drops their validation. */
function relaxedMetadata(metadata: CommandMetadata, untyped: readonly string[], unvalidated: readonly string[]): CommandMetadata {
  if (untyped.length === 0 && unvalidated.length === 0) return metadata;
  const named = (list: readonly string[], name: string) => list.some((n) => n.toLowerCase() === name.toLowerCase());
  return {
    ...metadata,
    parameters: metadata.parameters.map((p) => ({
      ...p,
      ...(named(untyped, p.name) && !p.isSwitch ? { typeName: 'System.Object' } : {}),
      ...(named(unvalidated, p.name) ? { validation: [] } : {}),
    })),
  };
}

/**
 * The variables a parameter filter sees (Pester's Get-ContextToDefine): each bound parameter
 * under its name and under each of its aliases.
 */
function filterVariables(metadata: CommandMetadata, bound: ReadonlyMap<string, unknown>): Map<string, unknown> {
  const variables = new Map<string, unknown>();
  for (const [name, value] of bound) {
    const parameter = metadata.parameters.find((p) => p.name.toLowerCase() === name.toLowerCase());
    for (const variable of parameter ? [parameter.name, ...parameter.aliases] : [name]) {
      if (![...variables.keys()].some((key) => key.toLowerCase() === variable.toLowerCase())) variables.set(variable, value);
    }
  }
  return variables;
}

/** Runs script text in `scope` (a new scope under the caller's) and returns its output. */
function runInScope(frame: Frame, scope: Scope, text: string): unknown[] {
  const output: unknown[] = [];
  runScriptBlock(frame.withScope(scope).withOutput((value) => { output.push(value); }), parsedScript(text), [], { dotSource: true });
  return output;
}

/** Whether a call's parameters pass a -ParameterFilter, run as Pester runs it: its variables defined, $args the call's. */
export function passesFilter(frame: Frame, filter: ScriptBlockValue, metadata: CommandMetadata, bound: ReadonlyMap<string, unknown>, args: readonly unknown[]): boolean {
  const scope = new Scope(frame.scope);
  const variables = filterVariables(metadata, bound);
  for (const [name, value] of variables) scope.define(new PSVariable(name, value));
  scope.define(new PSVariable('PesterBoundParameters', Hashtable.from(variables)));
  scope.define(new PSVariable('___PesterMockFilter', filter));
  // The call's own $args array: it remembers its `-Name` words for splatting.
  scope.define(new PSVariable('___PesterMockArgs', args));
  return runInScope(frame, scope, '[bool](& $___PesterMockFilter @___PesterMockArgs)')[0] === true;
}

/** The behaviour a call gets: the newest passing filter in the running test and the blocks around it, else the newest default. */
function matchingBehavior(frame: Frame, commandName: string, metadata: CommandMetadata, bound: ReadonlyMap<string, unknown>, args: readonly unknown[]): MockBehavior | null {
  const scopes = mockScopes(frame.context);
  let fallback: MockBehavior | null = null;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const behaviors = scopes[i].behaviors;
    for (let j = behaviors.length - 1; j >= 0; j--) {
      const behavior = behaviors[j];
      if (behavior.commandName !== commandName) continue;
      if (behavior.filter === null) fallback ??= behavior;
      else if (passesFilter(frame, behavior.filter, metadata, bound, args)) return behavior;
    }
  }
  return fallback;
}

/**
 * An unbound parameter's variable in the mock (Pester's stand-in declares no defaults): what $null
 * converts to for its type ('' for a string, 0 for a number), else $null.
 */
function unboundValue(parameter: ParameterMetadata): unknown {
  if (parameter.isSwitch) return false;
  const type = resolveType(parameter.typeName);
  if (!type) return null;
  try {
    return convertTo(null, type);
  } catch {
    // No conversion from $null (DateTime, enums): psh has no default(T) to give instead.
    return null;
  }
}

/**
 * Runs a behaviour's -MockWith as Pester does: in a scope under the caller's that holds the
 * mocked command's parameters as variables (and $_ for a pipeline object), given the bound
 * parameters and the call's $args by splatting; $PesterBoundParameters holds the bound ones too.
 */
function runMockWith(runtime: CommandRuntime, metadata: CommandMetadata, behavior: MockBehavior, bound: ReadonlyMap<string, unknown>, args: readonly unknown[], input: unknown): void {
  const scope = new Scope(runtime.frame.scope);
  for (const parameter of metadata.parameters) {
    if (parameter.origin !== 'Declared') continue;
    scope.define(new PSVariable(parameter.name, bound.has(parameter.name) ? bound.get(parameter.name) : unboundValue(parameter)));
  }
  if (input !== undefined) scope.define(new PSVariable('_', input));
  scope.define(new PSVariable('PesterBoundParameters', Hashtable.from(bound)));
  scope.define(new PSVariable('___PesterMockWith', behavior.mockWith));
  scope.define(new PSVariable('___PesterMockBound', Hashtable.from(bound)));
  scope.define(new PSVariable('___PesterMockArgs', args));
  runScriptBlock(runtime.frame.withScope(scope), parsedScript('& $___PesterMockWith @___PesterMockBound @___PesterMockArgs'), [], { dotSource: true });
}

/**
 * Calls the real command with the arguments the mock was called with, piping it the objects the
 * mock received. A program is called by name from a scope under the global one, where no mock
 * (each lives in a test's or block's scope) hides it.
 */
function runOriginal(runtime: CommandRuntime, original: MockedCommand, bound: ReadonlyMap<string, unknown>, args: readonly unknown[], inputs: readonly unknown[]): void {
  const native = original instanceof NativeCommand;
  const scope = new Scope(native ? runtime.frame.scope.global : runtime.frame.scope);
  scope.define(new PSVariable('___PesterMockCommand', native ? original.name : original));
  scope.define(new PSVariable('___PesterMockBound', Hashtable.from(bound)));
  scope.define(new PSVariable('___PesterMockArgs', args));
  scope.define(new PSVariable('___PesterMockInput', [...inputs]));
  const call = native ? '& $___PesterMockCommand @___PesterMockArgs' : '& $___PesterMockCommand @___PesterMockArgs @___PesterMockBound';
  runScriptBlock(runtime.frame.withScope(scope), parsedScript(inputs.length > 0 ? `$___PesterMockInput | ${call}` : call), [], { dotSource: true });
}

/**
 * One call of a mock: each pipeline object (or the one input-less call) gets a behaviour and is
 * counted; when none applies, the real command runs at the end with all the objects that got none.
 */
function mockInvocation(runtime: CommandRuntime, original: MockedCommand, metadata: CommandMetadata): CmdletImplementation {
  let beginBound: ReadonlyMap<string, unknown> = new Map();
  let args: readonly unknown[] = [];
  const passedOn: unknown[] = [];
  let runsOriginal = false;
  return {
    begin() {
      beginBound = new Map(runtime.bound);
      args = runtime.unboundArguments();
    },
    process(input) {
      const bound = new Map(runtime.bound);
      bound.delete(programInput);
      const behavior = matchingBehavior(runtime.frame, original.name, metadata, bound, args);
      if (behavior === null) {
        runsOriginal = true;
        if (input !== undefined) passedOn.push(input);
        return;
      }
      recordMockCall(runtime.frame.context, callHistoryKey(behavior.moduleName, behavior.commandName), { boundParameters: bound, args });
      behavior.executed = true;
      runMockWith(runtime, metadata, behavior, bound, args, input);
    },
    end() {
      if (runsOriginal) runOriginal(runtime, original, beginBound, args, passedOn);
    },
  };
}

function newMock(original: MockedCommand, metadata: CommandMetadata): CmdletInfo {
  const mock = new CmdletInfo({ name: original.name, parameters: [] }, (runtime) => mockInvocation(runtime, original, metadata), metadata);
  mockedCommands.set(mock, original);
  return mock;
}

const mock = new CmdletInfo(
  {
    name: 'Mock',
    implementingType: 'Pester.Mock',
    parameters: [
      { name: 'CommandName', type: 'string', position: 0 },
      { name: 'MockWith', type: 'scriptblock', position: 1 },
      { name: 'Verifiable', type: 'switch' },
      { name: 'ParameterFilter', type: 'scriptblock', position: 2 },
      { name: 'ModuleName', type: 'string', position: 3 },
      { name: 'RemoveParameterType', type: 'string[]', position: 4 },
      { name: 'RemoveParameterValidation', type: 'string[]', position: 5 },
    ],
  },
  (runtime) => ({
    end() {
      const context = runtime.frame.context;
      const scopes = mockScopes(context);
      if (scopes.length === 0) {
        // Pester ignores a Mock that runs during discovery (one written directly in a Describe).
        if (pesterState(context).discovering.length > 0) return;
        throw scriptThrow('I am neither in a test or a block, where am I?', runtime.invocation);
      }
      const { found, command: original } = commandToMock(runtime.frame, toPSString(runtime.parameter('CommandName') ?? ''));
      // A mock already visible here serves this behaviour too; otherwise the block or test gets its own.
      if (found === original || found === undefined) {
        const metadata = relaxedMetadata(metadataOf(original, runtime.frame), stringList(runtime.parameter('RemoveParameterType')), stringList(runtime.parameter('RemoveParameterValidation')));
        scopes[scopes.length - 1].scope.defineFunction(newMock(original, metadata));
      }
      const filter = runtime.parameter('ParameterFilter');
      const mockWith = runtime.parameter('MockWith');
      scopes[scopes.length - 1].behaviors.push({
        commandName: original.name,
        moduleName: toPSString(runtime.parameter('ModuleName') ?? ''),
        filter: filter === undefined || filter === null ? null : scriptBlock(filter),
        mockWith: mockWith === undefined || mockWith === null ? parsedScript('') : scriptBlock(mockWith),
        verifiable: runtime.switch('Verifiable'),
        executed: false,
      });
    },
  }),
);

export const mockCmdlets: readonly CmdletInfo[] = [mock];
