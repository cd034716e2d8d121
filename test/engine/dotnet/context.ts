/**
 * The evaluator's side of DotNetContext for tests: script blocks are JS functions registered by
 * their text, called with $_ and $args as the evaluator would.
 */
import type { DotNetContext } from '../../../src/engine/dotnet/index.js';
import { ScriptBlock } from '../../../src/engine/values/index.js';

type Body = (dollarUnder: unknown, args: readonly unknown[]) => unknown[];

export function scriptContext(): DotNetContext & { block(text: string, body: Body): ScriptBlock } {
  const bodies = new Map<string, Body>();
  return {
    block(text, body) {
      bodies.set(text, body);
      return new ScriptBlock(text);
    },
    invokeScriptBlock(block, args, dollarUnder) {
      const body = bodies.get(block.text);
      if (!body) throw new Error(`no test body for { ${block.text} }`);
      return body(dollarUnder, args);
    },
    createScriptBlock(text) {
      return new ScriptBlock(text);
    },
  };
}
