/**
 * Pester 5's Should operators: each decides whether the actual value passes (negated by -Not)
 * and words the failure as Pester does. The comparisons run as PowerShell operators, so they
 * keep PowerShell's conversions (`'1' -eq 1`, `-like` wildcards, `-is` with type names).
 */
import { existsSync } from 'node:fs';
import { toPSString } from '../../engine/conversion/index.js';
import type { Frame } from '../../engine/runtime/frame.js';
import { compareStringMessage, formatBecause, formatNicely } from './format-nicely.js';
import { snippetTrue, snippetValue } from './script-helpers.js';

export interface AssertionInput {
  readonly frame: Frame;
  readonly actual: unknown;
  readonly expected: unknown;
  readonly negate: boolean;
  readonly because: string | undefined;
  /** How many blocks and tests deep the running test is (string diffs leave room for the margin). */
  readonly depth: number;
}

/** null when the assertion passed, else the failure message. */
export type Assertion = (input: AssertionInput) => string | null;

/** Pester's ArraysAreEqual: element-wise -eq (or -ceq), arrays compared recursively. */
const arraysAreEqual = `function eq($x, $y, $cs) {
  $xs = @($x); $ys = @($y)
  if ($xs.Count -ne $ys.Count) { return $false }
  if ($xs.Count -eq 0) { return $true }
  if ($xs.Count -eq 1 -and -not ($x -is [array]) -and -not ($y -is [array])) { if ($cs) { return [bool]($y -ceq $x) } else { return [bool]($y -eq $x) } }
  for ($i = 0; $i -lt $xs.Count; $i++) { if (-not (eq $xs[$i] $ys[$i] $cs)) { return $false } }
  $true
}`;

function isCollection(frame: Frame, value: unknown): boolean {
  return snippetTrue(frame, '$a -is [System.Collections.IEnumerable] -and $a -isnot [string] -and $a -isnot [System.Collections.IDictionary]', value);
}

function beAssertion(caseSensitive: boolean): Assertion {
  return ({ frame, actual, expected, negate, because, depth }) => {
    const equal = snippetTrue(frame, `${arraysAreEqual}; eq $a $b ${caseSensitive ? '$true' : '$false'}`, actual, expected);
    if (equal !== negate) return null;
    if (negate) return `Expected ${formatNicely(frame, expected)} to be different from the actual value,${formatBecause(because)} but got the same value.`;
    const actualIsCollection = isCollection(frame, actual);
    if (actualIsCollection || isCollection(frame, expected)) {
      const actualItems = snippetValue(frame, '@($a).Count', actual);
      const expectedItems = snippetValue(frame, '@($a).Count', expected);
      if (actualItems !== expectedItems) {
        return `Expected a collection ${formatNicely(frame, expected)} with length ${toPSString(expectedItems)},${formatBecause(because)} but got a collection ${formatNicely(frame, actual)} with length ${toPSString(actualItems)}.`;
      }
      const index = snippetValue(frame, `${arraysAreEqual}; $xs = @($a); $ys = @($b); for ($i = 0; $i -lt $ys.Count; $i++) { if (-not (eq $xs[$i] $ys[$i] ${caseSensitive ? '$true' : '$false'})) { return $i } }`, actual, expected);
      return [
        `Expected collections to be the same,${formatBecause(because)} but they were different.`,
        `Collection lengths are both ${toPSString(expectedItems)}.`,
        `Collections differ at index ${toPSString(index)}.`,
        `Expected: ${formatNicely(frame, snippetValue(frame, ',@($a)', expected))}`,
        `But was:  ${formatNicely(frame, snippetValue(frame, ',@($a)', actual))}`,
      ].join('\n');
    }
    if (typeof expected === 'string' && typeof actual === 'string') return compareStringMessage(expected, actual, caseSensitive, because, depth);
    return `Expected ${formatNicely(frame, expected)},${formatBecause(because)} but got ${formatNicely(frame, actual)}.`;
  };
}

