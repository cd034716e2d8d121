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
import { newBlock, pesterState, scriptBlock, type BlockDefinition } from './test-tree.js';
import { runDiscovered } from './run-tests.js';

function currentBlock(runtime: CommandRuntime, command: string): BlockDefinition {
  const stack = pesterState(runtime.frame.context).discovering;
  if (stack.length === 0) throw new Error(`${command} can only be used inside Describe or Context.`);
  return stack[stack.length - 1];
}

/** Runs a block's body during discovery, in a scope of its own, its output discarded. */
function discoverBlock(runtime: CommandRuntime, block: BlockDefinition, body: unknown): void {
  const state = pesterState(runtime.frame.context);
  state.discovering.push(block);
  try {
    const frame = runtime.frame.withScope(new Scope(runtime.frame.scope)).withOutput(() => {});
    runScriptBlock(frame, scriptBlock(body), [], { dotSource: true });
  } finally {
    state.discovering.pop();
  }
}

function blockCmdlet(name: 'Describe' | 'Context'): CmdletInfo {
  return new CmdletInfo(
    {
      name,
      implementingType: `Pester.${name}`,
      parameters: [
        { name: 'Name', type: 'string', position: 0, mandatory: true },
        { name: 'Fixture', type: 'scriptblock', position: 1 },
        { name: 'Tag', type: 'string[]', aliases: ['Tags'] },
        { name: 'ForEach', type: 'object' },
        { name: 'Skip', type: 'switch' },
      ],
    },
    (runtime) => ({
      end() {
        const block = newBlock(toPSString(runtime.parameter('Name')), name);
        const state = pesterState(runtime.frame.context);
        if (state.discovering.length === 0 && state.runningTestPath === null) {
          // Not under Invoke-Pester: discover this block under a root of its own and run it.
          const root = newBlock('', 'Root');
          root.items.push(block);
          state.discovering.push(root);
          try {
            discoverBlock(runtime, block, runtime.parameter('Fixture'));
          } finally {
            state.discovering.pop();
          }
          runDiscovered(runtime, [{ path: null, root, scope: runtime.frame.scope }], 'Normal');
          return;
        }
        currentBlock(runtime, name).items.push(block);
        discoverBlock(runtime, block, runtime.parameter('Fixture'));
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
      { name: 'TestCases', type: 'object[]', aliases: ['ForEach'] },
      { name: 'Tag', type: 'string[]', aliases: ['Tags'] },
      { name: 'Skip', type: 'switch' },
      { name: 'Pending', type: 'switch' },
    ],
  },
  (runtime) => ({
    end() {
      const cases = runtime.parameter('TestCases');
      const testCases = cases === undefined ? [null] : [...(enumerableItems(cases) ?? [cases])];
      currentBlock(runtime, 'It').items.push({
        kind: 'test',
        name: toPSString(runtime.parameter('Name')),
        body: scriptBlock(runtime.parameter('Test') ?? ''),
        testCases,
        skip: runtime.switch('Skip') || runtime.switch('Pending'),
        tags: ((runtime.parameter('Tag') as unknown[] | undefined) ?? []).map((tag) => toPSString(tag)),
      });
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

export const structureCmdlets: readonly CmdletInfo[] = [
  blockCmdlet('Describe'),
  blockCmdlet('Context'),
  it,
  setupCmdlet('BeforeAll', 'beforeAll'),
  setupCmdlet('BeforeEach', 'beforeEach'),
  setupCmdlet('AfterEach', 'afterEach'),
  setupCmdlet('AfterAll', 'afterAll'),
];
