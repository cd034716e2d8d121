/**
 * The console host's user interface for an interactive run: confirmation choices, mandatory
 * parameter values and Read-Host lines (secrets masked), asked on the terminal and read synchronously (the engine
 * runs a pipeline to completion, so a prompt must answer before the command goes on).
 *
 * PromptForChoice is pwsh's ConsoleHostUserInterface.PromptForChoice: caption, message, the
 * choice line; an empty answer takes the default, a hot key or a label picks a choice, `?`
 * lists each choice's help, anything else asks again.
 */
import { constants, openSync, readSync } from 'node:fs';
import { ReadStream, isatty } from 'node:tty';
import { isMainThread } from 'node:worker_threads';
import { choicePromptLine, hotkeyAndLabel, type ChoiceDescription } from '../binding/index.js';
import type { HostUserInterface } from '../engine/runtime/host-interface.js';
import type { StopRequest } from '../engine/runtime/stop-request.js';

/**
 * One byte from `fd` into `byte`; false at end of input. A non-blocking descriptor with nothing
 * yet is waited on, and the wait ends when the pipeline is asked to stop (Ctrl+C), which throws.
 */
function readByte(fd: number, byte: Buffer, stop: StopRequest): boolean {
  for (;;) {
    try {
      return readSync(fd, byte, 0, 1, null) === 1;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      stop.sleep(10);
    }
  }
}

/**
 * The terminal on standard input, opened again in non-blocking mode so that a read waiting for
 * a line sees Ctrl+C (a blocking read would sit until Enter; SIGINT only sets the stop request).
 * A descriptor of its own: the mode does not reach the one psh shares with its parent shell.
 * Linux's /proc names fd 0's terminal; elsewhere, or if that fails, fd 0 itself.
 */
export function stoppableTerminalInput(): number {
  if (process.platform !== 'linux') return 0;
  try {
    return openSync('/proc/self/fd/0', constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return 0;
  }
}

/** Reads one line from a file descriptor, byte by byte so nothing after the newline is consumed; null at end of input. */
export function lineReader(fd: number, stop: StopRequest): () => string | null {
  const byte = Buffer.alloc(1);
  return () => {
    const bytes: number[] = [];
    for (;;) {
      if (!readByte(fd, byte, stop)) return bytes.length > 0 ? Buffer.from(bytes).toString('utf8') : null;
      if (byte[0] === 0x0a) return Buffer.from(bytes).toString('utf8').replace(/\r$/, '');
      bytes.push(byte[0]!);
    }
  };
}

const ctrlC = 0x03;
const backspace = 0x08;
const escape = 0x1b;
const deleteKey = 0x7f;
/** A byte that continues a UTF-8 character rather than starting one. */
const isContinuation = (b: number) => (b & 0xc0) === 0x80;

/**
 * Reads a secret as pwsh's ReadLineSafe does, key by key with the terminal in raw mode (when
 * standard input is one): `*` echoed per character, Backspace erases the last, Enter ends
 * (echoing a newline), Ctrl+C stops the pipeline, other control keys (arrows, Tab) are ignored.
 * Null at end of input. `fd` is standard input or, on a terminal, stoppableTerminalInput().
 */
export function secretReader(fd: number, write: (text: string) => void, stop: StopRequest): () => string | null {
  const byte = Buffer.alloc(1);
  return () => {
    const raw = isatty(0) && isatty(fd) ? stdinTerminal() : null;
    const wasRaw = raw?.isRaw ?? false;
    raw?.setRawMode(true);
    try {
      const bytes: number[] = [];
      for (;;) {
        if (!readByte(fd, byte, stop)) {
          if (bytes.length === 0) return null;
          break;
        }
        const b = byte[0]!;
        if (b === 0x0d || b === 0x0a) break;
        // Raw mode makes Ctrl+C a key rather than SIGINT: the stop it asks for starts here.
        if (b === ctrlC) {
          stop.request();
          stop.throwIfRequested();
        }
        if (b === backspace || b === deleteKey) {
          if (bytes.length === 0) continue;
          while (isContinuation(bytes.pop()!) && bytes.length > 0);
          write('\b \b');
        } else if (b === escape) {
          skipEscapeSequence(fd, byte, stop);
        } else if (b >= 0x20) {
          bytes.push(b);
          if (!isContinuation(b)) write('*');
        }
      }
      write('\n');
      return Buffer.from(bytes).toString('utf8');
    } finally {
      raw?.setRawMode(wasRaw);
      if (raw !== process.stdin) raw?.destroy();
    }
  };
}

/**
 * The terminal on standard input, to switch raw mode: process.stdin on the main thread. A
 * worker's process.stdin is not the terminal (a run in a worker, src/host/script-worker.ts),
 * so it opens its own handle on it; the mode is the terminal's, whichever handle sets it.
 */
function stdinTerminal(): ReadStream {
  return isMainThread ? (process.stdin as ReadStream) : new ReadStream(0);
}

/** The rest of a key's escape sequence (`ESC [ A` for an arrow): CSI and SS3 end at a byte from `@` to `~`. */
function skipEscapeSequence(fd: number, byte: Buffer, stop: StopRequest): void {
  if (!readByte(fd, byte, stop) || (byte[0] !== 0x5b && byte[0] !== 0x4f)) return;
  while (readByte(fd, byte, stop) && (byte[0]! < 0x40 || byte[0]! > 0x7e));
}

export function terminalUserInterface(write: (text: string) => void, readLine: () => string | null, readSecret: () => string | null): HostUserInterface {
  return {
    interactive: true,
    writeLine: (text) => write(text + '\n'),
    readLine(prompt) {
      write(prompt);
      return readLine();
    },
    readSecret(prompt) {
      write(prompt);
      return readSecret();
    },
    promptForChoice(caption, message, choices, defaultChoice) {
      if (caption) write(caption + '\n');
      if (message) write(message + '\n');
      for (;;) {
        write(choicePromptLine(choices, defaultChoice));
        const answer = readLine();
        if (answer === null) return -1;
        const text = answer.trim();
        if (text === '') return defaultChoice;
        if (text === '?') {
          write(choiceHelp(choices));
          continue;
        }
        const chosen = choiceFor(choices, text);
        if (chosen >= 0) return chosen;
      }
    },
  };
}

/** The choice an answer names: its hot key or its whole label, case-insensitively; -1 for none. */
function choiceFor(choices: readonly ChoiceDescription[], answer: string): number {
  const upper = answer.toUpperCase();
  const byHotkey = choices.findIndex((c) => hotkeyAndLabel(c.label).hotkey === upper);
  if (byHotkey >= 0) return byHotkey;
  return choices.findIndex((c) => hotkeyAndLabel(c.label).text.toUpperCase() === upper);
}

/** `Y - Continue with only the next step of the operation.`, one line per choice. */
function choiceHelp(choices: readonly ChoiceDescription[]): string {
  return choices
    .map((c) => {
      const { hotkey, text } = hotkeyAndLabel(c.label);
      return `${hotkey || text} - ${c.helpMessage}\n`;
    })
    .join('');
}
