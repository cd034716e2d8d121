/**
 * Stopping a running pipeline (Ctrl+C, Stop-Job). The request is one Int32 in a
 * SharedArrayBuffer, so another thread (the Ink prompt, while the engine runs in a worker) can
 * set it while the engine is busy, and the engine's check is a single typed-array read where
 * pwsh checks for stopping: each object passed between commands and each loop iteration.
 *
 * As in pwsh, a stop is not an error a script can handle: catch and trap let it through,
 * finally blocks run (with the stop suspended, so they finish) and so do clean blocks.
 */

/** pwsh's PipelineStoppedException; GetErrorText.PipelineStoppedException. */
export class PipelineStoppedException {
  readonly message = 'The pipeline has been stopped.';
  readonly exceptionTypeName = 'System.Management.Automation.PipelineStoppedException';
}

export class StopRequest {
  /** Element 0 is non-zero while a stop is requested. */
  readonly flag: Int32Array;

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.flag = new Int32Array(buffer);
  }

  get buffer(): SharedArrayBuffer {
    return this.flag.buffer as SharedArrayBuffer;
  }

  get requested(): boolean {
    return this.flag[0] !== 0;
  }

  /** Asks the running pipeline to stop; wakes a wait on the flag (Start-Sleep, a host prompt). */
  request(): void {
    Atomics.store(this.flag, 0, 1);
    Atomics.notify(this.flag, 0);
  }

  /** A new command starts unstopped. */
  clear(): void {
    Atomics.store(this.flag, 0, 0);
  }

  throwIfRequested(): void {
    if (this.flag[0] !== 0) throw new PipelineStoppedException();
  }

  /**
   * Waits up to `milliseconds` or until a stop is requested (then throws): Start-Sleep's wait,
   * without returning to the event loop.
   */
  sleep(milliseconds: number): void {
    this.throwIfRequested();
    if (milliseconds > 0) Atomics.wait(this.flag, 0, 0, milliseconds);
    this.throwIfRequested();
  }

  /**
   * Runs a finally block as pwsh does: with the stop suspended (its loops and output work),
   * then restored so the stop carries on unwinding.
   */
  suspendedDuring(run: () => void): void {
    if (this.flag[0] === 0) return run();
    Atomics.store(this.flag, 0, 0);
    try {
      run();
    } finally {
      Atomics.store(this.flag, 0, 1);
    }
  }
}
