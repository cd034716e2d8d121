/**
 * Describe, Context, It, BeforeAll, BeforeEach, AfterEach and AfterAll: during discovery they
 * record the test tree. A Describe run outside Invoke-Pester discovers and runs itself, as
 * running a *.Tests.ps1 file directly does in Pester 5.
 */
import { enumerableItems, toPSString } from '../../engine/conversion/index.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { runScriptBlock } from '../../engine/runtime/command-processors.js';
import { Scope } from '../../engine/runtime/session-state.js';
import type { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import { scriptThrow } from './script-helpers.js';
import { defineDataVariables, newBlock, pesterState, scriptBlock, type BlockDefinition } from './test-tree.js';
import { runDiscovered } from './run-tests.js';

function currentBlock(runtime: CommandRuntime, command: string): BlockDefinition {
  const stack = pesterState(runtime.frame.context).discovering;
  // Pester's own check is a script `throw`: a RuntimeException whose error id is its text.
  if (stack.length === 0) throw scriptThrow(`${command} can only be used inside Describe or Context.`, runtime.invocation);
  return stack[stack.length - 1];
}

/** Runs a block's body during discovery, in a scope of its own with its -ForEach data, its output discarded. */
function discoverBlock(runtime: CommandRuntime, block: BlockDefinition, body: ScriptBlockValue): void {
  const state = pesterState(runtime.frame.context);
  state.discovering.push(block);
  try {
    const scope = new Scope(runtime.frame.scope);
    defineDataVariables(scope, block.data);
    runScriptBlock(runtime.frame.withScope(scope).withOutput(() => {}), body, [], { dotSource: true });
  } finally {
    state.discovering.pop();
  }
}

/**
 * The -ForEach items a block or test is repeated for: [null] when -ForEach is not given, none for
 * `-ForEach @()` or `$null` (Pester then defines nothing).
 */
function forEachItems(runtime: CommandRuntime, parameter: string): unknown[] {
  if (!runtime.bound.has(parameter)) return [null];
  const given = runtime.parameter(parameter);
  if (given === null || given === undefined) return [];
  return [...(enumerableItems(given) ?? [given])];
}

function tagsOf(runtime: CommandRuntime): string[] {
  return ((runtime.parameter('Tag') as unknown[] | undefined) ?? []).map((tag) => toPSString(tag));
}

function blockCmdlet(name: 'Describe' | 'Context'): CmdletInfo {
  return new CmdletInfo(
    {
      name,
      implementingType: `Pester.${name}`,
      parameters: [
        { name: 'Name', type: 'string', position: 0, mandatory: true },
        { name: 'Tag', type: 'string[]', aliases: ['Tags'] },
        { name: 'Fixture', type: 'scriptblock', position: 1, validation: [{ kind: 'ValidateNotNull' }] },
        { name: 'Skip', type: 'switch' },
        { name: 'ForEach', type: 'object' },
      ],
    },
    (runtime) => ({
      end() {
        const blockName = toPSString(runtime.parameter('Name'));
        const fixture = runtime.parameter('Fixture');
        if (fixture === undefined || fixture === null) {
          throw scriptThrow(
            blockName.includes('\n')
              ? 'Test fixture name has multiple lines and no test fixture is provided. (Have you provided a name for the test group?)'
              : 'No test fixture is provided. (Have you put the open curly brace on the next line?)',
            runtime.invocation,
          );
        }
        const body = scriptBlock(fixture);
        const options = { skip: runtime.switch('Skip'), tags: tagsOf(runtime) };
        const blocks = forEachItems(runtime, 'ForEach').map((data) => newBlock(blockName, name, { ...options, data }));
        const state = pesterState(runtime.frame.context);
        if (state.discovering.length === 0 && state.runningTestPath === null) {
          // Not under Invoke-Pester: discover these blocks under a root of their own and run them.
          const root = newBlock('', 'Root');
          root.items.push(...blocks);
          state.discovering.push(root);
          try {
            for (const block of blocks) discoverBlock(runtime, block, body);
          } finally {
            state.discovering.pop();
          }
          runDiscovered(runtime, [{ path: null, root, scope: runtime.frame.scope }], 'Normal');
          return;
        }
        const parent = currentBlock(runtime, name);
        for (const block of blocks) {
          parent.items.push(block);
          discoverBlock(runtime, block, body);
        }
      },
    }),
  );
}

const it = new CmdletInfo(
  {
    name: 'It',
    implementingType: 'Pester.It',
    parameters: [
      { name: 'Name', type: 'string', position: 0, mandatory: true },
      { name: 'Test', type: 'scriptblock', position: 1 },
      { name: 'ForEach', type: 'object[]', aliases: ['TestCases'] },
      { name: 'Tag', type: 'string[]' },
      { name: 'Pending', type: 'switch' },
      { name: 'Skip', type: 'switch' },
    ],
  },
  (runtime) => ({
    end() {
      const testName = toPSString(runtime.parameter('Name'));
      const body = runtime.parameter('Test');
      if (body === undefined || body === null) {
        throw scriptThrow(
          testName.includes('\n')
            ? 'Test name has multiple lines and no test scriptblock is provided. Did you provide the test name?'
            : 'No test scriptblock is provided. Did you put the opening curly brace on the next line?',
          runtime.invocation,
        );
      }
      const block = currentBlock(runtime, 'It');
      for (const data of forEachItems(runtime, 'ForEach')) {
        block.items.push({
          kind: 'test',
          name: testName,
          body: scriptBlock(body),
          data,
          skip: runtime.switch('Skip') || runtime.switch('Pending'),
          tags: tagsOf(runtime),
        });
      }
    },
  }),
);

type SetupList = 'beforeAll' | 'beforeEach' | 'afterEach' | 'afterAll';

function setupCmdlet(name: string, list: SetupList): CmdletInfo {
  return new CmdletInfo(
    { name, implementingType: `Pester.${name}`, parameters: [{ name: 'Scriptblock', type: 'scriptblock', position: 0, mandatory: true }] },
    (runtime) => ({
      end() {
        currentBlock(runtime, name)[list].push(scriptBlock(runtime.parameter('Scriptblock')));
      },
    }),
  );
}

/** BeforeDiscovery: code that prepares discovery (such as -ForEach data), run at once in the caller's scope. */
const beforeDiscovery = new CmdletInfo(
  { name: 'BeforeDiscovery', implementingType: 'Pester.BeforeDiscovery', parameters: [{ name: 'ScriptBlock', type: 'scriptblock', position: 0, mandatory: true }] },
  (runtime) => ({
    end() {
      runScriptBlock(runtime.frame, scriptBlock(runtime.parameter('ScriptBlock')), [], { dotSource: true });
    },
  }),
);

export const structureCmdlets: readonly CmdletInfo[] = [
  beforeDiscovery,
  blockCmdlet('Describe'),
  blockCmdlet('Context'),
  it,
  setupCmdlet('BeforeAll', 'beforeAll'),
  setupCmdlet('BeforeEach', 'beforeEach'),
  setupCmdlet('AfterEach', 'afterEach'),
  setupCmdlet('AfterAll', 'afterAll'),
];
