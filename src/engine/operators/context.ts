/**
 * What the operators need from the evaluator: type lookup (for -is/-as with a type name),
 * setting $Matches, running script blocks (-replace with a script block, -split with a
 * predicate) and the types' own operator methods (op_Addition on DateTime and the like).
 */
import type { Hashtable, ScriptBlock } from '../values/index.js';
import type { PSTypeInfo } from '../types/index.js';

export interface OperatorContext {
  /** The type a script means by this name, or null (usually the registry's resolveType with the script's `using namespace`s). */
  resolveType(name: string): PSTypeInfo | null;
  /** Sets $Matches in the current scope after a successful scalar -match. */
  setMatches(matches: Hashtable): void;
  /** Runs the block with $_ set to `dollarUnder` and $args to `args`; returns its output. */
  invokeScriptBlock(block: ScriptBlock, args: readonly unknown[], dollarUnder?: unknown): unknown[];
  /**
   * Calls the left operand's type's operator method (`op_Addition`, `op_Subtraction`...) when
   * it has one; `found: false` otherwise. Optional: without it such operations fail as pwsh's
   * do on types without the operator.
   */
  callOperatorMethod?(methodName: string, left: unknown, right: unknown): { found: boolean; value?: unknown };
  /** $OFS, used when an array is concatenated to a string; a space when not given. */
  outputFieldSeparator?: string;
}
