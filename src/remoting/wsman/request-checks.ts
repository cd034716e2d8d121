/**
 * Server-side checks of request headers that Windows answers with a fault before looking at the body.
 */
import { durationToSeconds } from './duration.js';
import type { WsmanHeaders } from './headers.js';
import { headerRequiredFault, invalidTimeoutFault, mustUnderstandFault } from './windows-faults.js';

/** Throws the WsmanFault Windows would send for these headers; Identify requests are not checked. */
export function checkRequestHeaders(headers: Omit<WsmanHeaders, 'action'> & { readonly action?: string }, machine: string): void {
  if (!headers.action) return;
  if (headers.notUnderstood?.length) throw mustUnderstandFault(machine);
  if (!headers.messageId) throw headerRequiredFault(machine);
  if (headers.operationTimeout !== undefined) {
    const seconds = durationToSeconds(headers.operationTimeout);
    if (seconds === undefined || seconds < 0) throw invalidTimeoutFault(machine, headers.operationTimeout);
  }
}
