/**
 * Writing psh's output: text straight to a file descriptor, all of it before returning (a worker
 * thread's process.stdout hands its text to the main thread to write later; writing the descriptor
 * keeps standard output and error in the order the engine wrote them, as on the main thread), and
 * what happens when the reader closes the output first.
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
      if (isClosedByReader(e)) endQuietly();
      // A non-blocking descriptor (one a parent process shares with psh) whose pipe is full.
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(idleWait, 0, 0, 1);
    }
  }
}

function isClosedByReader(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

/**
 * A reader that stops early (`psh -c ... | head -1`) closes the pipe: psh ends at once, quietly and
 * with exit code 0, as the commands before a pipeline's end stop when nothing reads them. (In the
 * worker thread of a run on a terminal this ends the worker, whose exit code the process takes.)
 */
function endQuietly(): never {
  process.exit(0);
}

/**
 * Writes to process.stdout or process.stderr. A pipe's reader that has gone ends psh at once: the
 * stream learns it during the write but reports it only later, as an 'error' event, after the
 * engine (which does not yield to the event loop) would have run the rest of the script.
 */
export function writeToStream(stream: NodeJS.WriteStream, text: string): void {
  stream.write(text);
  if (isClosedByReader(stream.errored)) endQuietly();
}

/** Makes a closed standard output or error end psh quietly rather than with Node's report of the error. */
export function endQuietlyWhenOutputCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (isClosedByReader(error)) endQuietly();
      throw error;
    });
  }
}
