#!/usr/bin/env node
/**
 * The psh command line as ES modules (tsc's output, for development). The installed binary is
 * src/launcher.cts, which runs the same main from the bundle. Parameters are pwsh's spellings:
 * case-insensitive, and may be shortened to a unique prefix.
 */
import { main } from './host/main.js';

main(process.argv.slice(2), () => import('./repl/ink/index.js'));
