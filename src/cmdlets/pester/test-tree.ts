/**
 * Pester 5's discovery: running a test file records its Describe/Context blocks, their It tests
 * and their setup and teardown blocks in a tree, which the run phase (run-tests.ts) executes.
 */
import type { ExecutionContext } from '../../engine/runtime/frame.js';
import { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import type { ScriptBlock } from '../../engine/values/index.js';

export interface TestDefinition {
  readonly kind: 'test';
  readonly name: string;
  readonly body: ScriptBlockValue;
  /** One entry per -TestCases item (its keys become variables), or [null] without test cases. */
  readonly testCases: readonly unknown[];
  readonly skip: boolean;
  readonly tags: readonly string[];
}

export interface BlockDefinition {
  readonly kind: 'block';
  readonly name: string;
  /** 'Describe' or 'Context': Detailed output names the block with it. */
  readonly commandUsed: string;
  readonly items: (TestDefinition | BlockDefinition)[];
  readonly beforeAll: ScriptBlockValue[];
  readonly beforeEach: ScriptBlockValue[];
  readonly afterEach: ScriptBlockValue[];
  readonly afterAll: ScriptBlockValue[];
}

export function newBlock(name: string, commandUsed: string): BlockDefinition {
  return { kind: 'block', name, commandUsed, items: [], beforeAll: [], beforeEach: [], afterEach: [], afterAll: [] };
}

/** Pester's state in one session: the blocks being discovered, innermost last, and the running test. */
export interface PesterState {
  discovering: BlockDefinition[];
  /** Names of the blocks and test currently running (for string-diff margins), or null outside a test. */
  runningTestPath: string[] | null;
  /** The call stack's depth when the running test's body started (its failures show the frames above it). */
  runningTestStackDepth: number;
}

const states = new WeakMap<ExecutionContext, PesterState>();

export function pesterState(context: ExecutionContext): PesterState {
  let state = states.get(context);
  if (!state) states.set(context, (state = { discovering: [], runningTestPath: null, runningTestStackDepth: 0 }));
  return state;
}

export function scriptBlock(value: unknown): ScriptBlockValue {
  return ScriptBlockValue.from(value as ScriptBlock);
}

/** Counts the tests (with their test cases) a block holds. */
export function countTests(block: BlockDefinition): number {
  return block.items.reduce((sum, item) => sum + (item.kind === 'test' ? item.testCases.length : countTests(item)), 0);
}
