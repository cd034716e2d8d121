/**
 * Ctrl+C on a real terminal: psh's interactive prompt runs under a pseudo-terminal (python3's
 * pty module), a command that never ends is typed, \x03 is sent, and the prompt must come back
 * with psh still running (the next command runs, `exit` leaves with its code).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runPshInTerminal } from '../support/pseudo-terminal.js';

test('Ctrl+C stops a running command and the prompt comes back', () => {
  // Each output is built from pieces, so the typed text (echoed) never contains it.
  const steps = [
    { waitFor: '> ', type: '"sta" + "rted"; try { while ($true) {} } finally { "fin" + "ally ran" }\r' },
    { waitFor: 'started', type: '\x03' },
    { waitFor: 'finally ran', type: '"af" + "ter"\r' },
    { waitFor: 'after', type: 'exit 5\r' },
  ];
  const { text, code } = runPshInTerminal(['-NoProfile'], steps);
  assert.is(code, 5, text);
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const finallyLine = lines.indexOf('finally ran');
  assert.ok(finallyLine > lines.indexOf('started'), text);
  const nextCommand = lines.findIndex((line, i) => i > finallyLine && line.endsWith('> "af" + "ter"'));
  assert.ok(nextCommand > finallyLine && lines.indexOf('after') > nextCommand, text);
});

test.run();
