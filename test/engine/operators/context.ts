/**
 * An OperatorContext for tests: $Matches is recorded, and script blocks are stood in for by JS
 * functions keyed by their text (the evaluator runs real ones).
 */
import type { OperatorContext } from '../../../src/engine/operators/index.js';
import { resolveType } from '../../../src/engine/types/index.js';
import { Hashtable, ScriptBlock } from '../../../src/engine/values/index.js';

export interface TestContext extends OperatorContext {
  matches: Hashtable | undefined;
}

export function testContext(blocks: Record<string, (dollarUnder: unknown, args: readonly unknown[]) => unknown[]> = {}): TestContext {
  const context: TestContext = {
    matches: undefined,
    resolveType: (name) => resolveType(name),
    setMatches(matches) {
      context.matches = matches;
    },
    invokeScriptBlock(block: ScriptBlock, args, dollarUnder) {
      const run = blocks[block.text];
      if (!run) throw new Error(`no stand-in for script block {${block.text}}`);
      return run(dollarUnder, args);
    },
  };
  return context;
}
