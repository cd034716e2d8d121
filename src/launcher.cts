#!/usr/bin/env node
/**
 * The psh binary: runs the bundled command line (src/host/main.ts and all it loads, as psh.cjs
 * next to this file, built by scripts/tools/bundle-cli.ts) with V8's compiled code for it
 * (psh.cjs.cache), so a short command spends its time running rather than compiling. The cache is made at build time by a
 * training run; V8 ignores a cache made by another Node version and compiles as usual.
 *
 * On a terminal the main thread first runs psh-start.cjs (src/host/start.ts, a few kilobytes):
 * a -Command or -File run goes to a worker thread, which runs this file again and loads the
 * bundle there, so the main thread never loads the engine. With no terminal there is no worker,
 * and the bundle is loaded at once.
 *
 * PSH_WRITE_CODE_CACHE=1 makes this run the training run: the cache is written at exit, holding
 * every function the run compiled.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isatty } from 'node:tty';
import { Script } from 'node:vm';
import type { main } from './host/main.js';
import type { start } from './host/start.js';

const bundlePath = join(__dirname, 'psh.cjs');
const cachePath = `${bundlePath}.cache`;

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cachePath);
  } catch {
    return undefined;
  }
}

function runBundle(): void {
  // Compiled as Node compiles a CommonJS module, but with the cache.
  const body = readFileSync(bundlePath, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${body}\n})`, {
    filename: bundlePath,
    cachedData: readCache(),
  });
  const moduleBody = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  const bundle = { exports: {} as { main: typeof main } };
  moduleBody(bundle.exports, createRequire(bundlePath), bundle, bundlePath, __dirname);
  // The Ink prompt is an ES module; only a real module's import() can load it (not code run by vm).
  bundle.exports.main(process.argv.slice(2), () => import('./repl/ink/index.js'));

  if (process.env.PSH_WRITE_CODE_CACHE === '1') process.on('exit', () => writeFileSync(cachePath, script.createCachedData()));
}

// The same test as start.ts's attachedToTerminal, made here so that a run with no terminal reads no second file.
if (isatty(0) || isatty(1) || isatty(2)) {
  (require(join(__dirname, 'psh-start.cjs')) as { start: typeof start }).start(process.argv.slice(2), runBundle);
} else {
  runBundle();
}
