/**
 * The compiled engine `psh` runs (dist/, which `npm run bench` builds first). Timing the
 * sources through tsx would measure its on-the-fly build (a wrapper around every named
 * function), not psh.
 */
const engine = new URL('../../dist/src/engine/index.js', import.meta.url);

export const { Runspace } = (await import(engine.href)) as typeof import('../../src/engine/index.js');
