/**
 * What the Ink prompt (main thread) and the engine worker say to each other. The engine runs a
 * command synchronously in the worker, so the main thread stays free to see Ctrl+C: it sets the
 * shared stop flag (src/engine/runtime/stop-request.ts). A host prompt in the worker (Read-Host,
 * a confirmation, a mandatory parameter) posts `read` and blocks in Atomics.wait on the reply
 * buffer until the main thread stores the line typed at the prompt.
 */
import type { ProfilePaths } from '../host/profile.js';
import type { ProgressData } from '../host/progress-view.js';

export interface EngineWorkerData {
  stopBuffer: SharedArrayBuffer;
  replyBuffer: SharedArrayBuffer;
  /** The session's start ($PROFILE, the profiles unless -NoProfile); null for none at all. */
  session: { profiles: ProfilePaths; noProfile: boolean } | null;
}

/** Main thread to worker. */
export type EngineRequest = { type: 'run'; text: string };

/** Worker to main thread. */
export type EngineMessage =
  /** Formatted output or an error view, as the console host writes it to stdout or stderr. */
  | { type: 'output'; stream: 'stdout' | 'stderr'; text: string }
  /** Host user-interface text (prompt captions, choice lines), not always ending in a newline. */
  | { type: 'host'; text: string }
  /** A Write-Progress record, for the prompt's progress pane. */
  | { type: 'progress'; record: ProgressData }
  /** The engine waits for a line typed at the prompt (the reply buffer); `secret` when it must show masked. */
  | { type: 'read'; secret: boolean }
  /** Start-up (the profiles) has finished. */
  | { type: 'ready'; prompt: string }
  /** A command has finished; `exitCode` when it ran `exit`. */
  | { type: 'done'; exitCode: number | null; prompt: string };

/**
 * The reply buffer: Int32 0 is the state, Int32 1 the answer's length in bytes, then the answer
 * as UTF-8. A line longer than the buffer is cut at its end.
 */
export const replyHeaderBytes = 8;
export const replyBufferBytes = replyHeaderBytes + 64 * 1024;

export const replyState = {
  waiting: 0,
  line: 1,
  /** End of input, or a stop: the engine then checks the stop flag. */
  noLine: 2,
} as const;
