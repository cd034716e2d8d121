/**
 * Running psh on a real terminal: python3's pty module starts the command under a
 * pseudo-terminal, types each step's text once the screen shows its `waitFor` text, and reports
 * the screen and the exit code. What Ctrl+C (typed as \x03) does can only be seen this way.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface TerminalStep {
  waitFor: string;
  type: string;
}

export interface TerminalSession {
  /** Everything the terminal showed, escape sequences removed. */
  text: string;
  code: number;
}

const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

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

/** Runs psh (from the TypeScript sources) with `args` on a pseudo-terminal, typing `steps`. */
export function runPshInTerminal(args: readonly string[], steps: readonly TerminalStep[]): TerminalSession {
  const result = spawnSync('python3', ['-c', driver, JSON.stringify(steps), process.execPath, '--import', 'tsx', cli, ...args], { encoding: 'utf8', timeout: 120_000 });
  const { screen, code } = JSON.parse(result.stdout) as { screen: string; code: number };
  return { text: screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''), code };
}
