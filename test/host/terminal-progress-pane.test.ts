/** The terminal's progress pane: drawn where output goes next, out of output's way, cleared at the end. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { TerminalProgressPane } from '../../src/host/terminal-progress-pane.js';
import { renderProgressLine, type ProgressData } from '../../src/host/progress-view.js';

function record(activityId: number, activity: string, fields: Partial<ProgressData> = {}): ProgressData {
  return { activityId, parentActivityId: -1, activity, statusDescription: 'Processing', percentComplete: -1, secondsRemaining: -1, recordType: 'Processing', ...fields };
}

/** A clock that stands still: every update after the first drawing falls within the 200 ms throttle. */
const stoppedClock = () => 1000;

const show = (body: string) => `\x1b[?25l${body}\r\x1b[?25h`;
const hide = '\r\x1b[J';

test('the pane is drawn, hidden around output and drawn again, cleared when the command ends', () => {
  let terminal = '';
  const pane = new TerminalProgressPane((text) => { terminal += text; }, () => 40, stoppedClock);
  const write = (text: string) => { terminal += `<${text}>`; };
  const copy = record(1, 'Copy', { statusDescription: 'a', percentComplete: 10 });
  const line = renderProgressLine(copy, 0, 40);
  pane.progress(copy);
  pane.output('item\n', write);
  // Throttled: an update within 200 ms of the last drawing waits for a later one.
  pane.progress(record(1, 'Copy', { statusDescription: 'b', percentComplete: 20 }));
  pane.clear();
  pane.output('done\n', write);
  assert.is(JSON.stringify(terminal), JSON.stringify(show(line) + hide + '<item\n>' + show(line) + hide + '<done\n>'));
});

test('several activities: the cursor goes back to the first line; Completed redraws at once', () => {
  let terminal = '';
  const pane = new TerminalProgressPane((text) => { terminal += text; }, () => 200, stoppedClock);
  pane.progress(record(1, 'One'));
  terminal = '';
  pane.progress(record(2, 'Two', { parentActivityId: 1, recordType: 'Processing' }));
  assert.is(terminal, '', 'throttled');
  pane.progress(record(3, 'Three', { recordType: 'Completed' }));
  const lines = [renderProgressLine(record(1, 'One'), 0, 120), renderProgressLine(record(2, 'Two'), 2, 120)];
  assert.is(JSON.stringify(terminal), JSON.stringify(hide + show(lines.join('\n') + '\x1b[1A')));
});

test('after text without a newline the pane waits for the line to end', () => {
  let terminal = '';
  const pane = new TerminalProgressPane((text) => { terminal += text; }, () => 40);
  const write = (text: string) => { terminal += `<${text}>`; };
  pane.output('Name: ', write);
  pane.progress(record(1, 'Copy'));
  pane.output('', write);
  assert.is(terminal, '<Name: >');
  pane.output('x\n', write);
  assert.is(JSON.stringify(terminal), JSON.stringify('<Name: ><x\n>' + show(renderProgressLine(record(1, 'Copy'), 0, 40))));
});

test.run();
