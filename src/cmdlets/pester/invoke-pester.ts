/**
 * Invoke-Pester: finds *.Tests.ps1 files under -Path, discovers each in a script scope of its
 * own, runs them and prints Pester 5's summary. With failures $? is false (so `psh -c` exits 1)
 * and $LASTEXITCODE holds the failed count, as Pester sets it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { enumerableItems, toPSString } from '../../engine/conversion/index.js';
import { CmdletInfo } from '../../engine/runtime/commands.js';
import type { CommandRuntime } from '../../engine/runtime/command-runtime.js';
import { ScriptBlockValue } from '../../engine/runtime/script-block.js';
import { PSVariable, Scope } from '../../engine/runtime/session-state.js';
import { readTextFile } from '../../engine/runtime/text-files.js';
import { PSObject } from '../../engine/values/index.js';
import { runDiscovered, type DiscoveredContainer, type Verbosity } from './run-tests.js';
import { newBlock, pesterState } from './test-tree.js';
import { failureLines } from './failure-display.js';
import { runIn } from './script-helpers.js';
import { PSErrorException } from '../../engine/runtime/error-record.js';

/** The test files a path names: the file itself, or every *.Tests.ps1 below a folder (sorted). */
function testFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? testFiles(join(path, entry.name)) : /\.Tests\.ps1$/i.test(entry.name) ? [join(path, entry.name)] : []));
}

/** A script scope for a test file, with the file's $PSScriptRoot and $PSCommandPath. */
function fileScope(runtime: CommandRuntime, path: string): Scope {
  const scope = new Scope(runtime.frame.context.globalScope, true);
  scope.define(new PSVariable('PSCommandPath', path));
  scope.define(new PSVariable('PSScriptRoot', dirname(path)));
  return scope;
}

/**
 * Runs a test file in a new script scope with the test tree's root as the current block. Its
 * tests later run in a scope of their own: what discovery defined (BeforeDiscovery's variables,
 * code outside BeforeAll) is not there, as in Pester 5.
 */
function discoverFile(runtime: CommandRuntime, path: string): DiscoveredContainer | null {
  const root = newBlock('', 'Root');
  const scope = fileScope(runtime, path);
  const state = pesterState(runtime.frame.context);
  state.discovering.push(root);
  try {
    runIn(runtime.frame, scope, ScriptBlockValue.parse(readTextFile(path), path));
  } catch (error) {
    if (!(error instanceof PSErrorException)) throw error;
    runtime.writeInformation(`[-] Discovery in ${path} failed with:`, ['PSHOST'], true);
    for (const line of failureLines(error.errorRecord, 0)) runtime.writeInformation(line, ['PSHOST'], true);
    return null;
  } finally {
    state.discovering.pop();
  }
  return { path, root, scope: fileScope(runtime, path) };
}

const invokePester = new CmdletInfo(
  {
    name: 'Invoke-Pester',
    implementingType: 'Pester.InvokePester',
    parameters: [
      { name: 'Path', type: 'string[]', position: 0, aliases: ['Script'] },
      { name: 'TagFilter', type: 'string[]', aliases: ['Tag', 'Tags'] },
      { name: 'ExcludeTagFilter', type: 'string[]' },
      { name: 'Output', type: 'string', validation: [{ kind: 'ValidateSet', values: ['Diagnostic', 'Detailed', 'Normal', 'Minimal', 'None'], ignoreCase: true }] },
      { name: 'PassThru', type: 'switch' },
      { name: 'CI', type: 'switch' },
    ],
  },
  (runtime) => ({
    end() {
      const verbosityName = toPSString(runtime.parameter('Output') ?? 'Normal').toLowerCase();
      const verbosity = (['None', 'Minimal', 'Normal', 'Detailed', 'Diagnostic'] as Verbosity[]).find((v) => v.toLowerCase() === verbosityName)!;
      const given = runtime.parameter('Path');
      const paths = given === undefined ? ['.'] : (enumerableItems(given) ?? [given]).map((p) => toPSString(p));
      const files = paths.flatMap((p) => testFiles(runtime.frame.context.location.fileSystemPath(p)));
      const write = (text: string) => {
        if (verbosity !== 'None' && verbosity !== 'Minimal') runtime.writeInformation(text, ['PSHOST'], true);
      };
      // Errors the tests wrote are theirs: only a failed run makes Invoke-Pester's $? false.
      const failuresBefore = runtime.frame.context.failureCount;
      write(`\nStarting discovery in ${files.length} files.`);
      const start = performance.now();
      const containers = files.map((file) => discoverFile(runtime, file));
      const discovered = containers.filter((c): c is DiscoveredContainer => c !== null);
      const strings = (name: string) => ((runtime.parameter(name) as unknown[] | undefined) ?? []).map((value) => toPSString(value));
      const filter = { tags: strings('TagFilter'), excludeTags: strings('ExcludeTagFilter') };
      // A file whose discovery failed counts as a failed container, so the run fails.
      const failedDiscoveries = files.filter((_, i) => containers[i] === null);
      const counts = runDiscovered(runtime, discovered, verbosity, { discoveryMs: performance.now() - start, filter, failedDiscoveries });
      const total = counts.passed + counts.failed + counts.skipped + counts.notRun;
      // Pester's exit code counts failed tests, blocks and containers.
      const failures = counts.failed + counts.failedBlocks.length + counts.failedContainers.length;
      runtime.frame.withScope(runtime.frame.context.globalScope).setLocal('LASTEXITCODE', failures);
      const failed = failures > 0;
      runtime.frame.context.failureCount = failuresBefore + (failed ? 1 : 0);
      if (runtime.switch('PassThru')) {
        const result = new PSObject(undefined, ['Pester.Run', 'System.Object']);
        result.addNoteProperty('Result', failed ? 'Failed' : 'Passed');
        result.addNoteProperty('TotalCount', total);
        result.addNoteProperty('PassedCount', counts.passed);
        result.addNoteProperty('FailedCount', counts.failed);
        result.addNoteProperty('SkippedCount', counts.skipped);
        result.addNoteProperty('NotRunCount', counts.notRun);
        result.addNoteProperty('FailedBlocksCount', counts.failedBlocks.length);
        result.addNoteProperty('FailedContainersCount', counts.failedContainers.length);
        runtime.writeObject(result);
      }
    },
  }),
);

export const invokePesterCmdlets: readonly CmdletInfo[] = [invokePester];
