/**
 * Starting a worker thread on a module file, compiled JavaScript or (tests and development,
 * run with `--import tsx`) TypeScript source: Node 20 workers do not inherit the parent's
 * --import hooks, so for a .ts file the worker registers tsx before loading its module.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startModuleWorker(path: string, options: WorkerOptions): Worker {
  if (!path.endsWith('.ts')) return new Worker(path, options);
  const tsx = JSON.stringify(pathToFileURL(tsxRegisterModule(path)).href);
  const source = JSON.stringify(pathToFileURL(path).href);
  // process.argv[1] is the module's path, as in a worker started on a file (not `[worker eval]`).
  const code = `process.argv[1] = ${JSON.stringify(path)}; import(${tsx}).then(({ register }) => { register(); return import(${source}); })`;
  return new Worker(code, { ...options, eval: true });
}

/**
 * tsx's ES module API (`register`), as seen from `path`: its package's `import` entry, since
 * require.resolve gives the CommonJS one, whose register cannot load tsx's hooks.
 */
function tsxRegisterModule(path: string): string {
  const requireFromPath = createRequire(path);
  const manifestPath = requireFromPath.resolve('tsx/package.json');
  const manifest = requireFromPath(manifestPath) as { exports: Record<string, { import: { default: string } }> };
  return join(dirname(manifestPath), manifest.exports['./esm/api'].import.default);
}
