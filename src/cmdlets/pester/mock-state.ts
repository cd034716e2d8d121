/**
 * Pester 5's mock bookkeeping. While tests run, every block and test is a mock scope: it holds
 * the behaviours Mock defined in it and the calls mocks took while it ran. A call counts in the
 * running test and in every block around it, so Should -Invoke -Scope Describe sees the calls its
 * tests made, as Pester's fold over a block's children does.
 */
import type { ExecutionContext } from '../../engine/runtime/frame.js';
import type { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import type { Scope } from '../../engine/runtime/session-state.js';

/** 'Root' is a file's (or a lone Describe's) own level, outside any Describe. */
export type MockScopeKind = 'It' | 'Describe' | 'Context' | 'Root';

export interface MockBehavior {
  readonly commandName: string;
  readonly moduleName: string;
  /** null for the default behaviour, which any call without a matching filter gets. */
  readonly filter: ScriptBlockValue | null;
  readonly mockWith: ScriptBlockValue;
  readonly verifiable: boolean;
  executed: boolean;
}

export interface MockCall {
  readonly boundParameters: ReadonlyMap<string, unknown>;
  readonly args: readonly unknown[];
}

export interface MockScope {
  readonly kind: MockScopeKind;
  /** The scope the block or test runs in: a mock defined here shadows its command there. */
  readonly scope: Scope;
  /** In the order Mock defined them. */
  readonly behaviors: MockBehavior[];
  /** By `module||command`, as Pester keys its call history. */
  readonly calls: Map<string, MockCall[]>;
}

const runningScopes = new WeakMap<ExecutionContext, MockScope[]>();

/** The running mock scopes, outermost first. */
export function mockScopes(context: ExecutionContext): readonly MockScope[] {
  return runningScopes.get(context) ?? [];
}

/** Runs a block's or test's code as a mock scope: mocks defined during it end with it. */
export function inMockScope<T>(context: ExecutionContext, kind: MockScopeKind, scope: Scope, run: () => T): T {
  let stack = runningScopes.get(context);
  if (!stack) runningScopes.set(context, (stack = []));
  stack.push({ kind, scope, behaviors: [], calls: new Map() });
  try {
    return run();
  } finally {
    stack.pop();
  }
}

export function callHistoryKey(moduleName: string, commandName: string): string {
  return `${moduleName}||${commandName}`;
}

/** Records a call in the running test or block and in every block around it. */
export function recordMockCall(context: ExecutionContext, key: string, call: MockCall): void {
  for (const scope of mockScopes(context)) {
    let calls = scope.calls.get(key);
    if (!calls) scope.calls.set(key, (calls = []));
    calls.push(call);
  }
}
