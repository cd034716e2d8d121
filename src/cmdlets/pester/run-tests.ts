/**
 * Pester 5's run phase: each block's BeforeAll runs once in the block's scope, each test runs in
 * a scope under it with its test case's variables, BeforeEach/AfterEach around it (outermost
 * BeforeEach first, innermost AfterEach first), then AfterAll. Output follows Pester 5's
 * Normal and Detailed views.
 */
import { performance } from 'node:perf_hooks';
import { toPSString } from '../../engine/conversion/index.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { runScriptBlock } from '../../engine/runtime/command-processors.js';
import { ErrorRecord, ExceptionValue, newErrorRecord, PSErrorException } from '../../engine/runtime/error-record.js';
import type { Frame } from '../../engine/runtime/frame.js';
import { PSVariable, Scope } from '../../engine/runtime/session-state.js';
import type { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import { Hashtable } from '../../engine/values/index.js';
import { failureLines } from './failure-display.js';
import { humanTime } from './format-nicely.js';
import { evaluateText, insideTry } from './script-helpers.js';
import { countTests, pesterState, type BlockDefinition, type TestDefinition } from './test-tree.js';

export type Verbosity = 'None' | 'Minimal' | 'Normal' | 'Detailed' | 'Diagnostic';

/** One discovered file (path null for a Describe run on its own) and the scope it ran in. */
export interface DiscoveredContainer {
  readonly path: string | null;
  readonly root: BlockDefinition;
  readonly scope: Scope;
}

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
  notRun: number;
}

/** Runs test code in `scope` as Pester does: inside its try/catch, the output discarded. */
function runIn(frame: Frame, scope: Scope, block: ScriptBlockValue): void {
  insideTry(frame, () => runScriptBlock(frame.withScope(scope).withOutput(() => {}), block, [], { dotSource: true }));
}

/** An error a test body raised, as an error record (script errors already are one). */
function asErrorRecord(error: unknown): ErrorRecord {
  if (error instanceof PSErrorException) return error.errorRecord;
  if (error instanceof Error) return newErrorRecord(new ExceptionValue('System.Exception', error.message), 'System.Exception', 'NotSpecified');
  throw error;
}

class TestRun {
  readonly counts: RunCounts = { passed: 0, failed: 0, skipped: 0, notRun: 0 };
  private readonly detailed: boolean;

  constructor(
    private readonly runtime: CommandRuntime,
    private readonly verbosity: Verbosity,
  ) {
    this.detailed = verbosity === 'Detailed' || verbosity === 'Diagnostic';
  }

  write(text: string): void {
    if (this.verbosity !== 'None') this.runtime.writeInformation(text, ['PSHOST'], true);
  }

  runContainer(container: DiscoveredContainer): void {
    if (this.detailed && container.path !== null) this.write(`\nRunning tests from '${container.path}'`);
    const start = performance.now();
    const failedBefore = this.counts.failed;
    const user = this.runBlock(container.root, container.scope, [], []);
    const total = performance.now() - start;
    if (this.verbosity === 'Normal' && container.path !== null && this.counts.failed === failedBefore) {
      this.write(`[+] ${container.path} ${humanTime(total)} (${humanTime(user)}|${humanTime(total - user)})`);
    }
  }

  /** Runs a block and returns the time its script blocks took (Pester's user duration). */
  private runBlock(block: BlockDefinition, parentScope: Scope, path: string[], ancestors: BlockDefinition[]): number {
    const isRoot = block.commandUsed === 'Root';
    const blockPath = isRoot ? path : [...path, block.name];
    const chain = [...ancestors, block];
    if (this.detailed && !isRoot && countTests(block) > 0) {
      this.write(`${' '.repeat(path.length)}${block.commandUsed === 'Describe' ? 'Describing' : 'Context'} ${block.name}`);
    }
    const scope = new Scope(parentScope);
    let user = 0;
    const timed = (action: () => void) => {
      const start = performance.now();
      try {
        action();
      } finally {
        user += performance.now() - start;
      }
    };
    try {
      for (const setup of block.beforeAll) timed(() => runIn(this.runtime.frame, scope, setup));
    } catch (error) {
      this.blockFailed(block, blockPath, 'BeforeAll', asErrorRecord(error));
      return user;
    }
    for (const item of block.items) {
      if (item.kind === 'block') user += this.runBlock(item, scope, blockPath, chain);
      else for (const testCase of item.testCases) user += this.runTest(item, testCase, scope, blockPath, chain);
    }
    try {
      for (const teardown of block.afterAll) timed(() => runIn(this.runtime.frame, scope, teardown));
    } catch (error) {
      this.blockFailed(block, blockPath, 'AfterAll', asErrorRecord(error));
    }
    return user;
  }

