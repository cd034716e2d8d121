#!/usr/bin/env node
/**
 * The psh command line, pwsh-compatible in spelling: parameters are case-insensitive and may be
 * shortened to a unique prefix. Each mode loads only what it needs.
 */
import { readFileSync } from 'node:fs';
import { parseCommandLine, CommandLineError } from './host/command-line.js';

const version = '0.1.0';

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
      return runParseOnly(options.files, options.ast, (path) => readFileSync(path, 'utf8'), (s) => process.stdout.write(s));
    }
    case 'decodeWsman': {
      const { runDecodeWsman } = await import('./host/decode-wsman.js');
      return runDecodeWsman(options.files[0], (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    }
    case 'unsupported':
      process.stderr.write(`psh: ${options.what} is not available yet; this build offers -ParseOnly, -DecodeWsman and -Version.\n`);
      return 64;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`psh: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
