#!/usr/bin/env node
/**
 * The psh command line as ES modules (tsc's output, for development). The installed binary is
 * src/launcher.cts, which runs the same start and main from the bundles. Parameters are pwsh's spellings:
 * case-insensitive, and may be shortened to a unique prefix.
 */
import { start } from './host/start.js';

const argv = process.argv.slice(2);
start(argv, () => {
  void import('./host/main.js').then(({ main }) => main(argv, () => import('./repl/ink/index.js')));
});
