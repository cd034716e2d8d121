/**
 * Writing text straight to a file descriptor, all of it before returning. A worker thread's
 * process.stdout hands its text to the main thread to write later; writing the descriptor keeps
 * standard output and error in the order the engine wrote them, as on the main thread.
 */
import { writeSync } from 'node:fs';

/** Something to Atomics.wait on while a full pipe drains (nothing ever notifies it). */
const idleWait = new Int32Array(new SharedArrayBuffer(4));

export function writeFully(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (e) {
      // A non-blocking descriptor (one a parent process shares with psh) whose pipe is full.
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(idleWait, 0, 0, 1);
    }
  }
}
