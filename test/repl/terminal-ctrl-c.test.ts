/**
 * Ctrl+C on a real terminal: psh's interactive prompt runs under a pseudo-terminal (python3's
 * pty module), a command that never ends is typed, \x03 is sent, and the prompt must come back
 * with psh still running (the next command runs, `exit` leaves with its code).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

/** Types each step's text once the screen shows its `waitFor` text; prints the screen and exit code as JSON. */
const driver = String.raw`
import fcntl, json, os, pty, select, struct, sys, termios, time
steps = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
# A terminal of 24 rows by 100 columns (a new pty has none, and Ink would wrap every character).
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 100, 0, 0))
screen = b''
deadline = time.time() + 90
closed = False
def wait_for(text):
    global screen, closed
    while not closed and text.encode() not in screen and time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                screen += os.read(fd, 65536)
            except OSError:
                closed = True
for step in steps:
    wait_for(step['waitFor'])
    if closed or time.time() >= deadline:
        break
    os.write(fd, step['type'].encode())
if not closed and time.time() >= deadline:
    os.kill(pid, 9)
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    screen += chunk
_, status = os.waitpid(pid, 0)
print(json.dumps({'screen': screen.decode('utf8', 'replace'), 'code': os.waitstatus_to_exitcode(status)}))
`;

test('Ctrl+C stops a running command and the prompt comes back', () => {
  // Each output is built from pieces, so the typed text (echoed) never contains it.
  const steps = [
    { waitFor: '> ', type: '"sta" + "rted"; try { while ($true) {} } finally { "fin" + "ally ran" }\r' },
    { waitFor: 'started', type: '\x03' },
    { waitFor: 'finally ran', type: '"af" + "ter"\r' },
    { waitFor: 'after', type: 'exit 5\r' },
  ];
  const result = spawnSync('python3', ['-c', driver, JSON.stringify(steps), process.execPath, '--import', 'tsx', cli, '-NoProfile'], { encoding: 'utf8', timeout: 120_000 });
  const { screen, code } = JSON.parse(result.stdout) as { screen: string; code: number };
  const text = screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  assert.is(code, 5, text);
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const finallyLine = lines.indexOf('finally ran');
  assert.ok(finallyLine > lines.indexOf('started'), text);
  const nextCommand = lines.findIndex((line, i) => i > finallyLine && line.endsWith('> "af" + "ter"'));
  assert.ok(nextCommand > finallyLine && lines.indexOf('after') > nextCommand, text);
});

test.run();
