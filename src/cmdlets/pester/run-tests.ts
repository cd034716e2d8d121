/**
 * Pester 5's run phase: each block's BeforeAll runs once in the block's scope, each test runs in
 * a scope under it with its -ForEach data, BeforeEach/AfterEach around it (outermost BeforeEach
 * first, innermost AfterEach first), then AfterAll. -Tag/-ExcludeTag choose the tests that run;
 * a block none of whose tests run is not entered. Output follows Pester 5's Normal and Detailed
 * views, block names written just before their first test so `<name>` in them is expanded.
 */
import { performance } from 'node:perf_hooks';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { ErrorRecord, ExceptionValue, newErrorRecord, PSErrorException } from '../../engine/runtime/error-record.js';
import type { Frame } from '../../engine/runtime/frame.js';
import { Scope } from '../../engine/runtime/session-state.js';
import type { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import { toPSString } from '../../engine/conversion/index.js';
import { failureLines } from './failure-display.js';
import { humanTime } from './format-nicely.js';
import { evaluateText, runIn } from './script-helpers.js';
import { countTests, defineDataVariables, pesterState, type BlockDefinition, type TestDefinition } from './test-tree.js';
import { selectTests, type TestFilter } from './test-filter.js';
import { inMockScope, type MockScopeKind } from './mock-state.js';

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
  /** Paths (a.b) of the blocks whose BeforeAll or AfterAll failed. */
  failedBlocks: string[];
  /** The files whose discovery, or own BeforeAll or AfterAll, failed. */
  failedContainers: string[];
}

/** A block while it runs: where it sits and the name its `<...>` expanded to. */
interface RunningBlock {
  readonly definition: BlockDefinition;
  readonly parent: RunningBlock | null;
  /** The names of it and its ancestors as written (Pester's Path). */
  readonly path: readonly string[];
  expandedPath: readonly string[];
  /** Whether it is the first block to run among its siblings (Detailed separates later top-level ones). */
  readonly first: boolean;
  written: boolean;
}

/** An error a test body raised, as an error record (script errors already are one). */
function asErrorRecord(error: unknown): ErrorRecord {
  if (error instanceof PSErrorException) return error.errorRecord;
  if (error instanceof Error) return newErrorRecord(new ExceptionValue('System.Exception', error.message), 'System.Exception', 'NotSpecified');
  throw error;
}

/** The lines of one or more errors: with several, each error's first line is numbered `[i] `. */
function errorLines(errors: readonly ErrorRecord[], testStackDepth: number): string[] {
  const numbered = errors.length === 1 ? failureLines(errors[0], testStackDepth) : errors.flatMap((e, i) => failureLines(e, testStackDepth).map((line, j) => (j === 0 ? `[${i}] ${line}` : line)));
  // Each line of a multi-line message gets the margin too.
  return numbered.flatMap((line) => line.split('\n'));
}

/**
 * A block or test name with `<expression>` expanded as Pester does: the name becomes a
 * double-quoted string with each `<x>` turned into `$($x)` (a backtick before `<` keeps it).
 */
