/** The Ink prompt's progress pane: the Minimal view's lines at the terminal's width. */
import React from 'react';
import { renderToString } from 'ink';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ProgressPane } from '../../src/repl/ink/progress-pane.js';
import { PendingProgress } from '../../src/host/progress-view.js';

test('one line per live activity, children indented, rendered at the given width', () => {
  const pending = new PendingProgress();
  pending.update({ activityId: 1, parentActivityId: -1, activity: 'Copy', statusDescription: 'File 1', percentComplete: 30, secondsRemaining: -1, recordType: 'Processing' });
  pending.update({ activityId: 2, parentActivityId: 1, activity: 'Sub', statusDescription: 'go', percentComplete: 50, secondsRemaining: -1, recordType: 'Processing' });
  const widths: number[] = [];
  const output = renderToString(React.createElement(ProgressPane, { lines: (width: number) => { widths.push(width); return pending.render(width); }, columns: 40 }), { columns: 40 });
  assert.equal(widths, [40]);
  // Ink re-encodes the colour codes (33;1 as 33 and 1, the reset as 22 and 39): compare the text
  // and where the reverse-video part starts and ends, which is what the bar shows.
  const textAndReverse = (s: string) => s.replace(/\x1b\[(?!7m|27m)[0-9;]*m/g, '');
  assert.is(JSON.stringify(textAndReverse(output)), JSON.stringify(textAndReverse(pending.render(40).join('\n'))));
  assert.ok(output.startsWith('\x1b[33m\x1b[1mCopy ['), JSON.stringify(output));
});

test.run();