  /** A failing BeforeAll fails the block's tests; a failing AfterAll is reported on the block. */
  private blockFailed(block: BlockDefinition, blockPath: string[], phase: string, record: ErrorRecord): void {
    const margin = this.detailed ? ' '.repeat(blockPath.length - 1) : '';
    this.write(`${margin}[-] ${block.commandUsed} ${this.detailed ? block.name : blockPath.join('.')} failed`);
    for (const line of failureLines(record, 0)) this.write(`${margin} ${line}`);
    if (phase === 'BeforeAll') this.counts.failed += countTests(block);
  }

  private runTest(test: TestDefinition, testCase: unknown, blockScope: Scope, blockPath: string[], chain: BlockDefinition[]): number {
    const frame = this.runtime.frame;
    const scope = new Scope(blockScope);
    if (testCase !== null) {
      scope.define(new PSVariable('_', testCase));
      if (testCase instanceof Hashtable) for (const [key, value] of testCase.entries()) scope.define(new PSVariable(toPSString(key), value));
    }
    const name = this.expandName(test.name, frame.withScope(scope));
    const margin = this.detailed ? ' '.repeat(blockPath.length + 1) : '';
    const shownName = this.detailed ? name : [...blockPath, name].join('.');
    if (test.skip) {
      this.counts.skipped++;
      if (this.detailed) this.write(`${margin}[!] ${shownName} 0ms (0ms|0ms)`);
      return 0;
    }
    const state = pesterState(frame.context);
    const testStackDepth = frame.context.callStack.length;
    state.runningTestPath = [...blockPath, name];
    state.runningTestStackDepth = testStackDepth;
    const errors: ErrorRecord[] = [];
    const start = performance.now();
    let user = 0;
    try {
      for (const block of chain) for (const setup of block.beforeEach) runIn(frame, scope, setup);
      runIn(frame, scope, test.body);
    } catch (error) {
      errors.push(asErrorRecord(error));
    } finally {
      for (const block of [...chain].reverse()) {
        for (const teardown of block.afterEach) {
          try {
            runIn(frame, scope, teardown);
          } catch (error) {
            errors.push(asErrorRecord(error));
          }
        }
      }
      user = performance.now() - start;
      state.runningTestPath = null;
    }
    const total = performance.now() - start;
    const time = `${humanTime(total)} (${humanTime(user)}|${humanTime(total - user)})`;
    if (errors.length === 0) {
      this.counts.passed++;
      if (this.detailed) this.write(`${margin}[+] ${shownName} ${time}`);
      return user;
    }
    this.counts.failed++;
    if (this.verbosity !== 'None') {
      this.write(`${margin}[-] ${shownName} ${time}`);
      const lines = errors.length === 1 ? failureLines(errors[0], testStackDepth) : errors.flatMap((e, i) => failureLines(e, testStackDepth).map((line, j) => (j === 0 ? `[${i}] ${line}` : line)));
      for (const line of lines) this.write(`${margin} ${line}`);
    }
    return user;
  }

  /** `<name>` in a test's name shows that variable (or property path) from the test's scope. */
  private expandName(name: string, frame: Frame): string {
    return name.replace(/<([\w.]+)>/g, (whole, path: string) => {
      const value = evaluateText(frame, `$${path}`);
      return value.length === 0 ? whole : value.map((v) => toPSString(v)).join(' ');
    });
  }
}

/** Runs discovered containers and prints Pester's summary; returns the counts. */
export function runDiscovered(runtime: CommandRuntime, containers: readonly DiscoveredContainer[], verbosity: Verbosity, discoveryMs?: number): RunCounts {
  const run = new TestRun(runtime, verbosity);
  const start = performance.now();
  if (discoveryMs !== undefined && verbosity !== 'Minimal') {
    run.write(`Discovery found ${containers.reduce((sum, c) => sum + countTests(c.root), 0)} tests in ${humanTime(discoveryMs)}.`);
    run.write('Running tests.');
  }
  for (const container of containers) run.runContainer(container);
  const { passed, failed, skipped, notRun } = run.counts;
  run.write(`Tests completed in ${humanTime(performance.now() - start + (discoveryMs ?? 0))}`);
  run.write(`Tests Passed: ${passed}, Failed: ${failed}, Skipped: ${skipped} NotRun: ${notRun}`);
  return run.counts;
}