function booleanAssertion(wanted: boolean): Assertion {
  return ({ frame, actual, negate, because }) => {
    const truthy = snippetTrue(frame, '[bool]$a', actual);
    const passes = truthy === wanted;
    if (passes !== negate) return null;
    return `Expected $${wanted !== negate},${formatBecause(because)} but got ${formatNicely(frame, actual)}.`;
  };
}

/** Pester looks at the single item of a one-item input: an empty hashtable or an empty string. */
const beNullOrEmpty: Assertion = ({ frame, actual, negate, because }) => {
  const empty = snippetTrue(
    frame,
    'if ($null -eq $a -or $a.Count -eq 0) { $true } elseif ($a.Count -eq 1) { $e = $a[0]; if ($e -is [hashtable]) { $e.Count -eq 0 } else { [string]::IsNullOrEmpty($e) } } else { $false }',
    actual,
  );
  if (empty !== negate) return null;
  if (negate) return `Expected a value,${formatBecause(because)} but got $null or empty.`;
  return `Expected $null or empty,${formatBecause(because)} but got ${formatNicely(frame, actual)}.`;
};

/** An assertion decided by one PowerShell operator expression over $a (actual) and $b (expected). */
function operatorAssertion(test: string, message: (i: AssertionInput, nicely: (v: unknown) => string, because: string) => string): Assertion {
  return (input) => {
    const passes = snippetTrue(input.frame, `[bool](${test})`, input.actual, input.expected);
    if (passes !== input.negate) return null;
    return message(input, (v) => formatNicely(input.frame, v), formatBecause(input.because));
  };
}

const match = (caseSensitive: boolean) =>
  operatorAssertion(caseSensitive ? '$a -cmatch $b' : '$a -match $b', ({ actual, expected, negate }, n, b) => {
    const how = caseSensitive ? (negate ? 'not case sensitively match' : 'case sensitively match') : negate ? 'not match' : 'match';
    return `Expected regular expression ${n(expected)} to ${how} ${n(actual)},${b} but it did${negate ? '' : ' not'} match.`;
  });

const like = (caseSensitive: boolean) =>
  operatorAssertion(caseSensitive ? '$a -clike $b' : '$a -like $b', ({ actual, expected, negate }, n, b) => {
    const what = caseSensitive ? 'case sensitive like wildcard' : 'like wildcard';
    return `Expected ${what} ${n(expected)} to${negate ? ' not' : ''} match ${n(actual)},${b} but it did${negate ? '' : ' not'} match.`;
  });

const contain = operatorAssertion('$a -contains $b', ({ actual, expected, negate }, n, b) =>
  `Expected ${n(expected)} to${negate ? ' not' : ''} be found in collection ${n(actual)},${b} but it was${negate ? '' : ' not'} found.`,
);

const beIn = operatorAssertion('$b -contains $a', ({ actual, expected, negate }, n, b) =>
  `Expected collection ${n(expected)} to${negate ? ' not' : ''} contain ${n(actual)},${b} but it was${negate ? '' : ' not'} found.`,
);

/** -BeGreaterThan and friends; -Not turns each into its opposite comparison's wording. */
function comparison(test: string, wording: string, negatedWording: string): Assertion {
  return operatorAssertion(test, ({ actual, expected, negate }, n, b) => `Expected the actual value to be ${negate ? negatedWording : wording} ${n(expected)},${b} but got ${n(actual)}.`);
}

const beOfType: Assertion = ({ frame, actual, expected, negate, because }) => {
  const type = typeof expected === 'string' ? snippetValue(frame, "[type]($a -replace '^\\[(.*)\\]$', '$1')", expected) : expected;
  const passes = snippetTrue(frame, '$a -is $b', actual, type);
  if (passes !== negate) return null;
  const actualType = actual === null || actual === undefined ? null : snippetValue(frame, '$a.GetType()', actual);
  const shownActualType = actualType === null ? '$null' : formatNicely(frame, actualType);
  return `Expected the value to${negate ? ' not' : ''} have type ${formatNicely(frame, type)} or any of its subtypes,${formatBecause(because)} but got ${formatNicely(frame, actual)} with type ${shownActualType}.`;
};