function expandName(name: string, frame: Frame): string {
  if (!name.includes('<')) return name;
  const text = '"' + name.replace(/\$/g, '`$').replace(/"/g, '`"').replace(/(?<!`)<([^>^`]+)>/g, '$$($$$1)') + '"';
  try {
    return evaluateText(frame, text).map((v) => toPSString(v)).join('');
  } catch {
    return name;
  }
}

class TestRun {
  readonly counts: RunCounts = { passed: 0, failed: 0, skipped: 0, notRun: 0, failedBlocks: [], failedContainers: [] };
  private readonly detailed: boolean;
  private selected: ReadonlySet<TestDefinition> = new Set();

  constructor(
    private readonly runtime: CommandRuntime,
    private readonly verbosity: Verbosity,
  ) {
    this.detailed = verbosity === 'Detailed' || verbosity === 'Diagnostic';
  }

  write(text: string): void {
    if (this.verbosity !== 'None') this.runtime.writeInformation(text, ['PSHOST'], true);
  }

  runContainer(container: DiscoveredContainer, selected: ReadonlySet<TestDefinition>): void {
    this.selected = selected;
    this.counts.notRun += countTests(container.root) - this.selected.size;
    if (this.detailed && container.path !== null) this.write(`\nRunning tests from '${container.path}'`);
    const start = performance.now();
    const failedBefore = this.failures();
    const root: RunningBlock = { definition: container.root, parent: null, path: [], expandedPath: [], first: true, written: true };
    const rootScope = new Scope(container.scope);
    const { user, errors } = inMockScope(this.runtime.frame.context, 'Root', rootScope, () => this.runBlockBody(root, rootScope, false));
    const total = performance.now() - start;
    // The file's own BeforeAll or AfterAll failing fails the container.
    if (errors.length > 0) {
      const name = container.path ?? '<ScriptBlock>';
      this.counts.failedContainers.push(name);
      this.write(`[-] ${name} failed with:`);
      for (const line of errors) this.write(line);
    }
    if (this.verbosity === 'Normal' && container.path !== null && this.failures() === failedBefore) {
      this.write(`[+] ${container.path} ${humanTime(total)} (${humanTime(user)}|${humanTime(total - user)})`);
    }
  }

  private failures(): number {
    return this.counts.failed + this.counts.failedBlocks.length + this.counts.failedContainers.length;
  }

  /** How many of the block's tests (its children's too) are chosen to run. */
  private selectedIn(block: BlockDefinition): number {
    return block.items.reduce((sum, item) => sum + (item.kind === 'test' ? (this.selected.has(item) ? 1 : 0) : this.selectedIn(item)), 0);
  }

  /** Runs a block's tests and child blocks in its scope; returns the time its script blocks took. */
  private runChildren(block: RunningBlock, scope: Scope, skipped: boolean): number {
    let user = 0;
    let firstChild = true;
    let firstTest = true;
    for (const item of block.definition.items) {
      if (item.kind === 'block') {
        if (this.selectedIn(item) === 0) continue;
        user += this.runBlock(item, block, scope, firstChild, skipped);
        firstChild = false;
      } else if (this.selected.has(item)) {
        if (firstTest) this.writeBlockHeader(block);
        firstTest = false;
        user += this.runTest(item, block, scope, skipped);
      }
    }
    return user;
  }

  /** Runs a block and returns the time its script blocks took (Pester's user duration). */
  private runBlock(definition: BlockDefinition, parent: RunningBlock, parentScope: Scope, first: boolean, parentSkipped: boolean): number {
    const path = [...parent.path, definition.name];
    const block: RunningBlock = { definition, parent, path, expandedPath: path, first, written: false };
    const scope = new Scope(parentScope);
    const kind = definition.commandUsed as MockScopeKind;
    const { user, errors } = inMockScope(this.runtime.frame.context, kind, scope, () => this.runBlockBody(block, scope, parentSkipped || definition.skip));
    if (errors.length > 0) this.blockFailed(block, errors);
    return user;
  }

  /** A block's BeforeAll, its tests and child blocks, then its AfterAll, in the block's scope. */
  private runBlockBody(block: RunningBlock, scope: Scope, skipped: boolean): { user: number; errors: string[] } {
    const { definition } = block;
    defineDataVariables(scope, definition.data);
    const frame = this.runtime.frame;
    const stackDepth = frame.context.callStack.length;
    const errors: ErrorRecord[] = [];
    let user = 0;
    const timed = (setups: readonly ScriptBlockValue[]) => {
      const start = performance.now();
      try {
        for (const setup of setups) runIn(frame, scope, setup);
      } catch (error) {
        errors.push(asErrorRecord(error));
      } finally {
        user += performance.now() - start;
      }
    };
    if (!skipped) timed(definition.beforeAll);
    if (block.parent) block.expandedPath = [...block.parent.expandedPath, expandName(definition.name, frame.withScope(scope))];
    if (errors.length > 0) {
      // The block's tests should have run but did not: Pester counts them as failed.
      this.counts.failed += this.selectedIn(definition);
      if (definition.items.some((item) => item.kind === 'test' && this.selected.has(item))) this.writeBlockHeader(block);
    } else {
      user += this.runChildren(block, scope, skipped);
    }
    if (!skipped) timed(definition.afterAll);
    return { user, errors: errors.length === 0 ? [] : errorLines(errors, stackDepth) };
  }

  /** Detailed output names a block (and any ancestors not yet named) before its first test. */
  private writeBlockHeader(block: RunningBlock): void {
    if (!this.detailed || block.written) return;
    if (block.parent) this.writeBlockHeader(block.parent);
    block.written = true;
    const level = block.path.length - 1;
    if (level === 0 && !block.first) this.write('');
    const name = block.expandedPath[block.expandedPath.length - 1];
    this.write(`${' '.repeat(level)}${block.definition.commandUsed === 'Describe' ? 'Describing' : 'Context'} ${name}`);
  }

  /** Pester's report of a block whose BeforeAll or AfterAll failed. */
  private blockFailed(block: RunningBlock, errorLines: readonly string[]): void {
    const path = block.path.join('.');
    this.counts.failedBlocks.push(path);
    const margin = this.detailed ? ' '.repeat(block.path.length + 1) : ' ';
    this.write(`[-] ${block.definition.commandUsed} ${path} failed`);
    for (const line of errorLines) this.write(`${margin}${line}`);
  }

  private runTest(test: TestDefinition, block: RunningBlock, blockScope: Scope, blockSkipped: boolean): number {
    const frame = this.runtime.frame;
    const scope = new Scope(blockScope);
    defineDataVariables(scope, test.data);
    const margin = this.detailed ? ' '.repeat(block.path.length + 1) : '';
    if (test.skip || blockSkipped) {
      // Pester does not expand a skipped test's name.
      this.counts.skipped++;
      if (this.detailed) this.write(`${margin}[!] ${test.name} 0ms (0ms|0ms)`);
      return 0;
    }
    const chain: BlockDefinition[] = [];
    for (let b: RunningBlock | null = block; b; b = b.parent) chain.unshift(b.definition);
    const state = pesterState(frame.context);
    const testStackDepth = frame.context.callStack.length;
    state.runningTestPath = [...block.expandedPath, test.name];
    state.runningTestStackDepth = testStackDepth;
    const errors: ErrorRecord[] = [];
    const start = performance.now();
    let name = test.name;
    let user = 0;
    // Mocks defined in BeforeEach, the test or AfterEach belong to the test.
    inMockScope(frame.context, 'It', scope, () => {
      try {
        for (const b of chain) for (const setup of b.beforeEach) runIn(frame, scope, setup);
        // Pester expands the name after BeforeEach, so it can show what BeforeEach set.
        name = expandName(test.name, frame.withScope(scope));
        state.runningTestPath = [...block.expandedPath, name];
        runIn(frame, scope, test.body);
      } catch (error) {
        errors.push(asErrorRecord(error));
      } finally {
        for (const b of [...chain].reverse()) {
          for (const teardown of b.afterEach) {
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
    });
    const total = performance.now() - start;
    const time = `${humanTime(total)} (${humanTime(user)}|${humanTime(total - user)})`;
    const shownName = this.detailed ? name : [...block.expandedPath, name].join('.');
    if (errors.length === 0) {
      this.counts.passed++;
      if (this.detailed) this.write(`${margin}[+] ${shownName} ${time}`);
      return user;
    }
    this.counts.failed++;
    if (this.verbosity !== 'None') {
      this.write(`${margin}[-] ${shownName} ${time}`);
      for (const line of errorLines(errors, testStackDepth)) this.write(`${margin} ${line}`);
    }
    return user;
  }
}

/** Runs discovered containers and prints Pester's summary; returns the counts. */
export function runDiscovered(
  runtime: CommandRuntime,
  containers: readonly DiscoveredContainer[],
  verbosity: Verbosity,
  options: { discoveryMs?: number; filter?: TestFilter | null; failedDiscoveries?: readonly string[] } = {},
): RunCounts {
  const { discoveryMs, filter = null, failedDiscoveries = [] } = options;
  const run = new TestRun(runtime, verbosity);
  run.counts.failedContainers.push(...failedDiscoveries);
  const start = performance.now();
  const selections = containers.map((container) => selectTests(container.root, filter));
  if (discoveryMs !== undefined && verbosity !== 'Minimal') {
    run.write(`Discovery found ${containers.reduce((sum, c) => sum + countTests(c.root), 0)} tests in ${humanTime(discoveryMs)}.`);
    const activeFilters = filter ? Object.entries({ Tag: filter.tags, ExcludeTag: filter.excludeTags }).filter(([, values]) => values.length > 0) : [];
    if ((verbosity === 'Detailed' || verbosity === 'Diagnostic') && activeFilters.length > 0) {
      for (const [name, values] of activeFilters) run.write(`Filter '${name}' set to ('${values.join("', '")}').`);
      run.write(`Filters selected ${selections.reduce((sum, s) => sum + s.size, 0)} tests to run.`);
    }
    run.write('Running tests.');
  }
  containers.forEach((container, i) => run.runContainer(container, selections[i]));
  const { passed, failed, skipped, notRun, failedBlocks, failedContainers } = run.counts;
  run.write(`Tests completed in ${humanTime(performance.now() - start + (discoveryMs ?? 0))}`);
  run.write(`Tests Passed: ${passed}, Failed: ${failed}, Skipped: ${skipped} NotRun: ${notRun}`);
  if (failedBlocks.length > 0) {
    run.write(`BeforeAll \\ AfterAll failed: ${failedBlocks.length}`);
    run.write(failedBlocks.map((path) => `  - ${path}`).join('\n'));
  }
  if (failedContainers.length > 0) {
    run.write(`Container failed: ${failedContainers.length}`);
    run.write(failedContainers.map((path) => `  - ${path}`).join('\n'));
  }
  return run.counts;
}
