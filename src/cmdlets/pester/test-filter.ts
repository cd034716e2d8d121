/**
 * Invoke-Pester's -Tag and -ExcludeTag, as Pester 5's Test-ShouldRun applies them: a block or test
 * is excluded when one of its tags is -like an exclude tag (or its block was excluded), and with
 * include tags it runs only when one of its tags, or a tag of a block around it, is -like one.
 */
import { WildcardPattern } from '../../engine/wildcard/index.js';
import type { BlockDefinition, TestDefinition } from './test-tree.js';

export interface TestFilter {
  readonly tags: readonly string[];
  readonly excludeTags: readonly string[];
}

function anyMatch(tags: readonly string[], patterns: readonly WildcardPattern[]): boolean {
  return tags.some((tag) => patterns.some((pattern) => pattern.isMatch(tag)));
}

/** The tests of a container's tree that the filter lets run (all of them without a filter). */
export function selectTests(root: BlockDefinition, filter: TestFilter | null): Set<TestDefinition> {
  const include = (filter?.tags ?? []).map((tag) => new WildcardPattern(tag));
  const exclude = (filter?.excludeTags ?? []).map((tag) => new WildcardPattern(tag));
  const selected = new Set<TestDefinition>();
  const visit = (block: BlockDefinition, parentIncluded: boolean) => {
    for (const item of block.items) {
      if (anyMatch(item.tags, exclude)) continue;
      const included = parentIncluded || include.length === 0 || anyMatch(item.tags, include);
      if (item.kind === 'block') visit(item, parentIncluded || (include.length > 0 && included));
      else if (included) selected.add(item);
    }
  };
  visit(root, false);
  return selected;
}
