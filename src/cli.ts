#!/usr/bin/env node
/**
 * The psh command line, pwsh-compatible in spelling: parameters are case-insensitive and may be
 * shortened to a unique prefix. Each mode loads only what it needs (running a command never
 * loads the remoting layer or the interactive UI).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCommandLine, CommandLineError } from './host/command-line.js';

const version = '0.1.0';

const io = {
  stdout: (s: string) => { process.stdout.write(s); },
  stderr: (s: string) => { process.stderr.write(s); },
};

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseCommandLine(argv);
  } catch (e) {
    if (e instanceof CommandLineError) {
      process.stderr.write(`${e.message}\n`);
      return 64;
    }
    throw e;
  }
  switch (options.mode) {
    case 'version':
      process.stdout.write(`psh ${version}\n`);
      return 0;
    case 'parseOnly': {
      const { runParseOnly } = await import('./host/parse-only.js');
      const { readTextFile } = await import('./engine/runtime/text-files.js');
      return runParseOnly(options.files, options.ast, readTextFile, (s) => process.stdout.write(s));
    }
    case 'decodeWsman': {
      const { runDecodeWsman } = await import('./host/decode-wsman.js');
      return runDecodeWsman(options.files[0], (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    }
    case 'command': {
      const { ConsoleHost } = await import('./host/console-host.js');
      if (options.command.trim() === '-') return new ConsoleHost(io).runCommand(readFileSync(0, 'utf8'));
      // Like pwsh -c, piped standard input is $input, one string per line (read only if used).
      const stdinLines = process.stdin.isTTY ? undefined : () => {
        const lines = readFileSync(0, 'utf8').split(/\r?\n/);
        if (lines[lines.length - 1] === '') lines.pop();
        return lines;
      };
      return new ConsoleHost(io).runCommand(options.command, stdinLines);
    }
    case 'file': {
      if (options.file === '-') {
        const { ConsoleHost } = await import('./host/console-host.js');
        return new ConsoleHost(io).runCommand(readFileSync(0, 'utf8'));
      }
      const path = resolve(options.file);
      if (!existsSync(path)) {
        process.stderr.write(`The argument '${options.file}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n`);
        return 64;
      }
      if (!/\.ps1$/i.test(path)) {
        process.stderr.write(`Processing -File '${options.file}' failed because the file does not have a '.ps1' extension. Specify a valid PowerShell script file name, and then try again.\n`);
        return 64;
      }
      const [{ ConsoleHost }, { readTextFile }] = await Promise.all([import('./host/console-host.js'), import('./engine/runtime/text-files.js')]);
      return new ConsoleHost(io).runScript(readTextFile(path), path, options.args);
    }
    case 'interactive': {
      if (process.stdin.isTTY && process.stdout.isTTY) {
        // A terminal: the Ink prompt (loaded only here, so scripts never pay for React).
        const [{ runInkRepl }, { consoleReplHost }] = await Promise.all([import('./repl/ink/index.js'), import('./repl/console-repl-host.js')]);
        return runInkRepl(consoleReplHost());
      }
      const { runLinePrompt } = await import('./repl/line-prompt.js');
      return runLinePrompt(process.stdin, io);
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`psh: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
