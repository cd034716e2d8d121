/** descriptor-output.ts: a reader that closes psh's output early (`psh -c ... | head -1`) ends psh quietly with exit code 0. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

/** Runs psh -NoProfile -c `command`, closing its standard output after the first chunk; its exit code and standard error. */
function readFirstChunkOnly(command: string): Promise<{ code: number | null; firstChunk: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '-NoProfile', '-c', command], { stdio: ['ignore', 'pipe', 'pipe'] });
    let firstChunk = '';
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      firstChunk = chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, firstChunk, stderr }));
  });
}

test('output closed by its reader ends psh quietly with exit code 0', async () => {
  const result = await readFirstChunkOnly('1..2000000; Write-Error "never reached"');
  assert.ok(result.firstChunk.startsWith('1\n'), result.firstChunk.slice(0, 20));
  assert.is(result.stderr, '');
  assert.is(result.code, 0);
});

test.run();
