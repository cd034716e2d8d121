/**
 * The console host's user interface for an interactive run: confirmation choices, mandatory
 * parameter values and Read-Host lines, asked on the terminal and read synchronously (the engine
 * runs a pipeline to completion, so a prompt must answer before the command goes on).
 *
 * PromptForChoice is pwsh's ConsoleHostUserInterface.PromptForChoice: caption, message, the
 * choice line; an empty answer takes the default, a hot key or a label picks a choice, `?`
 * lists each choice's help, anything else asks again.
 */
import { readSync } from 'node:fs';
import { choicePromptLine, hotkeyAndLabel, type ChoiceDescription } from '../binding/index.js';
import type { HostUserInterface } from '../engine/runtime/host-interface.js';

/** Reads one line from a file descriptor, byte by byte so nothing after the newline is consumed; null at end of input. */
export function lineReader(fd: number): () => string | null {
  const byte = Buffer.alloc(1);
  return () => {
    const bytes: number[] = [];
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, byte, 0, 1, null);
      } catch (e) {
        // A non-blocking stdin has nothing yet: wait for it rather than fail.
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        throw e;
      }
      if (n === 0) return bytes.length > 0 ? Buffer.from(bytes).toString('utf8') : null;
      if (byte[0] === 0x0a) return Buffer.from(bytes).toString('utf8').replace(/\r$/, '');
      bytes.push(byte[0]!);
    }
  };
}

export function terminalUserInterface(write: (text: string) => void, readLine: () => string | null): HostUserInterface {
  return {
    interactive: true,
    writeLine: (text) => write(text + '\n'),
    readLine(prompt) {
      write(prompt);
      return readLine();
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