const haveCount: Assertion = ({ frame, actual, expected, negate, because }) => {
  const wanted = Number(snippetValue(frame, '[int]$a', expected));
  const count = Number(snippetValue(frame, 'if ($null -eq $a) { 0 } else { @($a).Count }', actual));
  if ((count === wanted) !== negate) return null;
  const b = formatBecause(because);
  if (negate) {
    const expect = wanted === 0 ? 'Expected a non-empty collection' : `Expected a collection with size different from ${wanted}`;
    const but = count !== 0 ? `but got collection with that size ${formatNicely(frame, actual)}.` : 'but got an empty collection.';
    return `${expect},${b} ${but}`;
  }
  const expect = wanted === 0 ? 'Expected an empty collection' : `Expected a collection with size ${wanted}`;
  const but = count !== 0 ? `but got collection with size ${count} ${formatNicely(frame, actual)}.` : 'but got an empty collection.';
  return `${expect},${b} ${but}`;
};

const exist: Assertion = ({ frame, actual, negate, because }) => {
  if (existsSync(frame.context.location.fileSystemPath(toPSString(actual))) !== negate) return null;
  return `Expected path ${formatNicely(frame, actual)} to${negate ? ' not' : ''} exist,${formatBecause(because)} but it did${negate ? '' : ' not'} exist.`;
};

/** -FileContentMatch and its variants: the file's lines (or, -Multiline, its whole text) against a regular expression. */
function fileContentMatch(caseSensitive: boolean, multiline: boolean): Assertion {
  const operator = caseSensitive ? '-cmatch' : '-match';
  const test = multiline ? `[bool]((Get-Content $a -Delimiter ([char]0)) ${operator} $b)` : `(@(Get-Content -Encoding UTF8 $a) ${operator} $b).Count -gt 0`;
  return operatorAssertion(test, ({ actual, expected, negate }, n, b) => {
    // Pester quotes the path itself in -FileContentMatch's message and formats it in the others'.
    const file = caseSensitive || multiline ? n(actual) : `'${toPSString(actual)}'`;
    const how = `${negate ? 'to not be' : 'to be'}${caseSensitive ? ' case sensitively' : ''} found`;
    return `Expected ${n(expected)} ${how} in file ${file},${b} but it was${negate ? '' : ' not'} found.`;
  });
}

/** The operators by their Should switch; -Throw and -HaveParameter take more than a value and live in should.ts and have-parameter.ts. */
export const assertions: ReadonlyMap<string, Assertion> = new Map<string, Assertion>([
  ['Be', beAssertion(false)],
  ['BeExactly', beAssertion(true)],
  ['BeTrue', booleanAssertion(true)],
  ['BeFalse', booleanAssertion(false)],
  ['BeNullOrEmpty', beNullOrEmpty],
  ['Match', match(false)],
  ['MatchExactly', match(true)],
  ['BeLike', like(false)],
  ['BeLikeExactly', like(true)],
  ['Contain', contain],
  ['BeIn', beIn],
  ['BeOfType', beOfType],
  ['HaveCount', haveCount],
  ['BeGreaterThan', comparison('$a -gt $b', 'greater than', 'less than or equal to')],
  ['BeLessThan', comparison('$a -lt $b', 'less than', 'greater than or equal to')],
  ['BeGreaterOrEqual', comparison('$a -ge $b', 'greater than or equal to', 'less than')],
  ['BeLessOrEqual', comparison('$a -le $b', 'less than or equal to', 'greater than')],
  ['Exist', exist],
  ['FileContentMatch', fileContentMatch(false, false)],
  ['FileContentMatchExactly', fileContentMatch(true, false)],
  ['FileContentMatchMultiline', fileContentMatch(false, true)],
  ['FileContentMatchMultilineExactly', fileContentMatch(true, true)],
]);
