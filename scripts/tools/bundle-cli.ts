/**
 * Builds what the psh binary (src/launcher.cts) runs: dist/src/psh.cjs, tsc's
 * dist/src/host/main.js and everything it loads as one CommonJS file, and psh.cjs.cache, V8's
 * compiled code for it from a training run; and dist/src/psh-start.cjs, tsc's
 * dist/src/host/start.js alone, which the binary's main thread runs first on a terminal to send
 * a script to a worker thread without loading the engine.
 *
 * Start-up is most of a short run's time. Node's ES module loader resolves, reads and links
 * each of ~160 files and wraps every built-in module it imports; one CommonJS file skips all
 * that, and the code cache skips compiling. The modes main.ts loads on demand stay lazy inside
 * the bundle (esbuild runs a module's top level only when its import() happens).
 *
 * npm packages (Ink, React, undici, fast-xml-parser) stay outside, loaded from node_modules as
 * usual. Chevrotain is bundled from its single-file build, the file grammar/chevrotain.ts loads
 * at run time (its package entry point is hundreds of lodash-es modules).
 *
 * Usage (part of `npm run build`, after tsc): node --import tsx scripts/tools/bundle-cli.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bundlePath = join(root, 'dist/src/psh.cjs');
const chevrotainLoader = join(root, 'dist/grammar/chevrotain.js');
const chevrotainSingleFile = join(dirname(createRequire(import.meta.url).resolve('chevrotain')), '../chevrotain.mjs');

/** grammar/chevrotain.js re-exports Chevrotain's names from the single-file build: bundle that file instead. */
const chevrotainRuntime: Plugin = {
  name: 'chevrotain-runtime',
  setup(bundler) {
    bundler.onResolve({ filter: /\/chevrotain\.js$/ }, (args) =>
      join(args.resolveDir, args.path) === chevrotainLoader ? { path: chevrotainSingleFile } : undefined,
    );
  },
};

// Modules that find files beside themselves read import.meta.url, which is empty in the bundle:
// each falls back to __filename there (see http-exchange.ts), so esbuild's warning is expected.
const commonOptions = {
  bundle: true, format: 'cjs', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
} as const;
await build({ ...commonOptions, entryPoints: [join(root, 'dist/src/host/main.js')], outfile: bundlePath, plugins: [chevrotainRuntime] });
await build({ ...commonOptions, entryPoints: [join(root, 'dist/src/host/start.js')], outfile: join(root, 'dist/src/psh-start.cjs') });

/**
 * V8 keeps a script's source as one byte per character only when every character is Latin-1:
 * one other character anywhere (esbuild escapes them in strings, not in comments or regular
 * expressions) makes the whole 2 MB bundle two bytes per character, some 5 MB more of every
 * psh process. Write such characters as escapes (\u221e) or name them in words.
 */
const bundleText = readFileSync(bundlePath, 'utf8');
const wide = /[^\u0000-\u00ff]/.exec(bundleText);
if (wide) {
  const line = bundleText.slice(0, wide.index).split('\n').length;
  throw new Error(`${bundlePath}:${line}: '${wide[0]}' is not Latin-1; the bundle's source would take two bytes per character`);
}

/**
 * The training run: a command touching what most runs use (parsing, the pipeline, a script
 * block, formatting a table, an error view), so their functions are in the cache compiled.
 */
const training = '$items = 1..3 | ForEach-Object { [pscustomobject]@{ N = $_; S = "x$_" } }; $items | Out-String; Write-Error "e" 2>$null; "{0}" -f 1';
rmSync(`${bundlePath}.cache`, { force: true });
// Its exit code does not matter: a failing run still leaves the cache of what it compiled.
spawnSync(process.execPath, [join(root, 'dist/src/launcher.cjs'), '-NoProfile', '-Command', training], {
  env: { ...process.env, PSH_WRITE_CODE_CACHE: '1' },
  stdio: 'ignore',
});
