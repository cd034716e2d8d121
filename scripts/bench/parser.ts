/**
 * Parser benchmark: one-time construction cost, then throughput of text -> tokens and
 * text -> AST (MB/s, tokens/s) on a corpus of at least 1 MB, and the heap held by the AST.
 * Targets: construction < 150 ms, parse >= 3 MB/s, AST of 1 MB < 100 MB.
 */
import { pathToFileURL } from 'node:url';
import { makeCorpus } from './corpus.js';

/** The compiled parser that `psh` runs (built by `npm install`; `npm run bench` builds first). */
const dist = new URL('../../dist/grammar/', import.meta.url);

export async function run(): Promise<void> {
  const t0 = performance.now();
  const { parse, warmUpParser } = (await import(new URL('parser/index.js', dist).href)) as typeof import('../../grammar/parser/index.js');
  const { Tokenizer } = (await import(new URL('tokenizer.js', dist).href)) as typeof import('../../grammar/tokenizer.js');
  const { SourceText } = (await import(new URL('extent.js', dist).href)) as typeof import('../../grammar/extent.js');
  const t1 = performance.now();
  warmUpParser();
  const t2 = performance.now();
  console.log(`parser: module load ${(t1 - t0).toFixed(0)} ms, construction ${(t2 - t1).toFixed(0)} ms (target < 150 ms)`);

  const corpus = makeCorpus(1.2 * 1024 * 1024);
  const mb = corpus.length / (1024 * 1024);
  // The first parse runs while V8 still compiles the parser, as the one parse of `psh -ParseOnly` does.
  const firstStart = performance.now();
  const warm = parse(corpus);
  const first = performance.now() - firstStart;
  if (warm.errors.length) throw new Error(`corpus has parse errors: ${warm.errors[0].message} at ${warm.errors[0].extent.startLineNumber}`);
  console.log(`parser: first parse ${(mb / (first / 1000)).toFixed(2)} MB/s (${first.toFixed(0)} ms, the parser's code still being compiled)`);
  const tokenCount = warm.tokens.length;

  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    Tokenizer.tokenize(new SourceText(corpus, undefined));
    best = Math.min(best, performance.now() - s);
  }
  console.log(`parser: tokenize ${(mb / (best / 1000)).toFixed(2)} MB/s, ${Math.round(tokenCount / (best / 1000)).toLocaleString('en-US')} tokens/s`);

  // Best of several runs: other work on the machine only ever slows a run down. CPU time is
  // printed too: on a busy machine it is less disturbed than elapsed time.
  best = Infinity;
  let bestCpu = Infinity;
  for (let i = 0; i < 7; i++) {
    const s = performance.now();
    const cpu = process.cpuUsage();
    parse(corpus);
    const used = process.cpuUsage(cpu);
    best = Math.min(best, performance.now() - s);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  }
  console.log(`parser: parse to AST ${(mb / (best / 1000)).toFixed(2)} MB/s (${(mb / (bestCpu / 1000)).toFixed(2)} MB/s of CPU time), ${Math.round(tokenCount / (best / 1000)).toLocaleString('en-US')} tokens/s on ${mb.toFixed(2)} MB, ${tokenCount.toLocaleString('en-US')} tokens (target >= 3 MB/s)`);

  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    const oneMb = makeCorpus(1024 * 1024);
    gc();
    const before = process.memoryUsage().heapUsed;
    const held = parse(oneMb);
    gc();
    const after = process.memoryUsage().heapUsed;
    console.log(`parser: heap held by the AST and tokens of a ${(oneMb.length / 1048576).toFixed(2)} MB script: ${((after - before) / 1048576).toFixed(1)} MB (target < 100 MB)`);
    if (!held.ast) throw new Error('unreachable');
  } else {
    console.log('parser: run with --expose-gc to measure AST memory');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
