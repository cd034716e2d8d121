/** Write-Progress lines as pwsh's Minimal view draws them, the live-activity tree, and the redraw throttle. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PendingProgress, progressData, progressThrottle, renderProgressLine, type ProgressData } from '../../src/host/progress-view.js';
import { ProgressRecord } from '../../src/engine/runtime/streams.js';

function record(activity: string, fields: Partial<ProgressData> = {}): ProgressData {
  return { activityId: 0, parentActivityId: -1, activity, statusDescription: 'Processing', percentComplete: -1, secondsRemaining: -1, recordType: 'Processing', ...fields };
}

const style = '\x1b[33;1m';
const on = '\x1b[7m';
const off = '\x1b[27m';
const reset = '\x1b[0m';
const spaces = (n: number) => ' '.repeat(n);

const lineCases: [string, ProgressData, number, number, string][] = [
  // [what, record, indentation, width, line]
  ['the filled part is percent% of the bar', record('Copy', { statusDescription: 'File 1', percentComplete: 30 }), 0, 40, `${style}Copy [${on}File 1${spaces(3)}${off}${spaces(22)}]${reset}`],
  ['seconds remaining end the bar', record('Copy', { statusDescription: 'File 1', percentComplete: 50, secondsRemaining: 5 }), 0, 40, `${style}Copy [${on}File 1${spaces(10)}${off}${spaces(13)}5s]${reset}`],
  ['no percentage: all reverse', record('Copy', { statusDescription: 'File 1' }), 0, 40, `${style}Copy [${on}File 1${spaces(25)}${off}]${reset}`],
  ['100% is all reverse', record('Copy', { statusDescription: 'File 1', percentComplete: 100 }), 0, 40, `${style}Copy [${on}File 1${spaces(25)}${off}]${reset}`],
  ['0% has an empty filled part', record('Copy', { statusDescription: 'File 1', percentComplete: 0 }), 0, 40, `${style}Copy [${on}${off}File 1${spaces(25)}]${reset}`],
  ['a long activity takes half the width at most', record('A'.repeat(30), { statusDescription: 'go' }), 0, 40, `${style}${'A'.repeat(19)}… [${on}go${spaces(13)}${off}]${reset}`],
  ['a long status is cut with an ellipsis', record('Copy', { statusDescription: 'x'.repeat(40) }), 0, 40, `${style}Copy [${on}${'x'.repeat(30)}…${off}]${reset}`],
  ['a child is indented', record('Sub', { statusDescription: 'go', percentComplete: 50 }), 2, 30, `  ${style}Sub [${on}go${spaces(8)}${off}${spaces(10)}]${reset}`],
  ['the width is at most $PSStyle.Progress.MaxWidth (120)', record('Copy', { statusDescription: 'File 1' }), 0, 200, `${style}Copy [${on}File 1${spaces(105)}${off}]${reset}`],
];

for (const [what, data, indentation, width, line] of lineCases) {
  test(`line: ${what}`, () => {
    assert.is(JSON.stringify(renderProgressLine(data, indentation, width)), JSON.stringify(line));
  });
}

test('activities: updated in place, children under their parent, Completed removes one and lifts its children', () => {
  const pending = new PendingProgress();
  const text = () => pending.render(40).map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').replace(/ +\]/, ']'));
  pending.update(record('Outer', { activityId: 1, statusDescription: 'a' }));
  pending.update(record('Inner', { activityId: 2, parentActivityId: 1, statusDescription: 'b' }));
  pending.update(record('Other', { activityId: 3, statusDescription: 'c' }));
  assert.equal(text(), ['Outer [a]', '  Inner [b]', 'Other [c]']);
  pending.update(record('Outer', { activityId: 1, statusDescription: 'a2' }));
  assert.equal(text(), ['Outer [a2]', '  Inner [b]', 'Other [c]']);
  pending.update(record('Outer', { activityId: 1, recordType: 'Completed' }));
  assert.equal(text(), ['Inner [b]', 'Other [c]']);
  pending.update(record('', { activityId: 2, recordType: 'Completed' }));
  pending.update(record('', { activityId: 3, recordType: 'Completed' }));
  assert.ok(pending.isEmpty);
  pending.update(record('', { activityId: 9, recordType: 'Completed' }));
  assert.ok(pending.isEmpty);
});

test('redraws: the first record, Completed ones, else at most every 200 ms', () => {
  let now = 1000;
  const shouldRedraw = progressThrottle(() => now);
  assert.ok(shouldRedraw(record('a')));
  now += 199;
  assert.not.ok(shouldRedraw(record('a')));
  assert.ok(shouldRedraw(record('a', { recordType: 'Completed' })));
  now += 200;
  assert.ok(shouldRedraw(record('a')));
});

test('progressData keeps only what a progress line shows, as a plain object another thread can receive', () => {
  const data = progressData(new ProgressRecord(3, 'Copy', 'File 1', 'reading', 1, 40, 7, 'Processing'));
  assert.equal(data, { activityId: 3, parentActivityId: 1, activity: 'Copy', statusDescription: 'File 1', percentComplete: 40, secondsRemaining: 7, recordType: 'Processing' });
  assert.is(Object.getPrototypeOf(data), Object.prototype);
});

test.run();
