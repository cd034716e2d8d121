import type { ScriptBlock } from '../values/index.js';

/**
 * What the .NET surface needs from the evaluator: running script blocks (for .ForEach(),
 * .Where() and the like) and compiling text into one ([scriptblock]::Create).
 */
export interface DotNetContext {
  /** Runs the block with $_ set to `dollarUnder` (when given) and $args to `args`; returns its output. */
  invokeScriptBlock(block: ScriptBlock, args: readonly unknown[], dollarUnder?: unknown): unknown[];
  /** Parses text into a script block, throwing the evaluator's parse error if it does not parse. */
  createScriptBlock(text: string): ScriptBlock;
}
