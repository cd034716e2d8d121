/**
 * Pester 5's discovery: running a test file records its Describe/Context blocks, their It tests
 * and their setup and teardown blocks in a tree, which the run phase (run-tests.ts) executes.
 */
import type { ExecutionContext } from '../../engine/runtime/frame.js';
import { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import { PSVariable, type Scope } from '../../engine/runtime/session-state.js';
import { toPSString } from '../../engine/conversion/index.js';
import { Hashtable, type ScriptBlock } from '../../engine/values/index.js';

export interface TestDefinition {
  readonly kind: 'test';
  readonly name: string;
  readonly body: ScriptBlockValue;
  /** The -ForEach (-TestCases) item this test runs with ($_, and a hashtable's keys as variables), or null. */
  readonly data: unknown;
  readonly skip: boolean;
  readonly tags: readonly string[];
}

export interface BlockDefinition {
  readonly kind: 'block';
  readonly name: string;
  /** 'Describe' or 'Context': Detailed output names the block with it. */
  readonly commandUsed: string;
  /** The -ForEach item this copy of the block runs with, or null. */
  readonly data: unknown;
  readonly skip: boolean;
  readonly tags: readonly string[];
  readonly items: (TestDefinition | BlockDefinition)[];
  readonly beforeAll: ScriptBlockValue[];
  readonly beforeEach: ScriptBlockValue[];
  readonly afterEach: ScriptBlockValue[];
  readonly afterAll: ScriptBlockValue[];
}

export function newBlock(name: string, commandUsed: string, options: { data?: unknown; skip?: boolean; tags?: readonly string[] } = {}): BlockDefinition {
  const { data = null, skip = false, tags = [] } = options;
  return { kind: 'block', name, commandUsed, data, skip, tags, items: [], beforeAll: [], beforeEach: [], afterEach: [], afterAll: [] };
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

/** Counts the tests a block holds. */
export function countTests(block: BlockDefinition): number {
  return block.items.reduce((sum, item) => sum + (item.kind === 'test' ? 1 : countTests(item)), 0);
}

/**
 * Defines the variables a -ForEach item (null: none) gives its block or test, as Pester's
 * Add-DataToContext: `_` is the item, and a dictionary's keys become variables too (`_` itself
 * wins over a key named `_`).
 */
export function defineDataVariables(scope: Scope, data: unknown): void {
  if (data === null) return;
  scope.define(new PSVariable('_', data));
  if (data instanceof Hashtable) for (const [key, value] of data.entries()) if (toPSString(key) !== '_') scope.define(new PSVariable(toPSString(key), value));
}
